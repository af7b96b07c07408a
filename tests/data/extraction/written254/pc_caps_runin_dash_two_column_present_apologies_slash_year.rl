@title Minutes 4 September 2007
@font Times-Roman
@fontsize 11
@numcol 16
H LYDDINGFORD PARISH COUNCIL Minutes of the Parish Council Meeting held on 4 September 2007 At 8pm in LYDDINGFORD VILLAGE HALL.
G Present: Mr R Pettifer, Mrs G Ansty, Mr D Cattermole, Mr N Yelland, Mrs P Goodhew, Mrs L Fettiplace (Clerk). Mrs J Bulleid (District Councillor). | Apologies Mr K Wentworth, Mrs A Stroud (County Councillor). Absent: Mr T Oakshott.
P Public: 6
R 131/07 | <b>ELECTION OF CHAIRMAN</b> – Mr Pettifer was nominated by Mrs Ansty and seconded by Mr Yelland. There being no other nominations Mr Pettifer was elected Chairman and signed the declaration of acceptance of office.
R 132/07 | <b>APOLOGIES FOR ABSENCE</b> – Apologies were made on behalf of Mr Wentworth and Mrs Stroud.
R 133/07 | <b>DECLARATION OF INTEREST</b> – Mrs Goodhew declared a personal interest in application P07/W0921 as a neighbour of the applicant.
R 134/07 | <b>MINUTES FOR APPROVAL</b> Minutes of the Parish Council Meeting held on 7th August 2007 were accepted unanimously.
R 135/07 | <b>MATTERS ARISING</b>
R | 121/07 Co-Option of Additional Parish Councillors – Mr Cattermole reported that two residents had asked for details and would be sent the vacancy notice.
R | 123/07 Mill Lane bridge parapet – Mrs Ansty asked whether the County Council had fixed a date for the repair. The Clerk will chase.
R 136/07 | <b>PLANNING APPLICATIONS.</b> P07/W0921 4 Orchard Close, Lyddingford (Other) Two storey side extension. – Councillors voted unanimously to recommend approval. P07/W0944 Manor Farm Barns, Sandy Lane (Minor) Conversion of barns to two dwellings. – Councillors voted unanimously to report No Strong Views.
R | PLANNING PERMISSIONS/REFUSALS/APPEALS. P07/W0702 The Plough, High Street (Other) Illuminated fascia sign. – Refused. P07/W0688 2 Well Cottages (Other) Replacement windows. – Permitted.
R 137/07 | <b>FINANCE</b> – a) The following cheques were approved for payment: Mrs L Fettiplace (salary, August) £186.20; Lyddingford Village Hall (hire) £18.00; Oxon Playsafe (inspection) £64.63. b) The bank balance at 31st August 2007 was £6,402.18.
R 138/07 | <b>VILLAGE GREEN AND TREES</b> – Mr Yelland reported that the horse chestnut by the pond had been inspected and the tree surgeon had recommended crown lifting at a cost of £380. It was agreed to accept the quotation.
R 139/07 | <b>PLAY AREA</b> – The annual inspection report had been received. Mrs Goodhew will obtain quotes for replacing the worn safety surfacing under the swings.
R 140/07 | <b>DISTRICT COUNCILLOR'S REPORT</b> – Mrs Bulleid reported that the District Council's new recycling scheme would start in November and that leaflets would be delivered to every household in October.
R 141/07 | <b>BUS SERVICE</b> – Mr Cattermole reported that the Sunday service to the town would cease from 28th October. It was agreed that the Clerk write to the operator and to the County Council to object.
R 142/07 | <b>CORRESPONDENCE</b> – Letters received from OALC (training dates), the Thames Valley Police neighbourhood team (newsletter) and a resident regarding parking on the verge in Sandy Lane. All were noted.
R 143/07 | <b>A.O.B.</b> – Mrs Ansty raised the overhanging hedge in Church Lane, which was obstructing the footway.
R 144/07 | <b>DATE OF NEXT MEETING</b> – Tuesday 2nd October 2007 at 8pm in the Village Hall.
S 20
P Signed ……………………………………… Chairman &nbsp;&nbsp; Date ……………………
