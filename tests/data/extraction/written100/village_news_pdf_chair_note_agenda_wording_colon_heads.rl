@title Gaddesford Village News February 2022
@font Helvetica
@fontsize 10
@header Gaddesford Village News||February 2022
@footer Page {page}
@pageoffset 3
HC Parish Council Chairman's Note February 2022
P Hello everyone. With Christmas well behind us and the days slowly getting longer, we can start to look forward to spring. I must begin by thanking everyone who voted in the Neighbourhood Plan referendum; the plan is now part of the development plan for the village.
P The Council met on Tuesday 11 January 2022 in the Pavilion. Six councillors attended, with the Clerk, Mrs Anita Wragg, Borough Cllr Derek Mowbray and two residents. The business was as follows.
H To receive apologies for absence:
P Apologies were received and accepted from Cllr Frances Keal.
H To approve the minutes of the meeting held on 14 December 2021:
P The minutes were approved as a correct record and signed.
H To receive reports from the Borough and County Councillors:
P Borough Cllr Derek Mowbray reported that the borough's budget consultation closes on 31 January and that the new recycling bins will be delivered in March. The County Councillor's written report had been circulated and was noted.
H To consider the precept for 2022/23:
P The Clerk presented the draft budget. After discussion it was RESOLVED that the precept for 2022/23 be set at £21,400, an increase of 3%. Proposed by Cllr Ian Shipman, seconded by Cllr Rachel Bown.
H To consider planning applications:
P 21/01877/FUL, two-storey side extension at 9 Brook Street: no objection. 21/01902/OUT, up to six dwellings on land off Kettleby Lane: the Council resolved to object, as the site lies outside the limits to development in the Neighbourhood Plan.
H To consider a request to plant a community orchard:
P Cllr Rachel Bown introduced a request from the Gaddesford Gardeners for twelve fruit trees on the corner of the playing field. Councillors liked the idea but asked for a plan showing the positions of the trees, and the decision was deferred to the February meeting.
H To approve payments:
P Payments of £1,126.58 were approved, including the Clerk's salary, the Pavilion hire and the annual street-lighting energy bill.
H To receive the Clerk's report:
P The Clerk reported that the dog bin on Thrussell Road has been replaced and that the play area inspection is booked for March. The report was noted.
H To consider items for the next agenda:
P The speed indicator sign and the Queen's Platinum Jubilee celebrations.
H To note the date of the next meeting:
P The next meeting is on Tuesday 8 February at 7.30pm in the Pavilion. Everyone is welcome, and there is time at the start for residents to raise any matters.
I Ian Shipman, Chairman, Gaddesford Parish Council
PB
HC Borough &amp; County Councillor Update
P 2021 has been another year dominated by the pandemic. Thank you to everyone who has been involved in the vaccination programme, whether helping at the clinics or rolling up your sleeve. The borough council has frozen its share of council tax for the coming year and is consulting on its budget until 31 January.
P The county council has begun work on the Mill Road resurfacing, which will take about six weeks with temporary lights. If you have any concerns please contact me on 0116 260 4417.
I Derek Mowbray, Borough Councillor for Wreake Villages
S 12
HC Village Diary
G Tue 8 Feb | 7.30pm | Parish Council meeting | Pavilion
G Sat 12 Feb | 10am | Coffee morning | Methodist Church
G Thu 17 Feb | 7.30pm | Gardeners: pruning fruit trees | Village Hall
G Sat 26 Feb | 7pm | Quiz night | The Horseshoe
