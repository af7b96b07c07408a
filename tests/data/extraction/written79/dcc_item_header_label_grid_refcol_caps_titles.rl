@title Development Control Committee 6 November 2014
@font Helvetica
@fontsize 10
@numcol 20
@header_first ||ITEM 3(b)
@header 
@footer DEVELOPMENT CONTROL||06 NOVEMBER 2014 PAGE {page}
P Minutes of the <b>DEVELOPMENT CONTROL COMMITTEE</b> held on <b>THURSDAY 06 NOVEMBER 2014</b> at 7.00 pm.
G <b>Present:</b> | Councillor R Ashdown (Chair) Councillors: Beckley, Colesby, Fenwick, Grendale, Lockyer, Pellew, Shelbourne and K Wilmot.
G <b>Officers:</b> | B Tatham (Service Director - Planning and Transport), M Dunhill (Team Leader Strategic Applications Team), C Oakes (Senior Planning Officer), S Rooke (Engineer - Development Management [Highways]), J Furse (Solicitor - Case Manager Planning) and D Embleton (Committee Manager).
G <b>Apologies:</b> | Councillor Kenward.
G <b>Also Present:</b> | Councillor Walmsley (Ward Councillor)
G <b>Number of Public Present:</b> | 34
R DCC52 | <b>CHAIRS WELCOME</b><br/>The Chair welcomed Members of the Committee, Officers and Public to the meeting.
R DCC53 | <b>MINUTES</b><br/><b>RESOLVED -</b><br/>That the Minutes of the meeting of the Development Control Committee held on 9 October 2014 be approved as an accurate record and signed by the Chair as such.
R DCC54 | <b>DECLARATION OF INTERESTS</b><br/>Councillor Fenwick asked that it be noted that he was a member of Bramcote Parva Parish Council, which had commented on application 14/01688/FUL, but that he had not taken part in that discussion and came to the meeting with an open mind.
R DCC55 | <b>14/01688/FUL</b><br/><b>ERECTION OF 46 DWELLINGS WITH ASSOCIATED ACCESS, PARKING AND LANDSCAPING AT LAND SOUTH OF HOLLIER LANE, BRAMCOTE PARVA FOR ELMSTONE HOMES LTD</b><br/>The Committee received a presentation from the Senior Planning Officer (C Oakes) and noted the officer's update circulated before the meeting.<br/>The Committee heard from Mr P Wolstenholme, a local resident, speaking in objection to the application, and Ms A Neave, the applicant's agent, speaking in support.<br/>Councillor Walmsley, Ward Councillor, addressed the Committee and raised concerns about the capacity of the junction with Hollier Lane and the Ridgeway.<br/>Councillor Lockyer proposed that the application be approved as recommended by officers; this was seconded by Councillor Beckley. On being put to the vote the motion was carried, with 6 votes in favour and 3 against.<br/><b>RESOLVED -</b><br/>That planning permission be granted subject to the completion of a Section 106 Agreement and the conditions set out in the report.
R DCC56 | <b>14/01719/FUL</b><br/><b>CHANGE OF USE OF GROUND FLOOR FROM RETAIL (A1) TO HOT FOOD TAKEAWAY (A5) AT 12 MERIDIAN ARCADE, TOVEBRIDGE CENTRE FOR MR T CALDWELL</b><br/>The Committee received a presentation from the Team Leader Strategic Applications Team (M Dunhill). Councillor Pellew moved that the application be refused on the grounds of harm to the vitality of the arcade; there was no seconder and the motion fell.<br/>Councillor Grendale proposed that the application be deferred to allow the applicant to submit details of the extraction system; this was seconded by Councillor Colesby.<br/><b>RESOLVED -</b><br/>That the application be deferred to a future meeting of the Committee.
R DCC57 | <b>14/01802/TPO</b><br/><b>FELLING OF ONE HORSE CHESTNUT TREE PROTECTED BY TREE PRESERVATION ORDER 211 AT 4 MILL SQUARE, TOVEBRIDGE MILL FOR MRS J LINFIELD</b><br/>The Committee noted the report of the Senior Planning Officer.<br/><b>RESOLVED -</b><br/>That consent be granted subject to the planting of a replacement tree.
R DCC58 | <b>ANNUAL MONITORING REPORT - PLANNING ENFORCEMENT</b><br/>The Committee received the annual report on planning enforcement activity for 2013/14. Councillor Shelbourne asked that the number of cases closed without action be reported by ward in future.<br/><b>RESOLVED -</b><br/>That the report be noted.
R DCC59 | <b>APPEAL DECISIONS</b><br/>The Committee noted the list of appeal decisions received since the last meeting.
S 8
P THE CHAIR CLOSED THE MEETING AT 9.12 PM
