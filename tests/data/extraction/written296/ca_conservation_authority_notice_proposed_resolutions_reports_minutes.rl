@title Kessock Region Conservation Authority Board of Directors December 15 2016
@font Helvetica
@fontsize 10
@footer Kessock Region Conservation Authority - Board of Directors - December 15, 2016||Page {page}
HC KESSOCK REGION CONSERVATION AUTHORITY
C 2418 Ridgeway Line, Wyndmoor, Ontario
S 6
HC Board of Directors - Notice of Meeting
C December 15th - 10:00 a.m., Administration Office, Wyndmoor
S 4
H Tentative Agenda
P 1. Chair’s Remarks<br/>2. Adoption of the Agenda<br/>3. Declaration of Pecuniary Interests<br/>4. Delegation – Wyndmoor Naturalists Club<br/>5. Hearing – none scheduled<br/>6. Board of Directors November 10, 2016 Minutes<br/>7. General Manager’s Report<br/>8. Chair &amp; Provincial Association Report<br/>9. Business Arising from last meeting<br/>10. Conservation Area Reports<br/>&nbsp;&nbsp;&nbsp;10.1 Conservation Areas Update<br/>11. Water Resources Reports<br/>&nbsp;&nbsp;&nbsp;11.1 Current Watershed Conditions and Great Lakes Levels<br/>&nbsp;&nbsp;&nbsp;11.2 Lakeshore Erosion Monitoring<br/>12. Conservation Services Report<br/>&nbsp;&nbsp;&nbsp;12.1 Tree Seed Plant<br/>13. Planning and Regulations Reports<br/>14. Communications Report<br/>15. Joint Health &amp; Safety Committee Minutes<br/>16. Finance Reports<br/>&nbsp;&nbsp;&nbsp;16.1 Revenue and Expense Summary<br/>&nbsp;&nbsp;&nbsp;16.2 November 2016 Disbursements<br/>&nbsp;&nbsp;&nbsp;16.3 Comments Received on the 2017 Draft Budget<br/>17. In-Camera<br/>18. New Business<br/>19. Adjournment
S 6
P Please contact Marisa (519-555-0148 or e-mail mdevlin@kessockregion.ca) at the Administration Office by December 12, 2016, if you are unable to attend.
PB
H December 15, 2016 Board of Directors Proposed Resolutions
P 1. Chair’s Remarks
P 2. Moved by: ____________ Seconded by: ____________<br/>That the Board of Directors adopts the agenda for the meeting as presented.
P 3. It is requested that each Director declare a conflict of interest at the appropriate time during the meeting, if one exists.
P 6. Moved by: ____________ Seconded by: ____________<br/>That the Board of Directors approves the minutes of the meeting held November 10, 2016 as presented.
P 7. Moved by: ____________ Seconded by: ____________<br/>That the General Manager’s Report be received.
P 11.1 Moved by: ____________ Seconded by: ____________<br/>That the report on Current Watershed Conditions and Great Lakes Levels be received.
P 16.3 Moved by: ____________ Seconded by: ____________<br/>That the Board of Directors receives the comments on the 2017 Draft Budget and directs staff to present the final budget for approval at the February 2017 Annual Meeting.
P 19. Moved by: ____________<br/>That the meeting be adjourned.
PB
HC KESSOCK REGION CONSERVATION AUTHORITY
HC Board of Directors Meeting Minutes
C November 10, 2016 – 10:00 a.m. – Administration Office, Wyndmoor
G <b>Directors Present:</b> | Helen Rourke (Chair), Gary Vanstone (Vice-Chair), Murray Deacon, Lois Ferrante, Pieter de Jong, Sandra Kilbride, Russ Mawhinney, Anne Tessaro
G <b>Directors Absent:</b> | Colin Tremblay, Dale Ouimet (regrets)
G <b>Staff:</b> | Brian Cawthorne, General Manager; Tanya Birkett, Water Resources Engineer; Owen Latimer, Planning Supervisor; Marisa Devlin, Recording Secretary
S 4
H 1. Chair’s Remarks
P Helen Rourke called the meeting to order at 10:00 a.m. and welcomed Directors. She noted the success of the Wyndmoor Creek tree planting day, at which 3,400 seedlings had been planted by volunteers.
H 2. Adoption of the Agenda
P BD 16/131 Moved by: Gary Vanstone Seconded by: Lois Ferrante<br/>That the Board of Directors adopts the agenda for the meeting as presented. <b>Carried.</b>
H 3. Declaration of Pecuniary Interests
P Russ Mawhinney declared a conflict with item 9.1 as the owner of an adjacent property.
H 4. Board of Directors October 13, 2016 Minutes
P BD 16/132 Moved by: Anne Tessaro Seconded by: Murray Deacon<br/>That the Board of Directors approves the minutes of the meeting held October 13, 2016 as presented. <b>Carried.</b>
H 5. General Manager’s Report
P Brian Cawthorne reviewed his report, including staff vacancies and the provincial review of the Conservation Authorities Act.
P BD 16/133 Moved by: Pieter de Jong Seconded by: Sandra Kilbride<br/>That the General Manager’s Report be received. <b>Carried.</b>
H 6. Business Arising from last meeting
P There was no business arising.
H 7. Conservation Area Reports
H 7.1 Conservation Areas Update
P Staff noted that the campground at Fenwick Point had closed for the season with a record 2,917 site nights.
P BD 16/134 Moved by: Lois Ferrante Seconded by: Murray Deacon<br/>That the Conservation Areas Update be received. <b>Carried.</b>
H 8. Water Resources Reports
H 8.1 Current Watershed Conditions and Great Lakes Levels
P Tanya Birkett reported that precipitation for October was 78 per cent of normal and that levels at the Port Kessock lake gauge remained above the long-term average. Pieter de Jong asked about the low flow advisory. She replied that it would be lifted if November rainfall was near normal.
P BD 16/135 Moved by: Gary Vanstone Seconded by: Anne Tessaro<br/>That the report on Current Watershed Conditions and Great Lakes Levels be received. <b>Carried.</b>
H 8.2 Lakeshore Erosion Monitoring
P Tanya Birkett presented the results of the fall bluff survey. Sandra Kilbride asked that the results be shared with the lakeshore municipalities.
P BD 16/136 Moved by: Sandra Kilbride Seconded by: Russ Mawhinney<br/>That the Board of Directors receives the bluff survey results and directs staff to forward them to the lakeshore municipalities. <b>Carried.</b>
H 9. Planning and Regulations Reports
H 9.1 Planning Activity Summary Report
P Russ Mawhinney left the room for this item. Owen Latimer presented the summary of planning and permit activity for September and October.
P BD 16/137 Moved by: Murray Deacon Seconded by: Lois Ferrante<br/>That the Planning Activity Summary Report be received. <b>Carried.</b>
P Russ Mawhinney returned to the meeting.
H 10. Finance Reports
H 10.1 2017 Draft Budget
P Brian Cawthorne presented the 2017 Draft Budget, which proposed a 1.9 per cent increase in the general levy. Anne Tessaro asked that member municipalities be given until the end of January to comment.
P BD 16/138 Moved by: Anne Tessaro Seconded by: Pieter de Jong<br/>That the Board of Directors approves the 2017 Draft Budget for circulation to member municipalities for comment. <b>Carried.</b>
H 10.2 October 2016 Disbursements
P BD 16/139 Moved by: Gary Vanstone Seconded by: Sandra Kilbride<br/>That the October 2016 disbursements in the amount of $412,688.27 be approved. <b>Carried.</b>
H 11. Adjournment
P BD 16/140 Moved by: Murray Deacon<br/>That the meeting be adjourned at 12:10 p.m. <b>Carried.</b>
S 10
P _____________________ Chair &nbsp;&nbsp;&nbsp;&nbsp;&nbsp; _____________________ General Manager
PB
HC KESSOCK REGION CONSERVATION AUTHORITY
H Report to the Board of Directors
G <b>To:</b> | Board of Directors
G <b>From:</b> | Tanya Birkett, Water Resources Engineer
G <b>Date:</b> | December 5, 2016
G <b>Subject:</b> | Current Watershed Conditions and Great Lakes Levels
G <b>Agenda #:</b> | 11.1
S 6
P November precipitation across the watershed was 112 per cent of normal, and stream flows at the Wyndmoor and Fenwick gauges returned to seasonal levels. The low flow advisory issued in August was lifted on November 24, 2016.
P Lake levels at the Port Kessock gauge in November were 21 cm above the long-term average for the month and 14 cm below the level of November 2015. The seasonal decline is expected to continue through the winter.
P Recommendation: That the report on Current Watershed Conditions and Great Lakes Levels be received.
PB
HC KESSOCK REGION CONSERVATION AUTHORITY
H Report to the Board of Directors
G <b>To:</b> | Board of Directors
G <b>From:</b> | Brian Cawthorne, General Manager
G <b>Date:</b> | December 7, 2016
G <b>Subject:</b> | Comments Received on the 2017 Draft Budget
G <b>Agenda #:</b> | 16.3
S 6
P The 2017 Draft Budget was circulated to the eleven member municipalities following the November 10, 2016 meeting. Written comments have been received from four municipalities. Two supported the draft as circulated, one asked that the levy increase be held to the rate of inflation, and one asked for more detail on the Fenwick Point capital works.
P A verbal summary of any further comments will be given at the meeting.
P Recommendation: That the Board of Directors receives the comments on the 2017 Draft Budget and directs staff to present the final budget for approval at the February 2017 Annual Meeting.
