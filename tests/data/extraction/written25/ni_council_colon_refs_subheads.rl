@title Council Minutes 8 May 2012
@font Times-Roman
@fontsize 11
@header Drumcarrig District Council||Council 08.05.12
@footer Page {page}
HC DRUMCARRIG DISTRICT COUNCIL
HC MINUTES OF THE PROCEEDINGS OF THE COUNCIL MEETING HELD IN THE COUNCIL CHAMBER, 7 CONNELL STREET, DRUMCARRIG ON TUESDAY 8 MAY 2012 AT 7.00 PM
S 6
G <b>In the Chair:</b> | Councillor B Quigley
G <b>Members Present:</b> | Councillors M Canavan, T Devine, S Doherty, R Guthrie, J Kealey, A P McCrudden, P McKinney, E Mullan, D Nesbitt, H Rankin, G Stewart and W Walls
G <b>Also Present:</b> | Mr S Devlin, Clerk &amp; Chief Executive
G  | Mrs A Corr, Director of Finance and Administration
G  | Mr N Friel, Leisure and Recreation Manager
G  | Miss F Loughrey, Member Services Officer
S 8
H 12/05:01 APOLOGIES AND CHAIRMAN’S BUSINESS
H Apologies
P Apologies were received on behalf of Councillors C Bradley and L O’Kane who were unable to be present.
H Chairman’s Business
H Expressions of Sympathy
P Councillor B Quigley expressed his sympathy to the family of the late Mr Hugh McShane, a former Member of the Council, who died on 29 April 2012. Councillor T Devine and Councillor W Walls associated themselves with the Chairman’s remarks.
H Congratulations
P Councillor S Doherty congratulated Drumcarrig Harps on winning the Ulster Intermediate Cup and asked that a letter of congratulation be sent to the club. This was agreed.
H Diary Dates
P The Chairman reminded Members that the Annual Meeting of the Council would be held on Tuesday 5 June 2012 at 6.30 pm.
H 12/05:02 DECLARATIONS OF INTEREST
P Councillor E Mullan declared an interest in item 12/05:06 (Community Grants) as a committee member of Carnanee Community Association.
H 12/05:03 MINUTES OF COUNCIL MEETING HELD ON TUESDAY 10 APRIL 2012
P The Minutes of the Council Meeting held on Tuesday 10 April 2012, copies of which had been circulated, were taken as read.
P Proposed by Councillor J Kealey
P Seconded by Councillor H Rankin and
P RESOLVED that the Minutes of the Council Meeting held on 10 April 2012 be confirmed and signed as correct.
H 12/05:04 MATTERS ARISING
H Roe Bank Greenway
P In reply to Councillor G Stewart, the Clerk &amp; Chief Executive advised that the Department for Regional Development had confirmed the second phase of the greenway would be tendered in the autumn.
H Public Conveniences, Market Yard
P The Director of Finance and Administration reported that the refurbishment had been completed within budget.
P Members noted the position.
H 12/05:05 PRESENTATION BY NORTHERN IRELAND HOUSING EXECUTIVE
P The Chairman welcomed Mr Kieran Lafferty, District Manager, and Ms Orla Breslin, Area Planning Officer, to the meeting.
P Mr Lafferty presented the Housing Executive’s District Housing Plan for 2012/13, which showed 412 applicants on the waiting list for the district, of whom 238 were in housing stress. He outlined the planned maintenance programme for Glebe Park and Ardnagh.
P Councillor A P McCrudden asked when the heating replacement scheme at Ardnagh would start. Ms Breslin said the contract would be let in September. Councillor R Guthrie raised the condition of the garages at Glebe Park and Mr Lafferty agreed to arrange a site meeting.
P The Chairman thanked the representatives for their presentation and they left the meeting.
H 12/05:06 MINUTES OF LEISURE AND AMENITIES COMMITTEE MEETING HELD ON TUESDAY 24 APRIL 2012
P The Minutes of the Leisure and Amenities Committee Meeting held on 24 April 2012 were submitted.
H Community Grants
P Councillor E Mullan left the meeting during consideration of this item.
P Councillor D Nesbitt proposed that the recommendation to award £1,500 to Carnanee Community Association be referred back to committee pending receipt of its accounts. This was seconded by Councillor M Canavan.
P The Leisure and Recreation Manager explained that the accounts had been received on 2 May and were satisfactory.
P On a vote being taken, 4 Members voted in favour of the proposal and 8 against, and the proposal was declared lost.
P Councillor E Mullan returned to the meeting.
H Adoption of Minutes
P Proposed by Councillor P McKinney
P Seconded by Councillor S Doherty and
P RESOLVED that the Minutes of the Leisure and Amenities Committee Meeting held on 24 April 2012 be adopted.
H 12/05:07 CORRESPONDENCE
H Department of the Environment
P Submitted letter advising that the consultation on the reform of the planning fee regime would close on 22 June 2012. It was agreed that the Clerk &amp; Chief Executive would prepare a draft response for the June meeting.
H Ulster Folk Festival Association
P Submitted request for a contribution of £250 towards the Drumcarrig Folk Weekend. Councillor T Devine proposed that the request be granted and Councillor G Stewart seconded. It was agreed to contribute £250.
H 12/05:08 PLANNING APPLICATIONS
P Members considered the schedule of planning applications received from the Planning Service (copy circulated).
P Councillor H Rankin asked that application A/2012/0188/F at Tullyroan Road be called in for an office meeting. Members noted the schedule subject to this request.
H 12/05:09 NOTICE OF MOTION
P Councillor D Nesbitt moved the following motion, of which notice had been given: “That this Council calls on the Minister for Regional Development to reinstate the evening bus service between Drumcarrig and Ballinrea.” The motion was seconded by Councillor R Guthrie.
P Councillor J Kealey said that the Council should first seek the views of Translink on passenger numbers.
P The motion was put and declared lost, 6 Members voting for and 9 against.
H 12/05:10 ANY OTHER BUSINESS
P Councillor W Walls asked that the Council write to Roads Service about the verge cutting on the Windyhill Road. This was agreed.
S 8
P There being no further business the meeting closed at 9.10 pm.
S 20
P ____________________________ Chairman
