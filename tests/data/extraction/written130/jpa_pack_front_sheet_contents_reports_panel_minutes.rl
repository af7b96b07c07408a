@title Eastmarch Joint Pensions Authority - Authority 14 June 2012 - Agenda pack
@font Helvetica
@fontsize 9.5
@numcol 14
@footer Page {page}
C Public Document Pack
HC EASTMARCH JOINT PENSIONS AUTHORITY
HC AUTHORITY
G Venue: | Committee Room 2, Eastmarch House, 18 Regent Street, Hallow Cross
G Date: | Thursday, 14 June 2012
G Time: | 10.00 am
G Contact: | Gareth Soames, Governance Officer, 01632 960 771
S 4
P <b>Membership:</b> Councillor Ruth Haigh (Chair), Councillor Dennis Colley (Vice-Chair), Councillors Amir Siddique, Pauline Wardle, John Birtwhistle, Carol Ness, Trevor Mulgrew and Yvonne Ashe
S 4
H Agenda
TH Item | Subject | Page
T 1 | Apologies for absence | 
T 2 | Announcements | 
T 3 | Urgent items - to decide whether any further business should be taken as a matter of urgency, the Chair to give the reason | 
T 4 | Exclusion of the public and press - to identify items where a resolution to exclude the public and press may be moved | 
T 5 | Declarations of interest | 
T 6 | Minutes of the meeting of the Authority held on 15 March 2012 (previously circulated) | 
T 7 | Questions from members of the public | 
T 8 | Investment Performance for the Quarter ended 31 March 2012 | 2
T 9 | Pensions Administration - Service Standards | 2
T 10 | Admission of Three Academy Trusts to the Fund | 3
T 11 | Minutes of the Investment Advisory Panel held on 24 May 2012 | 3
T 12 | Exclusion of the public and press | 
T 13 | Disposal of Industrial Units at Tenter Lane (exempt, paragraph 3) | 
S 6
I Please note: this meeting will be audio recorded. Copies of the agenda and papers in large print are available from the Governance Officer.
P Published: 5 June 2012
PB
C Agenda Item 8
HC EASTMARCH JOINT PENSIONS AUTHORITY
G Report to: | Authority
G Date: | 14 June 2012
G Report of: | Fund Director
G Subject: | Investment Performance - Quarter ended 31 March 2012
S 4
H 1 Purpose of the report
P 1.1 To report the performance of the Fund's investments for the quarter to 31 March 2012 and for the year.
H 2 Recommendation
P 2.1 Members are recommended to note the report.
H 3 Performance
P 3.1 The Fund returned 5.1% in the quarter against its benchmark of 4.6%. Over the year the return was 1.9% against 2.3%, the shortfall coming largely from the property portfolio, where two voids at Tenter Lane reduced income.
P 3.2 The value of the Fund at 31 March 2012 was £4,212 million.
P Contact officer: Lorna Pybus, Head of Investments, 01632 960 774
S 10
C Agenda Item 9
HC EASTMARCH JOINT PENSIONS AUTHORITY
G Report to: | Authority
G Date: | 14 June 2012
G Report of: | Head of Pensions Administration
G Subject: | Pensions Administration - Service Standards 2011/12
S 4
H 1 Purpose of the report
P 1.1 To set out performance against the service standards for 2011/12 and the plan for clearing the backlog of deferred benefit cases.
H 2 Recommendations
P 2.1 Members are recommended to: (a) note the performance figures; and (b) approve the use of temporary staff up to a cost of £38,000 to clear the backlog by 31 December 2012.
H 3 Background
P 3.1 Of the 14 standards, 11 were met. Transfer quotations, deferred benefit calculations and replies to written enquiries fell below target, mainly because three experienced staff left in the autumn.
P 3.2 A table of the standards and results is attached at the Appendix (not reproduced in this pack; available on request).
P Contact officer: Marcus Fenwick, Head of Pensions Administration, 01632 960 780
PB
C Agenda Item 10
HC EASTMARCH JOINT PENSIONS AUTHORITY
G Report to: | Authority
G Date: | 14 June 2012
G Report of: | Clerk and Treasurer
G Subject: | Admission Agreements - Academy Trusts
S 4
P 1 Three academy trusts have applied to join the Fund following conversion of their schools: Holmefield Learning Trust, St Cuthbert's Catholic Academy and Riverside Free School. As scheduled bodies their admission is a formality, but the Authority must agree the contribution rates set by the actuary.
P 2 Members are recommended to agree the employer contribution rates shown in paragraph 3.
P 3 Holmefield Learning Trust 17.2%; St Cuthbert's Catholic Academy 16.8%; Riverside Free School 18.1%.
P Contact officer: Gareth Soames, Governance Officer
S 10
C Agenda Item 11
HC EASTMARCH JOINT PENSIONS AUTHORITY
HC INVESTMENT ADVISORY PANEL
HC 24 MAY 2012
P <b>PRESENT:</b> Councillor R Haigh (Chair), Councillors D Colley, A Siddique and P Wardle
P <b>Advisers:</b> Mr P Lindqvist and Ms C Oduya
P <b>Officers:</b> L Pybus (Head of Investments) and G Soames (Governance Officer)
R 1 | <b>APOLOGIES</b> Apologies were received from Councillor C Ness.
R 2 | <b>DECLARATIONS OF INTEREST</b> None.
R 3 | <b>MINUTES OF THE MEETING HELD ON 23 FEBRUARY 2012</b> RESOLVED - That the minutes be agreed as a true record.
R 4 | <b>MARKET REVIEW</b> Mr Lindqvist presented his review of markets. He expected equity markets to stay volatile while the euro area debt talks continued, and advised against adding to overseas bonds. Councillor Siddique asked whether the Fund was exposed to Greek or Portuguese debt; Ms Pybus confirmed that it held none directly. RESOLVED - That the review be noted.
R 5 | <b>PROPERTY PORTFOLIO</b> Ms Oduya reported on the two vacant units at Tenter Lane and on offers received for them. Councillor Wardle proposed that the Panel recommend disposal to the Authority; this was seconded by Councillor Colley. RESOLVED - That the Authority be recommended to dispose of the units, the terms to be reported in the exempt part of its June agenda.
R 6 | <b>RESPONSIBLE INVESTMENT</b> The Chair asked the advisers to prepare a short note on voting at company meetings for the next Panel. Agreed.
R 7 | <b>DATE OF NEXT MEETING</b> Thursday 23 August 2012 at 10.00 am.
