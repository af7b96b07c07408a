@title Aunsbury Parish Council - Minutes October 2014
@font Times-Roman
@fontsize 11
@header AUNSBURY PARISH COUNCIL || MINUTES 15 OCTOBER 2014
@footer Page {page} || Chairman ............................
HC MEETING OF AUNSBURY PARISH COUNCIL
P Minutes of the ordinary meeting of Aunsbury Parish Council Meeting held in the Village Hall, Aunsbury on Wednesday 15 October 2014 at 7.30pm. There were 6 parishioners present including County Councillor R Threadgold.
P <b>1. WELCOME REMARKS BY THE CHAIRMAN (14/160)</b>
P a) The Chairman, Councillor Ashworth welcomed Members and parishioners to the meeting and thanked them for their attendance. Those in attendance: Councillors Boyce, Drury, Ellerker and Pinchbeck.
P <b>2. APOLOGIES (14/161)</b>
P a) Councillor Vessey and District Councillor Mrs J Caunt.
P <b>3. DECLARATIONS OF PECUNIARY INTEREST &amp; DISPENSATIONS (14/162)</b>
P a) None.
P <b>4. MINUTES OF THE MEETING HELD ON 17 SEPTEMBER 2014 (14/163)</b>
P a) The minutes of the extraordinary meeting held on 17 September 2014 were approved and signed by the Chairman as a true record. Proposed Councillor Drury, seconded Councillor Boyce.
P <b>5. MATTERS ARISING FROM THE MINUTES (14/164)</b>
P a) The Clerk reported that the letter setting out the Council's objection to the solar installation at Marsh Grange had been acknowledged by WKDC and would be reported to the Planning Committee in November.
P b) Councillor Pinchbeck asked whether the Council could speak at that committee. The Clerk will register the Council's wish to speak.
P <b>6. PLANNING MATTERS (14/165)</b>
P a) The Council considered application S14/1712, erection of a two storey side extension at 4 Orchard Close. The Council resolved to support the application.
P b) The Clerk reported that application S14/1390, change of use of the old forge to a dwelling, had been approved by WKDC.
P <b>7. COUNTY AND DISTRICT COUNCILLORS' REPORTS (14/166)</b>
P a) County Councillor Threadgold reported that the verge cutting on the Folkby road had been completed and that the County Council's budget consultation would open in November.
P b) Councillor Ellerker asked for the drain at the bottom of Church Hill to be added to the list of blocked gullies. County Councillor Threadgold agreed to raise it with Highways.
P <b>8. FINANCE (14/167)</b>
P a) The Clerk presented the accounts to 30 September 2014. Balance at bank £9,218.44.
P b) The following payments were approved: Clerk's salary and expenses (September) £265.10; Aunsbury Village Hall, hire £18.00; J Pacey, grass cutting £310.00. Proposed Councillor Ellerker, seconded Councillor Pinchbeck and resolved unanimously.
P c) The Council resolved to renew its membership of the county association of local councils at £96.00.
P <b>9. PLAYING FIELD (14/168)</b>
P a) Councillor Boyce reported that the annual inspection had found the basket swing seat worn. It was agreed to obtain two quotations for a replacement.
P <b>10. CORRESPONDENCE (14/169)</b>
P a) Police rural crime newsletter, September. b) Rural community council, village halls training dates. Noted.
P <b>11. DATE OF NEXT MEETING (14/170)</b>
P a) Wednesday 19 November 2014 at 7.30pm in the Village Hall.
P The Chairman closed the meeting at 9.05pm.
