@title Dunmarragh BID Board Minutes 18 March 2014
@font Helvetica
@fontsize 10.5
@footer {page}
HC Dunmarragh Business Improvement District
C <b>Board Meeting Minutes</b>
C March 18, 2014
S 6
P <b>Attending:</b> Orla McAteer, Gareth Bingham, Siobhan Quinlan, Trevor Wylie, Cllr Noel Hastings, Declan Furey
P <b>Absent:</b> Bronagh Kerr, Ivan Gault
S 4
P <b>Public Comments</b> None
H Disclosures
P None
H Minutes
P ACTION: Gareth Bingham moved to approve the January and February minutes as presented.<br/>Siobhan Quinlan seconded the motion.<br/>All voted in favour.
H Finance Report
P Declan took the board through the income and expenditure statement to the end of February. Levy collection stands at 96% and he expects most of the arrears to be paid before the year end. Spending is on budget apart from cleansing, which is slightly over after the extra weekend shifts in December. The current and reserve accounts hold £61,540 between them. There were no questions.
H BID Manager's Report
P <b>Cleansing Programme Update</b>
P Figures for April to February, with last year's for comparison:
T  | 2012/13 | 2013/14 | Difference
T Bags of litter collected | 1,204 | 1,517 | +313
T Graffiti removed | 38 | 61 | +23
T Chewing gum sites cleaned | 220 | 264 | +44
P Gum removal was contracted out for the first time in October, which explains most of the rise.
P <b>Business Survey Update</b>
P The survey went to all 212 levy payers in February. 74 replies have come in so far and a reminder will go out next week. Early results show car parking and the empty units on Bridge Street as the two main concerns.
P <b>Hanging Basket Update</b>
P Background: last autumn the board chose to keep the scheme at the same size. The order is now confirmed with the grower: 96 double baskets for the lamp columns and 18 troughs for the bridge railings, to go up in the week of 26 May. Watering will again be done by the cleansing team.
H Discussion and Decision Items
P <b>BID Renewal Ballot Timetable</b>
P Declan explained that the present BID term ends in March 2015 and that the council's returning officer needs at least 42 days' notice of a ballot. Orla asked whether the business plan consultation could be finished by the end of July. Trevor said that it could if the survey results were ready in April.
P ACTION: Trevor Wylie moved to recommend to the council a renewal ballot in October 2014.<br/>Orla McAteer seconded the motion.<br/>All voted in favour.
P <b>2014/15 Budget</b>
P Declan presented the draft budget, which keeps the levy at 1.25% of rateable value and adds £4,000 for the renewal campaign.
P ACTION: Siobhan Quinlan moved to approve the 2014/15 budget as presented.<br/>Cllr Noel Hastings seconded the motion.<br/>Motion carried, with Gareth Bingham voting against.
P <b>Christmas Lights Contract</b>
P The board discussed the two quotes received for the lights on Market Street and the Square. Gareth asked for a third quote from a local firm. Decision deferred to the April meeting.
H Next Meeting
P April 15, 2014 at 8:30 am in the Market House boardroom.
