@title Hockwell with Eight Mile Drove Parish Council minutes 6 July 2017
@font Times-Roman
@fontsize 10.5
@footer Hockwell with Eight Mile Drove Parish Council – minutes 6 July 2017 || Page {page}
HC HOCKWELL with EIGHT MILE DROVE PARISH COUNCIL
C Minutes of the meeting held on 6<super>th</super> July 2017 at 7.30pm in Eight Mile Drove Chapel Schoolroom
HC DRAFT UNTIL SIGNED BY THE CHAIR
P <b>Present:</b> Cllr T Gotobed (Chair), Cllr W Clabburn, Cllr Mrs N Fitchett, Cllr P Leggett, Cllr Mrs A Rix, Cllr J Starling. Mr R Bird (Clerk). Borough Cllr Mrs F Tuck. Two parishioners.
TH No. | Minute | Decision / Action
T 1 | <b>Apologies</b> – Cllr D Utting (holiday). | Accepted.
T 2 | <b>Declarations of interest</b> – Cllr Leggett, item 7 (b): owns adjoining land. | –
T 3 | <b>Minutes of the meeting of 1<super>st</super> June 2017</b> – read and approved, proposed Cllr Mrs Rix, seconded Cllr Clabburn. | AGREED and signed by the Chair.
T 4 | <b>Public time</b> – A parishioner reported that the sluice gate sign at Eight Mile Drove had been knocked down. Borough Cllr Mrs Tuck said she would tell the drainage board. | Clerk to write to the drainage board as well.
T 5 | <b>Clerk's report</b> – The Clerk reported that the internal audit had been completed with no recommendations and that the annual return had been sent to the external auditor. | Report NOTED.
T 6 | <b>Finance</b> – Payments as listed on the schedule, total £1,027.56. Cllr Starling asked why the mowing invoice was higher than last year; the Clerk explained the extra cut in May. | RESOLVED that the payments on the schedule be made. Proposed Cllr Starling, seconded Cllr Mrs Fitchett.
T 7 | <b>Planning</b> – (a) 17/01088/F extension, 2 Drove Cottages. (b) 17/01121/O four dwellings, land south of Church Road; Cllr Leggett left the room. | (a) No objection. (b) Council to object: For 3, Against 1, Abstain 1. CARRIED.
T 8 | <b>Speed signs</b> – Cllr Mrs Rix proposed the purchase of a second vehicle-activated sign at about £2,400. No seconder was found. | Motion FELL.
T 9 | <b>Village sign</b> – Quotes for repainting still awaited. | DEFERRED to September meeting.
T 10 | <b>Date of next meeting</b> – Thursday 7<super>th</super> September 2017. | –
S 14
P There being no other business the meeting closed at 9.10pm.
