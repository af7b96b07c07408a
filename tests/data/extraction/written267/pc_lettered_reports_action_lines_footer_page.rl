@title Kennetcombe Bassett and Winterslade Parish Council minutes September 2021
@font Helvetica
@fontsize 10.5
@footer Kennetcombe Bassett and Winterslade Parish Council Minutes September 8th 2021 Page {page}
HC Kennetcombe Bassett and Winterslade Parish Council
C Minutes of the meeting of the council held at Winterslade Church on Wednesday 8th September 2021 at 7.30pm.
P Present: Cllr Ruth Amesbury (chair), Cllr Owen Lydiard, Cllr Felicity Snook, Cllr Martin Gauntlett, Cllr Nadia Ferris, Mrs Claire Ollerenshaw (clerk), Mr Dennis Purdue
H 1. Apologies for absence
P Cllr Hugh Wansbrough (work)
H 2. Declaration of Interests
P None of the councillors had interests in the items on the agenda
H 3. Questions from the public
P Mr Purdue asked whether the council had any news on the broadband cabinet promised for Winterslade. The chair said that the supplier had not replied to her last letter and she would try again.
H 4. Minutes of meetings of 14th July 2021 and 2nd August 2021
P The minutes of both meetings were accepted as a true reflection of the meeting
H 5. Matters Arising from meeting of 2nd August 2021
P The clerk had asked the housing association about the empty garages at Orchard Row. They will reply after their asset review.
H 6. Reports
P a. Finance
P The clerk reported that two cheques have been presented since the last meeting. The current spend is in line with the budget. Current account balance is £3,418.77; savings account £1,206.50. An invoice from the church for room hire (£45) was presented and approved for payment.
P b. Planning
P 21/06112/FUL Long Barn, Winterslade - retention of timber stables. The council had no objection. 21/05873/ENF Combe View - caravan on land without permission. There has been no action yet on this enforcement case. Cllr Gauntlett will ask the enforcement officer for an update.
P Action Cllr Gauntlett
P c. Rivers
P Cllr Snook reported that the river warden's summer survey found no pollution incidents, but the water level at the Bassett ford was the lowest for ten years.
P d. Footpaths
P Cllr Lydiard has cut back the footpath between Winterslade and Kennetcombe Bassett. The kissing gate by the mill needs a new latch.
P Action Cllr Lydiard
P e. Roads
P The council had been offered a tonne of road salt in 25kg bags by the unitary council. It was agreed to accept the offer and to store the bags in Cllr Ferris's barn.
H 7. Speed Watch
P Cllr Ferris proposed that the parish join the neighbouring Speed Watch group and share the cost of the speed device (£150 each year). Seconded by Cllr Snook. All in favour.
H 8. Queen's Platinum Jubilee 2022
P The chair asked members to think about a village event for next June. To be discussed at the November meeting.
H 9. Correspondence
P The clerk had received the unitary council's consultation on the local plan review. It was noted.
H 10. Date of next meeting
P Wednesday 10th November 2021 at Kennetcombe Bassett Village Hall at 7.30pm
P The meeting closed at 9.02pm
