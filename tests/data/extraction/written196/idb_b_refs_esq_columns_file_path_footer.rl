@title Wendle Fen IDB minutes 9.6.16
@font Times-Roman
@fontsize 11.5
@numcol 20
@footer F:\Admin\KayW\Word\wendlefen\mins\9.6.16||{page}
HC WENDLE FEN INTERNAL DRAINAGE BOARD
S 4
C At a Meeting of the Wendle Fen Internal Drainage Board held in the Board Room at the Fenward Offices, Wendleby on Thursday the 9th June 2016 at 10.00am
S 4
HC PRESENT
G H G Lammas Esq (Chairman) | P J Darrow Esq
G R K Sallows Esq (Vice Chairman) | T A Hurn Esq
G D W Coldham Esq | Councillor Mrs J Fenner
G M E Pask Esq | Councillor B Rix
S 4
P Also present: Mrs Kay Withers (for the Clerk to the Board) and Mr Owen Tebbutt (for the Consulting Engineers).
H Apologies for absence
P S A Gotobed Esq and Councillor R Mayes sent apologies.
R B.1184 | <b>Declarations of Interest</b><br/>Mrs Withers asked Members to say now if any business on the agenda touched their own land, business or family. Mr Hurn declared an interest in minute B.1189 as the owner of land adjoining the Fenward pumping station.
R B.1185 | <b>Confirmation of Minutes</b><br/>RESOLVED<br/>That the Minutes of the Board Meeting of the 4th June 2015 be taken as a correct record and signed by the Chairman.
R B.1186 | <b>Land Drainage Act 1991<br/>Appointed Members – Fenmarsh District Council</b><br/>Mrs Withers reported the District Council’s nominations for the coming term: Councillor Mrs J Fenner continues, and Councillors B Rix and R Mayes join the Board in place of Councillor D Thurlow.
P ________________________
P The Chairman welcomed Councillor Rix, attending for the first time.
R B.1187 | <b>Election of Board Members</b><br/>Mrs Withers reported that the elected Members’ term ends on the 31st October 2016 and presented the draft register of electors for this year’s election.<br/>RESOLVED<br/>That the Register be approved.
R B.1188 | <b>Progress of Works</b><br/>Mr Tebbutt reported on the maintenance works carried out since the last meeting, including the annual cut of the main drains, which had been completed by the end of October, and the replacement of 60 metres of eroded bank on the Long Lode. Mr Darrow asked whether the eroded section was likely to need further work; Mr Tebbutt said that it would be inspected again after the winter.
R B.1189 | <b>Fenward Pumping Station – Telemetry</b><br/>Following on from minute B.1163, Mr Tebbutt reported that the telemetry outstation at the Fenward pumping station had failed twice during the winter and that spares for the existing unit were no longer available. He submitted a quotation of £6,840 for a replacement unit. Mr Hurn took no part in the discussion.<br/>RESOLVED<br/>That the quotation be accepted and the work carried out before the autumn.
R B.1190 | <b>Environment Agency Precept</b><br/>Mrs Withers reported that the Agency’s precept for 2016/17 was £3,118, an increase of 1.9% on last year.<br/>Noted.
R B.1191 | <b>Accounts for the year ended 31st March 2016</b><br/>The accounts for the year ended 31st March 2016 were submitted and considered.<br/>RESOLVED<br/>That the accounts be approved and the Chairman be authorised to sign them on behalf of the Board.
R B.1192 | <b>Annual Governance Statement</b><br/>RESOLVED<br/>That the Board approves the annual governance statement for 2015/16 and that it be signed by the Chairman and the Clerk.
R B.1193 | <b>Internal Audit Report</b><br/>The internal auditor’s report for 2015/16, which raised no matters of concern, was received and noted.
R B.1194 | <b>Payments</b><br/>RESOLVED<br/>That the payments listed on the schedule, totalling £41,236.17, be approved.
R B.1195 | <b>Drainage Rates and Special Levy</b><br/>Mrs Withers reported that £212.40 of the drainage rates for 2015/16 remained outstanding and that recovery action was in hand.<br/>Noted.
R B.1196 | <b>Biodiversity Action Plan</b><br/>Mr Tebbutt reported that the water vole survey of the Long Lode would be carried out in July. Mr Sallows asked that the results be reported to the November meeting. This was agreed.
R B.1197 | <b>Health and Safety</b><br/>There had been no accidents or near misses since the last meeting.
R B.1198 | <b>Date of next meeting</b><br/>Thursday the 10th November 2016 at the Fenward Offices, Wendleby, at 10.00am.
S 16
P ________________________ Chairman
