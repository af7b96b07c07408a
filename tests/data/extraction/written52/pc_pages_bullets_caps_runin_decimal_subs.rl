@title Shilbrook PC Annual Meeting minutes May 2025
@font Helvetica
@fontsize 10.5
@footer Shilbrook Parish Council – Annual Meeting 22.05.25||Page {page}
HC SHILBROOK PARISH COUNCIL – ANNUAL MEETING OF THE COUNCIL
C Held in the Shilbrook Institute, Thursday 22nd May 2025 at 7.00pm
S 6
P <b>Parish Councillors Present:</b> Cllr Gillian Rastrick, Cllr Owen Pardoe, Cllr Theo Voysey, Cllr Bridget Lacey
P <b>Clerk:</b> Anna Threadgold
P <b>In attendance:</b> District Councillor Hamish Pryor
P <b>Also present (members of the public):</b> Mark and Jo Tilsley, Ruth Pellow, Dennis Gorringe, Sunita Rao.
P <b>Apologies:</b> Cllr Neville Forrest, County Councillor Val Emberton
S 6
P •&nbsp;&nbsp;<b>ELECTION OF CHAIR:</b> Cllr Gillian Rastrick was proposed by Cllr Pardoe and seconded by Cllr Voysey. All in favour. Cllr Rastrick was elected as Chair for the year and signed the declaration of acceptance of office.
P •&nbsp;&nbsp;<b>ELECTION OF VICE-CHAIR:</b> Cllr Owen Pardoe was proposed by Cllr Lacey and seconded by Cllr Rastrick. All in favour.
P •&nbsp;&nbsp;<b>ATTENDANCE:</b> Cllr Rastrick confirmed that the meeting was quorate and asked residents to hold their questions until the public speaking item.
P •&nbsp;&nbsp;<b>DECLARATIONS OF INTEREST AND REGISTER UPDATES:</b> Members were reminded to send any changes to their register entries to the district council within 28 days. No interests were declared on the agenda items.
P •&nbsp;&nbsp;<b>MINUTES OF PREVIOUS MEETING:</b> The minutes of the Parish Council meeting of 20th March 2025 were approved as a true record and signed by the Chair.
P •&nbsp;&nbsp;<b>PUBLIC SPEAKING</b>
P &nbsp;&nbsp;&nbsp;&nbsp;&nbsp;&nbsp;-&nbsp;&nbsp;District Councillor Hamish Pryor gave his report on the new food waste collections, which start in September, and on the district’s review of car parking charges. Noted.
P &nbsp;&nbsp;&nbsp;&nbsp;&nbsp;&nbsp;-&nbsp;&nbsp;A written report from County Councillor Val Emberton had been circulated. Noted.
P &nbsp;&nbsp;&nbsp;&nbsp;&nbsp;&nbsp;-&nbsp;&nbsp;Police: no officer attended and no report was received.
P &nbsp;&nbsp;&nbsp;&nbsp;&nbsp;&nbsp;-&nbsp;&nbsp;Residents’ questions: Mrs Ruth Pellow asked whether anything could be done about water lying on the road at the ford after rain. Cllr Voysey replied that the highway authority had the drain on its list for the summer.
P •&nbsp;&nbsp;<b>MATTERS ARISING (FOR INFORMATION).</b> The Clerk reported that the new litter bin by the recreation ground gate had been installed. Noted.
P •&nbsp;&nbsp;<b>CO-OPTION TO THE VACANT SEAT.</b> The Chair reported that one application had been received, from Mr Dennis Gorringe, who spoke briefly about his interest in the parish footpaths. It was resolved that Mr Gorringe be co-opted to fill the vacancy. A further vacancy will arise in June.
P •&nbsp;&nbsp;<b>GOVERNANCE</b>
P 7.1 Review of Standing Orders and Financial Regulations. Both documents had been circulated with the agenda. Approved with no changes.
P 7.2 Review of the asset register and insurance. The Clerk reported that the new noticeboard had been added to the register and that the insurance renewal was £612.40. Approved.
P 7.3 Annual Governance and Accountability Return 2024/25. The annual governance statement was read by the Clerk and each assertion answered. It was resolved to approve the governance statement and the accounting statements and to certify the council as exempt from a limited assurance review.
P •&nbsp;&nbsp;<b>FINANCE</b>
P 8.1 Payments. The schedule of payments totalling £1,143.26, including the insurance premium, was approved. Proposed Cllr Lacey, seconded Cllr Pardoe.
P 8.2 Bank reconciliation to 30th April 2025. The reconciliation was checked and signed by Cllr Voysey. Noted.
P •&nbsp;&nbsp;<b>PLANNING:</b> 25/01021/HHD – Single storey rear extension, 2 Mill Cottages, Shilbrook. Cllr Lacey said the neighbours had been consulted by the applicant. The council agreed to raise no objection.
P •&nbsp;&nbsp;<b>DATE OF NEXT MEETING:</b> Thursday 17th July 2025, 7.00pm, Shilbrook Institute.
S 8
P Meeting closed 8.40pm.
