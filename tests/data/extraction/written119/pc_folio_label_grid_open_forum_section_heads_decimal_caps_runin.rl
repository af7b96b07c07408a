@title Fernhill Dean Parish Council minutes 26 September 2018
@font Times-Roman
@fontsize 11
@header {page}
@pageoffset 583
@footer Signed ............................................ Chairman          Date ..........................
HC FERNHILL DEAN PARISH COUNCIL
HC MINUTES OF A MEETING OF FERNHILL DEAN PARISH COUNCIL HELD AT YORKWOOD VILLAGE HALL ON WEDNESDAY 26th September 2018
G <b>PRESENT:</b> | <b>FDPC COUNCILLORS</b> | R Morse (Chairman) H Baynham S Kear L Wintle G Brain T Meek V Cinderey J Awre
G | | K Tandy (Clerk) and M Jarrett (Deputy Clerk) also attended
G | <b>COUNTY COUNCILLOR:</b> | None present
G | <b>DISTRICT COUNCILLORS:</b> | D Hale and F Morgan-Price
G | <b>MEMBERS OF THE PUBLIC:</b> | Three members of the public
H PUBLIC OPEN FORUM
P R Bevan, for the Yorkwood Allotments Association, explained the Association's bid for a grant towards a new water tank and gate. District Councillor F Morgan-Price said that District Council enforcement officers had been to the former sawmill at Coalpit Bottom after complaints about bonfires, and asked for a Council representative at the Local Plan briefing in the District Council Offices on 10th October 2018.
HC COUNCIL MEETING
H 1. Procedural Matters
P <b>1.1 APOLOGIES</b> FDPC Councillors: N Phelps, A Kear and W Jordan District Councillor: None County Councillor: B Wigley
P <b>1.2 DECLARATION OF INTERESTS</b> S Kear (plot holder) and L Wintle (treasurer) – Yorkwood Allotments Association, which has applied for a grant. G Brain and R Morse – as District Council members, in relation to the Nine Wells site (item 2.5).
P <b>1.3 MINUTES OF LAST MEETING of 29th August 2018</b> Approved and signed by the Chairman.
H 2. Matters for discussion and decision
P <b>2.1 THE OLD FORGE, COALPIT ROAD</b> A second static caravan has appeared on the site without permission. It was resolved to ask the District Council's planning enforcement officer, P Cinnamond, to visit.
P <b>2.2 CO-OPTION</b> Mr Owen Gwatkin spoke about why he would like to join the Council. H Baynham proposed and T Meek seconded that he be co-opted. It was resolved that Mr Gwatkin be co-opted to fill the vacancy in the Yorkwood ward. Mr Gwatkin signed his declaration of acceptance of office.
P <b>2.3 GRANT FUNDING APPLICATIONS</b> S Kear and L Wintle left the room. It was resolved to award the following grants: Yorkwood Allotments Association £350; Fernhill Dean Youth Club £500; Dean Heritage Walkers £120. S Kear and L Wintle returned.
P <b>2.4 SPEED INDICATOR DEVICE</b> J Awre reported that only one quotation had been received for a second device for the Lydmoor road. It was agreed that the matter be deferred to the October meeting when further quotations will be available.
P <b>2.5 NINE WELLS SITE</b> The Chairman reported that the District Council was still in negotiation for the transfer of the land and that no decision was expected before November. The item was noted.
H 3. Matters for report / information
P <b>3.1 CLERK'S REPORT</b> The Clerk reported that the defibrillator at Yorkwood Post Office had been checked and new pads fitted, and that the annual return had been signed off by the external auditor without comment.
P <b>3.2 REPORTS FROM REPRESENTATIVES</b> V Cinderey reported on the Forest Villages Voluntary Action meeting of 12th September. G Brain reported that the bus shelter at Hawthorn Corner had been cleaned.
H 4. Finance
P <b>4.1 PAYMENTS</b> It was resolved that the payments listed on the schedule, totalling £4,118.62, be approved.
P <b>4.2 BANK RECONCILIATION</b> The bank reconciliation to 31st August 2018 was noted.
P <b>5. DATE OF NEXT MEETING</b> Wednesday 31st October 2018 at 7.30pm at Yorkwood Village Hall.
P The meeting closed at 9.20pm.
