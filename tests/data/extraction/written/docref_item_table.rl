@title OBPC(23)M07 Minutes of the meeting of Orwell Brook Parish Council held on 6 September 2023
@font Helvetica
@fontsize 10
@numcol 20
@header ||OBPC(23)M07
@footer Signed as a correct record: ............................ Chair||Page {page}
H Orwell Brook Parish Council
P Minutes of the Meeting of Orwell Brook Parish Council held in the Jubilee Room, Orwell Brook Village Hall on Wednesday 6 September 2023 commencing at 19:00.
P <b>Present:</b>
P Cllr Mrs S E Gosling (Chair)<br/>Cllr Mr R Abbott<br/>Cllr Ms T Bixby<br/>Cllr Mr H Calver<br/>Cllr Mrs P Dennant<br/>Cllr Mr J Fisk<br/>Cllr Miss L Garrod<br/>Cllr Mr K Howlett<br/>Cllr Mrs W Kemball
P <b>Absent:</b>
P Cllr Mr D Lummis (apologies received)
P <b>In Attendance:</b>
P Two members of the public<br/>Mrs C Pettit Clerk and Responsible Financial Officer to Orwell Brook Parish Council<br/>East Suffolk Cllr Mr G Rivett (for items 23.88 to 23.90)
S 4
R <b>Item No</b> | <b>Item under discussion</b>
C PART ONE &#8211; OPEN TO THE PUBLIC
R 23.86 | <b>APOLOGIES FOR ABSENCE</b><br/>Apologies were received from Cllr Lummis. It was RESOLVED that the reason for absence be accepted.<br/>Proposed by: Cllr Fisk &#160;&#160;&#160;&#160;&#160;&#160;&#160;&#160;&#160;&#160;Seconded by: Cllr Calver
R 23.87 | <b>DECLARATIONS OF INTEREST AND REQUESTS FOR DISPENSATIONS</b><br/>Cllr Bixby declared a non-registrable interest in item 23.93 as a neighbour of the allotment site. No requests for dispensations had been received.
R 23.88 | <b>PUBLIC FORUM</b><br/>A resident asked about the timetable for the replacement of the footbridge at Mill Meadow. The Clerk advised that East Suffolk Council expected to let the contract in the autumn. East Suffolk Cllr Rivett added that he would press for a date.
R 23.89 | <b>CONFIRMATION OF MINUTES OF THE MEETING HELD ON 5 JULY 2023 (OBPC(23)M06)</b><br/>It was RESOLVED that the minutes be confirmed as a correct record and signed by the Chair.<br/>Proposed by: Cllr Howlett &#160;&#160;&#160;&#160;&#160;&#160;&#160;&#160;&#160;&#160;Seconded by: Cllr Garrod
R 23.90 | <b>REPORT FROM THE DISTRICT COUNCILLOR</b><br/>East Suffolk Cllr Rivett presented his written report, which had been circulated. He drew attention to the new garden waste charges and answered questions from Cllr Dennant on the collection of bulky items. Cllr Rivett left the meeting at 19:34.
R 23.91 | <b>FINANCE</b>
R 23.91.1 | <b>Schedule of Payments</b><br/>The schedule of payments for July and August 2023 totalling &#163;4,872.16 was considered. It was RESOLVED that the payments be approved.<br/>Proposed by: Cllr Abbott &#160;&#160;&#160;&#160;&#160;&#160;&#160;&#160;&#160;&#160;Seconded by: Cllr Kemball
R 23.91.2 | <b>External Audit</b><br/>The Clerk reported that the external auditor had signed off the Annual Governance and Accountability Return for 2022/23 without qualification. The notice of conclusion of audit has been published. Noted.
R 23.92 | <b>PLANNING</b><br/>DC/23/2877/FUL &#8211; Erection of a cart lodge, The Granary, Church Lane. It was RESOLVED to recommend approval.<br/>Proposed by: Cllr Calver &#160;&#160;&#160;&#160;&#160;&#160;&#160;&#160;&#160;&#160;Seconded by: Cllr Fisk<br/>DC/23/3014/OUT &#8211; Outline application for 14 dwellings, land east of Stowupland Road. Members raised concerns about drainage and the capacity of the junction with the B1078. It was RESOLVED to recommend refusal.<br/>Proposed by: Cllr Dennant &#160;&#160;&#160;&#160;&#160;&#160;&#160;&#160;&#160;&#160;Seconded by: Cllr Bixby<br/>For: 7 &#160;&#160;&#160;Against: 1 &#160;&#160;&#160;Abstentions: 1
R 23.93 | <b>ALLOTMENTS &#8211; WATER SUPPLY</b><br/>The Clerk reported that Anglian Water had quoted &#163;1,960 for a new metered supply. Cllr Abbott proposed that the Council accept the quotation, seconded by Cllr Howlett.<br/>For: 4 &#160;&#160;&#160;Against: 4 &#160;&#160;&#160;Abstentions: 0<br/>The Chair used her casting vote against the proposal, which therefore fell. The Clerk was asked to obtain a second quotation for the October meeting.
R 23.94 | <b>REVIEW OF STANDING ORDERS AND FINANCIAL REGULATIONS</b><br/>The Chair introduced the revised Standing Orders based on the 2022 NALC model. It was RESOLVED that the Standing Orders and Financial Regulations be adopted as circulated.<br/>Proposed by: Cllr Gosling &#160;&#160;&#160;&#160;&#160;&#160;&#160;&#160;&#160;&#160;Seconded by: Cllr Kemball
R 23.95 | <b>EXCLUSION OF THE PRESS AND PUBLIC</b><br/>It was RESOLVED that, in view of the confidential nature of the business about to be transacted, the press and public be excluded for item 23.96.<br/>Proposed by: Cllr Gosling &#160;&#160;&#160;&#160;&#160;&#160;&#160;&#160;&#160;&#160;Seconded by: Cllr Abbott
C PART TWO &#8211; CLOSED SESSION
R 23.96 | <b>CLERK&#8217;S ANNUAL APPRAISAL</b><br/>The Chair reported on the Clerk&#8217;s annual appraisal, which she and the Vice-Chair had carried out on 17 August 2023. It was RESOLVED that the Clerk move to the next point on the pay scale from 1 April 2024.<br/>Proposed by: Cllr Gosling &#160;&#160;&#160;&#160;&#160;&#160;&#160;&#160;&#160;&#160;Seconded by: Cllr Fisk
R 23.97 | <b>DATE OF NEXT MEETING</b><br/>Wednesday 4 October 2023 at 19:00 in the Jubilee Room.
P The meeting closed at 21:02.
