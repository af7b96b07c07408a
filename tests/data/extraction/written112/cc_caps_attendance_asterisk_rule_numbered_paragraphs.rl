@title Minutes Ordinary Meeting 4 April 2016
@font Times-Roman
@fontsize 11
@numcol 10
@footer {page}
P <b>MINUTES OF ORDINARY MEETING OF GLENMONA COUNTY COUNCIL HELD IN THE COUNCIL CHAMBER, COUNTY BUILDINGS, GLENMONA ON MONDAY 4th APRIL 2016, COMMENCING 2.00 p.m.</b>
P PRESENT: COUNCILLOR M. DOODY, CATHAOIRLEACH, COUNCILLORS R. ASHE, P. BRADY, D. CLEARY, L. DEVEREUX, T. FARRELL, G. HEALY, J. KAVANAGH, S. LACEY, E. MERNAGH, C. O’TOOLE, B. QUIGLEY, F. REDMOND, H. SINNOTT, K. TALLON AND W. WHELAN.
P APOLOGIES: CLLR. N. MURTAGH.
P IN ATTENDANCE: MR. K. CONWAY, CHIEF EXECUTIVE; MS. A. DARCY, DIRECTOR OF SERVICES; MR. P. HYLAND, DIRECTOR OF SERVICES; MS. R. KEHOE, HEAD OF FINANCE; MS. L. NOLAN, SENIOR EXECUTIVE OFFICER/MEETINGS ADMINISTRATOR; MR. J. PURCELL, SENIOR ENGINEER; MS. E. BYRNE, SENIOR PLANNER.
C **********************************************************************
H Transition Year Visit
R 1. | The Cathaoirleach, Cllr. M. Doody, welcomed twenty transition year students from Glenmona Community School who were attending the meeting as part of their civics module.
H Votes of Sympathy
R 2. | Sympathy was expressed to the families of the late Mr. Thomas Keogh, Rathmoylan Road, and Mrs. Kathleen Lalor, Ballintlea Cottages. A minute’s silence was observed.
H Confirmation of Minutes
R 3. | On the proposal of Cllr. T. Farrell, seconded by Cllr. B. Quigley, the minutes of the Ordinary Meeting held on 7th March 2016 were confirmed, subject to the amendment at paragraph 14 of “€42,000” to “€24,000”, which had been made in manuscript on the signed copy by the Meetings Administrator.
R 4. | On the proposal of Cllr. J. Kavanagh, seconded by Cllr. F. Redmond, the minutes of the Special Meeting held on 21st March 2016 were confirmed.
H Chief Executive’s Monthly Management Report
R 5. | The Chief Executive’s Monthly Management Report for March 2016 had been circulated. Mr. K. Conway, Chief Executive, highlighted the progress on the Glenmona Main Drainage Scheme and the commencement of the footpath programme in the four Municipal Districts.
R 6. | Cllr. S. Lacey asked when the public lighting on the Harbour Road would be upgraded to LED. Mr. J. Purcell, Senior Engineer, replied that the contract would be awarded in May and completed by the end of the summer.
R 7. | The report was noted.
H Section 183 – Disposal of Property at Slievebeg Terrace
R 8. | It was proposed by Cllr. G. Healy, seconded by Cllr. E. Mernagh and resolved: “That Glenmona County Council approves the disposal of No. 6 Slievebeg Terrace, Glenmona, to Ms. Sarah Keddy for the sum of €95,000 in accordance with the notice issued under Section 183 of the Local Government Act 2001.”
H Part 8 – Proposed Social Housing, Cloghranmore
R 9. | Ms. E. Byrne, Senior Planner, presented the Chief Executive’s Report under Part 8 of the Planning and Development Regulations 2001 on the proposed development of 22 social housing units at Cloghranmore. She advised that 31 submissions had been received during the public consultation and that the layout had been revised to retain the mature trees along the northern boundary.
R 10. | Cllr. D. Cleary and Cllr. C. O’Toole welcomed the development. Cllr. L. Devereux expressed concern about the level of car parking provided and asked that the access road be widened to take a bus. Ms. Byrne replied that the road design would be reviewed at detailed design stage.
R 11. | On the proposal of Cllr. D. Cleary, seconded by Cllr. K. Tallon, the members resolved, in accordance with Section 179 of the Planning and Development Act 2000, to proceed with the development as recommended in the Chief Executive’s Report.
H Annual Service Delivery Plan 2016
R 12. | Ms. A. Darcy, Director of Services, presented the draft Annual Service Delivery Plan 2016, which sets out the services to be delivered in each directorate in line with the budget adopted in November.
R 13. | Adoption of the Plan was deferred to the May meeting to allow the Strategic Policy Committees to consider it.
H Motion – Cllr. W. Whelan
R 14. | Cllr. W. Whelan proposed and Cllr. H. Sinnott seconded the following motion: “That Glenmona County Council calls on the Minister for Health to provide a 24 hour ambulance base in the south of the county.”
R 15. | Following a vote by show of hands, 17 for and none against, the motion was carried.
H Motion – Cllr. R. Ashe
R 16. | Cllr. R. Ashe proposed and Cllr. P. Brady seconded the following motion: “That the Council suspends parking charges in Glenmona town on Saturdays during April and May.” Mr. P. Hyland, Director of Services, said that the charges yielded €4,800 a week. A vote was taken: 6 for and 11 against. The motion was defeated.
H Correspondence
R 17. | The correspondence, as circulated, was noted.
H Conferences
R 18. | The members approved the attendance of Cllrs. J. Kavanagh and S. Lacey at the Local Authority Members’ Association spring seminar on 13th and 14th May 2016.
S 8
P This concluded the business of the meeting.
S 20
P ____________________________ CATHAOIRLEACH
S 10
P ____________________________ MEETINGS ADMINISTRATOR
