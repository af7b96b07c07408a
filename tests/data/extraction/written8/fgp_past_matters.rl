@title Bexington Vale PC F&GP minutes 12 Feb 2025
@font Times-Roman
@fontsize 11
@footer Bexington Vale Parish Council – F&GP Cttee 12.02.2025||Page {page}
HC BEXINGTON VALE PARISH COUNCIL
HC FINANCE &amp; GENERAL PURPOSES COMMITTEE – MINUTES
C Meeting held on Wednesday February 12th 2025, at 7.00 p.m. in the Parish Room, Bexington Vale.
P <b>PRESENT:</b> Cllr K Stickland (Committee Chair), J Bartlett, H Cluett, R Damen, S Frampton, L Hinde and Mr P Loveless (Parish Clerk).
P No members of the public were in attendance.
H 1. Apologies:
P Cllrs Gillingham and Woolfrey.
H 2. Declarations of Pecuniary Interest – and consideration of requests for Special Dispensations under Section 33 of the Localism Act 2011.
P Cllr Cluett declared a pecuniary interest in item 8 (allotment rents) as an allotment tenant.
H 3. To receive and approve minutes of the Finance &amp; General Purposes Committee meeting held on 11th December 2024.
P The minutes were <b>ACCEPTED</b> as a true record. They will be forwarded to the meeting chair to sign and return.
H 4. To receive and consider reports of past subject matters.
P The following matters were included in the Clerk's report of past subject matters. [nb: comments made or decisions taken at the meeting are shown in italics]
P i. F&amp;GP Cttee 9 October 2024, Minute 6. Replacement of the cemetery gates. Quotations have been requested from three local firms. <i>DEFERRED to the April meeting when the quotations will be available.</i>
P ii. F&amp;GP Cttee 9 October 2024, Minute 9. Clearing of the ditch behind the allotments. <i>The Parish Clerk reported that the work was completed on 20th January. Noted.</i>
P iii. F&amp;GP Cttee 11 December 2024, Minute 5. Bench at the Recreation Ground. Cllr Damen reported that the supplier had confirmed delivery in March. <i>Action: Parish Clerk to arrange installation with the grounds contractor.</i>
H 5. Budget monitoring to 31st January 2025.
P The Parish Clerk presented the budget monitoring statement, which had been circulated. Expenditure on the grounds maintenance budget was 9% above the profile because of the additional hedge cut in the autumn. Cllr Frampton asked for the overspend to be reported to the full Council. <i>The statement was received and noted.</i>
H 6. Bank reconciliation and schedule of payments.
P The bank reconciliation to 31st January 2025 was checked and signed by Cllr Hinde. <i>It was resolved to approve the schedule of payments of £3,962.40 for February, proposed by Cllr Bartlett and seconded by Cllr Hinde.</i>
H 7. Review of the Risk Assessment.
P The committee reviewed the Risk Assessment section by section. Cllr Bartlett suggested adding the risk of loss of the Clerk's laptop. <i>It was agreed to recommend the revised Risk Assessment to the full Council in March.</i>
PB
H 8. Allotment rents 2025/26.
P Having declared a pecuniary interest Cllr Cluett left the room. The Parish Clerk explained that the rent had not been increased since 2021. Cllr Stickland proposed an increase from £32 to £36 per full plot, seconded by Cllr Frampton. Cllr Damen proposed an amendment to increase the rent to £40; there was no seconder. <i>The proposal was carried with one abstention.</i> Cllr Cluett returned to the meeting.
H 9. Grant applications.
P a) Bexington Vale Youth Football Club – £400 towards new goal nets. Cllr Hinde spoke in support of the application. <i>RESOLVED to award a grant of £400.</i>
P b) Friends of St Andrew's Churchyard – £250 towards wildflower seed. <i>DEFERRED pending receipt of the group's accounts.</i>
H 10. Internal audit arrangements for 2024/25.
P The Parish Clerk reported that the internal auditor had confirmed her availability for May. <i>Members noted the report.</i>
H 11. Date of next meeting.
P Wednesday 9th April 2025 at 7.00 p.m.
P The meeting closed at 8.32 p.m.
S 20
P Signed: ……………………………… (Committee Chair)     Date: ………………
