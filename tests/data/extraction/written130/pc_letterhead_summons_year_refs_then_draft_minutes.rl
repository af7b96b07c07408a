@title SHwF PC agenda 26.06.19 with draft minutes 22.05.19
@font Times-Roman
@fontsize 10.5
@numcol 20
@footer SHwF PC papers 26.06.19 || {page}
HC STOKE HOLME with FARLEY PARISH COUNCIL
C The Reading Room, The Street, Stoke Holme E-mail: [email protected] Tel: 07700 900518
S 6
P To: all Members of the Parish Council
P You are summoned to attend the meeting of Stoke Holme with Farley Parish Council on Wednesday, 26 June 2019 at 7.30 p.m. in the Reading Room, The Street, Stoke Holme, for the business below.
P Gail Feather - Clerk to Stoke Holme with Farley Parish Council, 19 June 2019
HC AGENDA
R 2019/56) | <b>Apologies for absence</b> - to receive and accept apologies
R 2019/57) | <b>Declarations of interest and requests for dispensation</b>
R 2019/58) | <b>Minutes of the meeting held on 22 May 2019</b> - draft attached for approval
R 2019/59) | <b>Public participation</b> - up to 15 minutes for residents' questions and comments
R 2019/60) | <b>Reports from the District and County Councillors</b>
R 2019/61) | <b>Planning</b> - to consider: 2019/0911 - Old School House, Farley Road - replacement windows (listed building consent); 2019/0930 - Land at Chapel Farm - agricultural building
R 2019/62) | <b>Farley Corner drainage</b> - update from the Clerk following the report to Highways
R 2019/63) | <b>Defibrillator</b> - to agree a date for a free training session for residents
R 2019/64) | <b>Hedge at the school boundary</b> - to consider the landowner's reply
R 2019/65) | <b>Finance</b> - (a) to approve payments (schedule attached); (b) to note the bank reconciliation to 31 May 2019; (c) to note that the AGAR has been sent to the external auditor
R 2019/66) | <b>Village newsletter</b> - summer edition, copy date and printing
R 2019/67) | <b>Correspondence</b>
R 2019/68) | <b>Items for the next agenda</b>
R 2019/69) | <b>Date of next meeting</b> - Wednesday 24 July 2019
PB
HC DRAFT
HC STOKE HOLME with FARLEY PARISH COUNCIL
P Minutes of the meeting of the Parish Council held on Wednesday, 22 May 2019 at 7.30 p.m. in the Reading Room, The Street, Stoke Holme
P <b>Present:</b> Cllr A Pennick - presiding Cllr S Larwood Cllr J Ibbott Cllr M Sayer Cllr D Foulger Cllr K Abbs
P <b>Also present:</b> DCllr P Mowbray, Mr B Starling, Mrs E Vout
P Gail Feather - Clerk to Stoke Holme with Farley Parish Council - in attendance
R 2019/41) | <b>Apologies for absence</b> Apologies were received and accepted from Cllr R Thwaite (holiday).
R 2019/42) | <b>Declarations of interest</b> Cllr Larwood declared a non-pecuniary interest in 2019/47 as a trustee of the Reading Room.
R 2019/43) | <b>Minutes of the meeting held on 24 April 2019</b> On the motion of Cllr Sayer, seconded by Cllr Ibbott, it was RESOLVED to approve the minutes as a true record; they were duly signed by the Chairman.
R 2019/44) | <b>Public participation</b> Mr Starling asked about the blocked drain at Farley Corner, which floods the footway after heavy rain; the Clerk will report it to Highways. Mrs Vout thanked the council for the new bench on the green.
R 2019/45) | <b>District and County Councillor reports</b> DCllr Mowbray reported that the district's garden waste charge would rise to £48 from July and that the local plan examination would open in September. The report was noted.
R 2019/46) | <b>Planning</b> 2019/0788 - 3 Mill Lane - single storey rear extension - No objections. 2019/0802 - Farley Hall Barn - conversion to dwelling - Cllr Foulger proposed objecting on grounds of the substandard access, seconded by Cllr Abbs; carried 4 votes to 2.
R 2019/47) | <b>Reading Room lease</b> Cllr Larwood left the room. The Clerk reported that the trustees had offered a new five-year lease at £600 a year. On the motion of Cllr Pennick, seconded by Cllr Sayer, it was RESOLVED to accept the lease terms. Cllr Larwood returned.
R 2019/48) | <b>Playing field</b> Cllr Ibbott reported on the annual inspection, which found two low-risk items. It was agreed that Cllr Ibbott obtain a quote for new swing chains.
R 2019/49) | <b>Finance</b> On the motion of Cllr Abbs, seconded by Cllr Foulger, it was RESOLVED to approve payments totalling £1,184.36 as listed. The bank reconciliation to 30 April 2019 was noted.
R 2019/50) | <b>Annual Governance and Accountability Return 2018/19</b> The Clerk presented the year-end accounts. RESOLVED to approve Section 1, the Annual Governance Statement, and Section 2, the Accounting Statements, which were signed by the Chairman and the Clerk.
R 2019/51) | <b>Correspondence</b> The correspondence list was noted.
R 2019/52) | <b>Items for the next agenda</b> Defibrillator training; hedge at the school boundary.
R 2019/53) | <b>Date of next meeting</b> Wednesday 26 June 2019 at 7.30 p.m.
S 8
P The meeting closed at 9.05 p.m.
P Signed ........................................ Chairman Date ....................
