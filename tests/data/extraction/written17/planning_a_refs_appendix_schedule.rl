@title Planning Regulatory Committee minutes 2 February 2026
@font Times-Roman
@fontsize 11
@numcol 14
@header PLANNING REGULATORY COMMITTEE||2ND FEBRUARY 2026
@header_first 
@footer {page}
HC PLANNING REGULATORY COMMITTEE
C Minutes of the meeting held on Monday, 2nd February 2026 at 10.30 a.m. in Wyrebridge Town Hall
S 6
G Present: | Councillors Sandra Thornber (Chair), Roger Dennison (Vice-Chair), Dave Brookes, Keith Budden, Claire Cozler, Joan Jackson, Mel Guilding, Jean Parr, Robert Redfern, Sue Tyldesley, Paul Woodruff and Malcolm Thomas
G Apologies for Absence: | Councillor Eric Marsland
P <b>Officers in attendance:</b>
G Mark Cassidy | Head of Development Management
G Jack Pennington | Principal Planning Officer
G Angela Moss | Planning Solicitor
G Tessa Morland | Democratic Support Officer
S 6
R 109 | <b>MINUTES</b>
R | The minutes of the meeting held on 5th January 2026 were agreed as a correct record and signed by the Chair.
R 110 | <b>ITEMS OF URGENT BUSINESS AUTHORISED BY THE CHAIR</b>
R | There were no items of urgent business.
R 111 | <b>DECLARATIONS OF INTEREST</b>
R | Councillor Claire Cozler declared an interest in agenda item A5 25/01102/OUT Land East of Mill Lane, Galthorpe, as a member of Galthorpe Parish Council, but stated that she had taken no part in its discussions of the application and would consider it with an open mind.
R | Councillor Roger Dennison declared a prejudicial interest in agenda item A8 25/01301/LB as the owner of a neighbouring property and left the meeting during its consideration.
HC APPLICATIONS SUBJECT TO PUBLIC PARTICIPATION
R 112 | <b>LAND EAST OF MILL LANE, GALTHORPE</b>
T A5 | 25/01102/OUT | Outline application for the erection of up to 45 dwellings with associated access | Elwood Ward | A(C)
R | Under the scheme of public participation, Mrs Elaine Barrow spoke against the application on behalf of Galthorpe Residents Group and Mr Tom Askew (agent) spoke in support.
R | It was proposed by Councillor Keith Budden and seconded by Councillor Dave Brookes:
R | “That the application be approved in accordance with the officer recommendation.”
R | Upon being put to the vote, 8 Members voted in favour of the proposition, with 3 against and 1 abstention, whereupon the proposal was declared carried.
R | Resolved:
R | That outline planning permission be granted subject to the completion of a legal agreement securing 30% affordable housing and the conditions set out in the report.
R 113 | <b>SITE OF FORMER CROWN INN, QUAY STREET, WYREBRIDGE</b>
T A6 | 25/01188/FUL | Change of use of ground floor to two dwellings and erection of rear extension | Quayside Ward | A(C)
R | Mr Jack Pennington, Principal Planning Officer, presented the report and advised that the Conservation Officer objected to the loss of the pub's ground floor frontage.
R | It was proposed by Councillor Joan Jackson and seconded by Councillor Claire Cozler:
R | “That the application be refused on the grounds of harm to the Quay Conservation Area.”
R | Upon being put to the vote, 7 Members voted in favour of the proposition and 5 against, whereupon the proposal was declared carried.
R | Resolved:
R | That planning permission be refused for the following reason: the loss of the historic frontage would cause less than substantial harm to the Quay Conservation Area that is not outweighed by public benefits.
R 114 | <b>BOWLING GREEN, SCOTHILL ROAD, WYREBRIDGE</b>
T A7 | 25/01244/FUL | Erection of 12 dwellings on former bowling green | Scothill West Ward | A(C)
R | Under the scheme of public participation, Mr Derek Haworth spoke against the application on behalf of Scothill Bowling Club.
R | It was proposed by Councillor Keith Budden and seconded by Councillor Joan Jackson:
R | “That the application be approved in accordance with the officer recommendation.”
R | Upon being put to the vote, 5 Members voted in favour of the proposition and 7 against, whereupon the proposal was declared lost.
R | It was then proposed by Councillor Dave Brookes and seconded by Councillor Claire Cozler:
R | “That the application be refused on the grounds of the loss of a sports facility without replacement.”
R | Upon being put to the vote, 7 Members voted in favour of the proposition and 5 against, whereupon the proposal was declared carried.
R | Resolved:
R | That planning permission be refused as the development would result in the loss of an outdoor sports facility without equivalent replacement, contrary to policy DM31.
HC APPLICATIONS NOT SUBJECT TO PUBLIC PARTICIPATION
R 115 | <b>3 HALBY ROAD, WYREBRIDGE</b>
T A8 | 25/01301/LB | Listed building application for replacement windows and internal alterations | Quayside Ward | A(C)
R | Councillor Roger Dennison, having declared a prejudicial interest, left the meeting during consideration of this item.
R | It was proposed by Councillor Joan Jackson and seconded by Councillor Keith Budden:
R | “That Listed Building Consent be granted in accordance with the officer recommendation.”
R | Upon being put to the vote, Members voted unanimously in favour of the proposition, whereupon the proposal was declared carried.
R | Resolved:
R | That Listed Building Consent be granted subject to the conditions set out in the report.
R 116 | <b>LAND TO THE REAR OF 12-18 CHURCH STREET, HALTHORPE</b>
T A9 | 25/01339/FUL | Erection of two detached dwellings and creation of new access | Halthorpe-with-Arnby Ward | A(C)
R | It was proposed by Councillor Dave Brookes and seconded by Councillor Keith Budden:
R | “That the application be deferred to allow Members to visit the site.”
R | Upon being put to the vote, 10 Members voted in favour of the proposition and 2 against, whereupon the proposal was declared carried.
R | Resolved:
R | That the application be deferred for a site visit.
R 117 | <b>DELEGATED PLANNING DECISIONS</b>
R | A schedule of delegated planning decisions made between 23rd December 2025 and 23rd January 2026 was submitted and is set out in the Appendix to these minutes.
R | Resolved:
R | That the report be noted.
S 20
P Chair
P (The meeting ended at 2.55 p.m.)
S 6
P <b>Any queries regarding these Minutes, please contact Tessa Morland, Democratic Services: telephone (01632) 582074 or email tmorland@wyrebridge.gov.uk</b>
P MINUTES PUBLISHED ON THURSDAY 5TH FEBRUARY 2026
PB
HC APPENDIX
HC SCHEDULE OF DELEGATED PLANNING DECISIONS – 23RD DECEMBER 2025 TO 23RD JANUARY 2026
TH Application No | Location | Proposal | Decision
T 25/00981/FUL | 14 Bowerfield Road | Single storey rear extension | Permitted
T 25/01012/ADV | Unit 3, Catterlow Retail Park | Illuminated fascia signs | Permitted
T 25/01045/FUL | Heysby Lodge, Moor Lane | Change of use to holiday let | Refused
T 25/01057/TPO | 2 The Cedars, Galthorpe | Crown reduction of oak T1 | Permitted
T 25/01090/PLDC | Brook Farm, Quarrymoor Road | Lawful use as one dwelling | Certificate issued
T 25/01121/FUL | 61 Regent Street | Replacement shopfront | Permitted
T 25/01133/CU | The Old Chapel, Nether Kelby | Change of use to dwelling | Withdrawn
