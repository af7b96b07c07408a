@title 2016-06-21_Council
@font Times-Roman
@fontsize 11
@numcol 40
@header_first MUNICIPALITY OF THE COUNTY OF ARDMOYLE
@header Municipal Council||June 21, 2016
@footer {page}
C 2016-06-21_Council
HC MUNICIPAL COUNCIL
HC June 21, 2016
S 6
HC SUMMARY OF MOTIONS
G MOTION 160621.01 | Minutes Regular Session May 17, 2016 | 1
G MOTION 160621.02 | Public Hearing – Kinsac Bay Land Use By-law Amendment | 1
G MOTION 160621.03 | Community Names &amp; Boundaries and Community Name Signs | 2
G MOTION 160621.04 | Regional Waste Authority Operating and Capital Budgets | 2
G MOTION 160621.05 | Letters of Thanks – Ardmoyle District RCMP and Kinsac Bay Fire Brigade | 2
G MOTION 160621.06 | Councillor Appointments to Committees, Boards and Organizations | 2
G MOTION 160621.07 | Department of Energy – Councillor Participation | 2
S 10
P Minutes of the regular session of Municipal Council held on June 21, 2016, at the Lorne Avery Memorial Hall, Pell's Crossing, N.S., at 10:00 a.m.
R Present: | Warden Clarence Boudreau, Deputy Warden Susan Ingram; Councillors: Paul Whynacht, Marlene Ells, Roger Dorey, Cathy Saulnier and Brent Amirault.
R Also Present: | CAO Duncan MacIsaac, Municipal Clerk Yvonne Comeau, and other staff.
H Minutes
R MOTION 160621.01 | Minutes Regular Session May 17, 2016
P Councillor Whynacht moved, seconded by Councillor Ells, that the minutes of the regular session held on May 17, 2016 be approved as circulated. Motion carried unanimously.
H Reports &amp; Recommendations
P <b>Re: Municipal Solicitor</b>
P CAO MacIsaac reported that the Municipal Solicitor, Gordon Tibbetts, Q.C., will retire on December 31, 2016 after twenty-two years of service to the Municipality. Council asked staff to bring forward options for legal services, including a request for proposals, to the August session.
R MOTION 160621.02 | Public Hearing – Kinsac Bay Land Use By-law Amendment
P Warden Boudreau opened the public hearing at 10:20 a.m. Planner Ingrid Sollows reviewed the application by Seaforth Holdings Ltd. to permit a boat storage yard at 2760 Shore Road, Kinsac Bay. Three letters of support and one letter of concern had been received. Mr. Rupert Hiltz of Kinsac Bay spoke in favour of the application. No one spoke against. The Warden closed the public hearing at 10:41 a.m.
P Councillor Ells moved, seconded by Councillor Dorey, that Council approve the amendment to the Kinsac Bay Land Use By-law as set out in Schedule A of the staff report dated June 1, 2016. Motion carried.
R MOTION 160621.03 | Community Names &amp; Boundaries and Community Name Signs
P Councillor Saulnier moved, seconded by Councillor Amirault, that Council adopt the community names and boundaries map dated May 2016 and direct staff to order replacement community name signs within the 2016/17 budget. Motion carried.
R MOTION 160621.04 | Regional Waste Authority Operating and Capital Budgets
P Councillor Dorey moved, seconded by Councillor Whynacht, that Council approve the Municipality's share of the 2016/17 operating and capital budgets of the Seaward Regional Waste Authority, being $1,284,600 and $212,300 respectively. Motion carried with Councillor Amirault opposed.
H Correspondence
R MOTION 160621.05 | Letters of Thanks – Ardmoyle District RCMP and Kinsac Bay Fire Brigade
P Councillor Ingram moved, seconded by Councillor Saulnier, that letters of thanks be sent to the Ardmoyle District RCMP and the Kinsac Bay Volunteer Fire Brigade for their response to the May 28 grass fires. Motion carried unanimously.
P <b>Re: Repaving on Route 14 and Active Transportation</b>
P Councillor Amirault asked whether the Department of Transportation had considered paved shoulders when repaving Route 14 this summer. The CAO advised that the Department's plans show gravel shoulders only. Council agreed that the Warden write to the Minister asking that paved shoulders be included.
H Councillor Items
R MOTION 160621.06 | Councillor Appointments to Committees, Boards and Organizations
P Councillor Whynacht moved, seconded by Councillor Ingram, that Council approve the councillor appointments to committees, boards and organizations for 2016/17 as listed in the Clerk's memo of June 14, 2016. Motion carried.
R MOTION 160621.07 | Department of Energy – Councillor Participation
P Councillor Saulnier moved, seconded by Councillor Ells, that Councillor Dorey be authorized to attend the Department of Energy's tidal energy workshop in Halburton on July 12, 2016, with expenses paid under the Council expense policy. Motion carried.
H Adjournment
P The meeting adjourned at 12:35 p.m.
S 24
G ______________________________ | ______________________________
G WARDEN | MUNICIPAL CLERK
