@title May 2021 Minutes Annual Parish Council Meeting
@font Helvetica
@fontsize 10.5
@header Thorlesby Parish Council||Annual Meeting 5th May 2021
@header_first Thorlesby Parish Council
@footer Chair's initials ........          Page {page}
H May 2021 Minutes Annual Parish Council Meeting
P held on 5th May 2021
P Held remotely online
P Present: Councillors H Wragby (Chair), Cllr T Kirkham (Vice Chair), D Scrimshaw, L Epworth, N Gadsby, R Hatcliffe and S Pinchbeck
P Clerk: M Ulceby
P Also in attendance: 3 members of the public
R 1. | <b>Public Forum</b>
P County Cllr Rowan Trusthorpe had sent through the following report:
I County Council – Thorlesby &amp; Lowfield Division Annual Report 2021
P The County Council is now in the Pre-Election period before the Election of a new full Council on 6th May. Postal votes have been encouraged and Polling Stations will be open under Covid safe conditions. The past year has been a difficult one for residents and for staff, but essential services have been maintained and extra community support has been given where needs were identified. The new Highways contract began in April and local managers have asked to meet parish councils once restrictions allow.
P A member of the public asked whether the footpath from Mill Lane to the school would be resurfaced this summer. The Chair said the council had asked for it to be included in the county's programme.
R 2. | <b>Election of Chairman and signing of Declaration of Acceptance of Office</b>
P Cllr Epworth proposed Cllr Wragby as Chairman, seconded by Cllr Gadsby. There were no other nominations. Resolved that Cllr Wragby be elected Chairman for 2021/22. The Declaration of Acceptance of Office will be signed in the presence of the Clerk.
R 3. | <b>Election of Vice Chairman</b>
P Cllr Wragby proposed Cllr Kirkham, seconded by Cllr Hatcliffe. Resolved that Cllr Kirkham be elected Vice Chairman.
R 4. | <b>Apologies for absence</b>
P None. All members present.
R 5. | <b>Declarations of interest</b>
P Cllr Pinchbeck declared an interest in item 11 (planning application at Manor Farm) as a neighbour.
R 6. | <b>Minutes of the meeting held on 7th April 2021</b>
P Resolved that the minutes be approved as a true record, to be signed by the Chair when the council next meets in person.
R 7. | <b>Appointment of representatives</b>
P Village Hall Committee – Cllr Scrimshaw; Playing Field Trust – Cllrs Gadsby and Hatcliffe; Footpaths and Trees – Cllr Epworth. Resolved that the appointments be made as listed.
R 8. | <b>Review of Standing Orders, Financial Regulations and Complaints Procedure</b>
P The Clerk explained that NALC had not yet issued new model documents. Resolved to readopt the existing documents without change and review them again in November.
R 9. | <b>Annual Governance and Accountability Return 2020/21</b>
P The internal auditor's report had been circulated. The Clerk went through the accounting statements line by line. Resolved to approve Section 1, the Annual Governance Statement, and then Section 2, the Accounting Statements, for 2020/21.
R 10. | <b>Finance</b>
P Payments for approval: Clerk's salary April £268.12; HMRC £67.00; Playground inspection £85.00; Website hosting £96.00. Resolved to approve the payments listed.
R 11. | <b>Planning</b>
P 21/0512/HOUS Manor Farm Cottages – two storey side extension. Cllr Pinchbeck did not take part. The council has no objections.
R 12. | <b>Return to face-to-face meetings</b>
P The Clerk reported that the regulations allowing remote meetings end on 7th May. Cllr Hatcliffe said the village hall could offer the main hall with the windows open and chairs spaced. It was agreed that the June meeting would be held in the village hall.
R 13. | <b>Date of next meeting</b>
P Wednesday 2nd June 2021 at 7.00pm in the Village Hall.
P Meeting closed at 8.05pm.
