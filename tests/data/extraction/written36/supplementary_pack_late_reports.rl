@title Supplementary Agenda - Cabinet 10 December 2024
@font Helvetica
@fontsize 10.5
@numcol 12
@footer Page {page}
HC Lunefell Council
S 8
HC SUPPLEMENTARY AGENDA
S 8
G <b>Meeting:</b> | Cabinet
G <b>Date:</b> | Tuesday, 10 December 2024
G <b>Time:</b> | 10.00 am
G <b>Venue:</b> | Council Chamber, Fellgate House, Lunebridge
S 8
P Please find attached the following reports which were marked ‘to follow’ on the agenda for the above meeting.
R 4. | Minutes of the Previous Meeting (Pages 3 - 4)
R  | To confirm as a correct record the minutes of the meeting of Cabinet held on 12 November 2024.
R 9. | Highways Winter Service Plan 2024/25 (Pages 5 - 6)
R 12. | Leisure Facilities Contract – Variation (Pages 7 - 8)
R 15. | Grant Award – Lunebridge Market Hall Restoration (Pages 9 - 10)
S 10
P Enquiries to: Agnes Thwaite, Democratic Services Officer
P Email: agnes.thwaite@lunefell.gov.uk&nbsp;&nbsp;&nbsp;Tel: 01632 960 226
P Supplementary agenda published on Thursday, 5 December 2024
PB
C This page is intentionally left blank
PB
H Agenda Item 4
HC LUNEFELL COUNCIL
HC CABINET
P Minutes of a meeting of the Cabinet held on Tuesday, 12 November 2024 at 10.00 am in the Council Chamber, Fellgate House, Lunebridge
P <b>PRESENT:</b>
P Cllr Judith Ormerod (Leader) (Chair)
P Cllr Peter Haslam (Deputy Leader), Cllr Ruth Brockbank, Cllr Sunita Rae and Cllr Tom Wilkinson
P <b>Officers in attendance:</b> Neil Garside (Chief Executive), Catherine Postlethwaite (Director of Resources), Imogen Farrer (Monitoring Officer) and Agnes Thwaite (Democratic Services Officer)
H 57. Apologies for Absence
P Apologies for absence were received from Cllr Alan Dobson.
H 58. Declarations of Interest
P Cllr Rae declared an other registrable interest in minute 62 as a trustee of the Lunebridge Arts Trust and left the room while that item was considered.
H 59. Exclusion of Press and Public
P RESOLVED, that the press and public be not excluded during consideration of any items of business on the agenda.
H 60. Minutes
P RESOLVED, that the minutes of the meeting held on 15 October 2024 be confirmed as a correct record and signed by the Chair.
H 61. Public Participation
P There were no questions or statements from members of the public.
H 62. Cultural Strategy 2025–2030
P Cllr Brockbank introduced the draft strategy, which had been shaped by over 1,100 responses to the summer consultation. She highlighted the proposal to rotate a small arts festival between the market towns, starting with Lunebridge in 2025.
P Cllr Haslam asked how the festival would be funded after the first year. The Director of Resources explained that the first year would be met from the Rural Prosperity Grant and that later years would depend on sponsorship and ticket income.
P RESOLVED, that Cabinet:
P (1) approves the Cultural Strategy 2025–2030 as set out in Appendix 1 to the report; and
P (2) delegates to the Director of Thriving Places, in consultation with the Portfolio Holder, authority to agree the annual delivery plan.
H 63. Council Tax Base 2025/26
P Cllr Wilkinson presented the report, which calculated the council tax base for 2025/26 at 79,812.4 Band D equivalent properties, an increase of 0.9% on the current year.
P RECOMMENDED TO COUNCIL – that the council tax base for 2025/26 be set at 79,812.4 Band D equivalent properties, with the parish and town council figures set out in Appendix A.
H 64. Treasury Management Mid-Year Report 2024/25
P The Director of Resources presented the mid-year report. Borrowing remained within the authorised limit and no new long-term loans had been taken out since April.
P Cabinet noted the report.
S 10
P The meeting closed at 11.22 am.
PB
H Agenda Item 9
P <b>Lunefell Council</b>
G Report to: | Cabinet
G Date of meeting: | 10 December 2024
G Subject: | Highways Winter Service Plan 2024/25
G Report of: | Director of Thriving Places
G Portfolio: | Highways and Assets
G Key Decision: | Yes – Forward Plan reference KD/24/118
G Exempt: | No
P <b>Reason for late publication:</b> The plan could not be finalised until the new salt supply contract was confirmed on 2 December 2024.
H 1.0 Executive Summary
P 1.1 The Winter Service Plan sets out how the Council will treat the road network during the winter. For 2024/25 it is proposed to add 41 kilometres of rural bus routes to the primary gritting network and to replace two gritting lorries at the Lunebridge depot.
H 2.0 Recommendations
P 2.1 Cabinet is recommended to approve the Highways Winter Service Plan 2024/25 at Appendix 1 and the addition of the routes listed in Appendix 2 to the primary network.
H 3.0 Background
P 3.1 The Council treats 1,380 kilometres of road, about 31% of the network, on a precautionary basis. Routes are chosen using a hierarchy that gives priority to A and B roads, bus routes and access to hospitals and fire stations.
PB
P 3.2 Salt stocks at the start of December stood at 14,600 tonnes, which is above the recommended minimum of 12,000 tonnes.
H 4.0 Financial Implications
P 4.1 The extra routes will cost about £96,000 in an average winter and will be met from the winter maintenance budget of £4.3 million.
H 5.0 Legal Implications
P 5.1 Section 41(1A) of the Highways Act 1980 places a duty on the Council to ensure, so far as is reasonably practicable, that safe passage along a highway is not endangered by snow or ice.
P <b>Contact Officer:</b> Gareth Nicholson, Highways Network Manager
PB
H Agenda Item 12
P <b>Lunefell Council</b>
G Report to: | Cabinet
G Date of meeting: | 10 December 2024
G Subject: | Leisure Facilities Management Contract – Variation of Terms
G Report of: | Director of Resources
G Portfolio: | Finance and Resources
G Key Decision: | Yes – Forward Plan reference KD/24/121
G Exempt: | No (Appendix 3 is exempt under paragraph 3 of Schedule 12A)
P <b>Reason for late publication:</b> Negotiations with the operator were not concluded until 29 November 2024.
H 1.0 Executive Summary
P 1.1 The Council’s leisure operator has asked for the management fee to be reviewed because of higher energy and staffing costs. This report sets out a variation that would keep all five centres open while sharing future energy savings between the Council and the operator.
H 2.0 Recommendations
P 2.1 Cabinet is recommended to agree the variation of the leisure facilities management contract on the terms set out in section 4 and to delegate the final drafting to the Monitoring Officer.
PB
H 3.0 Background
P 3.1 The contract began in April 2019 and runs until March 2029. The operator reported a deficit of £410,000 across the five centres in 2023/24.
H 4.0 Proposed Terms
P 4.1 The management fee would rise by £180,000 a year for two years, after which it would fall back as the solar panels and pool covers funded by the decarbonisation grant reduce energy use.
H 5.0 Financial Implications
P 5.1 The increase can be met from the leisure contingency reserve in 2025/26 and will be built into the medium term financial plan from 2026/27.
P <b>Contact Officer:</b> Rebecca Sowerby, Head of Commissioning
PB
H Agenda Item 15
P <b>Lunefell Council</b>
G Report to: | Cabinet
G Date of meeting: | 10 December 2024
G Subject: | Grant Award – Lunebridge Market Hall Restoration
G Report of: | Director of Thriving Places
G Portfolio: | Economy and Culture
G Key Decision: | No
G Exempt: | No
P <b>Reason for late publication:</b> The heritage funder confirmed its own award on 3 December 2024.
H 1.0 Executive Summary
P 1.1 The Lunebridge Market Hall Trust has secured £1.2 million from a national heritage funder to repair the roof and clock tower of the Market Hall. This report proposes a match-funding grant of £150,000 from the Council’s Town Centres Fund.
H 2.0 Recommendations
P 2.1 Cabinet is recommended to award a grant of £150,000 to the Lunebridge Market Hall Trust, subject to a funding agreement.
PB
H 3.0 Background
P 3.1 The Market Hall is a listed building owned by the Trust and let to traders on the ground floor. Water ingress through the roof closed the upper hall in 2023.
H 4.0 Financial Implications
P 4.1 The Town Centres Fund has an uncommitted balance of £362,000. The grant would be paid in two instalments linked to the progress of the works.
P <b>Contact Officer:</b> Owen Mattinson, Regeneration Officer
