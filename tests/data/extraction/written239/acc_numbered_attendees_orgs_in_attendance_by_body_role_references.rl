@title Minutes Meeting Wessmoor Airport Consultative Committee 28 November 2019
@font Helvetica
@fontsize 10
@numcol 12
@header Page {page} of 2
G <b>Minutes Meeting</b> | <b>Wessmoor Airport Consultative Committee</b>
G <b>Held on</b> | Thursday 28th November 2019
G <b>Time</b> | 1430 hrs
G <b>Venue</b> | Kestrel Room, Departures Building
G <b>Attendees</b> | 1. Mr P Thornbury (Chair) Wessmoor &amp; District Chamber of Trade &amp; Commerce<br/>2. Cllr Mrs J Hext (Deputy) Hurnford Parish Council<br/>3. Cllr A Biggin Verlow Town Council<br/>4. Cllr W Dowland Forest District Council<br/>5. Cllr M Farrant Poolbridge Borough Council<br/>6. Mr J Hoskins Wessmoor Federation of Residents' Associations<br/>7. Mrs J Hudd Broadmere Residents' Association<br/>8. Cllr Mrs B Mannering West Parlow Parish Council<br/>9. Mr B Riddell Wessmoor Chamber of Trade &amp; Commerce<br/>10. Mr D Skilton Sunward Holidays<br/>11. Ms A Warnford County Chamber of Commerce &amp; Industry<br/>12. Ms R Osmond Secretary to Consultative Committee
G <b>In Attendance</b> | <b>Wessmoor Airport Ltd:</b><br/>1. Mr P Knowles Managing Director<br/>2. Mr H Greenhalgh Estates Manager<br/>3. Ms D Mitchum Environment, Health &amp; Safety Manager<br/>4. Mrs C Willoughby Air Traffic &amp; Operations Manager
G <b>In Attendance</b> | <b>Department for Transport:</b><br/>1. Ms S Stoney Airspace Modernisation Policy Manager
G <b>Apologies</b> | 1. Cllr T Corder Fernmoor Town Council<br/>2. Cllr M Iyer Poolbridge Borough Council<br/>3. Cllr Mrs P Jameson Westchurch Borough Council<br/>4. Cllr C Rochford Wessmoor Borough Council
G <b>Meeting dates</b> | (All Thursdays at 1430 hrs in the Kestrel Room) 5th March 2020, 9th July 2020, 26th November 2020
S 6
H 1. Minutes of Last Meeting
R 1.1 | The minutes of the last meeting, held on 18th July 2019, were approved by those present.
H 2. Matters Arising / Actions
R 2.1 | ACTION: In the Aircraft Noise Report, the Airport to include the particulars of each non-compliant aircraft identified as a result of a complaint. This has been included in the current report. CLOSED
R 2.2 | ACTION: Airport to advise on the future of the X7 bus service. Covered under item 6. CLOSED
H 3. Report by the Managing Director
R 3.1 | The Managing Director gave a business update for the year to date. Passenger numbers stood at 812,000, an increase of 4% on the same period last year, helped by two new routes to Spain. Freight tonnage had fallen slightly following the loss of one overnight contract.
R 3.2 | Mr D Skilton asked whether the new routes would continue through the winter. The Managing Director replied that one would run all year and the other would resume in March.
R 3.3 | Cllr Mrs J Hext asked for an update on the car park extension. The Estates Manager confirmed that planning permission had been granted and work would begin in January.
H 4. Airspace Modernisation
R 4.1 | Ms S Stoney gave a presentation on the national airspace modernisation programme and explained how airports of Wessmoor's size would be grouped with their neighbours when designing new routes. Copies of the slides will be circulated with the minutes.
R 4.2 | Mr J Hoskins asked how residents would be consulted. Ms Stoney explained that each airport would run its own consultation and that the Committee would be one of the first bodies to be engaged.
H 5. Aircraft Noise and Track Keeping Report
R 5.1 | The Environment, Health &amp; Safety Manager presented the report for the period July to October. There had been 41 complaints from 17 complainants, compared with 56 complaints in the same period last year. Two non-compliant departures had been identified and the operators had been written to.
R 5.2 | The report was noted.
H 6. Surface Access
R 6.1 | Cllr A Biggin reported that the X7 service would be withdrawn on Sundays from January. The Air Traffic &amp; Operations Manager said that the Airport had offered to contribute towards the cost of a Sunday service and was waiting to hear from the operator.
H 7. Community Fund
R 7.1 | The Secretary reported that four applications had been received. After discussion the Committee agreed to award grants of £500 to Broadmere Scouts and £350 to Hurnford Village Hall. The remaining two applications did not meet the criteria.
H 8. Any Other Business
R 8.1 | The Chair thanked Mr J Hoskins, who was attending his last meeting, for his many years of service to the Committee.
H 9. Date of Next Meeting
R 9.1 | Thursday 5th March 2020 at 1430 hrs in the Kestrel Room.
S 8
P Meeting closed at 1612 hrs.
