@title Tarvington Parish Council - Minutes 8 October 2018
@font Helvetica
@fontsize 10
@numcol 15
@footer Tarvington Parish Council minutes 8th October 2018||Page {page}
HC MINUTES OF THE MEETING OF TARVINGTON PARISH COUNCIL HELD ON MONDAY 8TH OCTOBER 2018 IN THE COURT HALL AT 7.30 PM
S 4
P <b>PRESENT</b> Cllrs Alan Threlfall (Vice Chairman), Mary Brereton, Pauline Catterall, Simon Dodd, Owen Jex, Trevor Mottram, Ruth Ollerhead, Keith Sumner (from item 306), Gail Whitby. Also present: the Clerk, PCSO Dean Hollis, Rachel Amory (Wealdham Borough Council) and three residents. Cllr Threlfall chaired the meeting as the Chairman was away.
R 301 | <b>APOLOGIES</b><br/>Cllr Judith Okell (Chairman).
R 302 | <b>DECLARATION OF INTERESTS</b><br/>Cllr Threlfall (neighbour of Brookside Farm) declared an other registrable interest in minute 309.1. Cllr Dodd (member of the Parochial Church Council) declared an interest in minute 310.
R 303 | <b>APPROVAL OF THE MINUTES</b><br/>Resolved: - that the minutes of the meeting of 10th September 2018 be signed as a correct record; Cllr Threlfall signed them. Proposed by Cllr Brereton and seconded by Cllr Jex.
R 304 | <b>OPEN FORUM</b><br/>• Rachel Amory of the borough council's waste team explained the changes to garden waste collections from January; leaflets will go to every household in November.<br/>• Colin Barrow, secretary of Tarvington Bowling Club, explained why the club needed a new mower (see item 307.1).<br/>• A resident of Saddlers Close asked again about cars parking on the pavement near the school at home time. The Clerk is to raise this with the school and with PCSO Hollis.
R 305 | <b>POLICE REPORT</b><br/>PCSO Dean Hollis reported four crimes in September: two thefts from vans on Wych Lane, a shed break-in at the allotments and damage to the bus shelter. He asked residents to mark their tools and to ring 101 about anything suspicious.
R 306 | <b>TO RECEIVE AN UPDATE ON THE RECREATION GROUND CAR PARK AND<br/>PLAY AREA RESURFACING</b><br/>Cllr Sumner reported that three tenders had been opened on 2nd October and that the working group recommended the lowest, which met the specification in full. Cllr Mottram asked whether the price held if the work slipped into the new year; Cllr Sumner confirmed it was fixed until 31st March.<br/>Resolved: - to accept the tender of Wychvale Surfacing Ltd for £18,450 plus VAT, to be met from the play area reserve. Proposed by Cllr Sumner and seconded by Cllr Catterall. Carried with one vote against.
R 307 | <b>GRANT APPLICATIONS</b>
R 307.1 | Tarvington Bowling Club – £500 towards a new mower. Resolved: - to award £400, the balance to be sought from the club's own funds.
R 307.2 | 1st Tarvington Scouts – £600 towards a minibus. Deferred to the November meeting, as the group's accounts had not been received.
R 308 | <b>FINANCE</b><br/>Resolved: - that the payments listed below be approved. Proposed by Cllr Whitby and seconded by Cllr Mottram.
T Wealdham Association of Local Councils (training) | £60.00
T A Foulkes (verge cutting, September) | £240.00
T Clerk's salary and expenses (September) | £512.37
R 309 | <b>PLANNING</b>
R 309.1 | 18/03342/FUL – Brookside Farm, Wych Lane: conversion of a stone barn to two dwellings. Resolved: - to support the application, subject to the passing bay shown on the plans being a condition.
R 309.2 | 18/02877/HOU – 6 Saddlers Close: rear conservatory. Noted that the borough council had granted permission on 27th September.
R 309.3 | 18/03410/OUT – Land north of Chapel Bank: up to 14 dwellings. Resolved: - to object, as the site lies outside the settlement boundary agreed in the neighbourhood plan.
R 310 | <b>TO CONSIDER A REQUEST FROM ST BARTHOLOMEW'S CHURCH FOR A CONTRIBUTION TOWARDS<br/>THE CHURCHYARD WALL REPAIRS</b><br/>Cllr Dodd left the room. Cllr Ollerhead asked whether the diocese had been approached; the Clerk said it had offered a quarter of the cost. Resolved: - to contribute £750 from the general reserve, payable when the work is complete. Cllr Dodd returned.
R 311 | <b>HIGHWAYS AND FOOTPATHS</b><br/>Cllr Jex reported new potholes on Chapel Bank and at the Wych Lane junction, and a fallen finger post on footpath 7. The Clerk will report all three to the borough's highways team.
R 312 | <b>CORRESPONDENCE</b><br/>The list of correspondence circulated with the agenda was noted.
R 313 | <b>DATE OF NEXT MEETING</b><br/>Monday 12th November 2018 in the Court Hall at 7.30 pm.
S 8
P The meeting closed at 9.02 pm.
S 14
P Signed …………………………………… Chairman          Date ……………………
