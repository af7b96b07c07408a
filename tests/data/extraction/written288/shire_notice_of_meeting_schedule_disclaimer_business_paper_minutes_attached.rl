@title Shire of Quellinup Ordinary Council Meeting Agenda 15 November 2017
@font Helvetica
@fontsize 10
@header Shire of Quellinup – Ordinary Council Meeting Agenda – 15 November 2017||Page {page}
@footer QUELLINUP – A caring, connected wheatbelt community
HC SHIRE OF QUELLINUP
C 12 Moorditch Street, Quellinup WA 6318 · Telephone: 9864 2207 · Facsimile: 9864 2319
C Email: admin@quellinup.wa.gov.au
S 14
P Dear Elected Member
P The November Ordinary Meeting of Council will be held in the Council Chambers, 12 Moorditch Street, Quellinup on Wednesday 15 November 2017, starting at 2.00pm.
P Lunch will be provided by the Quellinup Country Women's Association.
H Schedule
G 10.00am | Councillors Only – CEO Performance Review
G 11.00am | Briefing – Eastern Districts Regional Road Group priorities
G 12.00pm | Agenda Briefing (Working Lunch)
G 1.15pm | Site Inspection – Depot Road Standpipe
G 2.00pm | Council Meeting
S 10
P Hamish Tregellas
P Chief Executive Officer
P 9 November 2017
S 10
H DISCLAIMER
P The Shire of Quellinup accepts no responsibility for any act, omission, statement or intimation made during a Council or Committee meeting, or in any informal conversation with Councillors or staff. Any person or legal entity who acts, or fails to act, in reliance on such an act, omission or statement does so entirely at their own risk.
P In particular, a statement or intimation of approval made by a member or officer during a meeting, in any discussion of a planning application or a licence, is not notice of approval from the Shire of Quellinup. Applicants should rely only on WRITTEN CONFIRMATION of the outcome of an application and of any conditions attached to the decision.
PB
HC AGENDA
C Shire of Quellinup Ordinary Council Meeting 15 November 2017
H MISSION STATEMENT
I To look after our roads, our water and our people, and to keep Quellinup a good place to grow up and grow old.
S 6
H 1. DECLARATION OF OPENING / ANNOUNCEMENT OF VISITORS
H 2. RECORD OF ATTENDANCE / APOLOGIES / LEAVE OF ABSENCE (PREVIOUSLY APPROVED)
H 3. RESPONSE TO PREVIOUS PUBLIC QUESTIONS TAKEN ON NOTICE
P At the October meeting Mr Arthur Pennock asked when the Shire would reseal the Kulgarin Road school bus turnaround. The Manager of Works has since confirmed that the turnaround is included in the 2017/18 reseal programme and is scheduled for the first week of December 2017.
H 4. PUBLIC QUESTION TIME
H 5. APPLICATIONS FOR LEAVE OF ABSENCE
H 6. DISCLOSURE OF INTERESTS
H 7. CONFIRMATION OF MINUTES OF PREVIOUS MEETINGS
H 7.1 Ordinary Council Meeting held 18 October 2017
P <b>OFFICER RECOMMENDATION</b>
P That the minutes of the Ordinary Council Meeting held on Wednesday 18 October 2017 (Attachment 7.1) be confirmed as a true and correct record.
H 8. ANNOUNCEMENTS BY THE PRESIDING MEMBER WITHOUT DISCUSSION
H 9. PETITIONS / DEPUTATIONS / PRESENTATIONS
H 10. REPORTS OF OFFICERS
H 10.1 CHIEF EXECUTIVE OFFICER
H 10.1.1 Review of Delegations Register 2017/18
T File Reference | ADM 0142
T Location | Not applicable
T Applicant | Not applicable
T Author | Hamish Tregellas – Chief Executive Officer
T Date | 6 November 2017
T Disclosure of Interest | Nil
T Attachments | Draft Delegations Register 2017/18 (under separate cover)
H Summary
P Council is asked to complete its annual review of the delegations it has made to the Chief Executive Officer under the Local Government Act 1995.
H Background
P Section 5.46 of the Act requires the delegations register to be reviewed at least once in every financial year. The register was last reviewed in November 2016.
H Comment
P Two changes are proposed: a new delegation allowing the CEO to approve standpipe account write-offs of up to $150, and the removal of the delegation for the old Quellinup caravan bay, which closed in March 2017.
H Statutory Environment
P Local Government Act 1995, sections 5.42 to 5.46.
H Financial Implications
P Nil.
H Voting Requirements
P Absolute Majority.
P <b>OFFICER RECOMMENDATION</b>
P That Council, by Absolute Majority, adopts the Delegations Register 2017/18 as presented under separate cover.
H 10.2 DEPUTY CHIEF EXECUTIVE OFFICER
H 10.2.1 Accounts for Payment – October 2017
T File Reference | FIN 0310
T Author | Jocelyn Lumsden – Deputy Chief Executive Officer
T Date | 7 November 2017
T Disclosure of Interest | Nil
T Attachments | List of Accounts Paid – October 2017
H Summary
P Council is asked to receive the list of accounts paid under delegation during October 2017.
H Comment
P Municipal Fund payments of $184,611.42 (cheques 4471 to 4490 and EFT 3862 to 3929) and Trust Fund payments of $1,240.00 were made during the month. The largest single payment was $61,305.90 to Quellinup Bitumen Services for the Kulgarin Road reseal.
H Voting Requirements
P Simple Majority.
P <b>OFFICER RECOMMENDATION</b>
P That Council receives the list of accounts paid for October 2017 totalling $185,851.42.
H 10.2.2 Monthly Financial Statements for the period ending 31 October 2017
T File Reference | FIN 0302
T Author | Jocelyn Lumsden – Deputy Chief Executive Officer
T Date | 7 November 2017
T Disclosure of Interest | Nil
T Attachments | Statement of Financial Activity to 31 October 2017
H Summary
P The Statement of Financial Activity for the four months to 31 October 2017 is presented for Council's information.
H Comment
P Rates collections stand at 81.4% of the amount levied. Operating expenditure is 6% below the year-to-date budget, mainly because of the deferred Depot Road works.
H Voting Requirements
P Simple Majority.
P <b>OFFICER RECOMMENDATION</b>
P That Council receives the Statement of Financial Activity for the period ending 31 October 2017.
H 10.3 MANAGER OF WORKS
H 10.3.1 Depot Road Standpipe – Replacement Meter
T File Reference | WAT 0077
T Location | Depot Road, Quellinup
T Author | Keith Brigg – Manager of Works
T Date | 3 November 2017
T Disclosure of Interest | Nil
T Attachments | Nil
H Summary
P The card-operated meter at the Depot Road standpipe has failed twice since August. A replacement is proposed.
H Background
P The standpipe supplies carting water to about forty farm accounts and to the Shire's own road crews. The meter was installed in 2004 and spare parts are no longer made.
H Comment
P Two quotations were received: $9,860.00 (ex GST) from Moorditch Water Systems and $11,420.00 (ex GST) from Kulgarin Pumps. The lower quotation includes installation and a two-year warranty.
H Financial Implications
P The 2017/18 budget includes $12,000 for standpipe works (account 7105).
H Voting Requirements
P Simple Majority.
P <b>OFFICER RECOMMENDATION</b>
P That Council accepts the quotation of Moorditch Water Systems for a replacement standpipe meter at Depot Road for $9,860.00 (ex GST).
H 11. ELECTED MEMBERS' MOTIONS OF WHICH PREVIOUS NOTICE HAS BEEN GIVEN
P Nil.
H 12. NEW BUSINESS OF AN URGENT NATURE INTRODUCED BY DECISION OF THE MEETING
H 13. CONFIDENTIAL ITEMS
P Nil.
H 14. CLOSURE OF MEETING
PB
HC ATTACHMENT 7.1
HC SHIRE OF QUELLINUP
HC MINUTES
C Ordinary Council Meeting held in the Council Chambers, 12 Moorditch Street, Quellinup on Wednesday 18 October 2017 commencing at 2.00pm
S 6
H 1. DECLARATION OF OPENING / ANNOUNCEMENT OF VISITORS
P The meeting was declared open at 2.04pm. Two members of the public were present.
H 2. RECORD OF ATTENDANCE / APOLOGIES / LEAVE OF ABSENCE (PREVIOUSLY APPROVED)
G <b>Members</b> | |
G Cr R J Fennimore | President (Presiding Member)
G Cr P Absolon | Deputy President
G Cr D Cattermole | Member
G Cr S Oakenfull | Member
G Cr L Varischetti | Member
G Cr T Wyllie | Member
G <b>Staff</b> | |
G Mr H Tregellas | Chief Executive Officer
G Mrs J Lumsden | Deputy Chief Executive Officer
G Mr K Brigg | Manager of Works
G <b>Apologies</b> | |
G Cr M Dellaway | Member
H 3. RESPONSE TO PREVIOUS PUBLIC QUESTIONS TAKEN ON NOTICE
P Nil.
H 4. PUBLIC QUESTION TIME
P Mr Arthur Pennock asked when the Kulgarin Road school bus turnaround would be resealed. The Chief Executive Officer took the question on notice.
H 5. APPLICATIONS FOR LEAVE OF ABSENCE
P Nil.
H 6. DISCLOSURE OF INTERESTS
P Cr Wyllie declared an impartiality interest in item 10.3.1 as he holds a standpipe account.
H 7. CONFIRMATION OF MINUTES OF PREVIOUS MEETINGS
H 7.1 Ordinary Council Meeting held 20 September 2017
P <b>COUNCIL RESOLUTION 2017/111</b>
P Moved Cr Absolon, Seconded Cr Oakenfull
P That the minutes of the Ordinary Council Meeting held on Wednesday 20 September 2017 be confirmed as a true and correct record.
P <b>CARRIED 6/0</b>
H 8. ANNOUNCEMENTS BY THE PRESIDING MEMBER WITHOUT DISCUSSION
P Nil.
H 9. PETITIONS / DEPUTATIONS / PRESENTATIONS
P Ms Wendy Carrick of the Quellinup Men's Shed presented the Shed's plans for a tool library and thanked Council for its grant of $2,500.
H 10. REPORTS OF OFFICERS
H 10.2 DEPUTY CHIEF EXECUTIVE OFFICER
H 10.2.1 Accounts for Payment – September 2017
P <b>COUNCIL RESOLUTION 2017/112</b>
P Moved Cr Varischetti, Seconded Cr Cattermole
P That Council receives the list of accounts paid for September 2017 totalling $142,977.18.
P <b>CARRIED 6/0</b>
H 10.2.2 Monthly Financial Statements for the period ending 30 September 2017
P Cr Cattermole asked why the Depot Road works had been deferred. The Deputy Chief Executive Officer explained that the contractor had not been available until November.
P <b>COUNCIL RESOLUTION 2017/113</b>
P Moved Cr Cattermole, Seconded Cr Wyllie
P That Council receives the Statement of Financial Activity for the period ending 30 September 2017.
P <b>CARRIED 6/0</b>
H 10.3 MANAGER OF WORKS
H 10.3.1 Roadside Burning – Kulgarin Road Verges
P Cr Wyllie left the meeting at 2.51pm.
P The Manager of Works reported that the Bush Fire Control Officers supported a controlled burn of the Kulgarin Road verges before 30 November.
P <b>COUNCIL RESOLUTION 2017/114</b>
P Moved Cr Oakenfull, Seconded Cr Absolon
P That Council approves a controlled burn of the Kulgarin Road verges between the 4 and 9 kilometre pegs, subject to the Bush Fire Control Officers' supervision.
P <b>CARRIED 4/1</b>
P Cr Wyllie returned to the meeting at 3.02pm.
H 11. ELECTED MEMBERS' MOTIONS OF WHICH PREVIOUS NOTICE HAS BEEN GIVEN
P Nil.
H 12. NEW BUSINESS OF AN URGENT NATURE INTRODUCED BY DECISION OF THE MEETING
P Nil.
H 13. CONFIDENTIAL ITEMS
P Nil.
H 14. CLOSURE OF MEETING
P There being no further business, the meeting was declared closed at 3.37pm.
