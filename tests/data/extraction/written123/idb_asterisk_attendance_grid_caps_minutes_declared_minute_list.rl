@title Idlemoor Valley IDB Minutes 26.01.99
@font Times-Roman
@fontsize 10.5
@numcol 14
@footer Idlemoor Valley IDB - Board 26.01.99||Page {page}
HC IDLEMOOR VALLEY INTERNAL DRAINAGE BOARD
C Minutes of a Meeting of the Board held at Skelderby Reading Room on Tuesday, 26th January 1999 at 10.00 a.m.
S 4
G <b>Elected Members</b> | <b>Nominated by West Idlemoor District Council</b>
G * Mr M.A. Pickersgill (Chairman) | * Cllr R. Pask
G * Mr R. Fenwick (Vice-Chairman) | Cllr T. Wilkie
G * Mr N. Sowerby | * Cllr P. Storr
G Mr A. Tennant | * Cllr J. Maltby
G * Mr R.H. Goodliffe | Cllr W. Parrish
G * Mr J. Mawer | * Cllr Mrs L. Dring
G * Mr M. Oglesby | * Cllr D. Hemsley
G * Mr S. Kirkbride | <b>Nominated by Eastwold Borough Council</b>
G Mr N. Hebb | * Cllr Mrs J.M. Brackenbury
G | Cllr Mrs H. Quibell
S 4
P * Present
G * Messrs A. Fairburn (Chief Executive) | * D.J. Bramley (Engineer)
G * R.P. Oxby (Director of Operations) | * S. Cammidge (Director of Finance)
G * M.D. Rowbottom (Works Supervisor) | * Miss H. Duckering (County Council)
P * In attendance
S 6
R 1. | <b>CHAIRMAN'S ANNOUNCEMENT</b>
R  | The Chairman reported the death of Mr H. Grummitt, pump attendant at Skelderby from 1960 until he retired in 1991. The Board stood in silence in his memory.
R 2. | <b>APOLOGIES FOR ABSENCE</b>
R  | Apologies for absence were received from Cllrs T. Wilkie, W. Parrish, Mrs H. Quibell, Messrs A. Tennant and N. Hebb. Cllr Mrs J.M. Brackenbury and Miss H. Duckering had notified the Clerk that they would be late.
R 3. | <b>DECLARATIONS OF INTEREST</b>
R  | Mr R. Fenwick - minute 9.
R  | Cllrs P. Storr and J. Maltby - minute 12.
R 4. | <b>MINUTES</b>
R  | RESOLVED
R  | That the minutes of the Board meeting of 24th November 1998 be confirmed and signed.
R 5. | <b>MATTERS ARISING</b>
R  | Minute 11 (Moor Drain outfall) - The Engineer reported that the new flap valve had been fitted in December and was working satisfactorily.
R 6. | <b>PLANT AND COMPENSATION COMMITTEE</b>
R  | The Chief Executive reported on the Plant and Compensation Committee, which had met before the Board that morning and recommended buying a new tractor and flail mower to replace the 1984 Ford. Mr M. Oglesby asked whether the old machine could be kept as a standby; the Director of Operations advised that it would fail its next inspection.
R  | RESOLVED
R  | That a new tractor and flail mower be purchased at a cost not exceeding £38,500, and the old tractor be sold by tender.
R 7. | <b>DRAINAGE RATES</b>
R  | The Director of Finance reported that arrears of drainage rates at 18th January 1999 stood at £9,412.60, and that 96.81% of the rates demanded had been collected, against 97.30% a year earlier. The report was noted.
R 8. | <b>FINANCIAL POSITION</b>
R  | The Director of Finance presented the financial statement to 18th January 1999, showing balances of £1,102,447.15 held on deposit.
R  | RESOLVED
R  | That the financial statement be received.
R 9. | <b>ESTIMATES AND DRAINAGE RATE 1999/2000</b>
R  | Mr R. Fenwick, having declared an interest as a director of a company occupying land in the district, left the room.
R  | The Director of Finance presented the estimates for 1999/2000, which provided for an increase of 2.9% in the drainage rate and special levies. Cllr Mrs L. Dring asked why the special levy on West Idlemoor was rising faster than the rate; the Chief Executive explained that it followed the revised council tax base. Mr J. Mawer moved and Cllr D. Hemsley seconded that the estimates be approved. On being put to the vote the motion was carried by 14 votes to 2.
R  | RESOLVED
R  | That the estimates for 1999/2000 be approved and a drainage rate of 6.2p in the £ be levied.
R  | Mr R. Fenwick returned to the meeting.
R 10. | <b>ENGINEER'S REPORT</b>
R  | The Engineer reported on the winter works programme. Desilting of the Fen Lode was complete and the bank repairs at Low Fen had been delayed by the high water levels in December. Mr S. Kirkbride asked that the landowners at Low Fen be kept informed of the new programme.
R 11. | <b>PUMPING STATIONS</b>
R  | Skelderby Pumping Station - the Works Supervisor reported that the weedscreen cleaner had failed twice during the December flood and was beyond economic repair. It was agreed that quotations be obtained for a replacement cleaner and reported to the April meeting.
R 12. | <b>CONSENTS</b>
R  | Cllrs P. Storr and J. Maltby, having declared interests, took no part in the discussion of application 1/99.
R  | Application 1/99 - piping of 40 metres of Board's drain at Grange Farm, Skelderby, for an access.
R  | Application 2/99 - outfall for surface water from 12 dwellings at Mill Lane, Eastwold.
R  | RESOLVED
R  | That consent be granted for applications 1/99 and 2/99 subject to the Board's standard conditions.
R 13. | <b>HEALTH AND SAFETY</b>
R  | The Works Supervisor reported that there had been no accidents or near misses since the last meeting.
R 14. | <b>DATE OF NEXT MEETING</b>
R  | Tuesday, 27th April 1999 at 10.00 a.m. at Skelderby Reading Room.
S 8
P There being no further business the Chairman closed the meeting at 12.25 p.m.
S 16
P Chairman ............................................................ Date ...............................
