@title Hurnwick Parish Council - Full Council 25 January 2011
@font Helvetica
@fontsize 10.5
@header_first
@header Hurnwick Parish Council||Full Council papers 25.01.11
@footer Page {page}
HC HURNWICK PARISH COUNCIL
C The Parish Office, Village Hall, Wimborne Road, Hurnwick
C Clerk: Mrs Sandra Pollitt
S 6
P To all members of the Council
P You are hereby summoned to attend a meeting of the <b>FULL COUNCIL</b> to be held at the Village Hall, Hurnwick on <b>Tuesday 25th January 2011</b> commencing at <b>7.45 p.m.</b> (or at the close of the Finance &amp; Administration Committee, if later) to transact the business set out below.
P S. Pollitt, Clerk to the Council, 18th January 2011
S 4
HC AGENDA
H PUBLIC DISCUSSION PERIOD
P Members of the public will have an opportunity to raise issues pertaining to this agenda before the meeting starts. Each member of the public will be limited to a 5 minute slot (30 minutes in total).
P 1. To Record apologies for absence
P 2. To Record any Declarations of Interest
P 3. To Approve minutes of the Parish Council meeting held on 14th December 2010
P 4. Footpath lighting, Rowan Drive to the school gate: to approve the quotation for two solar lighting columns
P 5. To Consider recommendations from Finance &amp; Administration Committee regarding grants: a) Small grants programme 2010-11 b) Revenue funding for Hurnwick Youth Club 2011-12 c) Capital funding for the Scout Hut roof 2011-12
P 6. To Consider recommendations from Finance &amp; Administration Committee on Draft Budget and precept for the 2011-12 financial year
P 7. To Consider quotations for replacement of the ride-on mower
P 8. To Note the response of Stourvale District Council on relocation of the Hurnwick Road bus stop
P 9. To Confirm date and time of next meeting as 22nd February 2011 at 7.45 p.m. (time subject to change)
S 6
H IMPORTANT NOTE
P Please see the agenda for the Finance &amp; Administration Committee immediately prior to this meeting to see information on grants, budget and the mower replacement. Any amended recommendations from the Committee will be presented verbally to the Council.
PB
HC Minutes of the FULL COUNCIL held at the Village Hall, Hurnwick on Tuesday 14th December 2010 commencing at 7.15 p.m.
S 4
P <b>Present:</b> Cllr Tarrant - Chairman
G Cllrs | Craven | Hale
G | Marsh | Okafor
G | Quinlan | Wyatt
G | Dunstan |
P <b>Officer in attendance:</b> Sandra Pollitt (Clerk).
P The Chairman reminded everyone present that this meeting would be recorded for the purpose of preparing the minutes and that the recording would be deleted once the minutes were approved.
P There were three members of the public present. One member of the public asked about the closure of the post office counter at the Broadway stores and another thanked the Council for the new bench at the Recreation Ground.
H 10/351 Apologies for Absence
P Apologies for absence were received from Cllrs Beddoe and Ferris.
H 10/352 Declarations of Interest
P Cllr Okafor declared a personal and prejudicial interest in minute 10/356 as a trustee of Hurnwick Youth Club.
H 10/353 Minutes
P It was proposed by Cllr Hale, seconded by Cllr Wyatt and RESOLVED that the minutes of the meeting held on 23rd November 2010 be approved and signed as a correct record.
H 10/354 Chairman's Report
P The Chairman reported that the Christmas lights on the Broadway had been switched on by pupils of St Aldhelm's First School and he thanked the volunteers who had put up the tree. The report was noted.
H 10/355 Planning Applications
P Cllr Marsh, Chairman of the Planning Committee, explained the concerns of neighbours about parking at 22 Elm Rise. The Council considered the following applications:
T Application | Proposal | Observations
T 3/10/1184/HOU 22 Elm Rise | Two storey side extension | Object - loss of off-street parking
T 3/10/1203/FUL Land at Oakhanger Farm | Agricultural storage building | No objection
T 3/10/1221/TPO 7 Church Walk | Fell one sycamore (T4) | No objection subject to replacement planting
P It was RESOLVED to submit the observations shown above to Stourvale District Council.
H 10/356 Youth Club Lease
P Cllr Okafor left the room. The Clerk reported that the Youth Club committee had asked for a new lease of the hut on the Recreation Ground on the existing terms. It was proposed by Cllr Wyatt, seconded by Cllr Craven and RESOLVED to grant a new five year lease at a peppercorn rent, the Club to remain responsible for internal repairs. Cllr Okafor returned to the meeting.
H 10/357 Grounds Maintenance
P The Grounds Supervisor's report was received and noted. Cllr Hale asked whether the ride-on mower could be repaired once more; the Clerk advised that the engine had failed and that quotations for a replacement would be presented in January.
H 10/358 Accounts for Payment
P It was RESOLVED to approve payments totalling £4,862.17 as listed in the schedule circulated with the agenda.
H 10/359 Correspondence
P The Clerk presented the correspondence list. The letter from the County Association of Parish &amp; Town Councils about the winter training programme was noted.
H 10/360 Date of Next Meeting
P Tuesday 25th January 2011 at 7.45 p.m., preceded by the Finance &amp; Administration Committee at 7.00 p.m.
S 6
P There being no further business the meeting closed at 9.02 p.m.
S 10
P Signed ........................................ Chairman &nbsp;&nbsp;&nbsp; Date ....................
