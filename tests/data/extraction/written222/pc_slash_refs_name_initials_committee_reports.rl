@title Hallowsett Parish Council - Draft minutes 5 November 2019
@font Helvetica
@fontsize 10.5
@footer Hallowsett PC draft minutes 05.11.19||Page {page}
HC HALLOWSETT PARISH COUNCIL
P Draft minutes of the meeting of the Parish Council on Tuesday 5th November 2019, 7.30pm, Reading Room, Hallowsett.
P Present: Gillian Ashworth (Chairman) (GA), Martin Pell (Vice Chairman) (MPe), Martin Pryor (MPr), Sadie Goff (SG), Tobias Kerrigan (TK), Ralph Hindle (County &amp; District Councillor) (RH), Wendy Sallis (Clerk). 2 members of the public.
S 4
P <b>19/58. Welcome and apologies.</b> GA opened the meeting; apologies from Oona Blackett were accepted.
P <b>19/59. Declarations of Interest.</b> MPe - Village Hall (item 19/63).
P <b>19/60. To approve the minutes of the September meeting (3rd September 2019).</b> The minutes were approved unanimously and signed by the Chairman.
P <b>19/61. Matters arising.</b> Bus shelter glazing - MPr reported that a second quote of £385 had been obtained, lower than the first; the Clerk will place the order. Dog bin at Pound Lane - still awaited from the district council.
P <b>19/62. Public participation - members of the public who wish to speak.</b> Two residents of Church Lane spoke about the parking of contractors' vans on the verge outside the school at drop-off time. GA said the Council would raise it with the school and with the police beat manager.
P <b>19/63. Reports from members and committees:</b>
P Sadie Goff - Newsletter - SG reported that the winter issue would go to the printer on 20th November and asked for items by the 15th. Advertising income this year was £412.
P Martin Pell - Village Hall - The new boiler has been fitted and is working well. The hall committee has set hire charges for 2020 at £9 an hour for village groups and £14 for others.
P Tobias Kerrigan - Playing Field - TK reported that both goalmouths were badly worn after the wet October. TK proposed that up to £250 be spent on seed and topsoil, seconded SG; agreed.
P <b>19/64. County and District Councillor's report.</b> RH reported that the district council's consultation on the new local plan sites would run until 13th December, and that the county had agreed to extend the Thursday bus to the market town from January on a trial basis.
P <b>19/65. Finance.</b> The Clerk had circulated the accounts to 31st October 2019 and the draft budget for 2020/21.
P a) Payments for approval: W Sallis, salary and expenses October £246.10; Reading Room Committee, room hire £36.00; Parish Lengthsman Services, verge cutting £180.00. The payments listed were approved, proposed GA, seconded MPr.
P b) Precept 2020/21. Following discussion of the draft budget it was resolved to request a precept of £6,450 for 2020/21, an increase of £150, proposed SG, seconded TK.
P <b>19/66. Planning.</b> 3PL/2019/1187/F - Keeper's Cottage, Long Lane - two-storey side extension. No objections.
P <b>19/67. Highways and footpaths.</b> TK reported that the ford on Long Lane had been impassable for four days in October and that the depth gauge is missing. Clerk to report to Highways.
P <b>19/68. Defibrillator.</b> GA proposed buying a heated cabinet for the defibrillator at the Reading Room at a cost of £495, seconded MPe. Vote: 4 in favour, 1 against; carried.
P <b>19/69. Correspondence.</b> The Clerk had circulated the correspondence received since the last meeting. All noted.
P <b>19/70. Items for the next agenda.</b> Christmas tree lights; grass cutting contract 2020.
P <b>19/71. Date of next meeting.</b> Tuesday 7th January 2020 at 7.30pm in the Reading Room.
S 6
P Meeting closed at 9.10pm.
S 18
P Signed ............................................ (Chairman)          Date ..............................
