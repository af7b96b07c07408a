@title Festivals Committee 17.07.18
@font Times-Roman
@fontsize 12
@footer Festivals Committee 17th July 2018||{page}
HC SKELBECK TOWN COUNCIL
S 6
HC A MEETING OF THE FESTIVALS COMMITTEE TOOK PLACE ON
HC TUESDAY 17th JULY 2018 AT 6.30PM
S 10
H PRESENT
P Councillors Armistead, Pattinson &amp; Lowther.
H IN ATTENDANCE
P K Routledge, I Nixon and B Sewell
S 6
H FES/1/2018 ELECTION OF CHAIR
P Cllr Lowther nominated Cllr Armistead and Cllr Pattinson seconded. Cllr Armistead was elected chair of the committee unopposed
P Cllr Lowther will act as Vice Chair
H FES/2/2018 APOLOGIES AND REASONS FOR ABSENCE
P P Carrick (work), J Tweddle and R Musgrave (holiday)
H FES/3/2018 MINUTES OF THE FESTIVALS COMMITTEE OF 8th MAY 2018
P Approved &amp; signed as a true record.
H FES/4/2018 INTERESTS AND DISPENSATIONS
P None
H FES/5/2018 SPRING FAIR REVIEW
P Stallholders said the Sunday was quiet until about noon
P K Routledge reported that the craft tent had been full and that the pottery demonstrations drew the biggest crowd of the weekend
P It was decided to keep the fair to one day in 2019 and to hold it on the Saturday only
H FES/6/2018 UPDATE ON SKELBECK GALA
P I Nixon reported gate takings of £2,140, about £300 up on last year, and thanked the Young Farmers for running the car park
P A second first-aid tent will be needed next year as there was a long queue at the only one
H FES/7/2018 christmas lights events
P Eight of the twenty rope lights on Market Street failed their test and will be replaced.
P The electrician can repair the tree lights in the Square for £180.
P Switch-on evening –
P Switch-on by the winner of the children's poster competition, with carols from the primary school choir.
P Hot drinks from the Scouts, who keep the takings.
P Santa's grotto to be in the old bank doorway if the landlord agrees.
P It was agreed that the switch-on be on Saturday 24th November at 5pm.
H FES/8/2018 REMEMBRANCE CENTENARY
P Cllr Pattinson reported that the British Legion branch would like a beacon lit on Tower Hill on 11th November as part of the national Battle's Over event, with a piper and the reading of the names from the war memorial.
P The committee agreed to fund the beacon and the piper up to £300.
H FES/9/2018 BUDGET 2019/20
P Spending this year is expected to be close to budget. Next year's Gala will need a bigger marquee.
P RESOLVED to ask the Finance Committee for a festivals budget of £6,500 for 2019/20.
H FES/10/2018 ANY OTHER BUSINESS
P B Sewell asked whether the town flag could be flown from the Market Hall on Gala day. The Clerk will check the flagpole.
H FES/11/2018 DATE OF NEXT MEETING
P Tuesday 11th September 2018 at 6.30pm
