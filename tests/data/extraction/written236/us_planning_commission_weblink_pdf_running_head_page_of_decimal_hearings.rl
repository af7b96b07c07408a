@title 2005-10-24 MINUTES
@font Times-Roman
@fontsize 11.5
@header_first  
@header Planning Commission Minutes - October 24, 2005||Page {page} of 3
HC City of Wapsibrook
HC Planning Commission
HC October 24, 2005
S 6
P Pursuant to due call and notice thereof, a regular meeting of the Planning Commission was duly held at City Hall, 4410 – 90th Street South, Wapsibrook, Minnesota on the 24th day of October 2005 in the Council Chambers and telecast on local Government Cable Channel 12.
H Call to Order
P Chairperson Lindahl called the meeting to order at 7:00 p.m.
H Roll Call
P Members Present: Karen Boettcher, Darnell Hughes, Gary Lindahl, Renata Ostby, Paul Seljeskog, Miriam Tvedt, Jon Wendorf
P Members Absent: Steve Kringen (excused)
P Staff Present: Howard Pearsall, Community Development Director; Julie Amundsen, Senior Planner; Ted Rauscher, City Council Liaison
H Approval of Agenda
P Motion by Hughes, seconded by Tvedt to approve the agenda. Motion approved unanimously (7-0 vote).
H Open Forum
P Chairperson Lindahl asked if anyone wished to address the Planning Commission on any non-agenda item. Ellen Marquardt, 8120 Jamaica Avenue, asked when the trail along the Wapsi Creek corridor would be extended south of 80th Street. Pearsall responded that the segment is in the 2007 capital improvement program and that the Parks Commission will hold a public meeting on the alignment next spring.
H Chair’s Explanation of the Public Hearing Process
P Chairperson Lindahl explained the purpose of the Planning Commission, which serves in an advisory capacity to the City Council, and that the City Council makes all final decisions. He explained the process of conducting a public hearing and requested that any person wishing to speak should come to the microphone and state their full name and address for the public record.
H Public Hearings
H 6.1 Heron Ridge Estates – Case No. ZA05-051 and PP05-052
P Lindqvist Land Company, LLC has filed a zoning amendment application to rezone approximately 86 acres of land from AG-1, Agricultural Preservation, to R-2, Residential Estate, and a preliminary plat application to develop 31 rural estate lots. The property is located east of Jamaica Avenue and south of 100th Street.
P Amundsen summarized the staff report. She explained that the lots range from 2.0 to 3.4 acres and would be served by individual wells and septic systems. She stated that staff recommends approval subject to the 27 conditions listed in the staff report, including a conservation easement over the wetland complex in the northeast corner of the site.
P Seljeskog asked whether the cul-de-sac length complies with City standards. Amundsen responded that the cul-de-sac exceeds the 1,000 foot maximum and that a variance is included in the recommendation because a second access is not available.
P Chairperson Lindahl opened the public hearing.
P Dale Fenske, 10055 Jamaica Avenue, expressed concern about the volume of construction traffic on Jamaica Avenue and asked that trucks be routed to 100th Street. Roger Lindqvist, the applicant, stated that he would agree to a construction access from 100th Street.
P No one else spoke. Lindahl closed the public hearing.
P Boettcher made a motion to recommend approval of the zoning amendment and preliminary plat for Heron Ridge Estates, subject to the conditions in the staff report and an added condition that construction traffic use the 100th Street access. Ostby seconded.
P Motion passed unanimously (7-0 vote).
H 6.2 Dahlgren Auto Body – Case No. CUP05-055
P Dahlgren Properties, Inc. has applied for a conditional use permit to allow outdoor storage of vehicles awaiting repair at 7350 Hinton Avenue.
P Amundsen stated that the site is zoned I-1, Limited Industry, and that outdoor storage is permitted by conditional use if it is fully screened. She stated that the applicant proposes an eight-foot board-on-board fence and that no vehicle may be stored for more than 30 days.
P Wendorf asked how the 30-day limit would be enforced. Pearsall explained that the applicant would keep a log of vehicles that would be available to the City on request.
P Chairperson Lindahl opened the public hearing. No one spoke. The public hearing was closed.
P Wendorf made a motion to recommend approval of the conditional use permit, subject to the conditions listed in the staff report. Tvedt seconded.
P Motion passed on a 6-to-1 vote (Hughes voted no, stating that the fence height was not sufficient to screen the site from Hinton Avenue).
H 6.3 Text Amendment – Accessory Structures in Residential Districts – Case No. TA05-057
P Pearsall explained that the proposed amendment would allow one detached accessory structure of up to 1,200 square feet on residential lots of two acres or more, instead of the current limit of 1,000 square feet.
P Hughes asked whether the height limit would change. Pearsall stated that the 18-foot height limit would remain.
P Chairperson Lindahl opened the public hearing. No one spoke. The public hearing was closed.
P Seljeskog made a motion to table the text amendment to the November 28, 2005 meeting so that staff can prepare examples of the larger structures. Boettcher seconded.
P Motion passed unanimously (7-0 vote).
H Approval of Planning Commission Minutes of September 26, 2005
P Tvedt made a motion to approve the minutes of the September 26, 2005 Planning Commission meeting. Wendorf seconded.
P Motion approved unanimously (7-0 vote).
H Reports
H 8.1 Recap of October 2005 City Council Actions
P Rauscher reported that the City Council approved the final plat for Wapsi Creek Fifth Addition and adopted the amended sign ordinance on October 5, 2005.
H 8.2 Response to Planning Commission Inquiries
P Pearsall stated that the traffic study for the 80th Street and Hinton Avenue intersection will be presented to the Commission in December.
H 8.3 Planning Commission Requests
P Ostby asked that the Commission receive a copy of the Metropolitan Council’s comments on the draft Comprehensive Plan when they are received.
H Adjournment
P Motion by Hughes, seconded by Boettcher, to adjourn the meeting at 8:47 p.m. Motion approved unanimously (7-0 vote).
S 10
P Respectfully submitted,
P Linda Schaefer
P Recording Secretary
