@title Cheddlecombe Town Council - Youth Partnership minutes 1998
@font Times-Roman
@fontsize 11.5
@header CHEDDLECOMBE TOWN COUNCIL
@footer {page}
@pageoffset 26
P <b>Cheddlecombe Youth Partnership – Minutes of the meeting held on 22nd September 1998</b>
P <b>7.00 pm The Youth Centre</b>
P <b>Present :</b> Lol Dimmock, Trish Fairweather, Norman Ketch, Sandra Yeo &amp; Owen Pratt (County Youth Service). <b>Apologies :</b> Brenda Carver &amp; Stuart Lacey.
P 1. <b>Youth Service review</b> - Owen Pratt explained that the County intends to replace the part-time club workers with a detached team from next April, working evenings across Cheddlecombe and the three nearest villages. He offered to bring the draft job outlines to the next meeting. Members were worried that the club would lose its regular leader; Lol and Trish will write to the County Youth Officer setting this out.
P 2. <b>Summer scheme – Lol &amp; Trish</b> - Sixty-two young people took part in the August scheme, against forty last year. Trish reported that the canoeing day was oversubscribed and asked that two days be booked next summer.
P 3. <b>Club premises</b> - Norman is to get a price for new locks on the store room.
P 4. <b>Disco licence</b> - Sandra and Lol to ask the Town Clerk whether the hall licence covers a Friday disco. Norman reported that the last disco had made a profit of £84.
P 5. <b>Funding</b> - Sandra reported that the Town Council had set aside £500 for the Partnership this year. It was agreed that £200 be spent on a new sound system for the club.
P 6. <b>Minibus</b> - Norman raised the cost of hiring the community minibus for trips. Decision deferred until October, when the new hire charges will be known.
P 7. <b>Any other business</b> - Trish asked whether the club could enter a float in the carnival. Sandra will ask the carnival committee.
P 8. <b>Date of next meeting</b> - Tuesday 27th October 1998, 7.00 pm at the Youth Centre.
PB
P <b>Cheddlecombe Youth Partnership – Minutes of the meeting held on 27th October 1998</b>
P <b>7.00 pm The Youth Centre</b>
P <b>Present :</b> Lol Dimmock, Trish Fairweather, Sandra Yeo, Brenda Carver &amp; Owen Pratt (County Youth Service). <b>Apologies :</b> Norman Ketch.
P 1. <b>Minutes of the last meeting</b> - Accepted as a correct record.
P 2. <b>Letter to County – Lol &amp; Trish</b> - Lol reported that the County Youth Officer had replied promising that the club leader's post would be kept until March 2000. Brenda suggested inviting the Youth Officer to the December meeting. This was agreed.
P 3. <b>Minibus</b> - Owen reported that the community minibus charges will rise to 45p a mile. It was agreed that the Partnership pays half the cost of two trips before Christmas.
P 4. <b>Sound system</b> - Trish reported that a second-hand system had been bought for £185, within the £200 already agreed.
P 5. <b>Carnival</b> - Sandra reported that the carnival committee had offered a free entry for a float. Lol and Trish to organise the theme.
P 6. <b>Date of next meeting</b> - Tuesday 24th November 1998, 7.00 pm at the Youth Centre.
