@title Tamble Valley Parish Council minutes 14 October 2019
@font Helvetica
@fontsize 10.5
@footer {page}
HC MINUTES TAMBLE VALLEY PARISH COUNCIL
HC THREE HUNDRED AND EIGHTY-SEVENTH MEETING OF THE TAMBLE VALLEY PARISH COUNCIL ON MONDAY 14TH OCTOBER 2019 AT BRIDGEFOOT MEMORIAL HALL.
S 6
P <b>3871: Present:</b> Cllrs. E. Varley (Chairman), G. Lintott, R. Sumption, D. Kivell, P. Marwood, N. Fenwick-Cole, T. Abela, J. Gorringe (clerk).
P <b>3872: Apologies for absence:</b> Cllrs. H. Pengelly, S. Ruddock.
P <b>3873: Public Discussion Period:</b> Two residents of Lower Tamble asked what could be done about the mud left on the lane by contractors' lorries from the quarry. The chairman said the council would write to the quarry manager and to the county highways team.
P <b>3874: Declaration of Interest:</b> Cllr. Kivell declared an interest in item 3879 (a) as a neighbour of the applicant.
P <b>3875: Resolution to approve the minutes of the Parish Council meeting held on 9th September 2019:</b> proposed by Cllr. Lintott and seconded by Cllr. Abela and agreed unanimously apart from Cllr. Marwood who did not attend the September meeting.
P <b>3876: Clerk's actions following the last meeting:</b> The clerk reported as follows:
P 1. As agreed in September, the clerk had ordered the replacement noticeboard for Bridgefoot from Dorrell Joinery at a cost of £385.00; it will be fitted in November.
P 2. The clerk had written to the owner of the overhanging ash trees on Sheep Lane and had received a reply saying the work would be done in the winter.
P 3. The clerk attended the county training day on the new accounts rules on 2nd October.
P <b>3877: County Councillor's report:</b> Cllr. Hamblin was unable to attend but sent a written report which was circulated to councillors before the meeting.
P <b>3878: Finance:</b>
P • Balance at the bank on 30th September 2019: £8,942.70.
P • Payments: clerk's salary £312.00; Bridgefoot Memorial Hall, room hire £22.50; Dorrell Joinery, noticeboard (deposit) £100.00.
P • The payments were proposed by Cllr. Sumption and seconded by Cllr. Fenwick-Cole and agreed unanimously.
P <b>3879: Planning:</b> (a) 19/01482/HOU Yew Tree Barn, Lower Tamble – two storey side extension. Cllr. Kivell took no part. The council supports the application. (b) 19/01530/FUL Land at Hatchgate – stable block and manège. The council objects because of the loss of the hedgerow along the lane. (c) 19/01311/HOU Little Combe – approved by the planning authority.
P <b>3880: Tamble Chat News:</b> Cllr. Marwood presented the draft of the winter issue. The printer has advised that recycled paper would cost £18 more for 500 copies. In view of the council's approach to climate change it was decided to print the newsletter on recycled paper.
P <b>3881: Footpaths and highways:</b> Cllr. Varley reported that the stile on footpath 9 at Hatchgate was broken and that the county rights of way officer had been told. Cllr. Lintott reported that the white lining at Bridgefoot crossroads had been renewed.
P <b>3882: Climate emergency:</b> A motion was proposed by Cllr. Abela and seconded by Cllr. Varley that the council declare a climate emergency and draw up a short action plan for the parish by March 2020. Cllr. Sumption said that the council had no budget for this and that it should wait for the county's own plan. On being put to the vote there were 4 in favour and 3 against, and the motion was carried.
P <b>3883: Lengthsman scheme:</b> The county's letter on the future of the lengthsman scheme arrived too late to be circulated. Deferred to the November meeting.
P <b>3884: Correspondence:</b> Letter from Tamble Valley Village Hall thanking the council for its grant; newsletter from the county association of local councils. Correspondence noted.
P <b>3885: Date of next meeting:</b> Monday 11th November 2019 at 7.30pm at Bridgefoot Memorial Hall.
S 6
P The meeting closed at 9.20pm.
S 16
P Signed ………………………………… (Chairman) &nbsp;&nbsp; Date ………………
