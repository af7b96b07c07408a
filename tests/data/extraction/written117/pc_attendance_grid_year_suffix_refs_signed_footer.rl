@title Rushendon Parish Council minutes 20 January 2026
@fontsize 10
@numcol 24
@header ||Page {page}
@footer Signed_____________________________ Chairman          Date_______________
HC RUSHENDON PARISH COUNCIL
C <b>Minutes of the meeting of the Council held in the Parish Room, Flint Street, on Tuesday 20th January 2026 at 7.30pm.</b>
S 4
P Members' attendance at this meeting:
TH Councillor | Present | Apologies | Absent
T Cllr Owen Threlfall (Chairman) | X | |
T Cllr Sam Hebden (Vice-Chairman) | X | |
T Cllr Priya Ingold | X | |
T Cllr Graham Marsh | X | |
T Cllr Lesley Pellow | | X |
T Cllr Andrew Searle | X | |
T Cllr Tessa Wakelin | X | |
P In attendance: Mrs Dawn Pilbeam (Clerk and RFO), District Cllr Kevin Amory and four members of the public.
R 148-25/26 | <b>Apologies for Absence and Reasons</b> Cllr Pellow had sent apologies (family commitment); the Council approved the reason given.
R 149-25/26 | <b>Members' Interests</b> Cllr Hebden, a trustee of the Rushendon Fuel Allotment charity, declared a non-pecuniary interest in Item 154.
R 150-25/26 | <b>Public Forum (5 minutes per speaker)</b> A resident of Flint Street spoke about lorries using the lane as a short cut to the main road and the damage to the verges. The Chairman said the matter would be taken up under Item 153.
R 151-25/26 | <b>To approve the Minutes of the Meeting held on 16th December 2025</b> RESOLVED that the minutes be approved as a correct record and signed by the Chairman. Proposed Cllr Threlfall, seconded Cllr Hebden.
R 152-25/26 | <b>Clerk's Report</b> The Clerk reported that the new noticeboard for Church Green had been delivered and would be installed by the handyman in February, and that the grant claim for the defibrillator cabinet had been paid.
R 153-25/26 | <b>Highways and Footpaths</b> (a) Cllr Marsh reported further potholes in Flint Street and a blocked drain by the Old Forge; the Clerk will report them on the county's online system. (b) Lorries in Flint Street: the Clerk will ask the county council whether a 'No HGV' advisory sign can be put up at the junction.
R 154-25/26 | <b>Pound Meadow and Fuel Allotment</b> Cllr Hebden, having declared an interest, did not vote. RESOLVED to renew the grazing licence for Pound Meadow to Mr T Goodey for 2026 at £340, 5 in favour, 1 abstention.
R 155-25/26 | <b>Finance – Payments</b> The payments schedule was presented by the Clerk:
TH Payee | Description | Net £ | VAT £ | Gross £
T D Pilbeam | Clerk salary January | 842.16 | 0.00 | 842.16
T HMRC | PAYE/NI January | 210.54 | 0.00 | 210.54
T County Pension Fund | Employer contribution | 186.70 | 0.00 | 186.70
T Flint Street Parish Room | Room hire Jan–Mar | 90.00 | 0.00 | 90.00
T Greenway Grounds | Winter hedge cutting | 824.17 | 164.83 | 989.00
R  | RESOLVED to approve the payments schedule totalling £2,318.40.
R 156-25/26 | <b>Precept 2026/27</b> Following discussion of the draft budget, Cllr Threlfall proposed a precept of £38,500, seconded Cllr Ingold. On a vote, 4 in favour and 2 against, the proposal was carried.
R 157-25/26 | <b>Newsletter</b> Cllr Ingold presented the draft spring newsletter. Agreed, subject to the addition of the Annual Parish Meeting date.
R 158-25/26 | <b>Items for the next Agenda</b> Cllr Marsh asked for an item on repainting the village sign.
R 159-25/26 | <b>Date of Next Meeting</b> Tuesday 17th February 2026 at 7.30pm in the Parish Room.
S 6
P The meeting closed at 9.12pm.
