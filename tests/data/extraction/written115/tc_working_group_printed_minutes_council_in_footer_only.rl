@title Christmas Lights Switch On Event - minutes 08.10.24
@font Helvetica
@fontsize 10.5
@header Christmas Lights Switch On Event || Tuesday 8th October 2024
@footer Kestelmouth Town Council, Harbour House, Quay Road, Kestelmouth KT9 4HS // Tel 01632 775 010  townclerk@kestelmouth-tc.gov.uk || Page {page}
HC CHRISTMAS LIGHTS SWITCH ON EVENT
C Minutes of the meeting held on Tuesday 8th October 2024 at 4.00pm in the Mayor's Parlour, Harbour House
S 6
P <b>Present:</b> Cllr D Colwill (Chair), Cllr P Yeoland, Cllr M Wilmot and Cllr S Trewin
P <b>Officers:</b> Nadia Pascoe (Events and Marketing Officer) and Owen Hext (Deputy Town Clerk)
P <b>Also present:</b> Rev Judith Pengelly (from 4.44pm)
S 4
H Apologies for Absence
I Members unable to attend, and their reasons.
P <b>Minutes:</b> The Town Clerk, Alan Trebilcock, was on leave and had sent his apology.
P Resolved that the Town Clerk's apology be accepted.
H Declarations of Interest
I Any interests held by members in the items below.
P <b>Minutes:</b> Nil.
H Dispensations
I Any dispensation sought by a member.
P <b>Minutes:</b> None sought.
H Minutes
I Notes of the last meeting (10th September 2024) for approval.
P <b>Minutes:</b> Cllr Yeoland asked that the stall count in the notes be corrected from 18 to 19.
P Resolved that, with that correction, the notes of 10th September 2024 be signed as the minutes of that meeting.
P Proposed: Cllr Colwill  Seconded: Cllr Yeoland  Carried: Unanimously
H Stallholders
P <b>Minutes:</b> Nadia told the Cllr's that 21 stalls are booked so far and the Quay takes 24. Two craft sellers have asked for forms and Nadia will report back next month.
H Refreshments
P <b>Minutes:</b> Cllr Yeoland said the Anchor Inn had pulled out of the mulled wine stall over costs, and Cllr Wilmot suggested the Sea Cadets might take the pitch for hot chocolate. Cllr Yeoland will ask the cadets' unit commander.
H Stage and Music
P <b>Minutes:</b> Cllr Wilmot reported four acts booked for the stage; Nadia is waiting to hear from the two primary schools about their choirs. Father Christmas and a juggler are confirmed.
P Rev Judith Pengelly arrived at 4:44pm
P The churches' carol singing is planned for 5pm and Rev Judith Pengelly will confirm the order of carols with the other ministers. Cllr Trewin offered to ask the Kestelmouth Academy dance group whether they would perform.
H Switch On
P <b>Minutes:</b> Members wanted someone from the town's volunteers to press the switch this year. Cllr Trewin proposed the crew of the Kestelmouth lifeboat, as it is the station's 150th year.
P Resolved that the crew of the Kestelmouth lifeboat be invited to switch on the lights.
P Proposed: Cllr Trewin  Seconded: Cllr Wilmot  Carried: 3 For, 1 Abstention
H Road Closure and Stewarding
P <b>Minutes:</b> Owen reported that the closure order for the Quay and Fore Street had been applied for and that eight stewards were still needed for the evening. Members noted the update.
H Budget
I To consider the event budget for 2024.
P <b>Minutes:</b> Owen reported that £2,180 remained in the events budget after the summer regatta.
P Resolved to approve expenditure of up to £1,250 on the Christmas Lights Switch On Event, to include the stage, the Santa costume hire and the first aid cover.
P Proposed: Cllr Wilmot  Seconded: Cllr Colwill  Carried: Unanimously
H Date of Next Meeting
P <b>Minutes:</b> Tuesday 5th November 2024 at 4.00pm in the Mayor's Parlour.
S 10
P The meeting closed at 5.25pm.
S 16
P Signed ........................................ Chair        Date ..........................
