@title Lanvoske Town Council - Annual Meeting and Ordinary Meeting 19 May 2008
@font Times-Roman
@fontsize 11
@numcol 12
@footer Lanvoske Town Council || Agenda 19.05.08    page {page}
HC <font size="15">LANVOSKE TOWN COUNCIL</font>
C Town Hall, Fore Street, Lanvoske &nbsp;&nbsp; Telephone 01632 842 215
C Town Clerk: Mr Derek Penhaligon
S 6
P NOTICE IS HEREBY GIVEN that the <b>ANNUAL MEETING</b> of Lanvoske Town Council will be held in the Council Chamber, Town Hall, on <b>MONDAY 19th MAY 2008 at 7.00 pm</b> for the business set out in Part A below, and that it will be followed immediately by an <b>ORDINARY MEETING</b> of the Council for the business set out in Part B.
P All Members of the Council are hereby summoned to attend.
P Dated this 13th day of May 2008 &nbsp;&nbsp;&nbsp;&nbsp; <i>D. Penhaligon</i>, Town Clerk
S 4
H PART A &ndash; ANNUAL MEETING (MAYOR-MAKING)
I Members of the public, family and friends of the incoming Town Mayor are warmly invited. Refreshments will be served in the Guildhall Room after Part A.
R I. | ELECTION OF TOWN MAYOR for the municipal year 2008/09 and the signing of the declaration of acceptance of office.
R II. | INVESTITURE of the Town Mayor with the chain of office, followed by the retiring Town Mayor's address.
R III. | ELECTION OF DEPUTY TOWN MAYOR for 2008/09 and declaration of acceptance of office.
R IV. | PRESENTATION of the Town Mayor's Consort's badge.
R V. | APPOINTMENT OF COMMITTEES for 2008/09 and their Chairmen:<br/>&ndash; Planning<br/>&ndash; Finance and General Purposes<br/>&ndash; Environment and Open Spaces<br/>&ndash; Town Hall and Premises
R VI. | APPOINTMENT OF REPRESENTATIVES to outside bodies: Lanvoske Regeneration Partnership; the Community Hall Trust; the Twinning Association; the Lanvoske Valley Liaison Group.
R VII. | REVIEW of Standing Orders, Financial Regulations and the scheme of delegation to the Town Clerk.
S 4
H PART B &ndash; ORDINARY MEETING
R 1. | Apologies for absence.
R 2. | Declarations of interest in items on this agenda.
R 3. | Public forum &ndash; up to ten minutes.
R 4. | To confirm the Minutes of the Ordinary Meeting held on 21st April 2008.
R 5. | Planning
R 5.1 | PA08/00512/F &ndash; 7 Chapel Meadow &ndash; single storey extension to rear.
R 5.2 | PA08/00530/A &ndash; 2 Fore Street &ndash; projecting sign (retrospective).
R 5.3 | Decisions of the planning authority received since the last meeting &ndash; to note.
R 6. | Finance
R 6.1 | Accounts for payment &ndash; May 2008 (schedule to be tabled).
R 6.2 | Accounts for the year ended 31st March 2008 &ndash; to approve the annual return.
R 6.3 | Insurance renewal from 1st June 2008.
R 7. | Market Square flower tubs &ndash; offer of sponsorship from the Chamber of Trade.
R 8. | Civic Service &ndash; arrangements for Sunday 8th June 2008 at St Piran's Church.
R 9. | Correspondence.
R 10. | Date of next meeting &ndash; Monday 16th June 2008.
