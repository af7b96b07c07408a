@title Board Minutes 29.01.18 GD
@font Times-Roman
@fontsize 11
@footer Gorsedyke IDB - Board Minutes 29.01.18||Page {page}
P Minutes of a meeting of Gorsedyke Internal Drainage Board held on Monday, 29th January 2018 in Felmere Village Hall, at 2.00pm.
P <b>Present:</b> Mr. A.K. Dunmore. Mr. C. Featherby. Cllr. Mrs. H. Garlick. Mr. R.W. Hollingworth, MBE. Cllr. T. Ibbotson. Mr. S.J. Kettleborough. Ms. P. Lound. Mr. G.E. Nettleship - Chairman. Cllr. D. Orrell. Mr. J.P. Pask. Mrs. E. Quickfall. Cllr. M.J. Rawding. - Vice Chairman. Mr. W. Sowerby. Mr. N. Thurlby. Mr. K. Ulyatt.
P <b>In Attendance:</b> Mrs. Alison Threlkeld, Chief Executive. Mr. Dominic Eyre, Finance Manager. Mr. Gareth Baildon, Director of Operations &amp; Engineering. Miss Rosie Kirkham, Rating Officer.
P <b>Apologies:</b> Apologies for absence were received from Mr. L. Brumpton, Cllr. F. Coddington, Mrs. V. Haith, Cllr. B. Jessop and Mr. O. Leggate.
H 64.17 Declarations of Members' Interests.
P Members nominated by the three Councils declared interests in matters relating to their respective Councils (Eastholme District Council, Marrowby Borough Council and North Scarrow District Council).
P Mr. Kettleborough declared a personal interest in minute 72.17 as the occupier of land adjoining the Cawdell Drain.
H 65.17 Chairman's Announcements.
P The Chairman reminded Members who had not yet returned their entry for this year's Register of Members' Interests to do so before the April meeting, as the Register is examined each year by the Internal Auditor.
P The Chairman also reported that Mr. Harold Seward, Pumping Station Attendant at Scarrow Sluice, would retire at the end of March after thirty-eight years with the Board. Members asked that their thanks be recorded and that a presentation be arranged.
H 66.17 Minutes of the Board Meeting held on 13th November 2017.
P It was proposed by Mr. Sowerby, seconded by Cllr. Orrell and RESOLVED that the minutes of the meeting held on 13th November 2017 be confirmed as a true record and signed by the Chairman.
H 67.17 Matters Arising.
P (a) Minute 52.17 - Telemetry at Felmere Pumping Station. The Director of Operations &amp; Engineering reported that the replacement outstation had been fitted in December and that alarms were now reaching the duty officer's handset within two minutes.
P (b) Minute 55.17 - Boundary review. The Chief Executive reported that no reply had yet been received from the Department and that she would write again.
H 68.17 Annual General Meeting - Minutes of 13th November 2017.
P The minutes of the Annual General Meeting held on 13th November 2017 were received and noted.
H 69.17 Estimates 2018/19 and Drainage Rate/Special Levy.
P The Finance Manager presented the Estimates for 2018/19, which had been circulated with the agenda. He explained that the increase in electricity charges at the three pumping stations and the second year of the Cawdell Drain improvement had been allowed for, and that the general reserve would remain within the range set by the Board's reserves policy.
P Cllr. Rawding asked whether the Special Levy apportionment between the three Councils had changed. The Finance Manager confirmed that the apportionment was unchanged from 2017/18.
P It was proposed by Cllr. Rawding, seconded by Mr. Thurlby and RESOLVED that:
P i) the Estimates for 2018/19 be approved as presented;
P ii) a Drainage Rate of 4.12p in the £ be levied on agricultural land and buildings for 2018/19; and
P iii) Special Levies totalling £212,540 be issued to the three Councils in the proportions shown in the Estimates.
H 70.17 Financial Report to 31st December 2017.
P The Finance Manager presented the income and expenditure report for the nine months to 31st December 2017. Rate collection stood at 97.2% against 96.8% at the same point last year.
P Mrs. Quickfall asked whether the deposit account could earn a better rate of interest. The Finance Manager undertook to obtain quotations from two other banks before the April meeting.
P Members noted the Financial Report to 31st December 2017.
H 71.17 Payments.
P The schedule of payments for November and December 2017, totalling £184,306.17, had been circulated. Proposed by Mr. Ulyatt and seconded by Ms. Lound, the schedule of payments was approved.
H 72.17 Operations &amp; Engineering Report.
P Mr. Kettleborough left the room for this item.
P The Director of Operations &amp; Engineering reported that the pumping stations had run for 1,146 hours in the quarter, most of them during the December rainfall. Desilting of the Cawdell Drain between Holt Bridge and the outfall had been completed on programme.
P Cllr. Ibbotson asked about the condition of the road verge alongside Marsh Lane, where the drain bank had slipped. It was agreed that the Director of Operations &amp; Engineering would arrange a site meeting with the County Council's highways officer.
P Mr. Kettleborough returned to the meeting.
H 73.17 Consents and Byelaw Applications.
P The Chief Executive reported that the following consents had been issued under delegated powers since the last meeting:
T Ref. | Location | Works | Decision
T 17/118 | Holt Bridge Farm | Culvert, 9m, 600mm pipe | Consented with conditions
T 17/121 | 4 Sluice Cottages | Discharge of treated effluent | Consented
T 17/124 | Land off Marsh Lane | Fence within 9m of watercourse | Refused
P It was RESOLVED that the consents issued under delegated powers be ratified.
H 74.17 Planning Applications and Development Control.
P The Chief Executive reported on the planning consultations received from the three Councils. None raised matters of concern to the Board.
P The Board noted the planning consultations received since November.
H 75.17 Health and Safety.
P The Director of Operations &amp; Engineering reported that there had been no reportable accidents in the quarter. Mr. Dunmore asked whether the lone-working devices issued to weedcutting staff had been tested in the areas of poor mobile signal. The Director replied that a test had been carried out along the whole of the Cawdell Drain in October.
H 76.17 Risk Register.
P The updated Risk Register had been circulated. It was proposed by Mr. Featherby, seconded by Cllr. Mrs. Garlick and RESOLVED that the updated Risk Register be adopted.
H 77.17 Association of Drainage Authorities.
P The Chairman reported on the branch meeting held in November, at which the revised model byelaws had been discussed.
H 78.17 Any Other Business.
P Mr. Hollingworth reported that otter spraints had been seen along the Scarrow Sluice channel and asked that weedcutting staff be made aware. The Director undertook to circulate a reminder.
H 79.17 Date of Next Meeting.
P The next meeting of the Board will be held on Monday, 16th April 2018 at 2.00pm in Felmere Village Hall.
S 10
P There being no further business the Chairman closed the meeting at 3.48pm.
S 20
P Signed ............................................ Chairman          Date ........................
