@title Hemswold PC Minutes 23 June 2025
@font Helvetica
@fontsize 10.5
@numcol 19
@footer Hemswold PC Minutes 23.06.25 – Signed ………………………… Chair||Page {page}
HC HEMSWOLD PARISH COUNCIL
C Parish Clerk – Dawn Fenwick   The Old Forge, Low Street, Hemswold LN8 4QT
C Email – clerk@hemswoldpc.org.uk   Tel 07700 900417
S 6
P <b>Minutes of Hemswold Parish Council Meeting held on Monday 23rd June 2025 in the Village Hall Hemswold.</b>
P Present: Cllrs R Skelton (Chair) MA Dunham J Pask TE Wray K Oglesby
P Also present: D Fenwick Clerk/RFO   Ward Cllr S Marfleet   3 Residents
H Public participation
P 1 - Owen Tasker, a member of the Village Hall Committee, explained that the roof survey had found loose ridge tiles along the north side and asked whether the Council could help with the cost of scaffolding, which had been quoted at £640.
P 2 - A resident raised the state of the footpath from Low Street to the church, which was overgrown beyond the second stile and difficult for pushchairs.
P Cllr Skelton opened the meeting
R 2506/1 | <b>Apologies for absence</b> – Cllr H Birkett (work commitments)
R 2506/2 | <b>Declaration of Interest</b><br/>- To record declarations of interest by any member of the council in respect of the agenda items listed below. None<br/>- To note dispensations given to any member of the council in respect of the agenda items listed below. None requested
R 2506/3 | <b>Minutes of Previous meeting</b><br/>Minutes of the Ordinary Parish Council Meeting held on Monday 19th May 2025 were approved and signed as a true and correct record.
R 2506/4 | <b>Clerk’s Report</b> – The Clerk reported the following since the last meeting. Items clarified and noted : -<br/>Submitted response to PA 25/0598<br/>Renewed the Council’s insurance with the existing insurer<br/>Reported the fallen sign at Mill Lane to LCC Highways<br/>Published the Notice of Public Rights for 2024/25<br/>Ordered replacement bulbs for the Christmas tree lights
R 2506/5 | <b>Ward Councillor’s Report</b> – Ward Cllr Marfleet reported that the District Council had opened its consultation on the Local Plan review, which closes on 8th August, and that the grant scheme for village halls would reopen in the autumn.
R 2506/6 | <b>Village Hall Roof</b> – Following the request made during public participation, Cllr Wray proposed a grant of £300 towards the scaffolding, seconded Cllr Pask. Resolved to grant £300 towards the cost of scaffolding for the hall roof.
R 2506/7 | <b>Footpath Low Street to St Botolph’s</b> – Clerk to report the overgrowth to the LCC Countryside Access team. Cllr Oglesby offered to cut back the section by the second stile in the meantime. Noted.
R 2506/8 | <b>Finance</b> – The Clerk presented the finance report:<br/>a) Bank balances at 31st May 2025: Current £6,412.18  Deposit £11,050.00 – noted<br/>b) Payments for approval: D Fenwick salary and expenses £318.40; Hemswold Village Hall hire £24.00; LALC training £45.00 – approved, proposed Cllr Dunham seconded Cllr Wray<br/>c) The budget monitoring statement to 31st May was circulated; no variances of concern.
R 2506/9 | <b>Planning</b><br/>25/0712/HOUS 4 Chapel Row – two storey side extension – No objections<br/>25/0733/FUL Land adjacent Manor Farm, Cliff Road – erection of four dwellings – Cllr Skelton explained the history of the site. It was resolved to object on the grounds of overdevelopment and the unsafe access onto Cliff Road.
R 2506/10 | <b>Highways</b> – Cllr Dunham reported the pothole outside the school had reopened and that the white lining at the crossroads had worn away. Clerk to report both via FixMyStreet.
R 2506/11 | <b>Speed Indicator Device</b> – Cllr Pask proposed the purchase of a second SID at £2,650, to be sited on Cliff Road. Cllr Oglesby seconded. Vote 2 for, 3 against – proposal lost. The existing SID data to be reviewed in September.
R 2506/12 | <b>Correspondence</b><br/>LALC – newsletter June 2025<br/>NLDC – Community Grants scheme 2025/26<br/>Lincolnshire Police – Wolds neighbourhood update<br/>All correspondence noted
R 2506/13 | <b>Items for next Agenda</b> – SID data review; Christmas tree and lights; Village Hall roof update
R 2506/14 | <b>Date of next Meeting</b> – Monday 21st July 2025 at 7.15pm in the Village Hall. Meeting closed 8.52pm
