@title Minutes 15 September 2008
@font Helvetica
@fontsize 10.5
@numcol 20
@header_first  
@header PELHAM OVERY PARISH COUNCIL||Minutes of 15 September 2008
@footer Chairman’s initials ..............||Page {page}
HC MINUTES OF THE MEETING OF PELHAM OVERY PARISH COUNCIL HELD ON 15 SEPTEMBER 2008, AT THE READING ROOM, PELHAM OVERY
S 6
R 071/08 | <b>PRESENT:</b> Mr H Lockington (Chairman), Mrs E Garside, Mr T Harbin, Mr D Fenwick, Mr P Oakes, Mrs J Prentice, Mr S Wilmot, Mr G Ellery (Ward Councillor), Mrs A Tebbutt (Clerk). Also present: PCSO Ruth Gallimore and two members of the public.
R 072/08 | <b>APOLOGIES:</b> Apologies were received from Mrs K Ashdown, who is away on holiday.
R 073/08 | <b>DECLARATIONS OF MEMBERS’ INTERESTS IN ANY ITEM ON THIS AGENDA AND WRITTEN REQUESTS FOR DISPENSATIONS RECEIVED BY THE CLERK BEFORE THE MEETING</b>
R  | Mr Fenwick declared a personal and prejudicial interest in minute 083/08 as a trustee of the Pelham Overy Recreation Ground Charity. No requests for dispensations had been received.
R 074/08 | <b>QUESTIONS FROM PARISHIONERS</b>
R  | The meeting was adjourned for up to fifteen minutes so that parishioners could speak. Two residents of Sallow Lane asked whether the verge opposite the chapel could be cut more often, as the long grass hides oncoming traffic from drivers leaving the lane. The Chairman said the matter would be taken up under Highways.
R 075/08 | <b>MINUTES OF THE PREVIOUS MEETING</b>
R  | Minutes – 18 August 2008
R  | On the proposal of Mrs Prentice, seconded by Mr Harbin, it was agreed that the Minutes of the meeting held on 18 August 2008 be signed by the Chairman as a true record.
R 076/08 | <b>MATTERS ARISING</b>
R  | The Clerk reported on the following matters from the last meeting.
R  | <u>Bus Shelter, Main Street</u>
R  | The County Council has agreed to replace the cracked glass panel in the shelter outside the post office. No date has yet been given for the work.
R  | <u>Overgrown Hedge at Glebe Corner</u>
R  | Mr Wilmot reported that the owner had now cut the hedge back and that the footway was clear again.
R  | <u>Allotment Water Supply</u>
R  | The stopcock on the allotment supply has been replaced. Mr Oakes said he would check the meter reading at the end of the month and let the Clerk know.
R 077/08 | <b>POLICE MATTERS</b>
R  | PCSO Ruth Gallimore reported two thefts of garden equipment from sheds on Glebe Road during August and asked residents to mark their tools and keep sheds locked. There had been no complaints of speeding on the top road since the mobile camera visit in July.
R 078/08 | <b>PLANNING APPLICATIONS</b>
R  | 2008/0611/FUL – 14 Back Lane – single storey rear extension and new porch. Members looked at the plans circulated by the Clerk and noted that the extension would not be seen from the road and that the neighbours on both sides had written in support. It was agreed to raise no objection.
R  | 2008/0634/LBC – The Old Forge, Main Street – replacement of three rear windows in timber. Members noted that the new windows would match the originals. It was agreed to support the application.
R  | 2008/0589/FUL – Land north of Glebe Farm – erection of an agricultural storage building. Mrs Garside asked whether the building would be used for grain drying, which would cause noise at night. It was agreed to object on the grounds of noise and the size of the building in open countryside, and to ask that the application be decided by the planning committee rather than by officers.
R 079/08 | <b>WARD COUNCILLOR’S REPORT</b>
R  | Mr Ellery reported that the County Council’s consultation on the future of the mobile library service closes on 31 October and urged the Parish Council to respond. He also said that the resurfacing of Church Street has been put back to the spring.
R 080/08 | <b>CORRESPONDENCE</b>
R  | The following correspondence had been circulated to members:
R  | • Rural Community Council – newsletter, autumn edition
R  | • County Council – winter gritting routes 2008/09
R  | • Village Hall Committee – letter of thanks for the grant towards the new boiler
R  | The correspondence was noted.
R 081/08 | <b>ACCOUNTS FOR PAYMENT</b>
R  | On the proposal of Mr Harbin, seconded by Mrs Prentice, the following accounts were approved for payment:
R  | Chq 100412 Mrs A Tebbutt – Clerk’s salary, August and September – £318.40
R  | Chq 100413 Mrs A Tebbutt – expenses (postage, ink cartridges) – £27.65
R  | Chq 100414 Pelham Overy Village Hall – room hire, January to June – £60.00
R  | Chq 100415 G Arkwright – grass cutting, churchyard and green (3 cuts) – £195.00
R 082/08 | <b>TO CONSIDER A FIRST DRAFT OF THE BUDGET FOR 2009/10 AND THE LEVEL OF PRECEPT TO BE REQUESTED FROM THE DISTRICT COUNCIL</b>
R  | The Clerk circulated a first draft of the budget, showing expected spending of £7,950 against a precept this year of £7,400. Mr Wilmot asked that a sum be set aside towards a new notice board for the bus shelter end of the village. A decision on the level of the precept was deferred to the October meeting, when revised figures will be available.
R 083/08 | <b>RECREATION GROUND – REQUEST FROM THE TRUSTEES FOR A GRANT TOWARDS THE REPLACEMENT OF THE PAVILION ROOF</b>
R  | Mr Fenwick, having declared an interest, left the room for this item.
R  | The trustees had asked for a grant of £1,200 towards the cost of replacing the felt roof of the pavilion, estimated at £3,450. Mr Oakes proposed that a grant of £1,000 be made from reserves, and this was seconded by Mrs Prentice. On being put to the vote, four members voted in favour and two against, and the proposal was carried.
R  | Mr Fenwick returned to the meeting.
R 084/08 | <b>STREET LIGHTING</b>
R  | Three quotations had been received for replacing the lantern on the column at the end of Chapel Yard. After discussion it was
R  | RESOLVED that the quotation of Tallow Electrical Services for £486.00 plus VAT be accepted.
R 085/08 | <b>VILLAGE HALL</b>
R  | Mrs Garside, the Council’s representative on the Village Hall Committee, reported that the new boiler was fitted on 2 September and that bookings for the autumn were good. The committee is planning a quiz night on 11 October.
R 086/08 | <b>HIGHWAYS</b>
R  | Further to minute 074/08, the Clerk was asked to report the verge opposite the chapel to the County Council and to ask for it to be added to the summer cutting list. Mr Wilmot reported a blocked gully outside 3 Sallow Lane.
R 087/08 | <b>COUNCILLORS’ ITEMS FOR THE NEXT AGENDA</b>
R  | Mr Harbin asked that the condition of the footpath to the church be placed on the next agenda.
R 088/08 | <b>DATE OF NEXT MEETING</b>
R  | The next meeting will be held on Monday 20 October 2008 at 7.30pm in the Reading Room.
S 8
P The meeting closed at 9.05pm.
S 24
P Signed .............................................. Chairman          Date ...............................
