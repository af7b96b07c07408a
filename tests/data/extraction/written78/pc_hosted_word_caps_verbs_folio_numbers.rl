@title Waldhurst PC Minutes 8 November 2022
@font Helvetica
@fontsize 10.5
@header ||{page}
@pageoffset 2213
@footer Waldhurst Parish Council – www.waldhurst.onesuffolk.net/parish-council
C Parish Clerk: Karen Oakley, 3 Quay Cottages, Waldhurst, Woodbridge, IP12 4XX
C E: clerk@waldhurst-pc.org.uk T: 01394 555018
HC WALDHURST PARISH COUNCIL
HC Minutes of the Parish Council Meeting held on Tuesday 8th November 2022
P <b>In attendance:</b> Councillors Pettit (Chair), Alder, Fenn, Sillitoe and Crowe, SCC Cllr Nigel Marwood, ESC Cllr Jane Denny, 3 members of the public. Clerk: Karen Oakley
P <b>1. To RECEIVE apologies for absence</b> – Cllr Garrod (work), ESC Cllr Haddon (illness).
P <b>2. To RECEIVE declarations of interest</b> – Cllr Fenn item 7, Hill Farm Barns (non-pecuniary).
P To RECEIVE delegated Declaration of Interest Dispensation decisions or APPROVE non-delegated DPI dispensations requested by a councillor – none.
P <b>Parish Issues</b> – An opportunity for parishioners to bring matters to the attention of the Parish Council and for parishioners to seek guidance from the Council.
P A resident asked whether the council would replace the lifebuoy at the quay, which had been missing since the summer. Cllr Pettit replied that a new lifebuoy and housing had been ordered and would be fitted by the end of the month.
P <b>3. To RECEIVE reports from:</b>
P SCC Cllr Nigel Marwood – Cllr Marwood spoke through his report (see supporting documents). The county council is consulting on changes to school transport eligibility, and the winter gritting network has been confirmed without changes for the parish.
P ESC Cllr Jane Denny – Cllr Denny reported that the district council’s community partnership has funds for village hall energy improvements. Cllr Alder asked whether the hall could apply; Cllr Denny will send the details to the Clerk.
P <b>4. To APPROVE the minutes of the meeting held on 11th October 2022</b> – The minutes were APPROVED as a true record and signed by the Chair. Proposed Cllr Sillitoe, seconded Cllr Crowe.
P <b>5. To RECEIVE the Clerk’s report on matters arising</b> – The Clerk’s report (see supporting documents) was noted.
P <b>6. Finance</b>
P a) To APPROVE payments – RESOLVED to approve the payments in the schedule, totalling £1,108.44.
P b) To RECEIVE the bank reconciliation to 31st October 2022 – received and noted.
P <b>7. To CONSIDER planning applications:</b>
P DC/22/3310/FUL Hill Farm Barns, Church Road – conversion of two barns to dwellings. Cllr Fenn left the room. Cllr Crowe raised the lack of passing places on Church Road. RESOLVED to recommend approval, subject to a construction management plan. Cllr Fenn returned.
P <b>8. To CONSIDER the 2023/24 budget and precept</b> – The Clerk had circulated a draft budget showing expenditure of £14,650. Following discussion, the draft budget was AGREED. It was RESOLVED to set the precept at £13,900 for 2023/24. Proposed Cllr Alder, seconded Cllr Pettit. 4 in favour, 1 against.
P <b>9. To CONSIDER arrangements for a public meeting on the Quay verges</b> – Cllr Sillitoe suggested a drop-in session rather than a formal meeting, so that residents could see the options on display. It was AGREED to hold a drop-in session in the Village Hall on Saturday 26th November from 10am to 12 noon.
P <b>10. Councillors’ reports and items for the next agenda</b> – Cllr Crowe reported that the footpath along the river wall is badly eroded near the boatyard. Items for January: tree survey; play area inspection report.
P <b>11. Date of next meeting</b> – Tuesday 10th January 2023 at 7.30pm in the Village Hall.
S 12
P The meeting closed at 9.02pm.
P Signed ………………………………… Chair            Date ……………………
