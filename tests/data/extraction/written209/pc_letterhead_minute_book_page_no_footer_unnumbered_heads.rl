@title DRAFT Minutes 4th September 2013
@font Helvetica
@fontsize 10.5
@footer Minutes 0913||Page No. {page}
@pageoffset 1360
HC CARNWETHICK PARISH COUNCIL
G Clerk: Mrs J. Trethewey | Phone: 01632 960118
G Polgrain, Treven Lane | E-mail: clerk@carnwethick-pc.example
G Carnwethick | Website: www.carnwethick-pc.example
S 6
G  | 6th September 2013
S 8
HC DRAFT Minutes of a Meeting of the Carnwethick Parish Council held on Wednesday 4th September 2013
P Present: Cllrs. Pascoe (Chairman), Jago, Trebilcock, Menadue, Rowe, Kitto, Bolitho &amp; Penhale. 5 members of the public were present. Apologies: Cllrs. Hocking &amp; Trewin.
H Declarations of Personal and Prejudicial Interest
P Cllr. Menadue – Planning Application PA13/07121 – personal interest as the applicant is a neighbour.
H Invitation to members of the public to speak prior to meeting regarding items on the Agenda
I (10 minutes allowed for this item)
P Mr. Nance spoke about planning application PA13/07121. He was concerned that the extension would overlook his garden and that the lane was too narrow for the building lorries. Mrs. Keverne asked when the public conveniences at the top of Fore Street would reopen, as visitors were using the churchyard.
P The Chairman opened the meeting at 7.15 p.m.
H Declarations of Personal and Prejudicial Interest
P No further declarations.
H Minutes of the previous meeting 7th August 2013 and Matters Arising
P Pg. No. 1356 – Cllr. Jago asked that the name of the footpath at Trewarmick be corrected to read ‘Mill Path’.
P Pg. No. 1357 – Cllr. Rowe confirmed that the bench at the Green has been repaired.
P It was proposed by Cllr. Kitto, seconded by Cllr. Bolitho and RESOLVED that the Minutes of the Meeting held on the 7th August 2013 be approved as a true record and duly signed.
H Police
P The Clerk read out an e-mail from PCSO Curnow regarding two thefts from cars parked at the cliff car park in August. The e-mail was noted.
H County Councillor
P C/Cllr. Treloar reported that the Unitary Authority had agreed to keep the Carnwethick library open for three days a week. He had asked the highways team to look again at the speed limit on the coast road.
H Planning Applications
P PA13/07121 – Mr. R. Chegwidden – Two storey side extension, Hendra Cottage, Treven Lane. Cllr. Menadue left the room. After discussion it was proposed by Cllr. Jago, seconded by Cllr. Penhale and RESOLVED to support the application. Cllr. Menadue returned to the meeting.
P PA13/07188 – Polventon Holiday Park – Siting of 12 additional static caravans. Cllr. Rowe said the park had already grown beyond what the lane could take. It was proposed by Cllr. Rowe, seconded by Cllr. Kitto that the Council objects on grounds of traffic and landscape impact. 6 in favour, 2 against. Carried.
H Finance
P It was proposed by Cllr. Trebilcock, seconded by Cllr. Pascoe and RESOLVED that the following accounts be paid:
T Mrs J. Trethewey | Salary and expenses August | £398.20
T HMRC | PAYE | £61.80
T Polgrain Grounds | Grass cutting, churchyard and Green | £310.00
T Methodist Schoolroom | Hire of room | £20.00
H Christmas Lighting Committee
P Cllr. Kitto reported that the committee had met on 28th August and that the new cable for Fore Street had been bought. Volunteers are needed to help put up the lights on 23rd November.
H Public Conveniences
P The Clerk reported that the Unitary Authority had still not replied about the transfer of the Fore Street toilets. Cllr. Bolitho said that the Parish Council could not take on the running costs without an increase in the precept. Deferred to the October meeting pending a reply.
H Correspondence
P County-wide consultation on bus timetables; letter from Carnwethick School thanking the Council for its grant; Rural Community Charity newsletter. The correspondence was noted.
H Date of next meeting
P Wednesday 2nd October 2013 at 7.00 p.m. in the Methodist Schoolroom.
P The meeting closed at 9.20 p.m.
S 20
P Signed ..................................................... Chairman  Date ................................
