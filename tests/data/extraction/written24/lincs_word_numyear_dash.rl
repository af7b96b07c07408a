@title APC May 2023 Minutes
@font Helvetica
@fontsize 10.5
@header Saltmarsh Ings Parish Council      Page: 0{page}      2023
C 18th May, 2023
HC Minutes of the Annual Parish Council Meeting of Saltmarsh Ings Parish Council held in the Village Hall Meeting Room on Thursday 18th May, 2023 at 7.30pm
P <b>Present:</b>  Cllrs. D Fotherby (Chair);  M Ashworth (Vice),  K Ingamells,  T Sandall, P Brackenbury, R Dunham &amp; J Cammack
P <b>Apologies:</b>  Cllr L Hewson
P <b>Other apologies:</b>  Cllr B Waltham (ELDC &amp; LCC)
P <b>Clerk:</b>  Mrs S Enderby
H 1.23  – Chair
P The Clerk opened the meeting and asked for nominations for Chair for the coming year.
P Cllr Fotherby was nominated and proposed by Cllr Ashworth.
P There were no other nominations; Cllr Fotherby accepted the nomination.
P Cllr Sandall seconded the proposal.  All in favour.
P Cllr Fotherby signed the declaration of acceptance of office and took the Chair.
H 2.23 – Vice Chair
P The Chair asked for nominations for Vice Chair.  Cllr Fotherby nominated Cllr Ashworth.  There were no other nominations; Cllr Ashworth accepted the nomination.
P Cllr Dunham seconded the proposal.  All in favour.
H 3.23-  Others
P Village Hall Committee – Cllr Fotherby proposed Cllr Ingamells &amp; Cllr Cammack, seconded by Cllr Ashworth.
P Playing Field &amp; Allotments – Cllr Fotherby proposed Cllr Sandall, seconded Cllr Brackenbury.
P Internal Drainage Board liaison – Cllr Dunham offered to continue.  All agreed.
H 4.23 – Forms
P All Councillors handed in their completed Register of Interests forms and signed their Acceptance of Office forms.
H 5.23 - Open meeting for Members of Public
P One resident attended and raised the state of the dyke along Sea Lane, which had not been cleared last autumn and was now blocking the field drains.  Cllr Dunham said he would speak to the drainage board's engineer before the next meeting.
H 6.23 – County Councillor and District Councillor Reports
P Cllr Waltham had sent a written report, which the Clerk read out.  The District Council's new garden waste charges start in June, and the County Council had confirmed that the A1031 resurfacing would take place in September.  Report noted.
H 7.23– Clerk to receive declarations of pecuniary or non-pecuniary interest on any Agenda item in accordance with Localism Act and the Council's Code of Conduct and to consider any requests for dispensations
P Cllr Brackenbury declared a non-pecuniary interest in item 11.23 as a neighbour of the applicant.  No requests for dispensations.
H 8.23 – Minutes of the Parish Council meeting held on 20th April, 2023
P Resolved that the minutes be signed by the Chair as a true record.  Proposed Cllr Ingamells, seconded Cllr Dunham.
H 9.23 – Finance
P a) Payments for approval:
TH Payee | Details | Amount
T Mrs S Enderby | Clerk's salary April &amp; May | £402.50
T HMRC | PAYE | £100.60
T Saltmarsh Ings Village Hall | Room hire 2022/23 | £96.00
T LALC | Annual subscription | £148.32
T Fen Edge Grounds Ltd | Grass cutting (2 cuts) | £210.00
P Payments approved – proposed Cllr Ashworth, seconded Cllr Cammack.  All in favour.
P b) Annual Governance and Accountability Return 2022/23 – The Clerk took the Council through the AGAR.  Resolved to approve Section 1, the Annual Governance Statement, and Section 2, the Accounting Statements, which were signed by the Chair and the Clerk.
H 10.23 – Highways
P Cllr Sandall reported three deep potholes on Fen Lane near the bridge and that the 30mph sign at the north end of the village was obscured by the hedge.  Clerk to report both on FixMyStreet.
H 11.23 – Planning
P N/094/00871/23 – Single storey rear extension, Holme Farm, Sea Lane.  Cllr Brackenbury left the room.  Councillors had viewed the plans and it was agreed to support the application.  Cllr Brackenbury returned.
H 12.23 – Playing Field
P The annual inspection report had been received and showed only low risk items.  Cllr Cammack said the gate latch had been repaired but the gate post was rotten.  Noted – quotes to be obtained for a new post.
H 13.23 – Date of Next Meeting
P Thursday 20th July, 2023 at 7.30pm in the Village Hall Meeting Room.
S 6
P Meeting closed at 9.12pm.
S 18
P Signed ................................................. (Chair)          Date .............................
