@title MINUTES OF THE MARCH MEETING OF KILBRANNAGH COUNTY COUNCIL 2006
@font Times-Roman
@fontsize 11
@footer {page}
H MINUTES OF THE MARCH MEETING OF KILBRANNAGH COUNTY COUNCIL HELD IN ÁRAS AN CHONTAE, PORTBRANNAGH ON THE 27TH OF MARCH 2006 AT 11.00 A.M.
S 6
G <b>PRESENT:</b> | Councillor Noel Hennessy | In the Chair
G  | Councillors Brendan Aylward | Kathleen Brophy
G  | James Culleton | Thomas Delahunt
G  | Patrick Dunphy | Mary Fogarty
G  | Michael Grogan | Joseph Hynes
G  | Paul Kiely | Bernard Lanigan
G  | Teresa Mulhare | Eileen Ryan
G  | Francis Tobin | Gerard Walshe
G <b>APOLOGIES:</b> | Councillors Declan Purcell | Seamus Kinsella
S 4
P <b>IN ATTENDANCE:</b> Messers Liam Dowling, County Manager, Seán Fitzgibbon, Director of Services, Gerry Kinane, Head of Finance, Ms. Úna Corcoran, Director of Services, Ms. Bernadette Ahern, Administrative Officer &amp; Ms. Catherine Doyle, Executive Secretary.
S 6
H 24.&nbsp;&nbsp;&nbsp;VOTES OF SYMPATHY
P On the proposition of the Cathaoirleach, Councillor Noel Hennessy, and unanimously agreed a vote of sympathy was extended to the Moran family on the death of Mr. Joe Moran, Church Street, Portbrannagh, former Town Clerk.
P On the proposition of Councillors James Culleton &amp; Mary Fogarty and unanimously agreed a vote of sympathy was extended to the Hyland family on the death of Ms. Nora Hyland, Ballybrannagh, Co. Kilbrannagh.
P On the proposition of Councillor Kathleen Brophy and unanimously agreed a vote of sympathy was extended to the Costigan family on the death of Mr. Pat Costigan, Rathbrannagh, Co. Kilbrannagh.
P The County Manager, on behalf of the management and staff, joined in the expressions of sympathy.
H 25.&nbsp;&nbsp;&nbsp;CONFIRMATION OF MINUTES
P (i) On the proposition of Councillor Thomas Delahunt seconded by Councillor Joseph Hynes, the Minutes of the February Monthly Meeting of Kilbrannagh County Council held on the 27th of February 2006 were agreed as circulated.
P (ii) On the proposition of Councillor Paul Kiely seconded by Councillor Eileen Ryan, the Minutes of the Special Meeting of Kilbrannagh County Council held on the 6th of March 2006 were agreed as circulated.
H 26.&nbsp;&nbsp;&nbsp;MATTERS ARISING
P Councillor Patrick Dunphy asked what progress had been made on the Kilbrannagh Cross Sewerage Scheme since the February meeting. The County Manager replied that the Department had approved the Preliminary Report and that the Council would advertise for consultants in May.
H 27.&nbsp;&nbsp;&nbsp;SECTION 183 OF THE LOCAL GOVERNMENT ACT 2001 – DISPOSAL OF LAND AT MOYNE ROAD, PORTBRANNAGH
P On the proposition of Councillor James Culleton seconded by Councillor Brendan Aylward, the Members approved the disposal of 0.15 hectares of land at Moyne Road, Portbrannagh to Mr. Anthony Breen for the sum of €18,000, in accordance with the notice circulated.
H 28.&nbsp;&nbsp;&nbsp;ROAD WORKS PROGRAMME 2006
P Mr. Seán Fitzgibbon, Director of Services, presented the Road Works Programme 2006, copy of which had been circulated. He advised that the total allocation of €11.4 million included €2.1 million for the Portbrannagh Inner Relief Road. Councillors Mary Fogarty, Paul Kiely and Teresa Mulhare welcomed the programme and raised a number of local roads. The Director of Services replied to the queries raised.
P On the proposition of Councillor Eileen Ryan seconded by Councillor Patrick Dunphy, the Road Works Programme 2006 was adopted.
H 29.&nbsp;&nbsp;&nbsp;PART 8 – PROPOSED DEVELOPMENT OF 14 HOUSES AT CLOONBRANNAGH, PORTBRANNAGH
P The Members considered the report of the County Manager on the submissions received in respect of the proposed development. On the proposition of Councillor Brendan Aylward seconded by Councillor Kathleen Brophy, the following resolution was passed:-
P “That Kilbrannagh County Council, having considered the report of the County Manager under Part 8 of the Planning and Development Regulations 2001, approves the proposed development of 14 houses at Cloonbrannagh, Portbrannagh.”
H 30.&nbsp;&nbsp;&nbsp;LOCAL GOVERNMENT AUDITOR’S REPORT 2004
P Mr. Gerry Kinane, Head of Finance, outlined the main points of the Local Government Auditor’s Report on the Accounts of Kilbrannagh County Council for the year ended 31st December 2004. The Members noted the Auditor’s Report and the Statement of the County Manager thereon.
H 31.&nbsp;&nbsp;&nbsp;CORRESPONDENCE
P The correspondence circulated with the agenda was noted.
H 32.&nbsp;&nbsp;&nbsp;CONFERENCES
P On the proposition of Councillor Paul Kiely seconded by Councillor Gerard Walshe, the attendance of Councillors at the following conferences was approved:-
G  | Rural Transport Conference, Drumkeeran Bridge | 7th – 8th April 2006
G  | Councillors’ Finance Seminar, Ballymoate | 21st April 2006
H 33.&nbsp;&nbsp;&nbsp;NOTICE OF MOTION – COUNCILLOR EILEEN RYAN
P Councillor Eileen Ryan proposed the following Notice of Motion which was seconded by Councillor Thomas Delahunt:-
P “That Kilbrannagh County Council calls on the Minister for Health and Children to retain the 24 hour Accident and Emergency service at Portbrannagh General Hospital.”
P Councillor James Culleton stated that he could not support the motion as worded. Following discussion a vote was taken, the result of which was as follows: For 13; Against 8; Abstentions 1. The Cathaoirleach declared the motion carried.
H 34.&nbsp;&nbsp;&nbsp;NOTICE OF MOTION – COUNCILLOR DECLAN PURCELL
P As Councillor Purcell had sent his apologies, this motion was deferred to the April meeting.
H 35.&nbsp;&nbsp;&nbsp;ANY OTHER BUSINESS
P Councillor Mary Fogarty raised the condition of the public toilets at The Square, Portbrannagh. Mr. Fitzgibbon undertook to have them inspected during the week.
S 6
P This concluded the business of the meeting.
S 18
P SIGNED: ______________________________ CATHAOIRLEACH
P DATE: ________________________________
