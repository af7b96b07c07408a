@title The Valley Post February 2020
@font Times-Roman
@fontsize 11
@header The Valley Post · 2020-02-27||Parish News
@footer {page}
@pageoffset 6
HC CLUNMERE PARISH COUNCIL
C Report of the meeting held on Tuesday 11 February 2020 at Clunmere Village Hall
P Present: Cllrs Gwen Hotchkiss (Chair), Alan Bright, Roger Mapp, Susan Tedstone and Keith Wellings, with the Clerk, Mrs Lynne Parry, County Cllr Nigel Oakley and five parishioners.
H APOLOGIES
P Apologies were received from Cllr Vera Lloyd.
H MINUTES
P The minutes of the meeting held on 14 January were confirmed and signed by the Chair.
H POLICE
P No officer was able to attend. The crime figures for January, sent by email, showed one burglary of an outbuilding at Upper Clunmere and two reports of sheep worrying. The figures were noted.
H HIGHWAYS
P Cllr Roger Mapp reported that the road below Black Hill had been closed twice by flooding since Christmas and that the culvert by the chapel was blocked with stones. The Clerk will report both to the highway authority. County Cllr Nigel Oakley said that he would ask for the culvert to be added to the spring clearance programme.
H PLANNING
P 20/00214/FUL, replacement dwelling at The Knapp: the Council resolved to support the application. 19/05322/FUL, two holiday lodges at Brook Meadow: the Council resolved to object because of the narrow access lane and the flood risk.
H FINANCE
P Payments totalling £1,486.20 were approved, including £950 to Marches Grounds for the churchyard hedge. Cllr Keith Wellings presented the budget monitoring report to the end of January, which was noted.
H BROADBAND
P Cllr Susan Tedstone explained the voucher scheme for community fibre and proposed that the Council should act as the lead body for the scheme. The proposal was seconded by Cllr Alan Bright and carried by four votes to one.
H NEXT MEETING
P Tuesday 10 March 2020 at 7.30pm in the Village Hall.
I Lynne Parry, Clerk · 01588 640 218
PB
HC BETTWS HOPLEY PARISH COUNCIL
C Notes from the February meeting
P The council met on Thursday 13 February 2020 at the Hopley Arms. Seven councillors were present with the clerk, Mr Ifor Meredith.
P <b>Apologies:</b> Cllrs Jenny Bufton and Tom Preece sent apologies.
P <b>Minutes:</b> The minutes of the January meeting were approved.
P <b>Public time:</b> A resident, Mr Colin Rees, asked whether the council could do anything about vans parked on the verge at Hopley Cross. The chairman, Cllr Dilys Hamer, promised to raise it with the police.
P <b>Footpaths:</b> Cllr Owen Lewis reported that the footbridge on footpath 14 had been repaired by the county council after three years. The council agreed to write and thank the rights of way officer.
P <b>Lengthsman:</b> The lengthsman has cleared the gullies on the Clun road. The council resolved to renew the lengthsman scheme for 2020/21 at the same hourly rate.
P <b>Defibrillator:</b> Cllr Ann Whittall reported that the new defibrillator cabinet at the chapel had been registered. Training will be arranged for March.
P <b>Telephone kiosk:</b> A proposal from Cllr Owen Lewis to turn the kiosk into a book exchange was lost, three councillors voting for and four against.
P <b>Precept:</b> The precept for 2020/21 was agreed at £5,200.
P <b>Next meeting:</b> Thursday 12 March at the Hopley Arms.
S 10
I Ifor Meredith, Clerk
PB
HC EVENTS DIARY FOR MARCH 2020
G Mondays | 9-11.30am | Parent & Toddler Group | Clunmere Village Hall
G Tuesdays | 10.00am | Table Tennis | Hopley Chapel Room
G Wed 4 | 3.05-3.15pm | Mobile Library | Clunmere Bridge
G Thu 5 | 7.00pm | Film night: The Peanut Butter Falcon | Clunmere Village Hall
G Sat 7 | 7.30pm | Quiz and supper, £8 | Hopley Arms
G Tue 10 | 7.30pm | Clunmere Parish Council | Clunmere Village Hall
G Thu 12 | 7.30pm | Bettws Hopley Parish Council | Hopley Arms
G Sat 21 | 10am-12 | Spring plant sale | Chapel car park
G Sun 29 | 3.00pm | Songs of Praise | St Mary's Clunmere
S 12
P Items for the April Valley Post by 20 March please to the editor, Mrs Pat Gittins, 01588 640 377.
