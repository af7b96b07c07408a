@title Minutes of the Environment and Leisure Committee Meeting 14 May 2012
@font Helvetica
@fontsize 10
@numcol 20
@header_first  
@header ENVIRONMENT AND LEISURE COMMITTEE MEETING - 14 MAY 2012
@footer Page {page}
HC MINUTES OF THE Environment and Leisure Committee Meeting HELD AT THE COUNCIL CHAMBER, WYNDLE ON Monday 14 May, 2012 COMMENCING AT 10:00am
S 8
HC TABLE OF CONTENTS
S 4
P <b>ITEMS FOR DETERMINATION..</b> 2
P ITEM - 1&#160;&#160;&#160;&#160;APPLICATIONS FOR LEAVE OF ABSENCE.. 2
P ITEM - 2&#160;&#160;&#160;&#160;DECLARATIONS OF INTEREST.. 2
P ITEM - 3&#160;&#160;&#160;&#160;CONFIRMATION OF THE MINUTES.. 2
P ITEM - 4&#160;&#160;&#160;&#160;GROUPING OF REPORTS FOR ADOPTION.. 2
P ITEM - 5&#160;&#160;&#160;&#160;LEISURE CENTRE MANAGEMENT CONTRACT - PERFORMANCE 2011/12.. 2
P ITEM - 6&#160;&#160;&#160;&#160;PLAY AREA IMPROVEMENT PROGRAMME 2012/13.. 2
P ITEM - 7&#160;&#160;&#160;&#160;ALLOTMENT RENTS 2013.. 2
P ITEM - 8&#160;&#160;&#160;&#160;DOG CONTROL ORDERS - CONSULTATION RESPONSES.. 2
P ITEM - 9&#160;&#160;&#160;&#160;PUBLIC CONVENIENCES REVIEW.. 2
P ITEM - 10 TREE PRESERVATION ORDER WV/12/03 - LAND AT TANNERY LANE, WYNDLE.. 3
P ITEM - 11 STREET TRADING CONSENTS - FEES 2012/13.. 3
P ITEM - 12 CEMETERY MEMORIAL SAFETY INSPECTIONS.. 3
P ITEM - 13 PARKS VOLUNTEER AWARDS 2012.. 3
P ITEM - 14 BUSINESS PAPER ITEMS FOR NOTING.. 3
P ITEM - 15 QUESTIONS FOR NEXT MEETING.. 3
P <b>MATTERS OF URGENCY..</b> 3
P MATTERS OF URGENCY - FLOODING AT RIVERSIDE PARK.. 3
P <b>CONFIDENTIAL ITEMS..</b> 3
P ITEM - 1&#160;&#160;&#160;&#160;CARRYING OF COMMITTEE RESOLUTION INTO CLOSED SESSION.. 3
P ITEM - 2&#160;&#160;&#160;&#160;LEISURE CENTRE CONTRACT - EXTENSION NEGOTIATIONS.. 3
PB
P <b>PRESENT:</b> Cllrs Margery Pound (Chair), Derek Harwood, Sunita Blenkin, Frank Ollerenshaw, Gwen Tatlock, Roger Smale and Elaine Vosper.
P <b>ALSO PRESENT:</b> Director of Community Services (Mr Neil Garbett), Head of Leisure and Open Spaces (Mrs Jo Farrant), Environmental Health Manager (Mr Ashok Bhamra) and Committee Officer (Miss Lorna Quayle).
S 4
H ITEMS FOR DETERMINATION
H ITEM - 1 APPLICATIONS FOR LEAVE OF ABSENCE
R 12/05/01 | Cllr Harwood moved and Cllr Blenkin seconded that the apologies of Cllr Rusk be accepted and leave of absence granted. Carried
H ITEM - 2 DECLARATIONS OF INTEREST
P Cllr Tatlock declared a non-pecuniary interest in Item 7 as the secretary of the Wyndle Road Allotment Society, and remained in the meeting.
H ITEM - 3 CONFIRMATION OF THE MINUTES
R 12/05/02 | Cllr Smale moved and Cllr Vosper seconded that the minutes of the Environment and Leisure Committee meeting held on 16 April 2012 be taken as read and confirmed. Carried
H ITEM - 4 GROUPING OF REPORTS FOR ADOPTION
R 12/05/03 | Cllr Ollerenshaw moved and Cllr Harwood seconded that Items 12, 13 and 14 be adopted as a group. Carried
H ITEM - 5 LEISURE CENTRE MANAGEMENT CONTRACT - PERFORMANCE 2011/12
P The Head of Leisure and Open Spaces reported that visits to the leisure centre had risen by 6% on the previous year, that the swimming lesson programme was full until September and that the contractor had met eleven of its twelve performance targets, missing only the target for customer complaints answered within five working days. Cllr Vosper asked what action had been taken on the complaints target; Mrs Farrant said the contractor had appointed a customer services supervisor in March.
R 12/05/04 | Cllr Vosper moved and Cllr Smale seconded that the report be received and the contractor be asked to attend the September meeting. Carried
H ITEM - 6 PLAY AREA IMPROVEMENT PROGRAMME 2012/13
R 12/05/05 | Cllr Blenkin moved and Cllr Tatlock seconded that the programme of improvements at Brook Street, Larkfield Green and Mill Meadow play areas, at a total cost of &#163;96,400, be approved and that the Director of Community Services be authorised to seek tenders. Carried
H ITEM - 7 ALLOTMENT RENTS 2013
P Cllr Harwood moved that the allotment rents be held at the 2012 level. The motion was not seconded.
R 12/05/06 | Cllr Ollerenshaw moved and Cllr Pound seconded that allotment rents for 2013 be increased by 3%, to &#163;41.20 for a full plot. Carried
H ITEM - 8 DOG CONTROL ORDERS - CONSULTATION RESPONSES
P The Environmental Health Manager summarised the 214 responses received to the consultation on dog control orders. Most respondents supported the proposed exclusion of dogs from children's play areas, but there was strong opposition to a dogs on leads order for the whole of Riverside Park.
R 12/05/07 | Cllr Smale moved and Cllr Tatlock seconded that the Committee recommend to Council the making of dog exclusion orders for all fenced play areas and a dogs on leads order for the Riverside Park formal gardens only. Carried
H ITEM - 9 PUBLIC CONVENIENCES REVIEW
R 12/05/08 | Cllr Vosper moved and Cllr Blenkin seconded that the matter be deferred to the July meeting so that the town and parish councils can be consulted on the proposals. Carried
H ITEM - 10 TREE PRESERVATION ORDER WV/12/03 - LAND AT TANNERY LANE, WYNDLE
P The Committee considered one objection to the provisional order, from the owner of 4 Tannery Lane, who had asked that the order exclude the sycamore beside his garage.
R 12/05/09 | Cllr Harwood moved and Cllr Ollerenshaw seconded that Tree Preservation Order WV/12/03 be confirmed without modification. Carried
H ITEM - 11 STREET TRADING CONSENTS - FEES 2012/13
R 12/05/10 | Cllr Tatlock moved and Cllr Smale seconded that the street trading consent fees for 2012/13 be approved as set out in the schedule to the report. Carried
H ITEM - 12 CEMETERY MEMORIAL SAFETY INSPECTIONS
P Adopted under resolution 12/05/03.
H ITEM - 13 PARKS VOLUNTEER AWARDS 2012
P Adopted under resolution 12/05/03.
H ITEM - 14 BUSINESS PAPER ITEMS FOR NOTING
P Adopted under resolution 12/05/03.
H ITEM - 15 QUESTIONS FOR NEXT MEETING
P Cllr Blenkin asked for a report on the cost of opening the Mill Meadow toilets on Sunday afternoons in the summer. Cllr Vosper asked for an update on the resurfacing of the leisure centre car park.
H MATTERS OF URGENCY
P <b>MATTERS OF URGENCY - FLOODING AT RIVERSIDE PARK</b>
P The Chair agreed to take this item as a matter of urgency because of the damage caused by the flooding on 9 May. The Director of Community Services reported that the footbridge to the island had been closed and that an engineer's inspection had been arranged.
R 12/05/11 | Cllr Pound moved and Cllr Harwood seconded that the Director of Community Services be authorised to spend up to &#163;15,000 from the parks reserve on urgent repairs to the footbridge. Carried
H CONFIDENTIAL ITEMS
H ITEM - 1 CARRYING OF COMMITTEE RESOLUTION INTO CLOSED SESSION
R 12/05/12 | Cllr Smale moved and Cllr Vosper seconded that the Committee move into closed session to consider Item 2, which contains commercial information. Carried
H ITEM - 2 LEISURE CENTRE CONTRACT - EXTENSION NEGOTIATIONS
R 12/05/13 | Cllr Harwood moved and Cllr Ollerenshaw seconded that the Director of Community Services open negotiations with the contractor on a two year extension on the terms set out in the confidential report. Carried
S 8
P The Committee returned to open session at 12:41pm and the Chair declared the meeting closed at 12:43pm.
S 14
P This is Page 3 of the Minutes of the Environment and Leisure Committee Meeting held on 14 May 2012.
S 10
P ................................................. CHAIR
