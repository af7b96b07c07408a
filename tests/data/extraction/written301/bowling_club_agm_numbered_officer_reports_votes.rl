@title Stakeley Bowling Club AGM 4 February 2018
@font Times-Roman
@fontsize 11
@numcol 14
@header Stakeley Bowling Club – Minutes of AGM 4th February 2018||Page {page}
@header_first
@footer Approved as a true record ……………………………… President      Date ………………
HC STAKELEY BOWLING CLUB
C Minutes of Annual General Meeting held in the Stakeley Activity Centre
C Sunday 4th February 2018 at 10.15a.m.
S 6
P <b>Chairperson:</b> Leonard Pask: Club President.
P <b>Committee members in attendance:</b>
G Marion Tebbutt – Club/Ladies Captain | Geoffrey Harwell – Gents’ Captain
G Pauline Gurney – Club/Ladies Secretary | Alan Jessup – Membership Secretary
G Judith Fyfe – Match Secretary | Betty Hornsby – Social Secretary
G Trevor Kellaway – Gents’ Vice-Captain | Simon Carverley – Gents’ Secretary
G Barry Dwyer – Competition Secretary | Norman Reece – Treasurer
P 64 other Club members were in attendance.
P The President welcomed everyone to the meeting and informed the members of one change, following publication, to the calling notice: Item 8 Election of Officers – having withdrawn his nomination, Frank Ellwood is no longer seeking election as Vice-President.
R 1. | Apologies for absence were received from: Gordon Ashby; Linda Ashby; Derek Bolland; Ivy Crisp; Graham and June Dorrell; Peter Eames; Maureen Jago; Eric Lavender; Rita and Colin McKechnie; David Wildgoose.
R 2. | <b>Minutes of Annual General Meeting Sunday 5th February 2017</b><br/>The minutes were proposed as a true record of the proceedings by Graham Kettle, seconded by Marion Tebbutt and signed by the President.
R 3. | <b>Obituaries:</b><br/>Doris Whitlam, Harold Binns (Former Members); Cyril Stannage, Joan Purkiss (Current Members). A minute’s silence was observed.
R 4. | <b>Matters arising:</b><br/>Alan Jessup asked whether the replacement of the pavilion gutters, raised at the last AGM, had been completed. The President confirmed that the work was done in April 2017.
R 5. | <b>Management and Officers’ reports:</b> (as previously circulated)
R 5.1 | <b>Management report:</b> Nothing to add to President’s report.
R 5.2 | <b>Club/Ladies Secretary’s report:</b> Pauline Gurney added that the County Ladies’ Day will be hosted at Stakeley on 14th June.
R 5.3 | <b>Gents’ Captain’s report:</b> Nothing to add.
R 5.4 | <b>Treasurer’s report:</b> Norman Reece presented the accounts for the year to 31st December 2017, showing a surplus of £1,246. The accounts were adopted on the proposal of Judith Fyfe, seconded by Eric Hamblin.
R 5.5 | <b>Competition Secretary’s report:</b> Barry Dwyer asked that entries for the club competitions be handed in by 31st March; late entries will not be accepted.
R 6. | <b>Proposal to amend Rule 9 (Green fees for visitors)</b><br/>Proposed by the Management Committee that the visitors’ green fee be raised from £4 to £5. Roy Tasker spoke against the increase. On a show of hands the proposal was carried by 51 votes to 9.
R 7. | <b>Subscriptions for 2018</b><br/>Norman Reece explained that no increase was needed this year. It was proposed by Betty Hornsby and seconded by Alan Jessup that subscriptions remain at £110 for full members and £40 for social members. Carried unanimously.
R 8. | <b>Election of Officers</b><br/>The following were elected unopposed: President – Leonard Pask; Treasurer – Norman Reece; Club/Ladies Secretary – Pauline Gurney; Competition Secretary – Barry Dwyer. Vice-President – no nomination received; the post will remain vacant.
R 9. | <b>Any other business:</b><br/>Geoffrey Harwell thanked the green staff for the condition of the green in 2017. Ivan Poole raised the lack of parking on match days and was told the Activity Centre manager would be asked to reserve spaces.
R 10. | <b>Date of next AGM:</b> Sunday 3rd February 2019 at 10.15a.m.
P The meeting closed at 11.35a.m.
