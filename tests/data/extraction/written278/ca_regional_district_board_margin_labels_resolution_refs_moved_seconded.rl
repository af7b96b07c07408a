@title Tamarack Plains Regional District - April 22, 2021 Board Meeting Minutes
@font Helvetica
@fontsize 10
@numcol 48
@header_first  
@header Tamarack Plains Regional District || April 22, 2021 Board Meeting Minutes Page {page}
HC TAMARACK PLAINS REGIONAL DISTRICT
HC APRIL BOARD MEETING MINUTES
G DATE: | April 22, 2021 |  
G PLACE: | Regional District Office Boardroom, Fort Selwick, BC, and by video conference |  
G PRESENT: | <b>Directors</b> | <b>Alternate Directors</b>
G  | Chair Brannigan, District of Selwick Crossing | Alternate Director Okafor, Village of Pinecreek
G  | Vice-Chair Halvorsen, Electoral Area 'A' |  
G  | Director Quill, City of Fort Selwick |  
G  | Director Desjarlais, Electoral Area 'B' (via video conference) |  
G  | Director Markowitz, Electoral Area 'C' |  
G  | Director Thibodeau, City of Fort Selwick |  
G  | Director Yee, District of Lowbank |  
G Absent | Director Sandoval, Village of Pinecreek |  
G Staff | Priya Wendt, Chief Administrative Officer |  
G  | Colm Havili, Deputy Chief Administrative Officer |  
G  | Beatrice Langlois, Chief Financial Officer |  
G  | Tomasz Grell, General Manager of Community Services |  
G  | Jolene Redcloud, Recording Secretary |  
G Delegations | D-1 Amara Whitfield and Sunil Batra, Kestrel Ridge Wind Partnership |  
S 6
H Call to Order
P The Chair called the meeting to order at 10:02 a.m.
H ADOPTION OF AGENDA:
R ADOPTION OF AGENDA<br/>RD/21/04/01 (22) | MOVED Director Quill, SECONDED Director Yee,<br/>That the agenda for the April 22, 2021 Board meeting be adopted, with the late items added.<br/>CARRIED.
H ADOPTION OF MINUTES:
R MINUTES<br/>RD/21/04/02 (22) | MOVED Director Markowitz, SECONDED Vice-Chair Halvorsen,<br/>That the minutes of the March 25, 2021 Board meeting be adopted.<br/>CARRIED.
H DELEGATIONS:
R KESTREL RIDGE WIND PROJECT<br/>D-1 | Amara Whitfield and Sunil Batra, Kestrel Ridge Wind Partnership, gave a presentation on the proposed 24-turbine project south of Lowbank and the community benefit agreement offered to the Regional District. Director Yee asked about road use during construction; Ms. Whitfield replied that a haul route plan would be filed with the Ministry before work begins. The Chair thanked the delegation.
H CORRESPONDENCE:
R RURAL CONNECTIVITY<br/>RD/21/04/03 (22) | MOVED Director Desjarlais, SECONDED Director Markowitz,<br/>That the Regional District Board send a letter to the Minister of Citizens' Services supporting the Selwick Valley Broadband Society's application to the rural connectivity fund.<br/>CARRIED.
H REPORTS:
R 2020 AUDITED FINANCIAL STATEMENTS<br/>RD/21/04/04 (22) | Beatrice Langlois, Chief Financial Officer, presented the 2020 audited financial statements.<br/>MOVED Vice-Chair Halvorsen, SECONDED Director Thibodeau,<br/>That the Regional District Board approve the 2020 Audited Financial Statements for the Tamarack Plains Regional District.<br/>CARRIED.
R GRANT IN AID – PINECREEK CURLING CLUB<br/>RD/21/04/05 (22) | MOVED Director Yee, SECONDED Director Quill,<br/>That the Regional District Board approve a grant in aid of $2,500 to the Pinecreek Curling Club for ice plant repairs, funded from the Electoral Area 'C' grant in aid budget.
R RD/21/04/06 (22) | MOVED Director Markowitz, SECONDED Director Desjarlais,<br/>That the motion be amended by adding "and that the grant be paid on receipt of invoices".<br/>CARRIED.
R  | The question was called on the motion as amended and it was CARRIED.
R FIRE TRUCK REPLACEMENT – LOWBANK<br/>RD/21/04/07 (22) | MOVED Director Yee, SECONDED Director Thibodeau,<br/>That the Regional District Board authorize the purchase of a replacement pumper truck for the Lowbank Volunteer Fire Department at a cost not to exceed $412,000, funded from the fire protection reserve.<br/>DEFEATED.<br/>Opposed: Directors Halvorsen, Markowitz, Quill, Desjarlais
H BYLAWS:
R ZONING AMENDMENT BYLAW NO. 2431, 2021<br/>RD/21/04/08 (22) | MOVED Director Markowitz, SECONDED Director Thibodeau,<br/>That "Tamarack Plains Regional District Zoning Amendment Bylaw No. 2431, 2021" be given third reading.<br/>CARRIED.
H NEW BUSINESS:
R DIRECTORS' REPORTS | Director Quill reported on the Fort Selwick transit working group. Director Desjarlais reported on the annual general meeting of the Selwick Valley Broadband Society.
H ADJOURNMENT:
R ADJOURNMENT<br/>RD/21/04/09 (22) | MOVED Director Thibodeau,<br/>That the meeting adjourn.<br/>CARRIED.
P The meeting adjourned at 12:41 p.m.
S 24
G ______________________ | ______________________
G Chair | Corporate Officer
