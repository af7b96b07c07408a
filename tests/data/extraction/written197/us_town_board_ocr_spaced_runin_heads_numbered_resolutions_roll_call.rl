@title 2005-03-14 Town Board Minutes
@font Times-Roman
@fontsize 11
@header {page} Town Board Minutes||March 14 , 2005
@pageoffset 40
HC TOWN OF HALCOURT
HC TOWN BOARD MINUTES
HC MARCH 14 , 2005
P <b>PRESENT :</b> Supervisor Ellen Vandermeer
P <b>Councilpersons :</b> Frank Ostrowski , Dale Hutchings , Marion Pelletier , Roy Sattler
P <b>Others Present :</b>
P Linda Kasprzak - Town Clerk
P Bruce Haldane - Highway Superintendent
P Carl Mettler - Code Enforcement Officer
P <b>Members of the Public :</b> Joan Whitlow , Ed Brandow , Peter Szabo
P Supervisor Vandermeer called the meeting to order at 7 : 02 p . m . and led those present in the Pledge of Allegiance .
P <b>Additions to the Agenda :</b> Supervisor Vandermeer asked that a resolution setting a public hearing on the proposed local law be added . There were no objections .
P <b>Correspondence Received :</b> The Town Clerk read a letter from the County Planning Department acknowledging receipt of the Town ' s comprehensive plan update and a notice from the Fire District of its annual election results .
P <b>Privilege of the Floor :</b>
P Joan Whitlow - asked when the Town would grade Schoolhouse Road , which has deep ruts near the creek crossing . She also thanked the Highway crew for plowing during the February storm .
P Ed Brandow - spoke in favor of the proposed local law on outdoor wood boilers and asked that the setback be at least 200 feet .
P <b>Highway Department Report :</b> Highway Superintendent Haldane reported that the salt supply is adequate for the rest of the season and that 1 , 140 tons have been used so far . Schoolhouse Road will be graded as soon as the frost is out . He asked the Board to consider replacing the 1988 roadside mower , which needs a new gearbox . Councilperson Sattler asked whether a used mower had been considered ; Mr . Haldane said used units with a warranty were hard to find .
P <b>Code Enforcement Report :</b> Code Enforcement Officer Mettler reported that 4 building permits were issued in February . He has sent a second notice to the owner of the junk vehicles on Ridge Road .
P <b>RESOLUTION NO . 21 OF 2005 - AUTHORIZE PURCHASE OF ROADSIDE MOWER</b>
P By Councilperson Ostrowski : Seconded by Councilperson Pelletier
P RESOLVED , That the Town Board of the Town of Halcourt authorizes the Highway Superintendent to purchase a boom mower under the State contract at a cost not to exceed $ 41 , 500 , to be paid from the Highway Equipment Reserve .
P A roll call vote on the resolution resulted as follows :
G Hutchings | Aye
G Ostrowski | Aye
G Pelletier | Aye
G Sattler | Aye
G Vandermeer | Aye
P Carried Unanimously
P <b>RESOLUTION NO . 22 OF 2005 - SCHEDULE PUBLIC HEARING ON PROPOSED LOCAL LAW NO . 1 OF 2005</b>
P By Councilperson Hutchings : Seconded by Councilperson Sattler
P RESOLVED , That the Town Board of the Town of Halcourt will hold a public hearing on April 11 , 2005 at 7 : 00 p . m . on proposed Local Law No . 1 of 2005 , " Regulating Outdoor Wood - Fired Boilers " , and directs the Town Clerk to publish notice of the hearing .
P A roll call vote on the resolution resulted as follows :
G Hutchings | Aye
G Ostrowski | Nay
G Pelletier | Aye
G Sattler | Aye
G Vandermeer | Aye
P Carried
P <b>Approval of Warrants :</b>
P General Fund Warrant No . 3 of 2005 - Councilperson Pelletier moved to approve the General Fund Warrant No . 3 of 2005 , voucher numbers 88 - 131 in the amount of $ 18 , 406 . 12 . Seconded by Councilperson Hutchings . A vote on the motion resulted as follows : Hutchings - Aye , Ostrowski - Aye , Pelletier - Aye , Sattler - Aye , Vandermeer - Aye . Carried Unanimously
P Highway Fund Warrant No . 3 of 2005 - Councilperson Sattler moved to approve the Highway Fund Warrant No . 3 of 2005 , voucher numbers 41 - 58 in the amount of $ 22 , 975 . 60 . Seconded by Councilperson Ostrowski . A vote on the motion resulted as follows : Hutchings - Aye , Ostrowski - Aye , Pelletier - Aye , Sattler - Aye , Vandermeer - Aye . Carried Unanimously
P <b>Adjournment :</b> On a motion the meeting adjourned at 8 : 41 p . m .
S 14
P Linda Kasprzak , Town Clerk
