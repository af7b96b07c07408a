@title Nenford Town Council - Minutes 5th March 2001
@font Times-Roman
@fontsize 11
@numcol 20
@header Nenford Town Council||Council Minutes 5th March 2001
@footer Page {page} // Chairman's initials .............
HC NENFORD TOWN COUNCIL
C Minutes of the Meeting of the Town Council held in the Council Chamber, Market Hall, Nenford on Monday 5th March 2001 at 7.30 p.m.
S 4
P <b>Present:</b> Cllr Mrs P Rowell (Town Mayor) in the Chair; Cllrs D Abbott, G Brudenell, Mrs H Catesby, R Dexter, J Fairey, Mrs M Gotch, S Ireson and K Mawby.
P <b>In attendance:</b> Mr L Peverell (Town Clerk), three members of the public and a representative of the Nenford Echo.
S 4
R 01/112 | <b>APOLOGIES</b> – Apologies were received and accepted from Cllrs T Norris and Mrs V Ouseley.
R 01/113 | <b>DECLARATIONS OF INTEREST</b> – Cllr Fairey declared a personal interest in minute 01/119 as a member of the Bowls Club committee.
R 01/114 | <b>MINUTES</b> – The minutes of the meeting held on 5th February 2001 were confirmed as a true record and signed by the Town Mayor.
R 01/115 | <b>MATTERS ARISING</b> – (a) Min 01/098 Bus shelter, Station Road: the County Council has agreed to meet half of the cost. (b) Min 01/101 Footbridge at the Mill: there has been no reply from the Environment Agency and the Clerk will write again.
R 01/116 | <b>STATEMENT OF PAYMENTS</b> – The statement of payments for February 2001 was circulated with the agenda. Cllr Brudenell asked about the cost of the Market Hall boiler repair; the Town Clerk explained that a new circulating pump had been fitted.
TH Date | Chq No | Payee | Details | Amount £
T 01/02/01 | 004411 | Staff salaries | February | 2,318.50
T 01/02/01 | 004412 | Inland Revenue | PAYE and NI | 611.04
T 06/02/01 | 004413 | Nene Water Company | Cemetery and allotments | 86.20
T 09/02/01 | 004414 | Midshires Electricity | Market Hall | 402.77
T 12/02/01 | 004415 | R. Hollis Plumbing | Boiler repair, Market Hall | 1,146.00
T 15/02/01 | 004416 | Nene Valley Landscapes | Grounds maintenance (January) | 1,293.75
T 20/02/01 | 004417 | County Assoc. of Local Councils | Annual subscription 2001/02 | 488.10
T 26/02/01 | 004418 | Nenford Echo | Public notices | 148.00
T 28/02/01 | 004419 | Petty cash | Reimbursement | 60.00
T 28/02/01 | 004420 | Staff superannuation | February | 660.00
T | | | TOTAL | 7,214.36
P RESOLVED that the statement of payments for February 2001 totalling £7,214.36 be approved.
R 01/117 | <b>PLANNING</b> – The following applications were considered and the Council's observations are recorded against each:
TH Ref | Site | Proposal | Observations
T 01/0092 | 14 Bridge Street | New shop front and illuminated fascia sign | No objection, but the sign should not be lit after 10 p.m.
T 01/0101 | Land rear of 22-28 Thorpe Road | Erection of four dwellings | Object - access too narrow; overdevelopment of the site
T 01/0117 | The Maltings, Mill Lane | Listed building consent for internal alterations | No objection
P Cllr Mawby said that residents of Thorpe Road had asked the Council to object. It was agreed that the observations be sent to the District Council.
R 01/118 | <b>FOOT AND MOUTH DISEASE</b> – The Town Clerk reported that, on the advice of the County Council, all public footpaths in the parish and the riverside walk had been closed and that the Spring Fair on 24th March would be postponed. The report was noted.
R 01/119 | <b>BOWLS CLUB LEASE</b> – Cllr Dexter proposed and Cllr Mrs Gotch seconded that the Bowls Club be offered a new lease of 21 years at a rent of £350 a year, reviewed every five years. Upon a vote being taken there were 6 votes for and 2 against. Carried. Cllr Fairey did not vote.
R 01/120 | <b>MILLENNIUM GREEN</b> – Cllr Mrs Catesby reported that the trustees had asked the Council to take over the mowing of the Green. Deferred to the April meeting so that the cost can be obtained from the grounds contractor.
R 01/121 | <b>CORRESPONDENCE</b> – (a) County Council – Local Transport Plan consultation. (b) Rural Community Council – village appraisal workshop. (c) Mr and Mrs Seaton – thanks for the new bench at the cemetery. The correspondence was received and noted.
R 01/122 | <b>REPORTS OF REPRESENTATIVES</b> – Cllr Ireson reported on the Twinning Association's annual general meeting; the visit from Saint-Aubin is planned for the last weekend of June.
R 01/123 | <b>DATE OF NEXT MEETING</b> – Monday 2nd April 2001 at 7.30 p.m. in the Council Chamber.
S 6
P The meeting closed at 9.20 p.m.
S 12
P Signed .................................................. Town Mayor      Date ..............................
