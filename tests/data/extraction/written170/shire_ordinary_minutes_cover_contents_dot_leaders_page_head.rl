@title Minutes Ordinary Council Meeting 15 March 2019
@font Helvetica
@fontsize 8
@header Minutes – 15 March 2019 - Page {page} -
@header_first  
S 120
HC Minutes of the Ordinary Meeting of the Yarrabin Shire Council, Held in the Council Chambers, Wallal Road, Yarrabin, On Friday 15th March 2019, commencing at 10.00 am.
S 40
HC DISCLAIMER
P Members of the public are advised that no statement, action or intimation made at a meeting of Council binds the Shire of Yarrabin, and that the Shire will not be liable for any loss suffered by a person or organisation who relies on one. Anyone who acts, or does not act, on the strength of something said at a meeting does so entirely at their own risk.
P In particular, nothing said by a Councillor or an employee of the Shire of Yarrabin during a meeting about an application for planning approval or for a licence is to be read as notice of approval. Applicants should rely only on the written decision of the Shire and the conditions set out in it.
S 30
C Peter Langley
C CHIEF EXECUTIVE OFFICER
PB
H Minutes Ordinary Council Meeting - 15 March 2019
HC TABLE OF CONTENTS
P 1. DECLARATION OF OPENING/ANNOUNCEMENT OF VISITORS ......................................... 2
P 2. RECORD OF ATTENDANCE/APOLOGIES/LEAVE OF ABSENCE ......................................... 2
P 3. RESPONSE TO PREVIOUS PUBLIC QUESTIONS TAKEN ON NOTICE ................................... 2
P 4. PUBLIC QUESTION TIME .................................................................... 2
P &nbsp;&nbsp;&nbsp;&nbsp;4.1 Standing Orders ........................................................................ 2
P 5. NEXT MEETING ............................................................................ 2
P 6. APPLICATIONS FOR LEAVE OF ABSENCE ....................................................... 2
P 7. NOTICE OF ITEMS TO BE DISCUSSED BEHIND CLOSED DOORS ..................................... 3
P 8. CONFIRMATION OF MINUTES ................................................................. 3
P &nbsp;&nbsp;&nbsp;&nbsp;8.1 Ordinary Council Meeting – 22 February 2019 ............................................ 3
P 9. ANNOUNCEMENTS BY PRESIDING PERSON WITHOUT DISCUSSION .................................... 3
P 10. PETITIONS/DEPUTATIONS/PRESENTATIONS/SUBMISSIONS ........................................ 3
P 11. ACTION LIST ............................................................................ 3
P 12. DISCLOSURE OF INTERESTS ................................................................ 3
P 13. REPORTS OF OFFICERS .................................................................... 3
P &nbsp;&nbsp;&nbsp;&nbsp;13.1 Works Report – Works Supervisor ....................................................... 3
P 16. FINANCE ................................................................................ 3
P &nbsp;&nbsp;&nbsp;&nbsp;16.1 Financial Activity Statement to 28 February 2019 ...................................... 3
P &nbsp;&nbsp;&nbsp;&nbsp;16.2 Accounts Paid during February 2019 .................................................... 3
P 17. DEVELOPMENT ............................................................................ 3
P &nbsp;&nbsp;&nbsp;&nbsp;17.1 Application for Development Approval – Transportable Dwelling, Lot 52 Wallal Road ...... 3
P 20. CEO ACTIVITY REPORT .................................................................... 3
P 21. URGENT BUSINESS ........................................................................ 3
P 23. CLOSURE ................................................................................ 3
H 1. DECLARATION OF OPENING/ANNOUNCEMENT OF VISITORS
P The Shire President declared the meeting open at 10.03 am.
H 2. RECORD OF ATTENDANCE/APOLOGIES/LEAVE OF ABSENCE
G Cr Rhys Hadley | Shire President
G Cr Gwen Orr | Deputy Shire President
G Cr Ian Delaney | Councillor
G Cr Tom Pike | Councillor
G Cr Alice Venn | Councillor
G Mr Peter Langley | Chief Executive Officer
G Ms Dana Fry | Deputy Chief Executive Officer
G Mr Len Darrow | Works Supervisor (from 10.40 am to 11.15 am)
P Apologies: Cr Ross Millar.
H 3. RESPONSE TO PREVIOUS PUBLIC QUESTIONS TAKEN ON NOTICE
P Nil.
H 4. PUBLIC QUESTION TIME
P Nil, no members of the public were present.
H 4.1 Standing Orders
P <b>Council Decision</b><br/>Moved: Cr Orr&nbsp;&nbsp;&nbsp;&nbsp;Seconded: Cr Venn<br/>That Council suspend clause 9.5 of the Standing Orders Local Law for the duration of the meeting.<br/><b>Carried 5/0</b>
H 5. NEXT MEETING
P Friday 19th April 2019 at 10.00 am in the Council Chambers.
H 6. APPLICATIONS FOR LEAVE OF ABSENCE
P Nil.
H 7. NOTICE OF ITEMS TO BE DISCUSSED BEHIND CLOSED DOORS
P Nil.
H 8. CONFIRMATION OF MINUTES
H 8.1 Ordinary Council Meeting – 22 February 2019
P <b>Council Decision</b><br/>Moved: Cr Delaney&nbsp;&nbsp;&nbsp;&nbsp;Seconded: Cr Pike<br/>That the minutes of the Ordinary Council Meeting held on 22 February 2019 be confirmed as a true and correct record.<br/><b>Carried 5/0</b>
H 9. ANNOUNCEMENTS BY PRESIDING PERSON WITHOUT DISCUSSION
P The Shire President reminded Councillors of the Regional Road Group meeting on 5 April.
H 10. PETITIONS/DEPUTATIONS/PRESENTATIONS/SUBMISSIONS
P Nil.
H 11. ACTION LIST
P The Action List was reviewed; items 3 (airstrip lighting) and 7 (cemetery fence) were marked complete. <b>Noted.</b>
H 12. DISCLOSURE OF INTERESTS
P Cr Delaney declared an impartiality interest in item 16.2 as a supplier listed in the accounts is a family member.
H 13. REPORTS OF OFFICERS
H 13.1 Works Report – Works Supervisor
P Author: Len Darrow, Works Supervisor&nbsp;&nbsp;&nbsp;&nbsp;Disclosure of Interest: Nil&nbsp;&nbsp;&nbsp;&nbsp;Voting Requirement: Simple Majority
P Mr Darrow presented his report for the period 16 February to 8 March 2019 covering the Beringal Road grading and the Nallan Creek floodway repairs. Cr Pike asked when the floodway signs would be replaced; Mr Darrow replied that they had been ordered.
P <b>Officer Recommendation / Council Decision</b><br/>Moved: Cr Pike&nbsp;&nbsp;&nbsp;&nbsp;Seconded: Cr Orr<br/>That Council receive the Works Report for the period 16 February to 8 March 2019.<br/><b>Carried 5/0</b>
H 16. FINANCE
H 16.1 Financial Activity Statement to 28 February 2019
P <b>Officer Recommendation / Council Decision</b><br/>Moved: Cr Venn&nbsp;&nbsp;&nbsp;&nbsp;Seconded: Cr Delaney<br/>That Council accept the Monthly Statement of Financial Activity for the period ending 28 February 2019.<br/><b>Carried 5/0</b>
H 16.2 Accounts Paid during February 2019
P <b>Officer Recommendation / Council Decision</b><br/>Moved: Cr Orr&nbsp;&nbsp;&nbsp;&nbsp;Seconded: Cr Pike<br/>That Council endorse the payments for February 2019 totalling $312,448.17 as listed in the attachment.<br/><b>Carried 5/0</b>
H 17. DEVELOPMENT
H 17.1 Application for Development Approval – Transportable Dwelling, Lot 52 Wallal Road
P Author: Peter Langley, Chief Executive Officer&nbsp;&nbsp;&nbsp;&nbsp;Voting Requirement: Simple Majority
P The CEO outlined the report and recommended approval subject to conditions on cladding and completion. Cr Venn raised the condition of the dwelling shown in the photographs.
P <b>Officer Recommendation</b><br/>That Council approve the application for a transportable dwelling on Lot 52 Wallal Road subject to the conditions in the report.<br/>Moved: Cr Pike&nbsp;&nbsp;&nbsp;&nbsp;Seconded: Cr Delaney<br/><b>Lost 2/3</b>
P <b>Council Decision</b><br/>Moved: Cr Venn&nbsp;&nbsp;&nbsp;&nbsp;Seconded: Cr Orr<br/>That Council refuse the application as the dwelling does not meet the building standard required by the Local Planning Scheme.<br/><b>Carried 3/2</b>
H 20. CEO ACTIVITY REPORT
P The Chief Executive Officer’s activity report for February 2019 was circulated. Noted.
H 21. URGENT BUSINESS
P Nil.
H 23. CLOSURE
P There being no further business the Shire President declared the meeting closed at 12.41 pm.
