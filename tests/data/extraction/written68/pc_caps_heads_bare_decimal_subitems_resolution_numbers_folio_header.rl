@title HPC minutes 10.7.2023
@font Helvetica
@fontsize 10
@header ||HPC/10.7.2023 – 00{page}
@pageoffset 2113
@footer Chair's initials ………………
HC Minutes of the HARTSFOLD PARISH COUNCIL MEETING held on 10th July 2023 at 7.30pm in Coldwell Village Hall
P <b>PRESENT</b> Cllrs Rupert Askew, Gina Bestwick, Gwen Butterfield, Andrew Fanshawe, Diana Kellaway (Chair), Keith Osbaldeston (and in his capacity as District Councillor for item 6), Marcus Tarrant, Paul Watling, Linsey Winthrop
P <b>In attendance:</b> County Cllr Frances Whitcombe – CCC (to end item 6), Mrs Helen Ridgway (Clerk), 3 members of the public
I Members of the public are encouraged to come to the meetings and there is a 10-minute opportunity at the start of the meeting for them to address the Council.
P A member of the public spoke in support of item 9 and asked the Council to consider a community energy scheme for the village hall roof. A second member of the public raised the condition of the footway on Forge Lane. The Chair thanked the members of the public and the meeting opened at 7.42pm.
P <b>1. ENQUIRE WHETHER ANYONE PRESENT INTENDS TO FILM, PHOTOGRAPH AND/OR RECORD THE MEETING:</b> None.
P <b>2. APOLOGIES:</b> Cllr Nadia Anstey, Cllr Jill Parfitt
P <b>3. DECLARATIONS OF INTEREST –</b> Cllr Tarrant declared a personal interest in planning application WD/2023/1190/F as a neighbour.
P <b>4. MINUTES</b>
P 4.1. To resolve that the minutes of the Council Meeting held on Monday 12th June 2023 be taken as read, confirmed as a correct record and signed by the Chairman.
P <b>002101 RESOLVED</b> that the minutes of the meeting held on 12th June 2023 were approved.
P 4.2. Matters outstanding from these minutes (not listed as separate agenda items)
TH Minute no. | Who | Item
T Pg. 2079 | F&amp;A | Quotes for tree works at Forge Lane recreation ground to July F&amp;A Committee
T Pg. 2088 | Clerk | Noticeboard at Coldwell Green – order placed, delivery expected in August
T Pg. 2093 | Councillors | Volunteers for the Platinum Oak planting – carried forward
P <b>5. CHAIR'S ANNOUNCEMENTS</b> The Chair reported that she had attended the Coldwell Primary School summer fair and presented the Council's cup for the best kept garden. She reminded members that the Annual Parish Assembly would be held on 14th September.
P <b>6. REPORTS FROM COUNTY AND DISTRICT COUNCILLORS</b>
P County Cllr Whitcombe reported that resurfacing of the B2110 between Coldwell and Hartsfold Cross had been brought forward to October. Cllr Osbaldeston, as District Councillor, reported that the Local Plan examination hearings would resume in the autumn. Cllr Fanshawe asked about the timetable for the Forge Lane footway; County Cllr Whitcombe would find out and let the Clerk know. County Cllr Whitcombe left the meeting at 8.05pm.
P <b>7. FINANCE AND ADMINISTRATION</b>
P 7.1. To receive the minutes of the Finance and Administration Committee held on 26th June 2023 and to consider its recommendations.
P <b>002102 RESOLVED</b> that the minutes be received and the recommendation to accept the quotation of £1,480 + VAT from Weald Tree Care for the works at Forge Lane recreation ground be approved.
P 7.2. To approve the schedule of payments for June 2023.
TH Date | Payee | Description | Amount
T 03/07/23 | Mrs H Ridgway | Salary June 2023 | £1,210.64
T 03/07/23 | County Pension Fund | Employer contributions | £298.07
T 05/07/23 | Coldwell Village Hall | Hall hire April – June | £84.00
T 07/07/23 | Weald Signs Ltd | Noticeboard deposit | £450.00
P <b>002103 RESOLVED</b> that the schedule of payments totalling £2,042.71 be approved. Proposed Cllr Bestwick, seconded Cllr Watling.
P <b>8. PLANNING</b> The Council considered the following applications. Cllr Tarrant left the room for WD/2023/1190/F.
TH Application | Site | Proposal | Response
T WD/2023/1190/F | Old Forge Cottage, Forge Lane | Single storey rear extension | Support
T WD/2023/1204/LB | Hartsfold Mill, Mill Street | Replacement windows (listed building) | Object – loss of historic fabric
P <b>002104 RESOLVED</b> that the responses above be submitted to Weald Vale District Council.
P <b>9. CLIMATE EMERGENCY – TO CONSIDER A MOTION FROM CLLR WINTHROP THAT THE COUNCIL DECLARES A CLIMATE EMERGENCY AND SETS TARGETS FOR THE PARISH</b>
P Cllr Winthrop introduced the motion and explained that over 300 councils had now made a declaration. Cllr Askew felt that targets without a budget would not be meaningful and proposed an amendment that a working group first report on costed actions. The amendment was seconded by Cllr Butterfield and was lost by 3 votes to 5. The original motion was then put.
P <b>002105 RESOLVED</b> that Hartsfold Parish Council declares a climate emergency and that a working group of Cllrs Winthrop, Askew and Watling bring targets to the October meeting.
P <b>10. HIGHWAYS</b> Cllr Butterfield reported that the drainage grips on Coldwell Hill had been cleared. The Clerk would report the Forge Lane footway again through the online portal.
P <b>11. CORRESPONDENCE</b> The correspondence list had been circulated. Members noted the correspondence.
P <b>12. DATE OF NEXT MEETING:</b> Monday 11th September 2023 at 7.30pm in Coldwell Village Hall.
P The meeting closed at 9.18pm.
