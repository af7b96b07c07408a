@title CPC Minutes 17O
@fontsize 10
@numcol 12
@header_first Chairman Hugh Bellamy   Website: ~ see MEETINGS page||Oct 2017
@header CPC Routine Meeting 17O||Tue 10 Oct 2017
@footer Calverhope Parish Council (CPC) Minutes 17O – DRAFT until signed||Page {page}
HC CALVERHOPE PARISH COUNCIL (CPC)
C Minutes of CPC Routine Meeting 17O
S 4
R 1. | <b>ATTENDANCE</b> at CPC Routine Meeting 17O held at 7.30pm in Calverhope Methodist Church Hall:
R 1.1 | <b>Present</b> Parish Cllrs: Chair Hugh Bellamy, Vice Chair Rosalind Kettle, Alan Pryce-Owen, Megan Dutfield, Roger Stanway, Carys Holbeche, Neil Corran. Plus Martin Aske Clerk and two parishioners.
R 1.2 | <b>Apologies</b> from Cllr Dennis Whitmore (work) were NOTED.
R 2. | <b>DECLARATIONS OF INTEREST</b> Cllr Carys Holbeche (neighbour of applicant) declared a non-pecuniary interest in planning: see 4.1 ↓
R 3. | <b>PREVIOUS MEETING 179</b> held on Tue 12 Sep 2017
R 3.1 | <b>Minutes 179</b> confirmed as a correct record and signed by the Chair: All AGREED
R 3.2 | <b>Matters Arising</b> and items carried forward from earlier meetings (CPC Action Grid):
TH Ref | Matter | Update at 17O | Decision
T 179-6.2 | Speed indicator device at Bank Lane | Cllr Neil Corran stated that the county's loan device can be booked for three weeks from 6 Nov. | CPC to book it: All AGREED
T 179-5.3 | Playing Field lease renewal | The Clerk confirmed the draft lease had been returned by the diocese with two minor changes. | Clerk to sign on behalf of CPC: All AGREED
T 179-8.1 | Dog waste bin at Mill Bridge | Bin installed on 2 Oct. | CLOSED
T 178-7.4 | Church Hall boiler contribution | Awaiting invoice from the Hall committee. | ONGOING to 17N
R 4. | <b>PLANNING MATTERS</b>
R 4.1 | 17/03311/FUL Two storey rear extension at Brookside, Bank Lane. Cllr Holbeche left the room. Cllr Rosalind Kettle spoke in support as the design matches the neighbouring cottages. CPC to SUPPORT: All AGREED
R 4.2 | 17/03640/TCA Fell two ash trees at The Old Smithy. No objection. Cllr Holbeche returned.
R 5. | <b>FINANCE</b>
R 5.1 | <b>Bank Balances</b> at 30 Sep 2017: Current a/c £3,188.52, Reserve a/c £11,402.07. The Clerk reported that the second precept instalment had been received. NOTED
R 5.2 | <b>Payments</b> for approval at 17O:
TH Chq | Payee | Purpose | £
T 100461 | M Aske | Clerk salary Sep (net) | 262.30
T 100462 | HMRC | PAYE Q2 | 65.40
T 100463 | Calverhope Methodist Church | Hall hire Jul-Oct | 48.00
T 100464 | Greenmoor Grounds Ltd | Grass cutting Aug & Sep | 540.00
T 100465 | SALC | Training: new councillor course | 35.00
R  | Payments total £950.70 APPROVED. Proposed Cllr Roger Stanway, seconded Cllr Neil Corran: All AGREED
R 6. | <b>HIGHWAYS &amp; FOOTPATHS</b> Cllr Roger Stanway reported flooding again at the Bank Lane dip after heavy rain on 28 Sep and the blocked gully by the bus shelter. The Clerk will report both to SC Roads with photographs. ONGOING to 17N
R 7. | <b>PLAYING FIELD</b> Cllr Megan Dutfield presented three quotes for replacing the swing seats and chains. It was RESOLVED to accept the quote from Tumblewood Play at £486 + VAT. Proposed Cllr Dutfield, seconded Cllr Kettle: 6 For, 1 Abstention.
R 8. | <b>CORRESPONDENCE</b> The items on the Clerk's list circulated before the meeting were NOTED.
R 9. | <b>CALVERHOPE CHRONICLE REPORT</b> Cllr Alan Pryce-Owen offered to write the November report. All AGREED
R 10. | <b>NEXT MEETING 17N</b> Tue 14 Nov 2017 at 7.30pm in Calverhope Methodist Church Hall.
S 10
P Meeting closed at 9.22pm.
P Signed as a true record ............................................ Chair      Date ....................
