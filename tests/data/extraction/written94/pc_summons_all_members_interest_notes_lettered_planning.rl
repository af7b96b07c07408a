@title Abbotsmead Parish Council - Agenda 3rd November 2009
@font Times-Roman
@fontsize 11
@numcol 12
@footer Abbotsmead Parish Council – Agenda – 3rd November 2009||Page {page}
HC ABBOTSMEAD PARISH COUNCIL
S 6
P To: All Members of the Council
P You are hereby summoned to attend a meeting of the Parish Council to be held at the Village Hall, Abbotsmead, on Tuesday 3rd November, 2009 at 7.30 p.m. for the transaction of the business stated below.
G Mrs. P.J. Havelock | Elder Cottage, 14 Mill Furlong,
G Clerk of the Council | Wendcombe, Abingford,
G Tel: (01235) 848120 | Oxon. OX14 7RG
S 4
P 27th October, 2009
HC A G E N D A
R 1. | <b>Apologies for Absence</b>
R 2. | <b>Declarations of Interest</b><br/>To receive any declaration of Personal or Prejudicial Interests in respect of items on the Agenda for this meeting. (Please refer to the notes at the end of agenda).<br/>Members are reminded that should they have a personal interest in an item they must disclose the existence and nature of that interest to the meeting prior to the matter being debated. Where that personal interest is also a prejudicial interest then the Member must withdraw from the room in which the meeting is being held and not seek improperly to influence any decision about the matter.
R 3. | <b>Minutes of the meeting held on 6th October, 2009</b><br/>To approve the minutes as a correct record of the proceedings.
R 4. | <b>Matters arising from the Minutes</b><br/><i>Churchmead Footpath</i><br/>Confirmation has been received from the Vale of Wendmoor District Council that the diversion order for the Churchmead footpath has now been confirmed and the new route will be waymarked before Christmas.
R 5. | <b>County Councillor’s Report</b><br/>To receive a report on County Council matters from Cllr. R. Tollady
R 6. | <b>District Councillor’s Report</b><br/>To receive a report on District Council matters from Cllr. Mrs. J. Pargeter
R 7. | <b>Northfield Quarry – Proposed Extension</b><br/>(i) To note that Cllr. Mrs. Ashdown attended the public exhibition held by the operator at Wendcombe on 21st October.<br/>(ii) To consider the Council’s response to the County Council’s scoping consultation, which closes on 20th November.
R 8. | <b>Matters raised by Councillors for information</b>
R 9. | <b>Police Matters</b>
R 10. | <b>Public Participation</b>
R 11. | <b>Planning Applications</b><br/>a) Decisions on previous applications<br/>b) Applications dealt with prior to the meeting under the delegated procedure<br/>c) New applications:<br/>&nbsp;&nbsp;&nbsp;WEN/09/0412 – 3 Tithe Barn Close – single storey rear extension<br/>&nbsp;&nbsp;&nbsp;WEN/09/0431 – Land adjoining Mill Furlong – erection of stable block and tack room
R 12. | <b>Recreation Ground</b><br/>a) To receive the quarterly play equipment inspection report.<br/>b) To consider a quotation of £1,180 for replacement safety surfacing beneath the junior swings.
R 13. | <b>Village Hall – Renewal of Lease</b><br/>To consider the draft lease received from the Village Hall Trustees and to agree any comments to be returned to the Trustees’ solicitor.
R 14. | <b>Finance</b><br/>a) To approve the payment of accounts as listed on the schedule circulated with this agenda.<br/>b) To receive the budget monitoring statement to 31st October, 2009.<br/>c) Precept 2010/11 – to appoint a working party to prepare draft estimates.
R 15. | <b>Correspondence</b><br/>To receive correspondence as listed on the schedule circulated to members.
R 16. | <b>Date of next meeting</b><br/>Tuesday 1st December, 2009 at 7.30 p.m.
S 10
H Notes for Members – Declarations of Interest
I Personal interests: a member has a personal interest in any business of the Council where it relates to or is likely to affect any body listed in the member’s register of interests, or where a decision might reasonably be regarded as affecting the well-being or financial position of the member, a relative or a close associate more than other residents of the parish.
I Prejudicial interests: a personal interest is also prejudicial where a member of the public with knowledge of the relevant facts would reasonably regard it as so significant that it is likely to prejudice the member’s judgement of the public interest. Council has adopted paragraph 12(2) of the Model Code of Conduct and a member with a prejudicial interest may address the Council during the section set aside for public participation before withdrawing.
