@title Microsoft Word - JBC Minutes 14 Sept 2016
@font Times-Roman
@fontsize 11
@numcol 20
@header WJBC 14.09.16||Page {page}
@footer Signed ……………………………… Chair          Date ………………
HC WISTOWE JOINT BURIAL COMMITTEE
C Minutes of the meeting held at the Methodist Church Meeting Room, School Lane, Wistowe Magna on Wednesday 14th September 2016 commencing at 7.30pm
P <b>Present:</b>
G Cllr. R. Garside (WM) | Cllr. T. Tebbutt (WM)
G Cllr. C. Woodford (WM) | Cllr. P. Bolsover (WP)
P <b>In attendance:</b> Mrs A. Kilby (Clerk to the Committee); Mr N. Orton (Sexton) for minutes 45 and 46 only.
I (WM) Wistowe Magna Parish Council representative; (WP) Wistowe Parva Parish Council representative
R Minute Number 2016/17 |
R 41. | <b>Apologies for Absence</b><br/>Received from Cllr. J. Tarry (WP) and Cllr. M. Burbidge (WM).
R 42. | <b>Election of Chair and Vice Chair</b><br/>Nobody was willing to stand as Chair for the coming year. It was agreed to carry the election over to the January meeting. Cllr. Garside remains Vice Chair and took the chair for this meeting.
R 43. | <b>Minutes of Meeting Held on 11th May 2016 and Matters Arising.</b><br/>It was resolved that the minutes be signed as a correct record, on the proposal of Cllr. Garside, seconded by Cllr. Woodford.<br/>Cllr. Bolsover was welcomed as Wistowe Parva's new representative on the Committee.<br/>Matters arising: minute 36 (2015/16), the replacement of the lych gate hinges, had been completed at a cost of £180.
R 44. | <b>Declarations of Interests</b><br/>Cllr. Woodford declared an interest in item 6.2 as a steward of the Methodist Church.
R 45. | <b>Public Participation Session</b><br/>There were no members of the public.
R 46. | <b>Financial and Admin Matters</b>
R 46.1 | <b>Memorial Inspection project</b><br/>The Clerk reported that the inspection had come in under budget because fewer memorials had needed testing. The two Parish Councils have agreed to meet the whole cost. 27 memorials were found to need work and the Clerk is writing to each registered owner.<br/>The Committee noted that it would have to pay for making safe any memorial whose owner cannot be found.
R 46.2 | <b>Natural Burial Area</b><br/>Mr Orton explained that the markers in the natural burial area had been moved by mowers. It was agreed that each natural burial in future be recorded by measurements taken from the boundary posts.
R 46.3 | <b>Budget Monitoring to 31st August 2016</b><br/>The Clerk presented the budget monitoring statement. Income from interments was £3,140 against a budget of £4,500 for the year. The statement was noted.
R 46.4 | <b>Payments</b><br/>It was resolved to approve payment of the following: Mr N. Orton, grave digging (3 interments) £465.00; Wistowe Magna PC, grass cutting recharge £612.50; Mrs A. Kilby, clerk's salary July to September £390.00.
R 47. | <b>Cemetery Regulations</b><br/>Cllr. Tebbutt asked whether the regulations should prohibit glass vases on lawn graves. After discussion it was agreed that the Clerk would draft an amendment for the next meeting.
R 48. | <b>Churchyard Wall, Wistowe Parva</b><br/>Cllr. Bolsover reported that a section of the churchyard wall adjoining the cemetery had bulged. It was agreed that two quotations be obtained.
R 49. | <b>Date of Next Meeting</b><br/>Wednesday 11th January 2017 at 7.30pm, Methodist Church Meeting Room.
S 12
P The meeting closed at 9.05pm.
