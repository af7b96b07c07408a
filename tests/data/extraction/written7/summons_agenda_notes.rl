@title Agenda 14 October 2025
@font Helvetica
@fontsize 10.5
@numcol 12
@header_first  
@header Brindley Heath & Aston Moss Parish Council – Agenda 14 October 2025
@footer {page}
HC BRINDLEY HEATH &amp; ASTON MOSS PARISH COUNCIL
C Lorraine Pickstock, Clerk   Tel: 01270 900318   clerk@brindleyastonpc.org.uk
S 8
HC Parish Councillors are summoned to
HC A MEETING OF THE PARISH COUNCIL
G <b>DATE:</b> | TUESDAY, 14 OCTOBER 2025 (re-scheduled from 7 October 2025)
G <b>TIME:</b> | 7.30 PM
G <b>VENUE:</b> | The Pavilion, Aston Moss Recreation Ground
I <font size="8" color="#888888">Parish Councillors are summoned to a meeting to be held at the Pavilion, Aston Moss on 3 June 2024 7.30 PM</font>
P Signed: <i>L Pickstock</i>          Date of Issue: 7 October 2025
HC AGENDA
R 1 | <b>APOLOGIES FOR ABSENCE</b>
R 2 | <b>DECLARATIONS OF INTEREST</b><br/>Members to declare any non-pecuniary or disclosable pecuniary interest (DPI) which they have in any item of business on the agenda, the nature of that interest and, in respect of a DPI, to leave the meeting before that item is discussed. The Clerk can advise on the Code of Conduct, but the decision to declare, or not, rests with each Parish Councillor.
R 3 | <b>MINUTES</b>
R 3.1 | To approve as a correct record the Minutes of the Meeting held on 9 September 2025.
R 3.2 | <b>Casual Vacancy</b><br/>Following the resignation of Mrs Orme, the notice of vacancy was displayed on 15 September. No request for an election was received by the Electoral Services deadline, so the Council may now fill the vacancy by co-option. One written expression of interest has been received (circulated to Members in confidence).
R 4 | <b>PUBLIC QUESTION TIME</b><br/>Members of the public may ask a question or address Members on any matter relating to the functions of the Parish Council. A total of 15 minutes is allowed.
S 10
P To: Councillors D Haslam (Chairman), P Broster (Vice-Chairman), K Ankers, T Dodd, S Kettell, M Lightfoot, R Tomkinson and J Whittingham
P Copy: Ward Councillor N Cliffe
PB
R 5 | <b>EMERGENCY PLANNING</b><br/>Members to report back on (a) the village flood plan exercise held on 27 September; and (b) the replies to the household questionnaire, if available. The Parish Council is invited to decide whether the flood plan should be sent to the Borough Council’s resilience team in its present form.
R 6 | <b>HIGHWAYS</b>
R 6.1 | <b>Speed Limit Review – Wrenmoss Lane</b><br/>The Highways Authority has asked for the Parish Council’s comments on a proposed 40 mph limit from the crossroads to the county boundary. Plan attached.
R 6.2 | <b>Gully Clearing</b><br/>Members to note that the annual clearance is programmed for the week of 3 November. Any additional locations should be given to the Clerk by 24 October.
R 7 | <b>PLANNING</b><br/>To consider the following applications:
T 25/3318N | Hollin Green Farm, Hollin Lane | Agricultural building for livestock
T 25/3402N | 2 Moss Cottages, Aston Moss | Single storey rear extension and porch
R 8 | <b>FINANCE</b>
R 8.1 | <b>Payments</b><br/>To approve the following payments: L Pickstock, salary October, £342.17; HMRC, PAYE, £85.40; Moss Landscapes, grass cutting September, £210.00; Cheshire Association of Local Councils, training, £40.00.
R 8.2 | <b>Draft Budget 2026/27</b><br/>The Finance Working Group met on 1 October. Its draft budget and the precept options are attached for initial discussion; the precept will be set at the January meeting.
R 9 | <b>CORRESPONDENCE</b><br/>A schedule of correspondence received since the last meeting is attached.
R 10 | <b>DATE OF NEXT MEETING</b><br/>Tuesday, 11 November 2025 at 7.30 pm in the Pavilion.
