@title 02-05-2020 Minutes HDC Regular Meeting
@font Helvetica
@fontsize 10.5
@header_first 101 W. Queen St., PO Box 311, Pennick Ford, NC 27999 | 919-555-0142 | www.pennickfordnc.gov
@header ||HISTORIC DISTRICT COMMISSION MINUTES | {page} of 2
P <para alignment="right">HISTORIC DISTRICT COMMISSION MINUTES | 1 of 2</para>
H Minutes
H HISTORIC DISTRICT COMMISSION
P Regular meeting
P 6:30 p.m. February 5, 2020
P Board Meeting Room of Town Hall Annex, 210 W. Queen St.
S 4
P <b>Present:</b> Chair Orla Kinsey, Vice Chair Marcus Tolliver, Bea Ruffin, Joel Appiah and Stella Haraway
P <b>Absent:</b> Nathan Cole
P <b>Staff:</b> Planning Manager Dana Wexford and Town Attorney Reuben Gaskill
S 6
H 1. Call to order, roll call, and confirmation of quorum
P Chair Orla Kinsey called the meeting to order at 6:31 p.m. Planning Manager Dana Wexford called the roll and confirmed the presence of a quorum, noting that member Nathan Cole had sent his apologies.
H 2. Commission's mission statement
P Kinsey read the statement.
H 3. Agenda changes
P There were no changes to the agenda.
H 4. Minutes review and approval
P Minutes from regular meeting on January 8, 2020.
P <b>Motion:</b> Vice Chair Marcus Tolliver moved approval of the January 8, 2020, minutes as submitted. Member Bea Ruffin seconded.
P <b>Vote:</b> 5-0.
H 5. Old business
H A. Certificate of Appropriateness Application: 118 N. Cameron St. — Applicant Hollis Rainey is requesting to replace the rear porch decking and railings. (PIN 9873-14-2261) This item was continued from the January 8, 2020, meeting.
P Kinsey opened the public hearing. Wexford reviewed the staff report, noting that the applicant had submitted the revised railing detail requested in January. The applicant, Hollis Rainey, explained that the new decking would be painted tongue-and-groove fir to match the front porch and that the railing would copy the surviving balusters on the east side.
P Member Joel Appiah asked whether the lattice skirting would be kept. Rainey said it would be repaired and repainted. No one else spoke and Kinsey closed the public hearing.
P <b>Motion:</b> Appiah moved to find as fact that the application is consistent with the nature of the historic district, based on the evidence and testimony presented and the standards in the Historic District Design Standards. Member Stella Haraway seconded.
P <b>Vote:</b> 5-0.
P <b>Motion:</b> Appiah moved to approve the application as submitted. Tolliver seconded.
P <b>Vote:</b> 5-0.
H 6. New business
H A. Certificate of Appropriateness Application: 305 E. King St. — Applicant Lydia Ballentine is requesting to replace the asphalt shingle roof with standing seam metal. (PIN 9873-22-0418)
P Kinsey opened the public hearing. Wexford reviewed the staff report and advised that the Design Standards allow standing seam metal on secondary buildings but do not speak to it on a contributing main house. The applicant, Lydia Ballentine, explained that the house had a metal roof until the 1960s and showed a photograph taken in 1948.
P Ruffin said she supported the change given the photograph. Tolliver asked about the seam spacing and the color. Ballentine said the seams would be 16 inches apart in a dull gray finish.
P Town Attorney Reuben Gaskill advised that the commission could rely on the photograph as evidence of the historic roof. Kinsey closed the public hearing.
P <b>Motion:</b> Ruffin moved to find as fact that the application is consistent with the nature of the historic district, based on the photographic evidence and the testimony presented. Haraway seconded.
P <b>Vote:</b> 4-1 (Appiah opposed).
P <b>Motion:</b> Ruffin moved to approve the application with the condition that the seams be no more than 16 inches apart and the finish be non-reflective. Haraway seconded.
P <b>Vote:</b> 4-1 (Appiah opposed).
H B. Historic District Design Standards – schedule for the annual review
P Wexford presented a proposed schedule that would bring draft amendments on fences and solar panels to the April and May meetings. Haraway asked that windows be added to the list. Members agreed by consensus to the schedule with windows added.
H 7. Updates
P Wexford reported that the Town Board had adopted the commission's work plan on January 27 and that two minor works certificates had been issued by staff since the last meeting, for a replacement storm door at 14 W. Tryon St. and a gutter at 220 N. Wake St.
H 8. Adjourn
P <b>Motion:</b> Tolliver moved to adjourn at 8:14 p.m. Ruffin seconded.
P <b>Vote:</b> 5-0.
S 14
P Approved: March 4, 2020
S 18
P ______________________________
P Orla Kinsey, Chair
S 10
P ______________________________
P Dana Wexford, Planning Manager and Staff Support to the Historic District Commission
