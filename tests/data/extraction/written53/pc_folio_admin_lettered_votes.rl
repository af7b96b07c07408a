@title Sallowby Parish Council minutes 12 June 2023
@font Helvetica
@fontsize 10
@numcol 24
@header {page}||
@pageoffset 62
HC MINUTES OF THE ORDINARY MEETING OF SALLOWBY PARISH COUNCIL HELD IN THE VILLAGE HALL AT 7.30 P.M.
HC ON MONDAY 12th JUNE 2023
S 6
H THE FOLLOWING WERE PRESENT:
P Councillors: Mr Ken Maddison (KM) (Chairman), Mrs Karen Ashby (KA) (Vice Chairman), Mr Richard Pinfold (RP), Mr Neil Sturgess (NS), Mrs Wendy Coltman (WC), Mr Andrew Wilmot (AW).
P Others: Mrs Sharon Dunkley (Clerk), District Councillor Jo Garfield, 4 x Members of the public.
S 4
R 001/06/23 | <b>Administration</b>
R  | <b>a. To receive and approve apologies for absence</b><br/>Mr Graham Tebbutt (GT) – holiday.
R  | <b>b. To approve the minutes of the ordinary meeting held on 8th May 2023</b><br/>The draft minutes had been circulated prior to the meeting. Proposal: To sign the minutes as a correct record of the meeting. Proposed by RP, seconded by KA. All in favour. Carried.
R  | <b>c. To receive declarations of interest in items on the agenda</b><br/>KA and WC declared interests in item 004/06/23c as Village Hall Management Committee members.
R  | <b>d. To consider any dispensation requests</b><br/>None.
R  | <b>e. To note the Annual Parish Meeting held on 15th May 2023</b><br/>KM thanked the speakers and the 23 residents who had attended. Noted.
R  | <b>f. To review the Council's insurance renewal</b><br/>A renewal quotation of £612.80 had been received from the Council's insurer, for the same cover as last year. Proposal: To renew the policy for one year. Proposed by NS, seconded by AW. 5 for. 1 abstained. Carried.
R  | <b>g. To adopt the revised Standing Orders</b><br/>Deferred to the July meeting, as the revised model had not been circulated in time.
R 002/06/23 | <b>Public Participation (1)</b><br/>The Chairman opened the meeting to the public floor. Matters discussed were as follows: a. A member of the public asked when the bench on the green would be repaired. WC said that she had obtained a quotation and would bring it to the July meeting. b. A resident raised parking on Church Hill at school times. The Chairman explained that this is a matter for the police and the County Council.
R 003/06/23 | <b>Matters arising from the minutes (for information only)</b><br/>a. The Clerk reported that the footway contractor had repaired the crossover outside the village hall. b. The Clerk reported that the noticeboard had been cleaned and a new lock fitted.
R 004/06/23 | <b>Finance</b><br/>The Clerk presented the finance report for May 2023, which had been circulated.<br/>a. Income received: £45.00 Allotment rent (plot 7); £1,120.00 District Council grass cutting grant 2023-2024.<br/>b. Payments for approval:
T Cheque no | Payee | Details | Amount | Authority
T 001512 | S Dunkley | Salary | £251.60 | LGA1972 s.112
T 001513 | HMRC | PAYE | £29.40 | LGA1972 s.112
T 001514 | S Dunkley | Expenses | £18.75 | LG(FP)A 1963 s.5
T 001515 | Sallowby Village Hall | Room hire | £60.00 | LGA1972 s.133
R  | Proposal: To approve the payments listed. Proposed by AW, seconded by RP. All in favour. Carried.<br/>c. Sallowby Village Hall Management Committee – request for £400 towards new stacking chairs. Proposal: To grant £400 under s.137. Proposed by NS, seconded by RP. Carried nem con. (KA and WC did not vote.)
R 005/06/23 | <b>Planning</b><br/>Plans had been circulated prior to the meeting.<br/>a. Applications received
T Application No | Description of Development | Location of Development | Parish Council comment
T DA/2023/0418 | Single storey rear extension | 6 Pound Close, Sallowby | No objections.
T DA/2023/0432 | Two dwellings in rear garden | Rose Cottage, Church Hill, Sallowby | Object – overdevelopment of the plot and unsafe access.
R  | b. Decisions received: DA/2023/0311, The Old Forge – approved.<br/>Proposal: To submit the comments above to the District Council. Proposed by RP, seconded by WC. All in favour. Carried.
R 006/06/23 | <b>Highways and footpaths</b><br/>NS reported that the pothole on Sallow Lane had been marked for repair. AW reported that the footpath sign at the Brook Farm stile was missing; the Clerk will report it to the County Council.
R 007/06/23 | <b>To consider a second dog bin for the recreation ground</b><br/>Proposal: To purchase a second dog bin for the recreation ground at a cost of £235. Proposed by AW, seconded by WC. 2 for. 4 against. Not carried.
R 008/06/23 | <b>Correspondence</b><br/>a. District Council – consultation on the revised Statement of Community Involvement. Noted. b. Sallowby Cricket Club – thanks for the grant towards the roller. Noted.
R 009/06/23 | <b>Date of next meeting</b><br/>Monday 10th July 2023 at 7.30pm in the Village Hall.
S 8
P The meeting closed at 9.12pm.
S 16
P Signed ........................................................ Chairman    Date ................................
