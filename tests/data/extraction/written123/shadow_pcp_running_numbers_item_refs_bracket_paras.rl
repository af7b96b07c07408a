@title Thanemarsh and Medlow Shadow PCP minutes 19 April 2012
@font Helvetica
@fontsize 10
@numcol 12
@header Thanemarsh and Medlow Shadow Police and Crime Panel - 19 April 2012
@footer {page}
HC THANEMARSH AND MEDLOW SHADOW POLICE AND CRIME PANEL
P MINUTES of a meeting of the Thanemarsh and Medlow Shadow Police and Crime Panel held in the Saltings Room, Shire Hall, Ashminster on Thursday, 19 April 2012.
P PRESENT: Mr D K Pennicott (Thanemarsh County Council) (Chairman), Mr G R Fagg (Thanemarsh County Council), Cllr L Sayer (Saltings Borough Council), Cllr H Baldock (Medlow Council), Cllr Mrs E Packham (Ashminster Borough Council), Cllr S Oyler (Elmsford Vale District Council), Mr R Wanstall (Thanemarsh County Council), Cllr C Tutt (Seacliff District Council), Cllr F Dadson (Brackenmarsh District Council) and Cllr N Jeffery (Wealdhurst Borough Council).
P IN ATTENDANCE: Mr K Elphick (Head of Democratic Services), Ms A Vidler (Home Office Police and Crime Panel Adviser) and Mrs P Gower (Principal Democratic Services Officer).
HC UNRESTRICTED ITEMS
R 11. | <b>Election of Chairman</b> <i>(Item A1)</i>
R  | (1) Mr Pennicott was proposed by Cllr Dadson and seconded by Mr Fagg. There were no other nominations.
R  | (2) RESOLVED that Mr D K Pennicott be elected Chairman of the Shadow Panel until the Panel is formally constituted.
R 12. | <b>Election of Vice-Chairman</b> <i>(Item A2)</i>
R  | (1) Cllr Baldock was proposed by Cllr Oyler and seconded by Cllr Sayer. There were no other nominations.
R  | (2) RESOLVED that Cllr H Baldock be elected Vice-Chairman of the Shadow Panel.
R 13. | <b>Declarations of Interests by Members in items on the Agenda for this meeting</b> <i>(Item A3)</i>
R  | Mr Fagg declared a personal interest as a member of the Thanemarsh Police Authority.
R 14. | <b>Minutes of the meeting held on 9 February 2012</b> <i>(Item A4)</i>
R  | RESOLVED that the minutes of the meeting held on 9 February 2012 are correctly recorded and that they be signed by the Chairman.
R 15. | <b>Establishing a Police and Crime Panel for Thanemarsh and Medlow</b> <i>(Item B1)</i>
R  | (1) The Shadow Panel agreed to hold over the draft Panel Arrangements and Rules of Procedure until its June meeting, and asked officers to mark which paragraphs were required by statute.
R  | (2) On political balance, Members took the view that independent councillors should count towards the calculation only where they sat together as a group.
R  | (3) Members agreed a Panel of sixteen councillors.
R  | (4) Cllr Tutt asked for a worked example of how seats would be shared. Mr Elphick suggested one seat for each of the thirteen authorities, with the remaining three allocated to achieve political and geographical balance.
R  | (5) Appointments to the Panel will be made by each authority at its annual meeting.
R  | (6) Members further agreed that councillor members serve for a year at a time and co-opted independent members for up to four years.
R  | (7) Cllr Mrs Packham hoped that all thirteen authorities could sign up to one code of conduct for Panel members; a report will come to the next meeting.
R 16. | <b>Home Office Grant for the Panel</b> <i>(Item B2)</i>
R  | (1) Mr Elphick reported that the Home Office would pay a grant of up to £53,300 a year to the host authority towards the running costs of the Panel, with a further £920 for each of up to ten members for expenses.
R  | (2) In reply to Cllr Jeffery, Mr Elphick confirmed that the grant could not be used for members' allowances beyond those expenses.
R  | (3) RESOLVED that the report be noted and that the host authority claim the grant for 2012/13.
R 17. | <b>Selection of Independent Members</b> <i>(Item B3)</i>
R  | (1) The Panel must co-opt two independent members. Officers proposed to advertise in the local press and online, and to shortlist against a person specification.
R  | (2) Cllr Dadson moved that the selection panel include a representative of each of the thirteen authorities. The motion was seconded by Cllr Tutt and on being put to the vote was lost, 4 votes for and 9 against.
R  | (3) RESOLVED that the selection panel comprise the Chairman, the Vice-Chairman and one Member nominated by each political group.
R 18. | <b>Police and Crime Commissioner Elections - Briefing</b> <i>(Item C1)</i>
R  | (1) Ms Vidler gave a presentation on the arrangements for the elections on 15 November 2012 and on the role of the Panel in the Commissioner's first budget and Police and Crime Plan.
R  | (2) Cllr Sayer asked when the guidance on confirmation hearings would be published; Ms Vidler undertook to let the Panel know.
R  | (3) The Panel noted the presentation.
R 19. | <b>Date of next meeting</b> <i>(Item C2)</i>
R  | RESOLVED that the next meeting be held on Thursday, 21 June 2012 at 10.00 am.
S 10
P The meeting closed at 12.15 pm.
