@title Meeting Report April 2005
@font Helvetica
@fontsize 10.5
H Meeting Report: Lower Brayden Cricket Club Monthly Committee Meeting 4th April 2005
P Present: Rob Castleton, Simon Lidgate, Alex Kenward, Kit Ambrose, Martin Bellhouse, Neil Ingleby
P Apologies: Hannah Hulme, Dave Lomax, Graham Bellhouse
H Previous minutes
P The minutes of the previous meeting were agreed as being a fair account of events.
H Treasurer
P Generally more expenditure than income this month, although money is now coming in from annual subs, match fees, handbook adverts and the quiz night (£146 plus bar profits still to come). All bills have been paid, the winter nets invoice has arrived and the first payments for the pavilion extension have gone out.
P ** Captains and vice-captains to remind all players that their annual subscriptions should be paid before 1st May. Action: DL/MB/AK
H Bonus ball
P AK reported that most bonus ball payments are coming in, though three members have lapsed. He will chase them up and let NI know of any gaps so that the numbers can be re-sold. Action: AK
H Pavilion extension
P The base and the timber frame are complete. NI reported that the roofers are booked for the week of 18th April and that the final cost should be close to the budget of £6,800, with some finishing work held back to a second phase if needed. SL proposed that the committee approve an extra £350 for guttering, seconded by KA. Agreed.
P It was agreed to hold an official opening on Sunday 15th May after the home U13 fixture, with a barbecue and the bar open. Action: NI/MB
H Fixtures
P MB reported that the 1st XI fixture card is complete. The 2nd XI still needs a home game on 11th June; RC will ask Ferris Green if they are free.
H Junior section
P KA reported that 31 juniors have registered. The Under 11s will play in the Wessex Vale mini-cricket festival on 26th June. Two more parents have offered to help and will be put forward for the coaching course.
H Ground
P SL explained that the roller needs a new drive belt. The committee agreed that SL should order it from the usual supplier at a cost of about £90.
H Any other business
P RC raised the question of a new scorebook for the 2nd XI. MB will bring one from the stock cupboard.
H Date of next meeting
P Monday 9th May 2005, 8.00pm at the clubhouse.
