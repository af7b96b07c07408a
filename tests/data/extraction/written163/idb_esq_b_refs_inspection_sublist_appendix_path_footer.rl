@title Wenfold and Little Caxley IDB minutes 17.5.01
@font Times-Roman
@fontsize 11
@footer G:\Clerks\WLC IDB\mins\17.5.01||{page}
HC WENFOLD AND LITTLE CAXLEY INTERNAL DRAINAGE BOARD
C At a Meeting of the Wenfold and Little Caxley Internal Drainage Board held at the Caxley Bridge Inn on Thursday the 17th May 2001
HC PRESENT
G H R Cattermole Esq (Chairman) | P J Fensome Esq
G D W Askew Esq (Vice Chairman) | Mrs E M Gotobed
G C J Bland Esq | N R Kisby Esq
G T A Dunnell Esq | G Whybrow Esq
P Mr Gerald Pybus (for the Clerk to the Board), Mr Alan Drury (for the Consulting Engineers) and Mr Trevor Lusher (Superintendent) also attended.
P ______
H Apologies for absence
P Apologies for absence were received from M S Harrop Esq and R Tebbit Esq.
H B.612 Inspection of the District
P Prior to the meeting the Members present, except Mr Bland, inspected the District, the inspection including (inter alia):-
P 1. Caxley Fen Pumping Station
P The Chairman referred to minute B.598 of the meeting held on 18th May 2000 and reported that the replacement weedscreen had been fitted in March. Mr Lusher said that the automatic raking gear had stuck twice during the floods of last winter and that the makers had attended under the warranty on both occasions.
P 2. Sedge Lode (Drain 14)
P Mr Drury reported that the lode had been slubbed out between the Fen Road culvert and the pumping station in October 2000, but that the length upstream of the culvert was heavily weeded. Members noted that this length was programmed for the coming autumn.
P 3. Bank slip at Long Drove
P Members viewed the slip on the north bank of the Long Drove drain, about 40 metres from the Hythe Farm crossing. Mr Drury considered that the slip had been caused by the passage of heavy machinery close to the top of the bank.
P RESOLVED
P That the Consulting Engineers obtain prices for the repair of the slip at Long Drove and that the Clerk write to the occupier of Hythe Farm about the use of the bank top.
H B.613 Declarations of Interest
P Mr Fensome declared an interest in planning application 01/00288/FUL (minute B.616(i)) as landlord of the applicant and took no part in the discussion of it.
H B.614 Confirmation of Minutes
P The minutes of the meeting of the Board held on 16th November 2000, having been circulated, were confirmed and signed by the Chairman.
H B.615 Matters arising
P Mr Pybus reported on the following matters arising from the minutes:-
P (a) Minute B.601 (Drainage rate arrears) - two of the three occupiers in arrears had now paid; a summons was being sought against the third.
P (b) Minute B.604 (Access to Little Caxley Sluice) - the landowner had agreed to a new field gate, which the Superintendent had fitted at a cost of £185.
H B.616 Planning applications
P Mr Drury reported on the following applications received since the last meeting:-
P (i) 01/00288/FUL - Erection of agricultural storage building, Low Farm, Caxley Fen - no objection, subject to the Board's consent under its byelaws for the new outfall.
P (ii) 01/00301/OUT - Residential development of 6 dwellings, land off Mill Road, Wenfold - object unless surface water is attenuated to the greenfield run-off rate.
P (iii) 01/00317/FUL - Replacement dwelling, 2 Hythe Cottages - no comment.
P RESOLVED
P That the Consulting Engineers' recommendations on the above applications be endorsed.
H B.617 Annual Accounts 2000/2001
P Mr Pybus presented the accounts for the year ended 31st March 2001, which showed an excess of income over expenditure of £4,826 and balances carried forward of £38,112. Mrs Gotobed asked whether the balances were now higher than the Board required; Mr Pybus advised that they were in line with the reserves policy agreed at minute B.579.
P RESOLVED
P That the accounts for the year ended 31st March 2001 be approved and signed by the Chairman and that they be submitted to the auditor.
H B.618 Schedule of payments
P The schedule of payments made since the last meeting, set out in Appendix 1 to these minutes, was received.
P RESOLVED
P That the payments listed in Appendix 1 be confirmed.
H B.619 Environment Agency - Flood Defence levy
P Mr Pybus reported that the Agency's levy on the Board for 2001/2002 would be £7,430, an increase of 2.6 per cent. The report was noted.
H B.620 Date of next meeting
P Thursday the 15th November 2001 at 2.30pm at the Caxley Bridge Inn.
S 18
P Chairman ............................................................
PB
HC APPENDIX 1
C Schedule of payments made since 16th November 2000 (minute B.618)
TH No. | Payee | Details | Amount £
T 1 | Fenland Plant Hire Ltd | Slubbing, Sedge Lode | 3,260.00
T 2 | Anglia Power Supply Ltd | Caxley Fen Pumping Station, quarter to 31.12.00 | 1,184.37
T 3 | Drury & Partners | Engineering fees, October 2000 to March 2001 | 1,420.00
T 4 | T Lusher | Superintendent's salary and mileage, November to April | 2,915.60
T 5 | Wenfold Agricultural Supplies | Field gate and posts, Little Caxley Sluice | 185.00
T 6 | Association of Drainage Authorities | Subscription 2001 | 260.00
