@title Minutes 17 September 2025
@font Times-Roman
@fontsize 11
@footer {page}
HC HUNDRED FEN FOURTH DISTRICT INTERNAL DRAINAGE BOARD
HC MINUTES
C of the proceedings of the Board at a Meeting held at the Board's Offices, 12 Wide Bargate, Fenby on Wednesday 17 September 2025.
C ------
P Present:- C.R. Tunnard Esq. (Chairman)
G Messrs: J. A. Asher | P. Cammack | H. Grief
G | R. Bellamy | D. Dring | K. Leggate
G | T. W. Fox | S. Pocklington | M. Sharpe
G | F. Wass | |
G Mrs J. Enderby | Mrs P. Holland | |
S 6
P <b>Agenda 3/25: Item 1.</b> Apologies for non-attendance were received from:-
P Messrs: R. Bellamy, F. Wass
P <b>Agenda 3/25: Item 2. 1. CHAIRMAN'S ANNOUNCEMENTS</b>
P <b>1.1 Summer Inspection</b> The Chairman thanked the twenty-two members and staff who had attended the summer inspection on 16 July, which had taken in the new outfall at Gowt End and the reed beds on Bratoft Drain.
P <b>1.2 Retirement of Vice-Chairman</b> K. Leggate had written to the Chairman to say that he would stand down as Vice-Chairman after the December meeting, having held the office for nine years. The Chairman asked members interested in the office to let the Chief Executive know by 31 October 2025.
P <b>1.3 ADA Annual Conference - London, 12 November 2025</b> Members wishing to attend should contact the Chief Executive. The Board would pay reasonable travelling expenses for two members.
PB
P <b>Agenda 3/25: Item 2. 1. CHAIRMAN'S ANNOUNCEMENTS - Continued</b>
P <b>1.4 Thanks to the Board's Employees</b> The Chairman asked that the Board's thanks be recorded to the pumping station attendants for their work through the August storm, when all five stations had run continuously for three days. Mrs P. Holland said that residents at Cowbridge had written to her to praise the district staff.
P <b>Agenda 3/25: Item 3. 2. DECLARATIONS OF INTEREST</b>
P None were declared.
P <b>Agenda 3/25: Item 4. 3. MINUTES OF THE BOARD MEETING HELD ON 11 JUNE 2025</b>
P It was proposed by D. Dring and seconded by H. Grief and
P RESOLVED: That the minutes of the Board meeting held on 11 June 2025 be confirmed and signed by the Chairman as a correct record.
P <b>Agenda 3/25: Item 5. 4. MATTERS ARISING</b>
P Minute 6.2 - Pumping Station Telemetry. The Engineering Manager reported that the new telemetry outstations had been installed at four of the five stations, and that the fifth would follow in October. J. A. Asher asked whether the alarm messages could be sent to members as well as staff. The Engineering Manager said that he would look into it.
P <b>Agenda 3/25: Item 6. 5. FINANCIAL REPORT</b>
P The Finance Manager presented the income and expenditure account to 31 August 2025 and the schedule of payments made since the last meeting, totalling £186,402.17. Drainage rates collected stood at 96.8% of the amount demanded.
P RESOLVED: That the schedule of payments be approved and the financial report be received.
P <b>Agenda 3/25: Item 7. 6. ENGINEERING REPORT</b>
P The Engineering Manager reported on the maintenance programme for 2025/26. Weed cutting was 60% complete; desilting of Fen Lode would begin after harvest. T. W. Fox asked about the slipped bank at Low Gate; he was told that it would be repaired by the end of October.
P The report was received and noted.
PB
P <b>Agenda 3/25: Item 8. 7. PLANNING AND CONSENTS</b>
P Two applications for consent under the Board's byelaws had been received: (a) a culvert of 15 metres at Marsh Farm, Fenby; (b) a new outfall from a housing development at Skendleby Road. The Chief Executive said the culvert met the Board's standards but the outfall did not yet include attenuation.
P AGREED: That consent be granted for the culvert at Marsh Farm and that the application for the Skendleby Road outfall be refused until attenuation details are provided.
P <b>Agenda 3/25: Item 9. 8. WATER LEVEL MANAGEMENT - WINTER LEVELS</b>
P S. Pocklington proposed that winter retention levels on the Northern Catchwater be raised by 150mm to benefit wading birds. P. Cammack seconded the proposal. M. Sharpe and Mrs J. Enderby spoke against, citing the risk to low-lying arable land. Upon a vote the proposal was lost by 4 votes to 7.
P <b>Agenda 3/25: Item 10. 9. DATE OF NEXT MEETING</b>
P Wednesday 10 December 2025 at 10.30 am at the Board's Offices.
S 24
P There being no further business the meeting closed at 12.20 pm.
S 24
P Chairman .................................................    Date ..............................
