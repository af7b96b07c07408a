@title Hethwick with Scaldmoor PC agenda 12 November 2019 and draft minutes
@font Helvetica
@fontsize 10.5
@numcol 9
@header_first  
@header Ch's Initials________||{page}
@pageoffset 39
HC <font size="14">HETHWICK WITH SCALDMOOR PARISH COUNCIL</font>
C Clerk: Kathryn Lisle, 3 Stable Yard, Hethwick &nbsp; Tel 07700 900 361 &nbsp; hethwickscaldmoorpc@outlook.com
S 6
P Notice is hereby given that a meeting of Hethwick with Scaldmoor Parish Council will be held on <b>Tuesday 12th November 2019 at 7.00 p.m.</b> in the Reading Room, Scaldmoor. Members of the public are welcome to attend. Questions for Public Question Time may be sent to the Clerk in writing by 12 noon on the day before the meeting.
HC AGENDA
R 1. | Public Question Time
R 2. | Apologies for Absence
R 3. | Declarations of Interest
R 4. | Requests for Dispensation
R 5. | Minutes of the Meeting held on 8th October 2019 (draft attached)
R 6. | Matters Arising
R 7. | County Councillor's Report
R 8. | Planning Applications:<br/>a) 19/03398/FUL &ndash; Agricultural storage building, Low Scaldmoor Farm<br/>b) 19/03455/LBC &ndash; Replacement windows, The Old Smithy, Hethwick
R 9. | Finance:<br/>a) Payments for approval<br/>b) Budget and Precept 2020/21 &ndash; first consideration<br/>c) Requests for financial assistance
R 10. | Remembrance Sunday &ndash; wreath and temporary road closure
R 11. | Correspondence
R 12. | Any Other Business (for information only)
R 13. | Date of Next Meeting
S 10
P K Lisle, Clerk to the Council &nbsp;&nbsp;&nbsp; 5th November 2019
PB
I DRAFT &ndash; to be approved at the meeting on 12th November 2019
P <b>Minutes of the Hethwick with Scaldmoor Parish Council meeting, held in the Reading Room, Scaldmoor on Tuesday 8th October 2019 at 7.00 p.m.</b>
P <b>Present:</b> Chairman R Elsdon &nbsp; Vice-Chairman M Thirlwell &nbsp; Parish Councillors: A Bewick, J Ridley-Hall &amp; S Charlton. &nbsp; County Councillor P Orde &nbsp; Clerk K Lisle &nbsp; 3 members of public
P <b>Public Question Time</b> &ndash; A resident of Low Scaldmoor asked whether the Council would support a request for passing places on the C-road to Hethwick Mill. The Chairman replied that the matter would be raised with the County Council's area highways officer and placed on the November agenda if a reply had been received.
P <b>Apologies for Absence:</b> Parish Councillor D Hepple (work commitments). The apology was accepted.
P <b>Declaration of Interest:</b> Parish Councillor J Ridley-Hall declared an interest in application 19/03112/FUL, which adjoins her home.
P <b>Requests for Dispensation-</b> None
P <b>Minutes of the Meeting:</b> The Minutes of the meeting of 10th September 2019, circulated beforehand, were confirmed and signed by the Chairman.
P <b>Min 196- Matters Arising-</b> The Clerk reported that the replacement bench for the green at Hethwick had been delivered and would be fixed by the contractor before the end of the month. The dog waste bin at the Reading Room had been emptied twice weekly since the September meeting.
P <b>Min 197- County Councillor's Report-</b> County Councillor P Orde reported that resurfacing of the Scaldmoor bank was programmed for the spring and that the County Council's budget consultation would open in November. He undertook to chase the outstanding repair to the bridge parapet at Hethwick Mill.
P <b>Min 198- Planning-</b> Parish Councillor J Ridley-Hall left the room. 19/03112/FUL &ndash; Two storey rear extension, 4 Glebe Terrace, Hethwick. Parish Councillors considered the plans. The Vice-Chairman proposed &amp; Parish Councillor A Bewick seconded that the Council had no objection. This was agreed. Parish Councillor J Ridley-Hall returned to the meeting.
P <b>Min 199- Finance-</b> Parish Councillors approved the following payments: K Lisle, salary October &pound;186.40; Hethwick Village Hall, room hire &pound;36.00; Northdale Playsafe, play area inspection &pound;84.00. Proposed by Parish Councillor S Charlton, seconded by the Chairman. The bank balance at 30th September 2019 was &pound;6,912.35.
P <b>Min 200- Requests for financial assistance-</b> The Council considered a letter from Scaldmoor Village Hall asking for help with the cost of a new boiler. A donation of &pound;250 was proposed by Parish Councillor A Bewick and seconded by Parish Councillor S Charlton; all in favour. A request from the Fellside Air Ambulance Appeal was deferred to the November meeting for the budget discussion.
P <b>Min 201- Correspondence-</b> The Clerk read a letter from the District Crime Prevention Officer about rural thefts of quad bikes. It was noted that a leaflet would be put on the noticeboards.
P <b>Min 202- Winter maintenance-</b> The Vice-Chairman reported that the grit bins at Glebe Terrace and Scaldmoor bank were empty. The Clerk would ask the County Council to refill them before the first frosts.
P <b>Date of Next Meeting:</b> Tuesday 12th November 2019 at 7.00 p.m. in the Reading Room, Scaldmoor.
S 8
P The meeting closed at 8.20 p.m.
P Signed ...................................... Chairman &nbsp;&nbsp;&nbsp; Date ..........................
