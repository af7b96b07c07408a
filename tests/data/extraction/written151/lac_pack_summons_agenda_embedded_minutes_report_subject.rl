@title Public Document Pack - Ravensholm Local Area Council 9 February 2026
@font Helvetica
@fontsize 9.5
@numcol 10
@header_first Public Document Pack
@header Ravensholm Local Area Council – 9 February 2026
@footer Page {page}
P Your ref: &nbsp;&nbsp;&nbsp; Our ref: &nbsp;&nbsp;&nbsp; Enquiries to: Karen Milburn &nbsp;&nbsp;&nbsp; Email: karen.milburn@tyneholm.gov.uk &nbsp;&nbsp;&nbsp; Tel direct: 01678 622190 &nbsp;&nbsp;&nbsp; Date: Friday, 30 January 2026
P Dear Sir or Madam,
P You are invited to attend a meeting of the LOCAL AREA COUNCIL which will take place in the COUNCIL CHAMBER, COUNTY HALL, RAVENSHOLM on MONDAY, 9 FEBRUARY 2026 at 4.00 PM.
P Yours faithfully
P Helen Craster, Chief Executive
P To Ravensholm Local Area Council members as follows:- P Hepple (Chair), L Cowens (Vice-Chair), D Forsyth (Vice-Chair (Planning)), M Heron, T Patterson, G Ridley, A Shield, J Shanks and W Thew
C Helen Craster, Chief Executive &nbsp; County Hall, Ravensholm, Tyneholm RV1 2CH &nbsp; T: 0345 600 4411 &nbsp; www.tyneholm.gov.uk
HC AGENDA
HC PART I
P The items in this part of the agenda are expected to be taken in public.
R 1. | <b>APOLOGIES FOR ABSENCE</b>
R 2. | <b>MINUTES</b> (Page 2) To confirm the minutes of the meeting held on Monday 12 January 2026.
R 3. | <b>DISCLOSURE OF MEMBERS' INTERESTS</b> Members must disclose any personal interest, including any disclosable pecuniary interest, in an item on this agenda unless it is already in the Register of Members’ Interests, as the Code of Conduct requires.
R 4. | <b>DETERMINATION OF PLANNING APPLICATIONS</b> For the committee to determine, under its delegated powers, the applications in the supplementary report. (Report to follow)
R 5. | <b>PLANNING APPEALS</b> (Page 3) To note the latest appeals received and decided.
R 6. | <b>LOCAL SERVICES ISSUES</b> To receive an update from the Area Highways Manager on winter maintenance in the area.
R 7. | <b>URGENT BUSINESS</b> Any other item the Chair considers urgent, with the reasons for urgency.
R 8. | <b>DATE OF NEXT MEETING</b> The next meeting will be held on Monday, 9 March 2026 at 4.00 pm.
PB
P <para alignment="right"><b>Agenda Item 2</b></para>
HC TYNEHOLM COUNTY COUNCIL
HC RAVENSHOLM LOCAL AREA COUNCIL
P At a meeting of the <b>Ravensholm Local Area Council</b> held in the Council Chamber, County Hall, Ravensholm on Monday, 12 January 2026 at 4.00 pm.
G <b>PRESENT</b> | Councillor P Hepple (Chair) in the Chair
G <b>COUNCILLORS</b> | L Cowens, D Forsyth, T Patterson, G Ridley, A Shield and W Thew
G <b>OFFICERS</b> | R Bewick (Planning Manager), K Gallon (Area Highways Manager), N Lisle (Solicitor), K Milburn (Democratic Services Officer)
P Around 12 members of the public and one member of the press were present.
R 61. | <b>APOLOGIES FOR ABSENCE</b> Apologies were received from Councillors Heron and Shanks.
R 62. | <b>MINUTES</b> RESOLVED that the minutes of the meeting held on 8 December 2025 be agreed as a correct record and signed by the Chair.
R 63. | <b>DISCLOSURE OF MEMBERS' INTERESTS</b> Councillor Forsyth declared a personal interest in application 25/03871/FUL as he knew the applicant and stated that he would leave the chamber for that item.
R 64. | <b>DETERMINATION OF PLANNING APPLICATIONS</b> Members had before them the report listing the applications to be determined under delegated powers and were reminded of the planning tests to be applied. RESOLVED that the information be noted.
R 65. | <b>25/03871/FUL Erection of 12 affordable homes, land west of Mill Lane, Howdenfield</b> Councillor Forsyth left the chamber. R Bewick, Planning Manager, introduced the application with the aid of a presentation. Mr J Turnbull spoke in objection on behalf of residents of Mill Lane, raising drainage and the width of the lane. Councillor Cowens moved acceptance of the recommendation to grant permission, seconded by Councillor Patterson. A vote was taken as follows: FOR 6; AGAINST 1; ABSTAIN 0. RESOLVED that permission be GRANTED subject to the conditions set out in the report. Councillor Forsyth returned to the chamber.
R 66. | <b>25/04102/HOU Two storey rear extension, 9 Abbey Terrace, Ravensholm</b> R Bewick introduced the application. Councillor Ridley moved that the application be refused on the grounds of loss of light to 11 Abbey Terrace, seconded by Councillor Shield. A vote was taken as follows: FOR 2; AGAINST 5; ABSTAIN 0. The motion was lost. Councillor Cowens then moved the recommendation to grant permission, seconded by Councillor Patterson. A vote was taken as follows: FOR 5; AGAINST 2; ABSTAIN 0. RESOLVED that permission be GRANTED subject to the conditions set out in the report.
R 67. | <b>PLANNING APPEALS</b> RESOLVED that the information be noted.
R 68. | <b>LOCAL SERVICES ISSUES</b> K Gallon, Area Highways Manager, gave an update on the resurfacing programme and the recent flooding at Howdenfield ford. Councillor Ridley asked why the road to Howdenfield had not been gritted during the cold spell before Christmas. K Gallon explained that it was a secondary route and undertook to look at the treatment list again before next winter.
R 69. | <b>URGENT BUSINESS</b> There was no urgent business.
R 70. | <b>DATE OF NEXT MEETING</b> The next meeting will be held on Monday, 9 February 2026 at 4.00 pm.
P CHAIR ......................................... &nbsp;&nbsp;&nbsp; DATE ...................................
PB
P <para alignment="right"><b>Agenda Item 5</b></para>
HC TYNEHOLM COUNTY COUNCIL
HC RAVENSHOLM LOCAL AREA COUNCIL
HC 9 FEBRUARY 2026
G <b>Report of:</b> | Director of Planning and Local Services
G <b>Subject:</b> | Planning Appeals Update
G <b>Cabinet Member:</b> | Councillor S Hogg, Planning and Housing
P <b>1. Purpose of report</b>
P This report tells members which planning appeals have been lodged and decided since the last meeting.
P <b>2. Recommendations</b>
P That members note the report.
P <b>3. Planning Appeals Received</b>
TH Reference | Proposal and main planning considerations | Type of appeal
T 25/02216/FUL | Erection of agricultural worker’s dwelling, High Rigg Farm, Howdenfield – refused under delegated authority | Written representations
P <b>4. Planning Appeals Decided</b>
TH Reference | Proposal and main planning considerations | Decision
T 24/04457/OUT | Outline application for 4 dwellings, land south of the Old School, Ravensholm – refused by committee against officer recommendation | Appeal allowed
T 25/00981/HOU | Raised decking, 3 Hollins Close | Appeal dismissed
P Report author: R Bewick, Planning Manager
