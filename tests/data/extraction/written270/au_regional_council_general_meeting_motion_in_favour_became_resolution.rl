@title General Meeting Minutes 24 April 2024
@font Helvetica
@fontsize 10.5
@numcol 16
@header_first  
@header General Meeting Minutes || 24 April 2024
@footer UNCONFIRMED || Page {page}
S 150
HC <font size="28">MINUTES</font>
S 30
HC <font size="18">General Meeting</font>
S 16
HC <font size="18">24 April 2024</font>
PB
HC MINUTES OF TARRABOOL REGIONAL COUNCIL
HC GENERAL MEETING
HC HELD AT THE GUNDALEE BOARDROOM
HC ON WEDNESDAY, 24 APRIL 2024 AT 9.00AM
S 6
G <b>COUNCILLORS:</b> | Mayor Cr Lorraine Beit, Deputy Mayor Cr Graham Tully, Cr Nadia Petrakis, Cr Boyd Hennessy, Cr Trish Kellaway, Cr Sam Ruhle, Cr Dennis Vowles
G <b>OFFICERS:</b> | Dianne Cowper (Chief Executive Officer), Marcus Ebbott (General Manager Works), Jenna Roff (General Manager Corporate and Community) and Tamsin Quade (Executive Assistant to the CEO and Mayor)
R 1 | WELCOME/HOUSEKEEPING
P The Mayor opened the meeting at 9.02am and welcomed everyone present. Cr Vowles gave an acknowledgement of country.
R 2 | APOLOGIES/LEAVE OF ABSENCE
P Nil
R 3 | DEPUTATIONS/PETITIONS
P 9.30am – Mr Owen Pardey, President of the Gundalee Campdraft Association, spoke to Council about the failing showgrounds arena lights and asked for help with the cost of new LED towers. The Mayor thanked Mr Pardey.
R 4 | DECLARATIONS OF INTEREST
P I, Cr Nadia Petrakis, declare a declarable conflict of interest in Item 7.2 - Community Grants Round 2 2023-24, as I am Secretary of the Gundalee Pony Club, which has applied for a grant. I will leave the room while the item is discussed and decided.
H MOTION
G Moved: | Cr Beit
G Seconded: | TBC
P That it is in the public interest, in accordance with Section 150ES of the Local Government Act 2009, for Cr Petrakis to leave the room while Item 7.2 - Community Grants Round 2 2023-24 is discussed and decided.
G In Favour: | Cr Lorraine Beit, Cr Graham Tully, Cr Boyd Hennessy, Cr Trish Kellaway, Cr Sam Ruhle and Cr Dennis Vowles
G Against: | Nil
P <b>CARRIED 6/0</b>
R 5 | CONFIRMATION OF MINUTES
R 5.1 | MINUTES OF THE GENERAL MEETING HELD ON 27 MARCH 2024
H OFFICERS RECOMMENDATION
P That the Minutes of the General Meeting held on 27 March 2024 be confirmed.
H MOTION
G Moved: | Cr Kellaway
G Seconded: | Cr Ruhle
P That the Minutes of the General Meeting held on 27 March 2024 be confirmed.
G In Favour: | Cr Lorraine Beit, Cr Graham Tully, Cr Nadia Petrakis, Cr Boyd Hennessy, Cr Trish Kellaway, Cr Sam Ruhle and Cr Dennis Vowles
G Against: | Nil
P <b>CARRIED 7/0</b>
P THE MOTION WAS CARRIED AND BECAME THE RESOLUTION.
H RESOLUTION 2024/088
P That the Minutes of the General Meeting held on 27 March 2024 be confirmed.
P NOTE: Cr Hennessy pointed out that the General Manager Works was missing from the attendance list of the previous minutes. Cr Lorraine Beit said the final minutes would be corrected.
R 6 | EXECUTIVE SERVICES
R 6.1 | MAYOR'S REPORT - MARCH 2024
H OFFICERS RECOMMENDATION
P That Council receive the Mayor's Report for March 2024.
H MOTION
G Moved: | Cr Tully
G Seconded: | Cr Vowles
P That Council receive the Mayor's Report for March 2024.
G In Favour: | Cr Lorraine Beit, Cr Graham Tully, Cr Nadia Petrakis, Cr Boyd Hennessy, Cr Trish Kellaway, Cr Sam Ruhle and Cr Dennis Vowles
G Against: | Nil
P <b>CARRIED 7/0</b>
P THE MOTION WAS CARRIED AND BECAME THE RESOLUTION.
H RESOLUTION 2024/089
P That Council receive the Mayor's Report for March 2024.
R 6.2 | LOCAL DISASTER MANAGEMENT PLAN REVIEW 2024
H OFFICERS RECOMMENDATION
P That Council adopt the Tarrabool Local Disaster Management Plan 2024 as presented.
P Dianne Cowper outlined the changes to the evacuation centre arrangements for Gundalee and Mirrabin. Cr Ruhle asked that the contact list for the rural fire brigades be checked before the plan is published.
H MOTION
G Moved: | Cr Ruhle
G Seconded: | Cr Hennessy
P That Council adopt the Tarrabool Local Disaster Management Plan 2024 as presented, subject to the rural fire brigade contact list being verified prior to publication.
G In Favour: | Cr Lorraine Beit, Cr Graham Tully, Cr Nadia Petrakis, Cr Boyd Hennessy, Cr Trish Kellaway, Cr Sam Ruhle and Cr Dennis Vowles
G Against: | Nil
P <b>CARRIED 7/0</b>
P THE MOTION WAS CARRIED AND BECAME THE RESOLUTION.
H RESOLUTION 2024/090
P That Council adopt the Tarrabool Local Disaster Management Plan 2024 as presented, subject to the rural fire brigade contact list being verified prior to publication.
R 7 | CORPORATE AND COMMUNITY
R 7.1 | FINANCIAL REPORT - MARCH 2024
H OFFICERS RECOMMENDATION
P That Council note the Financial Report for the period ending 31 March 2024.
H MOTION
G Moved: | Cr Petrakis
G Seconded: | Cr Kellaway
P That Council note the Financial Report for the period ending 31 March 2024.
G In Favour: | Cr Lorraine Beit, Cr Graham Tully, Cr Nadia Petrakis, Cr Boyd Hennessy, Cr Trish Kellaway, Cr Sam Ruhle and Cr Dennis Vowles
G Against: | Nil
P <b>CARRIED 7/0</b>
P THE MOTION WAS CARRIED AND BECAME THE RESOLUTION.
H RESOLUTION 2024/091
P That Council note the Financial Report for the period ending 31 March 2024.
P Cr Petrakis left the meeting at 10.14am.
R 7.2 | COMMUNITY GRANTS ROUND 2 2023-24
H OFFICERS RECOMMENDATION
P That Council approve the Round 2 2023-24 community grants as listed in Attachment 1, totalling $18,450.
H MOTION
G Moved: | Cr Vowles
G Seconded: | Cr Tully
P That Council approve the Round 2 2023-24 community grants as listed in Attachment 1, totalling $18,450.
G In Favour: | Cr Lorraine Beit, Cr Graham Tully, Cr Boyd Hennessy, Cr Trish Kellaway, Cr Sam Ruhle and Cr Dennis Vowles
G Against: | Nil
P <b>CARRIED 6/0</b>
P THE MOTION WAS CARRIED AND BECAME THE RESOLUTION.
H RESOLUTION 2024/092
P That Council approve the Round 2 2023-24 community grants as listed in Attachment 1, totalling $18,450.
P Cr Petrakis returned to the meeting at 10.21am.
R 8 | WORKS
R 8.1 | ROADS CAPITAL PROGRAM UPDATE - MARCH 2024
H OFFICERS RECOMMENDATION
P That Council receive the Roads Capital Program Update for March 2024.
P Marcus Ebbott reported that the Kurrajong Creek floodway works are 80 percent complete and that the reseal program will start in May.
H MOTION
G Moved: | Cr Hennessy
G Seconded: | Cr Petrakis
P That Council receive the Roads Capital Program Update for March 2024.
G In Favour: | Cr Lorraine Beit, Cr Graham Tully, Cr Nadia Petrakis, Cr Boyd Hennessy, Cr Trish Kellaway, Cr Sam Ruhle and Cr Dennis Vowles
G Against: | Nil
P <b>CARRIED 7/0</b>
P THE MOTION WAS CARRIED AND BECAME THE RESOLUTION.
H RESOLUTION 2024/093
P That Council receive the Roads Capital Program Update for March 2024.
R 8.2 | REQUEST TO NAME UNNAMED ROAD - LOT 6 ON RP81342
H OFFICERS RECOMMENDATION
P That Council name the unnamed road adjoining Lot 6 on RP81342 as "Pardey Lane".
H MOTION
G Moved: | Cr Kellaway
G Seconded: | Cr Ruhle
P That Council name the unnamed road adjoining Lot 6 on RP81342 as "Pardey Lane".
G In Favour: | Cr Trish Kellaway, Cr Sam Ruhle and Cr Dennis Vowles
G Against: | Cr Lorraine Beit, Cr Graham Tully, Cr Nadia Petrakis and Cr Boyd Hennessy
P <b>LOST 3/4</b>
P NOTE: Cr Tully asked that officers consult the adjoining landholders on a name and bring the matter back to the May General Meeting.
R 9 | CONFIDENTIAL ITEMS
R 9.1 | SALE OF LAND FOR OVERDUE RATES
P This item was considered in closed session under Section 254J(3)(c) of the Local Government Regulation 2012.
H MOTION
G Moved: | Cr Tully
G Seconded: | Cr Kellaway
P That Council proceed with the sale of land for overdue rates for the properties listed in the confidential report.
G In Favour: | Cr Lorraine Beit, Cr Graham Tully, Cr Nadia Petrakis, Cr Boyd Hennessy, Cr Trish Kellaway, Cr Sam Ruhle and Cr Dennis Vowles
G Against: | Nil
P <b>CARRIED 7/0</b>
P THE MOTION WAS CARRIED AND BECAME THE RESOLUTION.
H RESOLUTION 2024/094
P That Council proceed with the sale of land for overdue rates for the properties listed in the confidential report.
R 10 | CLOSURE
P The Mayor closed the meeting at 11.47am.
