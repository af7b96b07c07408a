@title Finance and Properties Committee 12 January 2026
@font Helvetica
@fontsize 10
@numcol 24
@header WHARLINGFORD TOWN COUNCIL
@footer F&P 12.01.26 || Page {page} of 2
HC MINUTES OF A MEETING OF THE FINANCE AND PROPERTIES COMMITTEE
C held in the Council Chamber, Town Hall, Market Place, Wharlingford on Monday 12 January 2026 at 7.00pm
H Present
P <b>Members:</b>
P • Cllr Dan Rowntree<br/>• Cllr Giles Catterall<br/>• Cllr Claire Hollis (Chairman)<br/>• Cllr Katharine Keble<br/>• Cllr Marcus Hale (The Mayor)<br/>• Cllr Deborah Wheen
P <b>Officers:</b>
P • Michelle Tarrant, Town Clerk &amp; Responsible Finance Officer<br/>• Andrea Lusk, Assistant Finance Officer<br/>• Luke Whitby, Meetings Officer
P <b>Others:</b>
P • 3 members of the public<br/>• 1 member of the press
R 301/25 | <b>MEETING PROTOCOL</b>
R | The Chairman explained the protocol that would be followed in conducting the meeting.
R 302/25 | <b>APOLOGIES</b>
R | Apologies were received from Councillors Kidd and Newland.
R 303/25 | <b>DECLARATION OF INTERESTS</b>
R | Councillor Keble declared a non-pecuniary interest in item 309/25 as a trustee of the Corn Exchange Trust.
R 304/25 | <b>MINUTES</b>
R | It was proposed by Councillor Hollis, and seconded by Councillor Hale, and RESOLVED that the minutes of the meeting of the Finance and Properties Committee held on 17 November 2025 be approved as a correct record and the Chairman is authorised to sign them.
R 305/25 | <b>ACTIONS FROM PREVIOUS MEETING</b>
R | The Committee reviewed progress on public actions agreed at previous meetings and noted that all but one had been completed.
R 306/25 | <b>PUBLIC PARTICIPATION</b>
R | A member of the public spoke in support of keeping the public toilets in Castle Street open in the evenings.
R 307/25 | <b>BILL SCHEDULE</b>
R | The Town Clerk and Responsible Finance Officer presented the Bill Schedule for November and December 2025 and took questions from Members. Councillor Rowntree asked about the cost of the Christmas lights; the Town Clerk confirmed it was within budget.
G Wharlingford Lighting Ltd | Christmas lights installation | £6,840.00
G Thames Vale Cleaning | Toilet cleaning Nov-Dec | £1,512.00
G County Pension Fund | Employer contributions | £2,206.18
R | It was proposed by Councillor Wheen, and seconded by Councillor Catterall, and RESOLVED that the Bill Schedule for November and December 2025 be approved.
R 308/25 | <b>BUDGET 2026/27 AND PRECEPT RECOMMENDATION</b>
R | The Town Clerk presented the draft budget. Councillor Hale said the rise in the precept should be kept below the rate of inflation. Councillor Catterall asked that the earmarked reserve for the cemetery extension be kept at £40,000. After discussion it was proposed by Councillor Hollis, and seconded by Councillor Rowntree, and RESOLVED to recommend to the Full Council a budget of £612,400 and a precept of £548,900 for 2026/27.
R 309/25 | <b>CORN EXCHANGE ROOF REPAIRS</b>
R | The Committee considered three quotations for repairs to the Corn Exchange roof. Councillor Keble, having declared an interest, did not vote. Councillor Wheen moved an amendment that the work be deferred until a condition survey of the whole building had been made; this was seconded by Councillor Catterall. The amendment was put to the vote and was LOST. It was then proposed by Councillor Hale, and seconded by Councillor Hollis, and RESOLVED that the quotation of Brightwell Roofing of £18,750 be accepted, to be funded from the buildings reserve.
R 310/25 | <b>INSURANCE RENEWAL</b>
R | The Assistant Finance Officer reported that the insurer had offered a three-year long-term agreement. The Committee AGREED to accept the long-term agreement at the quoted premium of £7,912 a year.
R 311/25 | <b>EXCLUSION OF PRESS AND PUBLIC</b>
R | It was proposed by Councillor Hollis, and seconded by Councillor Wheen, and RESOLVED that under the Public Bodies (Admission to Meetings) Act 1960 the press and public be excluded for the following item because of the confidential nature of the business to be transacted.
R 312/25 | <b>STAFFING MATTERS</b>
R | The Town Clerk left the meeting. The Committee considered the confidential report of the Staffing Panel. It was RESOLVED that the recommendations in the confidential report be approved.
P The meeting closed at 8.47pm.
S 14
P Chairman ........................................   Date ....................
