@title Town Promotion and Events Committee Agenda 17 January 2024
@font Helvetica
@fontsize 10.5
@numcol 10
@footer Llanfeuno Town Council – Town Promotion and Events Committee||Page {page}
HC Llanfeuno Town Council
C <i>Calon y Dyffryn | The Heart of the Valley</i>
S 6
G <b>Committee members</b> | Cllr E Rowlands (Chair), Cllr M Jervis (Vice Chair), Cllrs T Beddoes, S Corbett, A Havard, L Mostyn, P Thorne and G Wynne.
G <b>Committee remit</b> | Looks after the town's calendar of events, the Christmas lights, the visitor information point, the town trail leaflets, the Council's website and social media pages, and promotion of the town to visitors.
G <b>Committee authority</b> | The Committee may spend within the budget lines agreed by Council. Anything outside those lines, or any change of policy, goes to Full Council as a recommendation.
S 8
HC TOWN PROMOTION AND EVENTS COMMITTEE
P AGENDA for a meeting to be held in the Council Chamber, Neuadd y Dref, Llanfeuno on Wednesday 17th January 2024 at 6.30pm
S 4
R 1. | <b>Apologies for absence</b><br/>To receive and record apologies.
R 2. | <b>Declarations of interest</b><br/>To record any declarations of interest in items on this agenda.
R 3. | <b>Minutes</b><br/>To approve the minutes of the meeting held on 15th November 2023.
R 4. | <b>Christmas events review</b><br/>To look back at the events held since the last meeting:<br/>Lights switch-on and lantern walk<br/>Late night shopping evening<br/>Santa's grotto at the library
R 5. | <b>Visitor information point</b><br/>To receive an update on volunteer cover and on visitor numbers for October to December (figures will be tabled).
R 6. | <b>Spring food and craft market</b><br/>The market traders' group has asked for support for a Saturday market on Stryd Fawr on 20th April 2024. To consider the request and the cost of the road closure.
R 7. | <b>Town trail leaflet reprint</b><br/>To consider three quotations for reprinting 5,000 bilingual town trail leaflets (attached).
R 8. | <b>Summer band concerts</b><br/>To agree dates for the summer band concerts in Parc y Felin and a budget for hiring bands.
R 9. | <b>Website accessibility statement</b><br/>To consider the draft statement prepared by the Deputy Town Clerk (attached).
R 10. | <b>Any other business</b><br/>Items notified to the Chair or the Town Clerk before the meeting, for information only.
R 11. | <b>Date of next meeting</b><br/>Wednesday 20th March 2024 at 6.30pm.
S 10
P Sian Parry-Evans, Town Clerk / Clerc y Dref
P Issued 10th January 2024
