@title WSP Minutes 22 May 2013
@font Helvetica
@fontsize 10
@footer {page}
HC KINGSWITHY TOWN COUNCIL
HC WORKS, SERVICES AND PLANNING COMMITTEE
C Minutes of the meeting held on Wednesday 22 May, 2013 at the Community Hall, Fore Street, Kingswithy at 7.45pm
S 6
P <b>Present:</b>
P Chairman of the Committee: Councillor K Loveys
P Councillors: B Aplin, R Hext, J Lethbridge, M Narracott, S Pengelly, T Voysey
P Ex Officio: Councillors: D Wonnacott (Mayor) and P Stoneman (Deputy Mayor)
P In attendance: Cllr F Wreford
P Town Clerk: Mrs E Cornelius
H 58/13 Apologies
P Apologies were received from Cllr Chudleigh, who was on holiday.
H 59/13 Declarations of Interest
P Cllr Hext declared an interest in Planning Application no: 13/01144/FUL 3 Higher Mead as the applicant is a relative.
H 60/13 Minutes
P The Chairman signed the minutes of the meeting held on 24 April, 2013 which had been approved at the Full Council Meeting.
H 61/13 Planning Applications
I Week ending 3 May, 2013
G PARISH: | KINGSWITHY | WARD: | Kingswithy East
G APPLICATION REF: | 13/01144/FUL | OFFICER: | Helen Widdicombe
G DECISION LEVEL: | DEL | |
G LOCATION: | 3 Higher Mead | |
G PROPOSAL: | Two storey side extension | |
G APPLICANT: | Mr D Hext 3 Higher Mead Kingswithy | |
P Cllr Hext left the room. No objection. Proposed by Cllr Narracott, seconded by Cllr Pengelly and agreed. Cllr Hext returned.
G PARISH: | KINGSWITHY | WARD: | Kingswithy West
G APPLICATION REF: | 13/01187/FUL | OFFICER: | Carl Bowden
G DECISION LEVEL: | COMM | |
G LOCATION: | Land adjacent to 41 Clay Pits Lane | |
G PROPOSAL: | Erection of two dwellings | |
G APPLICANT: | Westmoor Homes Ltd | |
P Objection &#8211; overdevelopment of the site, insufficient parking and the access onto Clay Pits Lane is on a bend with poor visibility. Proposed by Cllr Lethbridge, seconded by Cllr Aplin and agreed.
I Week ending 10 May, 2013
G PARISH: | KINGSWITHY | WARD: | Kingswithy East
G APPLICATION REF: | 13/01230/ADV | OFFICER: | Helen Widdicombe
G DECISION LEVEL: | DEL | |
G LOCATION: | Unit 4 Ball Clay Industrial Estate | |
G PROPOSAL: | Illuminated fascia sign | |
G APPLICANT: | Kingswithy Tyres | |
P No objection. Proposed by Cllr Voysey, seconded by Cllr Narracott and agreed.
H 62/13 Planning Decisions from the District Council &#8211; for information
P The decisions received since the last meeting were noted.
H 63/13 Community Composting Scheme &#8211; Cllr Pengelly to report
P Cllr Pengelly reported that 64 households had signed up to the pilot and that the two bays at the allotments were now full. She asked whether the Council would fund a third bay. It was agreed that a third bay be built at a cost of up to £350.
H 64/13 Urban Highway Grass Cutting &#8211; to discuss
P The County Council had offered a contribution of £1,940 towards the Town Council taking over the urban verge cutting from 2014. The Town Clerk reported that the Council&#8217;s contractor had quoted £2,600 for the same cuts. Cllr Lethbridge said the verges would be cut more often under local control. Proposed by Cllr Lethbridge, seconded by Cllr Voysey, it was RESOLVED to accept the County Council&#8217;s offer and to recommend the additional cost be included in the 2014/15 budget.
H 65/13 Public Conveniences &#8211; Fore Street
P The Town Clerk reported that the District Council intended to close the Fore Street toilets at the end of September unless another body took them on. Members noted the report and asked for the running costs to be obtained for the next meeting.
H 66/13 Christmas Lights &#8211; to discuss
P Cllr Aplin asked for the lights to be extended into Church Street this year. It was agreed to obtain quotations for four additional motifs.
H 67/13 Date of next meeting
P Wednesday 26 June, 2013 following the Finance Committee.
S 12
P Signed &#8230;&#8230;&#8230;&#8230;&#8230;&#8230;&#8230;&#8230;&#8230;&#8230;&#8230;. Chairman &#160;&#160;&#160;&#160; Date &#8230;&#8230;&#8230;&#8230;&#8230;&#8230;&#8230;
