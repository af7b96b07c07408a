@title Minutes of Ordinary Council Meeting - 25 November 2019
@font Helvetica
@fontsize 10
@header_first  
@header MINUTES - ORDINARY MEETING OF COUNCIL||25 NOVEMBER 2019
@footer - {page} -
HC ORDINARY MEETING OF COUNCIL
HC MONDAY, 25 NOVEMBER 2019
HC MINUTES
HC CONTENTS
S 6
P 1 DECLARATION OF OPENING / ANNOUNCEMENT OF VISITORS ................................................ 2
P 2 RECORD OF ATTENDANCE / APOLOGIES / LEAVE OF ABSENCE ............................................ 2
P 3 ADVICE OF RESPONSE TO PREVIOUS PUBLIC QUESTIONS TAKEN ON NOTICE ............... 2
P 4 PUBLIC QUESTION TIME ............................................................................................ 2
P MR D VELLA – 14 JARRAH CLOSE, KARRAWONG ........................................................... 2
P 5 APPLICATIONS FOR LEAVE OF ABSENCE ........................................................................ 2
P 5.1 REQUEST FOR LEAVE OF ABSENCE CR TEMBY ............................................................ 2
P 6 PETITIONS ........................................................................................................................ 3
P NIL ..................................................................................................................................... 3
P 7 CONFIRMATION OF MINUTES ........................................................................................... 3
P MINUTES OF ORDINARY COUNCIL MEETING HELD ON 11 NOVEMBER 2019 ........................ 3
P 8 ANNOUNCEMENTS BY THE PERSON PRESIDING WITHOUT DISCUSSION .............................. 3
P 1 CONSULTATION AND COMMUNICATION ........................................................................... 3
P 2 MARKETING AND PUBLIC RELATIONS ............................................................................ 3
P 3 GOVERNANCE AND ECONOMIC DEVELOPMENT ................................................................ 3
P 9 QUESTIONS BY MEMBERS OF WHICH DUE NOTICE HAS BEEN GIVEN WITHOUT DISCUSSION .... 3
P 10 DECLARATION OF MEMBERS’ INTERESTS ........................................................................ 3
P 11 REPORTS ............................................................................................................................. 3
P 11.1 COMMUNITY SERVICES COMMITTEE REPORT ................................................................ 3
P 11.2 TECHNICAL SERVICES COMMITTEE REPORT ................................................................. 3
P 11.3 DEVELOPMENT SERVICES COMMITTEE REPORT ............................................................ 4
P 11.4 CITY STRATEGY COMMITTEE REPORT ........................................................................... 4
P 12 ELECTED MEMBERS MOTIONS OF WHICH PREVIOUS NOTICE HAS BEEN GIVEN ................. 4
P 13 NEW BUSINESS OF AN URGENT NATURE ........................................................................ 4
P 14 COUNCILLORS’ ITEMS ...................................................................................................... 4
P 15 MEETING DECLARED CLOSED .......................................................................................... 5
PB
HC CITY OF KARRAWONG
HC MINUTES
C OF ORDINARY MEETING OF COUNCIL HELD IN THE COUNCIL CHAMBERS, ADMINISTRATION CENTRE, 7 ORCHARD AVENUE, KARRAWONG ON MONDAY, 25 NOVEMBER 2019 AT 7.00PM.
S 4
H 1 DECLARATION OF OPENING / ANNOUNCEMENT OF VISITORS
P The Mayor (Cr R Petrakis) declared the meeting open at 7.00pm and read the acknowledgement of the traditional owners of the land on which the meeting was held.
H 2 RECORD OF ATTENDANCE / APOLOGIES / LEAVE OF ABSENCE
G <b>Present:</b> | Cr R Petrakis | Mayor, presiding member
G  | Cr C Ong | Deputy Mayor
G  | Cr S Bellamy | 
G  | Cr M Dziedzic | 
G  | Cr L Faulkner | 
G  | Cr K Hoang | 
G  | Cr J Keneally | 
G  | Cr P Mansfield | 
G  | Cr A Nunn | 
G  | Cr G Temby | 
G  | Cr W Ural | 
G <b>Apologies:</b> | Cr B Ostrowski | 
G <b>In Attendance:</b> | Mr J Halloran | Chief Executive Officer
G  | Mr T Sacco | Executive Director Technical Services
G  | Ms V Pillay | Executive Director Community Services
G  | Mrs H Rowe | Executive Director Development Services
G  | Miss K Baird | Minute Secretary
P Public: 14 &nbsp; Press: 1
H 3 ADVICE OF RESPONSE TO PREVIOUS PUBLIC QUESTIONS TAKEN ON NOTICE
P Nil.
H 4 PUBLIC QUESTION TIME
P <b>Mr D Vella – 14 Jarrah Close, Karrawong</b>
P Mr Vella asked when the verge parking policy would be finalised, as cars were parked across footpaths in his street every weekend. The Mayor advised that the policy would be considered under item 11.2 of this meeting.
H 5 APPLICATIONS FOR LEAVE OF ABSENCE
H 5.1 REQUEST FOR LEAVE OF ABSENCE CR TEMBY
P Cr Temby requested leave of absence from 1 December 2019 to 20 January 2020 inclusive.
P <b>RESOLVED</b>
P Minute 281/11/19
P That Cr Temby be granted leave of absence from 1 December 2019 to 20 January 2020 inclusive.
P Moved Cr Hoang
P MOTION CARRIED (11/0)
H 6 PETITIONS
P Nil.
H 7 CONFIRMATION OF MINUTES
P <b>MINUTES OF ORDINARY COUNCIL MEETING HELD ON 11 NOVEMBER 2019</b>
P <b>RESOLVED</b>
P Minute 282/11/19
P That the Minutes of the Ordinary Meeting of Council held on 11 November 2019 be confirmed.
P Moved Cr Keneally
P MOTION CARRIED (11/0)
H 8 ANNOUNCEMENTS BY THE PERSON PRESIDING WITHOUT DISCUSSION
H 1 CONSULTATION AND COMMUNICATION
P The Mayor advised that the community survey on the future of the Karrawong Aquatic Centre had closed with 1,184 responses.
H 2 MARKETING AND PUBLIC RELATIONS
P The Mayor advised that the Christmas Carols in Lakeside Park would be held on 14 December and encouraged members to attend.
H 3 GOVERNANCE AND ECONOMIC DEVELOPMENT
P The Mayor advised that the draft local planning strategy would be advertised for public comment in February 2020.
H 9 QUESTIONS BY MEMBERS OF WHICH DUE NOTICE HAS BEEN GIVEN WITHOUT DISCUSSION
P Nil.
H 10 DECLARATION OF MEMBERS’ INTERESTS
P Cr Faulkner declared an impartiality interest in item D38/11/19 – Proposed Child Care Premises, Lot 12 Banksia Road, as she is known to the applicant.
H 11 REPORTS
H 11.1 COMMUNITY SERVICES COMMITTEE REPORT
P <b>RESOLVED</b>
P Minute 283/11/19
P That the Report of the Community Services Committee meeting held on 18 November 2019 be received and the recommendations therein be adopted.
P Moved Cr Dziedzic
P MOTION CARRIED (11/0)
H 11.2 TECHNICAL SERVICES COMMITTEE REPORT
P Cr Nunn requested that recommendation T45/11/19 – Verge Parking Policy be considered separately.
P <b>RESOLVED</b>
P Minute 284/11/19
P That the Report of the Technical Services Committee meeting held on 19 November 2019 be received and the recommendations therein, with the exception of T45/11/19, be adopted.
P Moved Cr Ural
P MOTION CARRIED (11/0)
P <b>T45/11/19 – VERGE PARKING POLICY</b>
P Cr Nunn spoke against the recommendation, saying that the policy would leave residents with no parking in the older suburbs. The Executive Director Technical Services explained the exemptions for narrow streets.
P <b>RESOLVED</b>
P Minute 285/11/19
P That Council adopt the Verge Parking Policy as recommended by the Technical Services Committee.
P Moved Cr Bellamy
P MOTION CARRIED (8/3)
H 11.3 DEVELOPMENT SERVICES COMMITTEE REPORT
P <b>RESOLVED</b>
P Minute 286/11/19
P That the Report of the Development Services Committee meeting held on 20 November 2019 be received and the recommendations therein, with the exception of D38/11/19, be adopted.
P Moved Cr Mansfield
P MOTION CARRIED (11/0)
P <b>D38/11/19 – PROPOSED CHILD CARE PREMISES, LOT 12 BANKSIA ROAD</b>
P Cr Hoang moved that the application be refused on the grounds of traffic safety.
P MOTION LOST (4/7)
P <b>RESOLVED</b>
P Minute 287/11/19
P That Council approve the application for a child care premises at Lot 12 Banksia Road, Karrawong, subject to the conditions recommended by the Development Services Committee.
P Moved Cr Ong
P MOTION CARRIED (7/4)
H 11.4 CITY STRATEGY COMMITTEE REPORT
P The Chief Executive Officer advised that the consultant’s report on the Aquatic Centre options had not been received in time for the Committee’s recommendation to be finalised.
P <b>RESOLVED</b>
P Minute 288/11/19
P That consideration of the City Strategy Committee Report be deferred to the Ordinary Meeting of Council on 9 December 2019.
P Moved Cr Faulkner
P MOTION CARRIED (11/0)
H 12 ELECTED MEMBERS MOTIONS OF WHICH PREVIOUS NOTICE HAS BEEN GIVEN
P Nil.
H 13 NEW BUSINESS OF AN URGENT NATURE
P Nil.
H 14 COUNCILLORS’ ITEMS
P <b>Cr Keneally – Footpath, Orchard Avenue</b>
P Cr Keneally asked when the footpath outside the library would be repaired. The Executive Director Technical Services advised that the work was scheduled for the week of 2 December.
H 15 MEETING DECLARED CLOSED
P The Mayor declared the meeting closed at 8.12pm.
S 10
G MINUTES CONFIRMED THIS 9TH DAY OF DECEMBER 2019 | 
G  | 
G ......................................................... | 
G MAYOR | 
