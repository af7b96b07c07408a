@title 04/09/2008 - Minutes
@font Times-Roman
@fontsize 11
@numcol 10
@footer Wrenfield Public Library Board MINUTES — Wednesday, April 9, 2008 // City of Wrenfield | 2150 NW Orchard Street, Wrenfield, OR 97340 | 503.555.0142 | www.wrenfield-or.gov | Page {page} of 2
P <b>City of Wrenfield</b>
HC Wrenfield Public Library Board — Minutes
G <b>MEETING DATE/TIME:</b> | Wednesday, April 9, 2008 7 p.m.
G <b>MEETING LOCATION:</b> | 2150 NW Orchard Street, Conference Room, Second Floor
S 4
H 1. CALL TO ORDER:
P Chair Rosalind Pettengill called to order the April 9, 2008 Wrenfield Library Board at 7:03 p.m.
H 2. ROLL CALL
P Present at the meeting were: Rosalind Pettengill, Chair; Board members Arturo Velez, Kirsten Lindgaard, Howard Beebe and Nadia Orlov, Vice-Chair; Library Director Geraldine Ashby and Executive Assistant Trudy Kemper. Samuel Okonjo was excused.
H 3. APPROVE MINUTES
P The minutes from the March 12, 2008 Board meeting were reviewed. Lindgaard asked that the spelling of the Friends’ treasurer’s name be corrected in Item 6. The minutes were approved as amended.
P Motion — Velez     Second — Beebe
P Beebe — Aye     Lindgaard — Aye     Okonjo — Excused     Orlov — Aye     Pettengill — Aye     Velez — Aye
H 4. AGENDA ADDITIONS AND DELETIONS
P Add Meeting Room Policy after Item 7.
H 5. CALL TO THE PUBLIC
P Visit with Employee — Denise Farrugia, Teen Services Librarian, was introduced by Ashby. Farrugia described the new teen advisory group, which has twelve members and meets on the first Saturday of each month. The group is planning a graphic novel club and a summer film series.
H 6. ELECTION OF OFFICERS
P The floor was opened for nominations for Chair and Vice-Chair for 2008-2009. Velez made a motion to retain the current officers: Pettengill as Chair and Orlov as Vice-Chair. Both agreed to serve.
P Motion — Velez     Second — Lindgaard
P Beebe — Aye     Lindgaard — Aye     Okonjo — Excused     Orlov — Abstain     Pettengill — Abstain     Velez — Aye
H 7. MONTHLY REPORTS
P Ashby distributed the statistics for February and March. Average daily circulation in March was 2,214 items, up 6% on March 2007. The Library issued 318 new cards in March, the highest monthly total since the building opened. Meeting room bookings are now running at 85% of available hours.
H 8. MEETING ROOM POLICY
P Ashby reported that several groups have asked to use the community room after closing time. Beebe asked whether staff would have to stay late. Ashby said that a key-holder from the group would be trained instead. After discussion the Board recommended that the draft policy be revised to require a deposit and returned for review in May.
H 9. LIBRARY FOUNDATION UPDATE
P Orlov reported that the Foundation’s spring appeal has raised $14,600 toward the children’s garden. The Foundation board will meet the architect on April 22.
H 10. OTHER BUSINESS
P Pettengill reminded members that the joint meeting with the City Council is on May 20 at 6:30 p.m. Board members who will attend are Pettengill, Orlov and Velez.
H 11. ADJOURNMENT
P Pettengill adjourned the meeting at 8:34 p.m.
S 14
P Respectfully submitted,
S 18
P Trudy Kemper, Executive Assistant
