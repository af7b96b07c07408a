@title Ordinary Council Meeting Minutes 8 May 2013
@font Helvetica
@fontsize 10.5
@header_first ||
@header Mallowbank Shire Council Ordinary Meeting Minutes||Wednesday, 8 May 2013
@footer ||Page {page}
S 120
HC ORDINARY COUNCIL MEETING
S 10
HC MINUTES
S 30
C Wednesday 8 May 2013
C Commencing at 7.00pm
S 20
C Tarnbrook Supper Room
C 41 Broadway, Tarnbrook
S 120
C Graham Whitelaw
C Chief Executive Officer
C Mallowbank Shire Council
PB
P Minutes of the Ordinary Meeting held on Wednesday, 8 May 2013 commencing at 7.00pm in the Tarnbrook Supper Room, 41 Broadway, Tarnbrook
H PRESENT
G CHAIRPERSON: | Cr Leonie Farquhar | Mount Carrow Ward
G COUNCILLORS: | Cr Bruce Menzel | Mallee Flats Ward
G  | Cr Anthea Coote | Mallee Flats Ward
G  | Cr Desmond Rule | Lower Yarrabee Ward
G  | Cr Kerrie Haddow | Lower Yarrabee Ward
G  | Cr Ian Pocknall | Mount Carrow Ward
G OFFICERS: | Graham Whitelaw | Chief Executive Officer
G  | Lyn Treloar | Director Works and Technical Services
G  | Stuart Bickley | Director Corporate Services
H AGENDA
H 1. COUNCIL WELCOME
H WELCOME
P The Mayor Cr Leonie Farquhar welcomed all in attendance.
H STATEMENT OF ACKNOWLEDGEMENT
P We acknowledge the traditional owners of the land on which we are meeting. We pay our respects to their Elders and to the Elders from other communities who may be here today.
H 2. RECEIPT OF APOLOGIES
P Cr Norm Eddington Mount Carrow Ward (on approved leave of absence)
H 3. CONFIRMATION OF MINUTES OF PREVIOUS MEETING
P <b>MOTION:</b>
P That Council adopt the Minutes of the Ordinary Meeting held on Wednesday, 10 April 2013.
P <b>MOVED: CR DESMOND RULE SECONDED: CR ANTHEA COOTE</b>
P <b>CARRIED. (R214/13)</b>
H 4. REQUESTS FOR LEAVE OF ABSENCE
P Nil.
H 5. DECLARATION OF PECUNIARY AND CONFLICTS OF INTEREST
P Cr Kerrie Haddow declared an indirect conflict of interest in item 8.2.2 as her brother is a director of one of the tenderers. Cr Haddow left the meeting for that item.
H 6. QUESTIONS FROM THE PUBLIC
P Mr Colin Sparrow of Tarnbrook asked whether the Tarnbrook swimming pool would open earlier in the 2013/14 season. The Chief Executive Officer advised that the opening date would be set when the pool contract was renewed in August.
H 7. PROCEDURAL ITEMS
P 7.1 REPORT OF ASSEMBLY OF COUNCILLORS MEETINGS 6
P 7.2 CORRESPONDENCE INITIATED BY COUNCIL 7
P 7.3 LETTERS OF CONGRATULATIONS AND RECOGNITION OF ACHIEVEMENT/AWARDS 8
P 7.4 BUILDING PERMITS - MONTHLY UPDATE 9
P 7.5 PLANNING APPLICATIONS RECEIVED - MONTHLY UPDATE 10
P <b>MOTION:</b>
P That Council receive and note items 7.1 to 7.5.
P <b>MOVED: CR IAN POCKNALL SECONDED: CR BRUCE MENZEL</b>
P <b>CARRIED. (R215/13)</b>
H 8. GENERAL BUSINESS
H 8.1 POLICY REPORTS
P NIL
H 8.2 MANAGEMENT REPORTS
H 8.2.1 ROAD MANAGEMENT PLAN REVIEW 2013
P Author’s Title: Director Works and Technical Services
P Department: Works and Technical Services File No: RD/02/04
P <b>PURPOSE</b>
P The purpose of this report is to present the reviewed Road Management Plan for adoption following the statutory period of public exhibition.
P <b>SUMMARY</b>
P Three submissions were received during exhibition. Two asked for more frequent grading of unsealed roads in the Mallee Flats Ward and one asked for a lower intervention level for potholes on school bus routes. The second request has been included in the final plan.
P The Director Works and Technical Services presented the report. Cr Menzel asked how the change to school bus routes would be funded. The Director advised that it would be absorbed within the existing maintenance budget.
P <b>MOTION:</b>
P That Council adopt the Mallowbank Shire Council Road Management Plan 2013 as presented.
P <b>MOVED: CR BRUCE MENZEL SECONDED: CR KERRIE HADDOW</b>
P <b>CARRIED. (R216/13)</b>
H 8.2.2 CONTRACT 2013-04 TARNBROOK STREETSCAPE WORKS
P Author’s Title: Director Works and Technical Services
P Department: Works and Technical Services File No: CT/13/004
P <b>PURPOSE</b>
P The purpose of this report is to recommend the award of Contract 2013-04 for the Tarnbrook streetscape works.
P <b>SUMMARY</b>
P Four tenders were received. The evaluation panel recommends the tender from Tallent Plains Civil Pty Ltd as the best value for money.
P <b>MOTION:</b>
P That Council award Contract 2013-04 Tarnbrook Streetscape Works to Tallent Plains Civil Pty Ltd for the lump sum of $486,920.00 (excluding GST).
P <b>MOVED: CR ANTHEA COOTE SECONDED: CR IAN POCKNALL</b>
P <b>CARRIED. (R217/13)</b>
P Cr Haddow returned to the meeting at 7.31pm.
H 8.2.3 COMMUNITY PLANNING GRANTS ROUND TWO
P Author’s Title: Director Corporate Services
P Department: Corporate Services File No: GR/13/002
P <b>PURPOSE</b>
P The purpose of this report is to recommend the allocation of the second round of community planning grants for 2012/13.
P <b>SUMMARY</b>
P Nine applications totalling $41,350 were received for the $30,000 available. The assessment panel recommends full funding for six projects and partial funding for one.
P Cr Rule spoke in support of the grant to the Yarrabee Hall committee for new stumps under the supper room.
P <b>MOTION:</b>
P That Council allocate Round Two community planning grants totalling $29,850 as listed in the attachment to this report.
P <b>MOVED: CR DESMOND RULE SECONDED: CR LEONIE FARQUHAR</b>
P <b>CARRIED. (R218/13)</b>
H 8.3 FINANCIAL REPORTS
H 8.3.1 FINANCE REPORT AS AT 30 APRIL 2013
P Author’s Title: Director Corporate Services
P Department: Corporate Services File No: FM/05/01
P <b>PURPOSE</b>
P The purpose of this report is to present the monthly finance report for the period ending 30 April 2013.
P <b>MOTION:</b>
P That Council receive and note the Finance Report as at 30 April 2013.
P <b>MOVED: CR KERRIE HADDOW SECONDED: CR BRUCE MENZEL</b>
P <b>CARRIED. (R219/13)</b>
H 8.4 ORGANISATIONAL REPORTS
P NIL
H 8.5 REPORTS FROM COUNCILLORS
P Cr Coote reported on her attendance at the Rural Roads Group meeting in Corrabee on 24 April 2013.
P Cr Pocknall reported on the opening of the new netball courts at the Carrow Recreation Reserve.
H 9. OTHER BUSINESS
H 9.1 NOTICES OF MOTION
P NIL
H 9.2 QUESTIONS FROM COUNCILLORS
P NIL
H 9.3 URGENT BUSINESS
P NIL
H 10. MEETING CLOSE
P There being no further business the Meeting was closed at 8.05pm.
