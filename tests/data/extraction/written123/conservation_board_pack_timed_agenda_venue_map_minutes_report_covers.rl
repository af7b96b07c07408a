@title WCB Board Meeting 16 October 2008
@font Helvetica
@fontsize 10
@numcol 10
@header WCB Board Meeting Thursday 16th October 2008
@footer {page}
HC Board Meeting 10.30 a.m. 16th October 2008
HC Lynchetts Memorial Hall, Near Wendham
H Agenda
G 1. | Apologies | 10.30
G 2. | Introduction of new members | 10.30 – 10.35
G 3. | Declarations of Interest | 10.35 – 10.36
G 4. | Minutes of Previous Meeting | 10.36 – 10.41
G 5. | Matters Arising | 10.41 – 10.45
G 6. | Public Question Time | 10.45 – 10.48
G 7. | Appointment of a member to the Planning Committee | 10.48 – 10.58
G 8. | Annual Audit 2007-08 | 10.58 – 11.08
G 9. | Report from the Executive Committee | 11.08 – 11.18
G 10. | Report on Chalk Grassland Project | 11.18 – 11.38
G 11. | Business Plan 2009-12 – first draft | 11.38 – 11.48
G 12. | Members' round-up | 11.48 – 12.30
G 13. | Lunch | 12.30 p.m.
S 8
C Lynchetts Memorial Hall, Vicarage Lane, Lynchetts HP99 9XQ
C B4781 to Coombe Ley &nbsp;&nbsp;&nbsp;&nbsp; A4196 to Wendham &nbsp;&nbsp;&nbsp;&nbsp; Car park at rear
S 14
HC MINUTES OF THE MEETING OF THE WHITECOMBE HILLS CONSERVATION BOARD HELD ON THURSDAY 26th June 2008 at Westhanger Parish Hall, Church Walk, Westhanger COMMENCING AT 10.30 AM AND CONCLUDING AT 12.55 PM
H MEMBERS PRESENT
TH Member | Appointing Body
T <b>Appointed by Local Authorities</b> |
T Cllr Aubrey Scholes | Wendham Borough Council
T Cllr Vernon Hadland | Holmcombe District Council
T Cllr Malcolm Tebbutt (Chairman) | Chalkshire County Council
T Cllr Stuart Fensome | Three Valleys District Council
T <b>Appointed by the Secretary of State</b> |
T Dr Ruth Ellingham | Secretary of State
T Frances Kilby | Secretary of State
T Dr Peter Joiner (Vice-Chairman) | Secretary of State
T <b>Appointed by Parish Councils</b> |
T Margaret Sear | Parish Councils (Chalkshire)
T Nigel Budd | Parish Councils (Vale)
P <b>OFFICERS PRESENT:</b> Alan Prentice (Chief Officer), Ian Mountford (Countryside Officer), Joanna Reeve (Planning Officer), Lorna Bickerstaff (Finance and Administration Officer)
P <b>APOLOGIES:</b> Cllr Jean Tapping, Cllr Owen Spratley, Roy Hensman
R 1. | <b>Apologies</b>
R  | Apologies were received from Cllr Jean Tapping, Cllr Owen Spratley and Roy Hensman.
R 2. | <b>Declarations of Interest</b>
R  | Nigel Budd declared a personal interest in item 9 as a member of the Lynchetts Riding Club.
R 3. | <b>Minutes of the Previous Meeting</b>
R  | The minutes of the meeting held on 13th March 2008 were confirmed and signed by the Chairman.
R 4. | <b>Matters Arising</b>
R  | There were no matters arising.
R 5. | <b>Public Question Time</b>
R  | No members of the public were present.
R 6. | <b>Appointments to the Sustainable Development Fund Panel</b>
R  | The Chief Officer's report invited the Board to fill places on the Sustainable Development Fund Panel. Peter Joiner and Margaret Sear were leaving the Panel after three years and the Chairman thanked them for their service.
R  | RESOLVED
R  | The Board AGREED to appoint Cllr Aubrey Scholes, Cllr Stuart Fensome, Frances Kilby and Nigel Budd to the Panel for the period 1 July 2008 to 31 March 2009.
R 7. | <b>Report from the Executive Committee</b>
R  | The Board considered the Chief Officer's summary of decisions taken by the Executive Committee since March. The Chairman introduced Lorna Bickerstaff, the new Finance and Administration Officer, who succeeded Keith Orchard in May.
R  | The Board noted the report.
R 8. | <b>Chalk Grassland Project</b>
R  | Ian Mountford presented progress on the restoration of 46 hectares of chalk grassland at Kite Hill and Harrow Bank. Frances Kilby asked whether grazing would continue over the winter; Ian Mountford confirmed that a local grazier had agreed to keep sheep on the site until March.
R 9. | <b>Position Statement on Equestrian Development</b>
R  | Joanna Reeve introduced the draft position statement. Cllr Vernon Hadland proposed that paragraph 4.2 be amended to refer to field shelters; this was seconded by Dr Ruth Ellingham and agreed.
R  | The Board approved the position statement as amended, with Nigel Budd abstaining.
R 10. | <b>Date of Next Meeting</b>
R  | Thursday 16th October 2008 at Lynchetts Memorial Hall.
PB
H Agenda Item 8
HC WHITECOMBE HILLS CONSERVATION BOARD
P <b>Subject:</b> Annual Audit 2007-08
P <b>Author:</b> Lorna Bickerstaff, Finance and Administration Officer
P <b>Purpose:</b> To present the Annual Audit Letter of the Board's external auditor for 2007-08.
P <b>Recommendation:</b> That the Board receives the Annual Audit Letter and notes that an unqualified opinion has been given on the accounts.
P 1. The external auditor has completed the audit of the Board's accounts for 2007-08 and has issued an unqualified opinion. The Annual Audit Letter is attached at Appendix 1.
P 2. The auditor has made one recommendation, on the separation of duties for payments, which has been accepted by the Executive Committee.
S 12
H Agenda Item 10
HC WHITECOMBE HILLS CONSERVATION BOARD
P <b>Subject:</b> Chalk Grassland Project – Progress Report
P <b>Author:</b> Ian Mountford, Countryside Officer
P <b>Purpose:</b> To update the Board on the second year of the Chalk Grassland Project.
P <b>Recommendation:</b> That the report be noted.
P 1. Since the June meeting scrub clearance has been completed on a further 12 hectares, and fencing for conservation grazing has been erected at Harrow Bank with a grant from the Sustainable Development Fund.
