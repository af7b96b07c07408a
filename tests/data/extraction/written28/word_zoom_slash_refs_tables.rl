@title Minutes 14 April 2021
@font Helvetica
@fontsize 10.5
@numcol 16
@header_first Wemsley Moss Parish Council||Chairman: Keith Ridgway
@header  
@footer To be signed by Chair on approval of accuracy||Page {page}
P Minutes of the Parish Council’s Monthly Meeting held on 14 April 2021 on the Zoom Platform starting at 7:30pm
P Present: Councillors: K Ridgway (Chair); J Sandland; B Hodnett; A Rowe; M Platt. L Tudor joined the meeting late. County Councillor: C Mellor Clerk: A Bebbington Members of the community: 2 Representatives of other bodies/ organisations: 0
R 31/21 | <b>Apologies for Absence</b>
P P Darlington
R 32/21 | <b>Declaration of Pecuniary Interests</b>
P Members were reminded of their obligation to declare any interests/ gifts/ hospitality. None were declared.
R 33/21 | <b>Minutes of Previous Meeting</b>
P Meeting of Wemsley Moss Parish Council held on 10 March 2021: It was proposed by Cllr Sandland that the draft minutes, of the meeting detailed above, were an accurate record. This was seconded by Cllr Hodnett and agreed by all present. (As the meeting was online, the Clerk signed the minutes on behalf of the Chairman.)
R 34/21 | <b>Planning</b>
P a. Applications for consideration
T Reference | Detail | Comment
T 21/01387/FUL | Erection of agricultural building for livestock housing, Moss Side Farm WM4 6LP | No objection
T 21/01402/HOU | Two-storey rear extension, 3 Fenn Cottages WM4 6LQ | No objection
P Cllr Platt said that the livestock building should be screened from the canal towpath. It was resolved to raise no objection to either application and to ask for a landscaping condition on 21/01387/FUL.
P b. Planning Decisions Received
T Reference | Detail | Decision
T 21/00114/FUL | Replacement dwelling, The Bungalow, Moss Lane WM4 6LR | Grant permission
T 20/05591/OUT | Outline application for one dwelling, land at Top Farm WM4 6LS | Refused
P c. The Clerk provided a verbal report on the enforcement case at Moss Lane, which has been closed by the planning authority with no further action.
R 35/21 | <b>Clerk’s Report</b>
P The report was circulated by email prior to the meeting (Appendix A). Cllr Rowe asked for the broken fingerpost on Footpath 14 to be added to the highways list.
R 36/21 | <b>Financial Matters</b>
P a) To receive monthly bank balance record. The Clerk advised the council of the council’s bank balances.
T DATE | ACCOUNT NAME | AMOUNT
T 31 March 2021 | Current Account (Working Budget) | 3,114.62
T 31 March 2021 | Savings Account (Reserves) | 6,850.00
P b) To approve payments.
T Payee | Details | Amount
T A Bebbington | Clerk salary March | 412.30
T HMRC | PAYE | 103.00
T Marches Parish Services | Website hosting 2021/22 | 96.00
T Moss Mowing | Churchyard grass cutting (1st cut) | 85.00
P It was proposed by Cllr Rowe that the payments be approved. This was seconded by Cllr Tudor and agreed by all present.
P c) To note the end of year accounts 2020/21. The Clerk reported that the accounts had been closed and sent to the internal auditor. Noted.
R 37/21 | <b>County Councillor’s Report</b>
P Cllr Mellor reported that the County Council elections will take place on 6 May and that the resurfacing of the main road at the Moss junction is programmed for June. He also advised that the council’s highways fault reporting system is being replaced.
R 38/21 | <b>Highways and Footpaths</b>
P Cllr Hodnett reported flooding outside the chapel on Moss Lane after heavy rain; the Clerk will report it again with photographs. The fingerpost on Footpath 14 will be reported.
R 39/21 | <b>Meetings after 7 May 2021</b>
P The Clerk explained that the regulations allowing remote meetings expire on 6 May 2021. After discussion it was RESOLVED that the Annual Meeting on 12 May be held in the Memorial Hall with social distancing, masks and a maximum of 20 people, and that the Clerk carry out a risk assessment.
R 40/21 | <b>Correspondence</b>
P Letter from the canal trust about towpath works in June; invitation to the area Clerks’ forum. Noted.
R 41/21 | <b>Date of Next Meeting</b>
P Annual Meeting of the Council: 12 May 2021 at 7:30pm, Memorial Hall (subject to the Covid-19 guidance then in force).
P The meeting closed at 8:52pm.
