@title Minutes 18 June 2020
@font Helvetica
@fontsize 10.5
@footer {page}
HC WYNCHFORD GREEN PARISH COUNCIL
HC MINUTES OF THE MEETING OF THE PARISH COUNCIL HELD ON: Thursday 18th June 2020
C Held via Zoom
G In attendance: | Cllr H Marchbank (Chairman) | Cllr R Tindall
G  | Cllr P Ostler (Vice Chairman) | Cllr S Quaife
G  | Cllr D Lightfoot | Cllr A Venning
G  | Mrs K Dowell (Clerk to the Council) |
S 6
H 1. Declarations of Interest/Dispensations
P Members were reminded that any interest in an item on the agenda must be declared before the item is discussed, and that the Monitoring Officer must be told of any new interest within 28 days. The Chairman confirmed that the meeting was being recorded by the Clerk for the purpose of the minutes only.
P Cllr Marchbank declared an interest in planning application 20/00731/FUL – Cobb's Barn, Hatch Lane. Cllr Ostler declared an interest in the Village Hall. Cllrs Tindall and Quaife declared an interest in the Recreation Ground.
H 2. Apologies
P None – every member present.
H 3. Minutes/Public Participation
P a. The Minutes of 21st May 2020 were agreed as a correct record, to be signed once the Village Hall reopens.
P b. The Chairman moved that standing orders be suspended so that residents could speak. Three residents had joined the call. One asked why the bottle bank at the Chequers had not been emptied since April; the Clerk will contact the district council. Another thanked the Council for the volunteer shopping list it had put through every door. Standing orders were then reinstated.
H 4. To Confirm the Clerk's Contract / Start Date
P It was resolved that Mrs K Dowell be employed as Clerk and RFO from 1st July 2020 on the draft contract sent out with the agenda.
H 5. Policies
P Remote Meetings Protocol – approved. Complaints Procedure – approved, with the time for a reply changed to 15 working days. Social Media Policy – not approved; Clerk to find examples from two neighbouring councils.
H 6. To Adopt Updated Financial Regulations
P Deferred. To come to an Extraordinary Meeting on 2nd July 2020.
H 7. To Receive the Internal Auditor's Report and Note any Recommendations
P Deferred
H 8. To Approve the Annual Governance Statement 2019/20
P It was resolved that Section 1 of the AGAR, the Annual Governance Statement, be approved with 'yes' to every statement; Chairman and Clerk to sign.
H 9. To Approve the Accounting Statements 2019/20
P It was resolved that Section 2, the Accounting Statements, be approved, showing total reserves of £18,442 at 31st March 2020. The Council will certify itself exempt from a limited assurance review.
H 10. Planning
P a. 20/00731/FUL – Cobb's Barn, Hatch Lane – conversion of barn to two holiday lets. No comment. (Cllr Marchbank took no part.)
P b. 20/00802/HH – 4 Pound Close – two storey side extension. Objection – overdevelopment of the plot and loss of the roadside hedge. Proposed Cllr Quaife, seconded Cllr Ostler, agreed 5 for, 1 abstention.
H 11. Finance
P a. The payments on the schedule circulated with the agenda, totalling £1,126.38, were approved.
P b. The bank reconciliation to 31st May 2020 was noted.
H 12. Highways and Footpaths
P Cllr Tindall reported that the ford on Pond Lane depth board had been knocked flat again and that footpath 14 was blocked by a fallen willow near the sewage works. Clerk to report both to the county council.
H 13. Village Hall and Recreation Ground
P Cllr Quaife reported that the play area remains closed in line with government guidance and that the signs had been replaced twice. Cllr Venning asked whether the hall's insurers needed to be told that it was closed; the Clerk will check.
H 14. Correspondence
P The list circulated by the Clerk was noted.
H 15. Councillors' Reports and Items for Next Agenda
P Cllr Lightfoot asked for the village sign repair to be on the next agenda.
H 16. Date of Next Meeting
P Thursday 16th July 2020 at 7.30pm via Zoom. The meeting closed at 9.12pm.
