@title Grebe Lode IDB minutes 11.3.26
@font Times-Roman
@fontsize 11.5
@footer F:\Admin\Clerks\Word\GrebeLode\mins\11.3.26
HC GREBE LODE INTERNAL DRAINAGE BOARD
S 6
P At a Meeting of the Grebe Lode Internal Drainage Board held at the Board's Office, 3 Lode Bank, Grebe Fen on Wednesday the 11th March 2026
HC PRESENT
G R T Askew Esq (Chairman) | A N Shelbourne Esq
G P J Fincham Esq (Vice Chairman) | C D Tebbit Esq
G G W Quince Esq | Mrs S Lenton
S 4
P Mr Owen Carrick (for the Clerk to the Board) and Mr Alan Yelland (for the Consulting Engineers) also attended.
C ______
H Apologies for absence
P Apologies for absence were received from H Ransome Esq.
H B.1041 Declarations of Interest
P Mr Carrick asked Members to say now if any business on the agenda touched their own land, family or business.
P Mr Quince declared an interest in minute no. B.1048 as the owner of land adjoining the application site.
H B.1042 Confirmation of Minutes
P RESOLVED
P That the Chairman sign the Minutes of the Board meeting of the 12th March 2025 as a correct record.
H B.1043 Election of Members of the Board
P Mr Carrick reported that seven nominations had been received for the seven elected seats, so no poll had been needed and the following took office for three years from the 1st November 2025, viz:-
G ASKEW Roger Thomas | FINCHAM Paul John
G QUINCE Graham William | LENTON Susan
G RANSOME Henry | SHELBOURNE Andrew Neil
G TEBBIT Colin David |
H B.1044 Appointment of Chairman
P RESOLVED
P That R T Askew Esq be appointed Chairman of the Board.
H B.1045 Appointment of Vice Chairman
P RESOLVED
P That P J Fincham Esq be appointed Vice Chairman of the Board.
H B.1046 Completion of the Annual Accounts and Annual Return of the Board – 2024/2025
P a) Members had before them the External Auditors' certificate and report on the Annual Return for 2024/2025, which raised no matters of concern.
P RESOLVED
P i) That the Board, having reviewed the internal auditor's report and the controls operated on its behalf, is content that its internal control arrangements worked properly during 2024/2025.
P ii) That the risk register, the quarterly budget reports and the sums insured on the pumping station and plant remain suitable and be kept as they are.
P (iv) That it be recorded, as the Accounts and Audit Regulations require, that the Board approved the accounts at its meeting on the 12th March 2025.
P (v) That the Chairman sign the auditors' letter of representation for the Board.
H B.1047 Consulting Engineers' Report
P Mr Yelland reported on the condition of Grebe Lode Pumping Station. The No 2 pump had been lifted in January and the bearings replaced; the weedscreen cleaner needs a new gearbox, for which a price of £7,860 had been obtained.
P In response to Mr Shelbourne, Mr Yelland confirmed that the work could be done in the summer when the pumps were least needed.
P RESOLVED
P That the report be noted and that the Consulting Engineers be authorised to order the replacement gearbox.
H B.1048 Planning Applications and Consents
P Mr Quince left the meeting.
P Mr Yelland reported on an application for consent to culvert 18 metres of the Board's drain 14 at Fen End Farm to form a new field access.
P RESOLVED
P That consent be granted subject to the culvert being of not less than 900 mm diameter and to the applicant paying the Board's standard fee.
P Mr Quince rejoined the meeting.
H B.1049 Drainage Rates and Special Levies 2026/2027
P Mr Carrick presented the estimates of income and expenditure for the year 2026/2027.
P RESOLVED
P That the drainage rate for 2026/2027 be 9.85p in the £ on the annual value of agricultural land and that the special levy on North Marshland District Council be £41,220.
H B.1050 Biodiversity Action Plan
P Mrs Lenton reported on the water vole survey on the Lode banks, which had found signs of voles at eleven of the fourteen sites.
P Members noted the report.
H B.1051 Date of next meeting
P It was noted that the next meeting of the Board would be held in March 2027 on a date to be fixed by the Chairman.
S 18
P The meeting closed at 3.40 pm.
S 14
P Chairman ..........................................
