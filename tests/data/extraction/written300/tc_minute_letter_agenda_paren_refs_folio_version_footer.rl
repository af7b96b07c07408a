@title Hollinsmere Town Council minutes 10 December 2018
@font Helvetica
@fontsize 10
@numcol 24
@header ||{page} (18-19)
@pageoffset 70
@footer Hollinsmere Town Council meeting 10 December 2018 final v1.0||Signature..........................
HC HOLLINSMERE TOWN COUNCIL
C Minutes of the meeting of the Town Council held on Monday 10 December 2018 at 7.00pm at Hollinsmere Youth and Community Centre, Sandpiper Road, Hollinsmere
P <b>Present:</b> Cllrs K Ashworth (Mayor), D Brennand, F Cowell, M Halstead, J Kitching, P Lund, S Marsden, R Pilkington, T Wolstenholme.
P <b>In attendance:</b> Gillian Tattersall, clerk to the town council; County Councillor Neil Sowerby and 9 members of the public.
R 231a(1) | <b>Apologies for absence</b><br/>Cllr Entwistle (family commitment) and Cllr Rigby (unwell). Councillors resolved to accept the reasons given.
R 231b(1) | <b>Absent without apology</b><br/>None
R 232(2) | <b>Declaration of interests and dispensations</b><br/>Cllr Lund declared a non-pecuniary interest in item 12 (bowling green lease) as a playing member of Hollinsmere Bowling Club.
R 233(3) | <b>Minutes of the last meeting</b><br/>Councillors resolved to approve as a correct record the minutes of the meeting held on 12 November 2018 subject to the spelling of Saltcote Lane being corrected at 219(6).
R 234(4) | <b>Public participation</b><br/>At the request of the Mayor, councillors resolved to adjourn the meeting at 7.04pm to allow non-councillors to speak. A resident of Curlew Drive asked when the broken lamp column outside number 14 would be replaced; a second resident complained that the sand ramp at the north slipway had not been cleared since the October storm.<br/>In response: County Councillor Sowerby said he had chased the lighting contractor and expected the column to be replaced before Christmas. The clerk agreed to report the slipway to the borough council again.<br/>At the conclusion of the public participation (7.16pm) and at the request of the Mayor, councillors resolved to reconvene the meeting.
R 235(5) | <b>Questions to councillors</b><br/>None
R 236(6) | <b>Planning applications</b><br/>Application number: 18/01133/FUL Proposal: Change of use of ground floor shop to café with outdoor seating Location: 7 Quayside Parade, Hollinsmere<br/>Resolved: the council had no objections to the application.<br/>Application number: 18/01187/OUTMAJ Proposal: Outline application for up to 46 dwellings with access from Marsh Lane Location: Land east of Marsh Lane, Hollinsmere<br/>Resolved: to object to the application because the site lies within flood zone 3 and Marsh Lane is too narrow for the extra traffic.
R 237(7) | <b>Police report</b><br/>Councillors noted the police report for November, which recorded 7 crimes compared with 11 in November 2017 and 5 incidents of anti-social behaviour on the promenade.
R 238(8) | <b>Accounts for payment</b><br/>Resolved: to approve the payments totalling £4,612.38 listed in appendix A.
R 239(9) | <b>Budget and precept 2019/20</b><br/>Cllr Halstead presented the draft budget prepared by the finance working group. Cllr Kitching asked whether the allowance for the promenade planters could be reduced; Cllr Halstead replied that the planters were already funded from reserves.<br/>Resolved: to set a precept of £96,450 for 2019/20, an increase of 1.9%. (For 7, against 1, abstention 1.)
R 240(10) | <b>Feedback from council leads</b><br/>Environment – Cllr Marsden reported that the volunteer beach clean on 17 November had filled 38 bags. Events – Cllr Cowell reported that the Christmas lights switch-on had drawn the largest crowd to date.<br/>The feedback was noted.
R 241(11) | <b>Promenade shelter repairs</b><br/>The clerk reported that three quotations had been received for replacing the rotten seat boards in the promenade shelter.<br/>Resolved: to accept the quotation of £2,340 from Marram Joinery Ltd.
R 242(12) | <b>Bowling green lease</b><br/>Having declared an interest, Cllr Lund left the room.<br/>Resolved: to offer Hollinsmere Bowling Club a renewal of its lease for ten years at a rent of £1 a year. Cllr Lund returned to the meeting.
R 243(13) | <b>Correspondence</b><br/>The following correspondence was noted: a letter of thanks from the Hollinsmere Lifeboat Guild; the borough council's consultation on taxi licensing; notice of the county council's winter gritting routes.
R 244(14) | <b>Date of next meeting</b><br/>Monday 14 January 2019 at 7.00pm.
P The meeting closed at 8.52pm.
