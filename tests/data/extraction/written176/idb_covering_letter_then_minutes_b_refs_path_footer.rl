@title HW mins 21.4.20
@font Times-Roman
@fontsize 11
@numcol 20
@footer F:\Admin\Word\holmfleetwashes\mins\21.4.20
HC FENMOSS LEVEL COMMISSIONERS
C Fenmoss Offices, Sluice Road, Elmsey, Cambridgeshire PE38 4QZ
C Telephone: (01354) 660 418 &nbsp;&nbsp; Email: admin@fenmosslevel.org.uk
S 10
G Chief Executive: R J Pocklington BSc MICE | Our Ref: HW/DF/212/1/0457
G | Your Ref:
G | Date: 28th April 2020
S 10
P To: The Chairman and Members of the Holmfleet Washes Internal Drainage Board
S 6
P Dear Sir/Madam
P <b><u>HOLMFLEET WASHES INTERNAL DRAINAGE BOARD</u></b>
P <b><u>MEETING HELD ON TUESDAY 21st APRIL 2020</u></b>
P I enclose for your information a copy of the draft Minutes of the above meeting, which was held by video conference under the Board's temporary arrangements. The Minutes will be submitted for confirmation at the next meeting of the Board.
P I should be grateful if you would let me know of any matter which you consider has not been recorded correctly.
S 6
P Yours faithfully
S 16
P D Fenwick
P for Clerk to the Board
P Enc.
PB
HC HOLMFLEET WASHES INTERNAL DRAINAGE BOARD
S 4
P At a Meeting of the Holmfleet Washes Internal Drainage Board held by video conference from the Fenmoss Offices, Elmsey on Tuesday the 21st April 2020
HC PRESENT
G P R Rattee Esq (Chairman) | M W Tebbit Esq (Vice Chairman)
G J Holroyd Esq | K A Denyer Esq
G Mrs E M Stannard | T J Pask Esq
G R G Winfarthing Esq | 
P Mr Daniel Fenwick (representing the Clerk to the Board) and Mr Gideon Marsh (representing the Consulting Engineers) were in attendance.
H Apologies for absence
P Apologies for absence were received from C D Lovick Esq and N Ashplant Esq.
R B.1301 | <b>Standing Orders</b>
P Mr Fenwick reported that, so that the Board could continue to meet while members were unable to gather in one place, a set of temporary standing orders had been prepared which allowed members to attend and vote by video or telephone link. Members considered the draft, which had been circulated with the agenda.
H RESOLVED
P That the temporary Standing Orders be adopted until the Board resolves otherwise.
R B.1302 | <b>Declarations of Interest</b>
P Mr Fenwick reminded Members of the need to declare an interest in any item on the agenda which affected them or their families.
P Mr Holroyd declared an interest in minute no. B.1318 - Washland Grazing Licences, as a licensee.
R B.1303 | <b>Confirmation of Minutes</b>
H RESOLVED
P That the Minutes of the Board's meeting of 8th October 2019 be confirmed as a correct record and signed by the Chairman when practicable.
R B.1304 | <b>Appointment of Chairman</b>
H RESOLVED
P That P R Rattee Esq be appointed Chairman of the Board until the first meeting after 1st April 2021.
R B.1305 | <b>Appointment of Vice Chairman</b>
H RESOLVED
P That M W Tebbit Esq be appointed Vice Chairman of the Board until the first meeting after 1st April 2021.
R B.1306 | <b>Election of Members</b>
P Mr Fenwick reported on the election of Members held in the autumn of 2019: as no more nominations had been received than there were seats, J Holroyd Esq, T J Pask Esq, Mrs E M Stannard and R G Winfarthing Esq had been returned unopposed and would serve until 2022.
P The Board noted the result of the election.
R B.1307 | <b>Appointment of Works Committee</b>
H RESOLVED
P That the Chairman, the Vice Chairman and K A Denyer Esq be appointed to serve on the Works Committee for the ensuing year.
R B.1308 | <b>Annual Governance and Accountability Return 2019/2020</b>
P The Board considered Section 1 of the Annual Governance and Accountability Return, the Annual Governance Statement, for the year ended 31st March 2020.
H RESOLVED
P i) That the Board is satisfied that, in all significant respects, its system of internal control was adequate and effective throughout the year.
P ii) That the Chairman and the Clerk be authorised to sign the Annual Governance Statement on behalf of the Board.
P iii) That the Board's policies on risk management and on the insured value of its property remain adequate for the size of its business and be continued.
R B.1309 | <b>Internal Audit Report</b>
P The Board noted the report of the internal auditor, which had found no matters that needed to be brought to the attention of Members.
R B.1310 | <b>Accounting Statements for the year ended 31st March 2020</b>
P Mr Fenwick presented the Accounting Statements, which showed income of £31,406 and expenditure of £28,915 for the year, and a balance carried forward of £47,220.
H RESOLVED
P That Section 2 of the Return, the Accounting Statements, be approved and signed by the Chairman.
R B.1311 | <b>Estimates for 2020/2021</b>
P Members considered the estimates of income and expenditure for the current year, which allowed for a larger programme of bank repairs following the floods of February 2020.
H RESOLVED
P That the estimates for 2020/2021 be approved.
R B.1312 | <b>Drainage Rates and Special Levy 2020/2021</b>
H RESOLVED
P i) That a drainage rate of 11.2p in the £ be made for the year ending 31st March 2021 on all chargeable property in the Board's district.
P ii) That a special levy of £9,684 be issued to the district council for the same year.
P iii) That the Board's Common Seal be affixed to the rate and the special levy.
R B.1313 | <b>Consulting Engineers' Report</b>
P Mr Marsh reported on the work carried out since the last meeting, including the clearance of 4.6 kilometres of the Counter Dyke and the repair of the outfall flap at Scalders Sluice.
P The report was received and noted.
R B.1314 | <b>Washland Banks - Condition Survey</b>
P Mr Marsh reported that the condition survey of the barrier bank had found two short lengths, near Mill Drove and at Tenpenny Corner, where the crest had settled by more than 150 millimetres.
P Mr Tebbit asked whether the settlement was due to the winter's high water levels. Mr Marsh said that it probably was, but that the lengths would need to be watched.
P The Board agreed that both lengths should be topped up in the summer and that the survey should be repeated in 2022.
R B.1315 | <b>Environment Agency Matters</b>
P Mr Fenwick reported that the Agency had not yet set a date for the repair of the tidal doors at the Board's outfall, which it had promised for the spring.
R B.1316 | <b>Planning Applications</b>
P There were no planning applications which affected the Board's district.
R B.1317 | <b>Health and Safety</b>
P Mr Fenwick reported that no accidents or near misses had been reported since the last meeting.
R B.1318 | <b>Washland Grazing Licences</b>
P Having declared an interest, Mr Holroyd took no part in the discussion or voting on this item.
H RESOLVED
P That the grazing licences on the washland be renewed for a further year at the present rent.
R B.1319 | <b>Mole and Rabbit Control</b>
P Mrs Stannard commented that rabbit burrows had been found again in the bank near Straw Drove.
P The Board agreed to continue the present arrangement with Mr T Gotobed for the coming year, at a fee of £1,150.
R B.1320 | <b>Bank Mandate</b>
H RESOLVED
P That the Board's bank mandate be amended so that any two of the Chairman, the Vice Chairman and the Clerk may sign payments.
R B.1321 | <b>Payments</b>
P The schedule of payments made since the last meeting, totalling £18,732.44, was approved.
R B.1322 | <b>Risk Register</b>
P The Board reviewed its risk register and agreed that no changes were needed this year.
R B.1323 | <b>Data Protection</b>
P Mr Fenwick reported that the Board's privacy notice had been published on the Commissioners' website. The Board noted the position.
R B.1324 | <b>Drainage Authorities' Association - Subscription</b>
P The annual subscription of £86 was approved.
R B.1325 | <b>Any Other Business</b>
P Mr Denyer asked that Members be sent a map of the bank works planned for the summer. Mr Fenwick undertook to circulate one.
R B.1326 | <b>Date of Next Meeting</b>
H RESOLVED
P That the next meeting of the Board be held in October 2020, on a date to be fixed by the Clerk in consultation with the Chairman.
