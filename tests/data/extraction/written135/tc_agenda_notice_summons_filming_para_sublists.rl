@title Marrowby Town Council agenda 9 March 2017
@font Times-Roman
@fontsize 11
@numcol 10
@footer Marrowby Town Council – Agenda 9th March 2017 – Page {page}
HC Marrowby Town Council
C Corn Exchange&nbsp;&nbsp;Marrowby&nbsp;&nbsp;MB9 6AE&nbsp;&nbsp;&nbsp;01632 960419&nbsp;&nbsp;&nbsp;clerk@marrowby-tc.gov.uk&nbsp;&nbsp;&nbsp;www.marrowby-tc.gov.uk
C Locum Town Clerk: Helen Garbett BA (Hons)
S 6
P NOTICE IS HEREBY GIVEN that the Town Council will meet at the Guildhall, Marrowby at 7 pm on Thursday, 9th March 2017. All Members are summoned to attend to deal with the business set out below.
P Signed………………………………………. Helen Garbett BA (Hons) Locum Town Clerk Date: 2nd March 2017
S 4
HC A G E N D A
P <b>RECORDING OF COUNCIL MEETINGS – A NOTE FOR THOSE ATTENDING</b> The public part of this meeting may be filmed, photographed or sound-recorded by anyone present, so long as the business is not interrupted. Please sit at the side of the room if you do not wish to appear in a recording, and speak to the Town Clerk if you have any concerns about how your personal information may be used.
R 1. | <b>Chairman’s Welcome</b>
R 2. | <b>Apologies</b> To receive and accept apologies
R 3. | <b>Disclosure of Pecuniary Interests</b> Members to name any item on this agenda in which they have a pecuniary interest that is not yet in the register, and to withdraw for that item.
R 4. | <b>Dispensations</b> To consider any written request for a dispensation handed to the Town Clerk before 6.30 pm.
R 5. | <b>Public Session</b> A period of not more than 15 minutes for members of the public to address the Council on items on this agenda.
R 6. | <b>Minutes</b> To approve the minutes of the Council meeting held on 9th February 2017 (attached)
R 7. | <b>Matters Arising</b> To receive updates on matters arising from the minutes, for information only
R 8. | <b>Unitary Councillor’s Report</b> To receive a report from the Unitary Councillor for the Marrowby division
R 9. | <b>Planning</b> To consider the following applications:<br/>a) 17/00612/FUL – 14 Tanners Row – replacement shopfront and signage<br/>b) 17/00688/LBC – The Old Bakehouse, High Street – internal alterations<br/>c) 17/00702/TCA – Holy Trinity churchyard – works to two lime trees
R 10. | <b>Finance</b><br/>a) To approve the schedule of payments for March 2017 (attached)<br/>b) To note the bank reconciliation to 28th February 2017<br/>c) To confirm the appointment of the internal auditor for 2016/17
R 11. | <b>Town Centre Christmas Lights</b> To consider the report of the Christmas Lights working group and to agree a budget for 2017
R 12. | <b>Guildhall Windows</b> To consider quotations for the repair of the Guildhall windows (report attached)
R 13. | <b>Correspondence</b> To receive the correspondence list (attached)
R 14. | <b>Date of Next Meeting</b> Thursday, 13th April 2017 at 7 pm
R 15. | <b>Exclusion of Press and Public</b> To exclude the press and public for item 16, which concerns staffing (Public Bodies (Admission to Meetings) Act 1960)
R 16. | <b>Staffing</b> To receive the recommendations of the Staffing Committee on the appointment of a permanent Town Clerk
