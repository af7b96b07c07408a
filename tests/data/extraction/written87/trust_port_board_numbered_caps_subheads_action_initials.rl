@title CHPA Board Minutes 24 November 2006
@font Times-Roman
@fontsize 11
@footer CHPA/BD/131||Page {page}
HC CARREGWEN HAVEN PORT AUTHORITY
S 4
HC MINUTES OF 131st BOARD MEETING HELD AT CHPA OFFICES, GLANFFRWD ROAD
HC AT 0930 FRIDAY 24th NOVEMBER 2006
S 8
G <b>Present:</b> | Mr Gareth Prys (Chairman)
G  | Mrs Helen Armitage
G  | Mr Rhodri Beynon
G  | Mr Peter Fairclough
G  | Ms Nerys Lloyd
G  | Mr Martin Aldous (Chief Executive)
G <b>In Attendance:</b> | Mr Idris Kemble (Harbourmaster)
G  | Mrs Delyth Owen (Finance Director)
G  | Miss Carys Pugh (Company Secretary)
S 6
H 71. APOLOGIES FOR ABSENCE
P Apologies were received from Mr Simon Kettle.
H 72. DECLARATIONS OF INTEREST
P Helen Armitage declared an interest in item 79 as a director of Westgate Marine Developments Ltd and took no part in that item.
H 73. MINUTES OF PREVIOUS MEETING
P The minutes of the 130th Board meeting held on 22nd September 2006 were approved and signed by the Chairman.
H 74. MATTERS ARISING
P Minute 62 – Martin confirmed that the lease of the former ice plant to Ty Pysgod Cyf had been completed on 3rd November.
P Minute 66 – The dredging survey of the inner channel has been brought forward to January. The results will be reported to the March Board.
H 75. SAFETY
I Safety
P Idris Kemble gave details of three minor injuries to staff since September, none causing time off work. The year-to-date figure for lost time injuries therefore stays at one, and each case has been investigated and closed.
I Incidents
P Directors questioned the rise in reported defects on the harbour tugs. Most were winch and fender faults and the towage contractor has agreed a revised maintenance schedule. It was noted that a single tanker arrival can call out four or five separate craft.
I Mooring failures
P Rhodri asked whether the three yacht mooring failures in October were linked to the position of the moorings. Idris said that the outer trots off Pen-y-cei take the full force of south-westerly gales and that moving them further up the haven is being costed. A proposal will come to the January Board.
P ACTION M/IK
H 76. CHIEF EXECUTIVE’S REPORT
P Martin presented his report covering trading volumes, the ferry timetable consultation and progress on the marina pontoon replacement. Cargo throughput for the year to date is 4% ahead of budget.
P Nerys asked about the effect of the ferry operator’s winter timetable on the terminal staffing. Martin said that staff would be redeployed to the fish dock during the quieter months and no redundancies were proposed.
P The Board noted the report.
H 77. FINANCE REPORT – OCTOBER 2006
P Delyth presented the management accounts for the seven months to 31st October 2006. Operating profit is £212k ahead of budget, mainly from higher marine income.
P The capital forecast has been revised to include the pontoon replacement (£640k) which will now fall in 2007. The Chairman commented that the pontoon was overdue and should not be delayed further.
P The Board APPROVED the revised capital forecast for 2006 and 2007.
H 78. PILOTAGE CHARGES 2007
P Idris presented the proposed pilotage tariff for 2007, which reflects the increased cost of the new pilot launch. Helen asked how the increase compared with neighbouring ports. Idris said that the proposed charges would remain below those at the two nearest competing ports.
P Following discussion it was RESOLVED that pilotage charges be increased by 3.5% from 1st January 2007.
H 79. DOCKS REGENERATION – WEST QUAY
P Helen Armitage left the meeting for this item.
P Martin outlined the approach received for a mixed leisure and residential scheme on the West Quay land. The Board felt that it could not consider the proposal until an independent valuation of the site had been obtained.
P Consideration was deferred to the January meeting pending the independent valuation.
P ACTION M
P Helen Armitage returned to the meeting.
H 80. HEALTH &amp; SAFETY POLICY REVIEW
P The Company Secretary introduced the revised Health &amp; Safety Policy, updated for the new Port Marine Safety Code guidance.
P The revised policy was approved.
H 81. PORT USERS CONSULTATIVE COMMITTEE
P Nerys reported on the October meeting of the Port Users Consultative Committee. Users had welcomed the new notices to mariners on the website but asked for text message alerts as well. It was noted that the next meeting would be held in March 2007.
H 82. ANY OTHER BUSINESS
P Rhodri raised the condition of the public slipway at the old lifeboat station, which had been damaged in the October gales.
P ACTION M
H 83. DATE OF NEXT MEETING
P Friday 26th January 2007 at 0930, CHPA Offices.
S 24
P Signed ………………………………… Chairman      Date ……………………
