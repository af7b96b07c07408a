@title Annual Parish Council Meeting 18 May 2010
@font Helvetica
@fontsize 10.5
@numcol 16
@header Brantwick-cum-Thrupley Parish Council||Annual Meeting 18.05.10
@header_first  
@footer Page {page}
H BRANTWICK-CUM-THRUPLEY PARISH COUNCIL.
H MINUTES OF THE ANNUAL PARISH COUNCIL MEETING HELD ON TUESDAY 18th MAY 2010 AT 7.30 PM IN BRANTWICK VILLAGE HALL
P <b>Present:</b> Councillors A Anstey, R Penfold, M Gadsden, C Whitlock, J Barnaby and H Kew. Mr N Ashby (Clerk). 3 members of the public.
S 4
R 10/31 | <b>ELECTION OF CHAIRMAN</b><br/>Cllr Whitlock proposed Cllr Anstey, seconded by Cllr Penfold. There being no other nominations, Cllr Anstey was elected Chairman for the year.
R 10/32 | <b>CHAIRMAN'S DECLARATION OF ACCEPTANCE OF OFFICE</b><br/>Cllr Anstey signed the declaration in the presence of the Clerk and took the chair.
R 10/33 | <b>ELECTION OF VICE-CHAIRMAN</b><br/>Cllr Penfold was elected Vice-Chairman on the proposal of Cllr Anstey, seconded by Cllr Kew.
R 10/34 | <b>APOLOGIES</b><br/>Cllr P Rook (holiday). Apologies accepted.
R 10/35 | <b>DECLARATIONS OF INTEREST</b><br/>None.
R 10/36 | <b>MINUTES</b><br/>The minutes of the meeting held on 20th April 2010 were approved and signed.
R 10/37 | <b>APPOINTMENTS FOR 2010/11</b><br/>It was agreed to make the following appointments:
G Village Hall Management Committee | Cllr Kew
G Thrupley Recreation Ground Trust | Cllrs Barnaby and Whitlock
G Footpaths and rights of way | Cllr Penfold
G Neighbourhood Action Group | Cllr Gadsden
R 10/38 | <b>INSURANCE</b><br/>The Clerk reported that the renewal premium was £612.40, an increase of £18. It was RESOLVED to renew with the present insurer for a further year.
R 10/39 | <b>ANNUAL RETURN 2009/10</b><br/>The Statement of Accounts and the Annual Governance Statement were approved by 5 votes in favour and 1 against. Cllr Gadsden asked that his concern at the level of reserves be recorded.
R 10/40 | <b>PLANNING</b>
R  | (i) 10/00512/FUL Holly Barn, Thrupley Road. Erection of two stables and a tack room. No objection.
R  | (ii) 10/00577/CLE Orchard View, Back Lane. Certificate of lawful use of the annexe as a separate dwelling. Members understood that the annexe had been empty for most of the last four years. Cllr Whitlock proposed that the Council object, seconded by Cllr Barnaby. Agreed.
R 10/41 | <b>FINANCE</b><br/>The bank balance at 30th April was £7,480.15. Payments of £211.60 (Clerk's salary), £40.00 (hall hire) and £612.40 (insurance) were approved.
R 10/42 | <b>HIGHWAYS AND FOOTPATHS</b><br/>Cllr Penfold reported that the footpath from Back Lane to the church was overgrown and that the kissing gate was off its hinges. The Clerk will report both to the County Council.
R 10/43 | <b>DATE OF NEXT MEETING</b><br/>Tuesday 20th July 2010 at 7.30 pm.
S 8
P The meeting closed at 9.15 pm.
S 12
P Signed ...................................... Chairman          Date ........................
