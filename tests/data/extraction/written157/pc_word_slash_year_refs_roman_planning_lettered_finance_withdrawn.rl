@title Brokenwell Parish Council - Ordinary Meeting 14 March 2016
@font Helvetica
@fontsize 10.5
@footer Brokenwell PC Minutes 14.03.16||Page {page} // Chairman's initials ..........
HC BROKENWELL PARISH COUNCIL
HC ORDINARY MEETING 14 March 2016
P <b>Present:</b> Cllr K Ashdown chairman, Cllr P Vowles, Cllr H Tanner, Cllr M Lydiard, Cllr R Okafor and Cllr S Fennimore
P <b>Also present:</b> Unitary Councillor Gwen Harcourt and six members of the public
H Public Question Time
P Two residents of Church Walk asked whether the footpath to the school would stay open while the houses on the former depot site are built. The chairman said the Council would ask the developer for a written assurance and would put the matter on the April agenda.
H 31/16 Apologies for Absence
P Cllr D Pym – work commitments
H 32/16 Declarations of Interest
P Cllr Vowles – item 36/16 iii (neighbouring property)
H 33/16 Minutes of the Ordinary Meeting held on 8 February 2016
P The chairman signed the February minutes, which the meeting agreed were accurate.
H 34/16 Clerk's Report
P The clerk's written report had gone to members with the agenda; a copy is filed with these minutes.
H 35/16 Unitary Councillor's Report
P Cllr Harcourt reported that the unitary council's budget had been set with a council tax rise of 3.99%, two per cent of it for adult social care, and that the household recycling centre would close on Wednesdays from April. She answered questions on gritting routes.
H 36/16 Planning Applications
P The following applications and decisions were reported:
P i. Old Forge, High Street – 16/00412/FUL – approved
P ii. 3 Mead Close – 16/00588/FUL – awaiting a decision
P iii. Land east of Church Walk – 16/00731/OUT – the Council objected by 5 votes to 0, Cllr Vowles not voting, on the grounds of access onto the B-road and the loss of the footpath
P iv. Rookery Barn – 16/01020/LBC – support
H 37/16 Finance and Administration
P a) Receipts and payments
P It was agreed to pay the invoices on the schedule, including £180.00 to Vale Tree Care for the works at the churchyard entrance.
P b) Internal auditor
P Members agreed to reappoint Mrs Jane Colley as internal auditor for 2015/16 at a fee of £95.
P c) Precept 2016/17
P The confirmation from the unitary council that the precept of £14,600 will be paid in two instalments was noted.
H 38/16 Recreation Ground
P A letter from Brokenwell Juniors FC asked for help to re-seed the goalmouths. Cllr Tanner proposed that the Council meet half the cost up to £400; seconded Cllr Lydiard. Cllr Okafor proposed an amendment, that the Council meet the full cost, but this was not seconded. The motion was carried unanimously.
H 39/16 Highways
P Cllr Fennimore reported three potholes on Westfield Lane and the faded SLOW markings at the Mead Close junction. The clerk will report them on the unitary council's website.
H 40/16 Motion – 20mph Limit
P Cllr Okafor had given notice of the motion "That this Council supports a 20mph limit through the High Street". As the highways authority's consultation on speed limits will not open until the summer, Cllr Okafor withdrew the motion with the consent of the meeting.
H 41/16 Neighbourhood Plan
P The notes of the steering group meeting of 1 March 2016 were received. The group's recommendation that the Council apply for a grant of up to £6,000 towards consultancy support was approved.
H 42/16 Correspondence
P Letters from the Village Hall Trust (annual accounts) and the County Playing Fields Association (membership renewal) were circulated.
H 43/16 Matters for Information and Items for the Next Agenda
P Footpath to the school (see Public Question Time); spring litter pick on 9 April.
H 44/16 Date of Next Meeting
P Monday 11 April 2016 at 7.30pm in the Reading Room.
S 8
P The meeting closed at 9.05pm.
