@title Tawhiroa District Council Ordinary Meeting 24 November 2010
@font Helvetica
@fontsize 10
@numcol 12
@header Tawhiroa District Council – Ordinary Meeting 24 November 2010||Page {page}
@footer Chairperson ………………………………………     Date …………………… // Minutes are subject to confirmation at the next ordinary meeting
P <b>The Minutes of the Ordinary Meeting of the Tawhiroa District Council held in the Council Chambers, Kowhai Street, Tawhiroa on Wednesday 24th November 2010 at 9.30am</b>
S 4
G <b>Present</b> | Mayor, H Ransley (Presiding) | Crs. P Beattie, E Brazier, R Cotter, B Dunsmuir, W Kerehoma, A Poutama &amp; G Sinclair
G <b>In Attendance</b> | D Whitford (Chief Executive) | M Halloran (Manager Planning &amp; Regulatory), S Zeller (Committee Secretary), W Matenga (Roading Consultant)
S 6
R 1. | <b>Apologies</b><br/>There were no apologies received.
R 2. | <b>Leave of Absence</b><br/>Cr. Kerehoma advised that he would be on leave from 08/12/2010 to 14/12/2010.<br/>Cr. Poutama advised that she would be on leave from 20/12/2010 to 09/01/2011.
R 3. | <b>Declaration of Conflict of Interest</b><br/>Cr. Dunsmuir declared a conflict of interest with agenda item 9.2.
R 4. | <b>Notification of General Business/Late Items</b><br/>4.1 Funding Concept for the Tawhiroa Community Pool<br/>4.2 Safety Issue with Local Residents Fence, Rata Road<br/>4.3 Public Excluded Item – Omaru Road Access
R 5. | <b>Public Forum</b>
R 5.1 | <b>Rates Review – Mr J Barraclough</b><br/>John Barraclough of 101 Totara Road addressed the meeting and advised that he had been affected by the recent rate increase and would like to have input into the rates review. He also stated that rural residents who received the new recycling crates were not being charged for the service.<br/>The Mayor thanked Mr Barraclough and advised that the rates review would be open for submissions in February.
R 5.2 | <b>Tawhiroa Playcentre Building – Ms K Ruatapu</b><br/>Kiri Ruatapu attended on behalf of the Tawhiroa Playcentre to outline plans to upgrade the Playcentre building on council land at Memorial Park. Cr. Cotter asked whether the Playcentre had applied to other funders.<br/>It was agreed that officers would report back on the lease terms.
R 6. | <b>Confirmation of Minutes</b><br/>Moved:<br/>That the minutes of the Ordinary Meeting held on 27th October 2010 be confirmed as a true and correct record.<br/>Crs Sinclair/Beattie<br/>Carried
R 7. | <b>Chief Executive’s Report</b><br/><i>Purpose</i><br/>To update elected members on matters of interest or requiring Council input/resolution.<br/>The Chief Executive spoke to his report, noting that the annual residents’ survey had achieved a 41% response rate. Cr. Brazier asked about the timing of the district plan review.<br/>Moved:<br/>That the information in this report be received.<br/>Crs Kerehoma/Cotter<br/>Carried
R 8. | <b>Roading Report</b><br/>W Matenga presented the roading report. The reseal programme is 80% complete and the Omaru Road culvert replacement has been delayed by wet weather.<br/>Moved:<br/>That the report be received.<br/>Crs Dunsmuir/Sinclair<br/>Carried
R 9. | <b>Planning &amp; Regulatory Report</b>
R 9.1 | <b>Dog Control Policy Review</b><br/>M Halloran advised that 14 submissions had been received. Cr. Poutama asked that the proposed dog exercise area at the river reserve be fenced.<br/>Moved:<br/>That Council adopt the Dog Control Policy 2010 as amended to include fencing of the river reserve exercise area.<br/>Crs Poutama/Brazier<br/>Carried
R 9.2 | <b>Subdivision Consent – Lot 3 DP 41127, Rimu Road</b><br/>Cr. Dunsmuir left the room for this item.<br/>Moved:<br/>That Council approve the waiver of the development contribution for the reserve land as set out in the report.<br/>Crs Sinclair/Kerehoma<br/>Lost 3/4
R 10. | <b>General Business</b>
R 10.1 | <b>Funding Concept for the Tawhiroa Community Pool</b><br/>The Mayor outlined a proposal for a community trust to lead fundraising for the pool covering. Cr. Beattie supported the idea but asked that ratepayer funding be capped.<br/>Moved:<br/>That the Chief Executive prepare a report on a funding concept for the pool for the February meeting.<br/>Crs Beattie/Cotter<br/>Carried
R 10.2 | <b>Safety Issue with Local Residents Fence, Rata Road</b><br/>Cr. Brazier reported a collapsing fence on the road reserve at Rata Road. Officers will inspect the fence this week.
R 11. | <b>Public Excluded</b><br/>Moved:<br/>That the public be excluded from the following part of the proceedings of this meeting, namely Omaru Road Access, for the reason that withholding the information is necessary to protect the privacy of natural persons.<br/>Crs Sinclair/Poutama<br/>Carried
P The meeting moved into public excluded session at 11.52am.
