@title Wickham Morrow Parish Council minutes 3.10.2023
@font Times-Roman
@fontsize 11
@numcol 20
@footer Page {page}
HC WICKHAM MORROW PARISH COUNCIL
C Minutes of the meeting held on 3.10.2023 in St Ethelburga Hall Wickham Morrow
S 4
P PRESENT: CHAIR – COUNCILLOR A FITCH VICE CHAIR – COUNCILLOR T DEWAR COUNCILLORS M COKER, R HUBBARD, S PEARCE AND N LINDSELL THE WARD MEMBER COUNCILLOR J PORTWAY The parish clerk Miss V Tanner Two members of the public
P Public session. A resident asked who was responsible for the overgrown hedge on Mill Lane at its junction with the main road, which was blocking the view of oncoming traffic. Councillor A Fitch said that the Clerk would write to the landowner. A second resident thanked the Council for the new litter bin at the bus stop.
R 4391.23 | <b>To receive apologies for absence and Declarations of Interest in the Meeting's agenda items.</b> Apologies for absence were received from Councillor K Ambrose (work). Councillor N Lindsell declared a non-pecuniary interest in planning application 23/00811/HOUSE as a neighbour of the applicant.
R 4392.23 | <b>To approve the Minutes of the Ordinary Meeting held on 5.9.2023.</b> It was RESOLVED to approve the above Minutes, which were signed by the Chair.
R 4393.23 | <b>To receive information on items included in the above Minutes.</b> The Clerk, Miss V Tanner, reported that the repairs to the bus shelter roof had been completed and that the replacement bench for the green had been ordered.
R 4394.23 | <b>To receive a report from the Ward Member.</b> Councillor J Portway reported that the District Council had begun consultation on its Local Plan review and that the consultation would close on 17th November. She also reported that the Mill Lane flooding had been referred to the drainage engineers.
R 4395.23 | <b>Planning</b> a) The following decisions by the District Council were noted: 23/00640/HOUSE 2 Rectory Cottages – rear extension – approved. 23/00702/LBC Morrow Hall – replacement windows – approved. b) Latest planning applications – the following applications were considered: 23/00811/HOUSE 14 Church Road – single storey side extension. It was RESOLVED to make no comment on this application. Councillor N Lindsell took no part. 23/00826/FUL Land east of Pound Farm – two detached dwellings. It was RESOLVED to object to this application as the site lies outside the settlement boundary and the access is onto a narrow lane. c) To consider any responses received from the District Council concerning enforcement issues. No updates have been received. e) To consider any other planning issues. None.
R 4396.23 | <b>To consider the Council's response to the District Council's Local Plan review consultation.</b> Councillor T Dewar said that the Council should support the protection of the green gap between Wickham Morrow and Great Hollin. Councillor S Pearce asked that the response also refer to the lack of capacity at the village school. It was unanimously RESOLVED to delegate the preparation and submission of the response to the Clerk in consultation with the Chair and Vice Chair, based on the points raised at the meeting.
R 4397.23 | <b>Finance</b> a) To approve the payments listed below. It was RESOLVED to approve the following payments:
T Payee | Details | Amount
T Miss V Tanner | Clerk's salary September | £312.50
T HMRC | PAYE | £78.00
T St Ethelburga Hall | Hall hire | £22.00
T Morrow Verge Care | Grass cutting (final cut) | £165.00
R  | b) To note the bank reconciliation to 30.9.2023. Noted. c) To note the completion of the external audit for 2022/23 and the notice of conclusion of audit. Noted.
R 4398.23 | <b>To consider a request from Wickham Morrow Cricket Club to site a storage container on the playing field.</b> Councillor R Hubbard said that members had not yet seen the proposed position of the container. It was RESOLVED to defer a decision to the November meeting, after a site meeting with the Club.
R 4399.23 | <b>Highways and footpaths – to receive any reports.</b> Councillor M Coker reported that the fingerpost on footpath 12 at Crab Lane had been knocked down. The Clerk will report it to the Highway Authority.
R 4400.23 | <b>To receive correspondence.</b> The following correspondence was noted: District Council – Christmas waste collection dates; Rural Community Council – village hall grant scheme.
R 4401.23 | <b>To receive items for the next agenda.</b> Budget and precept 2024/25; Christmas tree on the green.
R 4402.23 | <b>Date of next meeting.</b> Tuesday 7.11.2023 at 7.30pm in St Ethelburga Hall.
S 8
P The meeting closed at 9.05pm.
