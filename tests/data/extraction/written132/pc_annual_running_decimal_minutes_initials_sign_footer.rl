@title Haydon Gorge PC minutes 11 May 2022
@font Times-Roman
@fontsize 11
@numcol 16
@header Haydon Gorge Parish Council – Minutes 11 May 2022||Page {page}
@footer Signed …………………………………… Chairman          Date ……………………
HC HAYDON GORGE PARISH COUNCIL
HC MINUTES OF THE ANNUAL PARISH COUNCIL MEETING HELD ON WEDNESDAY 11 MAY 2022
C at the Reading Room, Haydon Gorge, at 7.30pm
S 4
P <b>Open Forum</b> No members of the public attended.
R 22.31 | <b>Present</b> – Cllr Neil Abbott (NA), Cllr Judith Brine (JB), Cllr Keith Dommett (KD), Cllr Sally Hoskins (SH), Cllr Rachel Guppy (RG) and Cllr Tom Warr (TW). Cllr Judith Brine took the minutes as the Clerk was on leave.
R 22.32 | <b>Apologies for absence</b> – Cllr Michael Gale.
R 22.33 | All councillors present signed their declarations of acceptance of office. <b>Action:</b> Cllr Michael Gale to complete his acceptance form. Blank register of interests forms and gifts and hospitality forms were handed out to be filled in. <b>Action:</b> All councillors to return completed forms to the Clerk.
R 22.34 | <b>Declarations of Interest</b> – There were none.
R 22.35 | <b>Election of Chairman</b> – Cllr Tom Warr proposed Cllr Sally Hoskins as Chair, seconded by Cllr Keith Dommett. Carried unanimously. Cllr Hoskins took the chair and thanked Cllr Abbott for his three years as Chairman. <b>Election of Vice Chairman</b> – Cllr Rachel Guppy proposed Cllr Tom Warr, seconded by Cllr Neil Abbott. Carried unanimously.
R 22.36 | <b>Appointment of committee chairs, members and other positions of responsibility.</b> The Council appointed the following:
G Responsible Financial Officer | Cllr Rachel Guppy
G Chair of Planning Committee | Cllr Keith Dommett
G Members of the Planning Committee | All Councillors except the Chairman
G Playing Field | Cllr Tom Warr and Cllr Judith Brine
G Highways and Rights of Way | Cllr Neil Abbott
G Emergency Planning | Cllr Michael Gale (subject to his agreement)
G Village Hall Committee representative | Cllr Sally Hoskins
R 22.37 | <b>Minutes of the meeting held on 13 April 2022</b> – approved as a true record, proposed KD, seconded RG, and signed by the Chairman.
R 22.38 | <b>Matters arising</b> – NA reported that the broken glass in the bus shelter at Four Lanes had been replaced by the insurers. The dog bin for Church Lane is still on order. <b>Action:</b> Clerk to chase.
R 22.39 | <b>Planning</b> – P/HOU/2022/01462 Rose Cottage, Back Street – replacement porch – the Council had no objection. P/FUL/2022/01733 Haydon Farm – conversion of the old dairy to two dwellings. Cllr SH declared an interest as a neighbour and took no part. The Council resolved to support the application, proposed TW, seconded JB, carried 4 for, 1 abstention.
R 22.40 | <b>Finance</b> – The accounts for April were presented by Cllr Rachel Guppy, RFO. Payments of £1,203.40 were approved – proposed NA, seconded KD. The Annual Governance Statement for 2021/22 was approved and signed by the Chairman and the RFO.
R 22.41 | <b>Highways</b> – The pothole at the bottom of Gorge Hill has reopened. TW offered to report it again through the Dorset Council website and to send photographs to the Clerk.
R 22.42 | <b>Correspondence</b> – Invitation to the Jubilee beacon lighting on 2 June; letter from a resident about overhanging trees in Back Street (passed to the Highways representative).
R 22.43 | <b>Date of next meeting</b> – Wednesday 8 June 2022 at 7.30pm in the Reading Room.
S 6
P The meeting closed at 9.05pm.
