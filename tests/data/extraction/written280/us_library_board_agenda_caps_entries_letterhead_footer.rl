@title Library Board Meeting Agenda June 20, 2016
@font Helvetica
@fontsize 12.5
@header_first  
@header Wexley Township District Library||Library Board Meeting – June 20, 2016
@footer Wexley Township District Library Board of Trustees · 1150 Orchard Lane, Wexley, Illinois||Agenda page {page}
HC WEXLEY TOWNSHIP DISTRICT LIBRARY
C 1150 Orchard Lane · Wexley, Illinois · Hoffland Branch, 27 Market Street
S 14
HC LIBRARY BOARD MEETING
C Monday, June 20, 2016
C Central Library
C Board Room – Second Floor
C 7:00 p.m.
S 16
H CALL TO ORDER/ROLL CALL
S 6
H PLEDGE OF ALLEGIANCE
S 6
H PUBLIC COMMENTS
S 6
H BOARD COMMENTS
P &nbsp;&nbsp;&nbsp;&nbsp;&nbsp;&nbsp;&nbsp;&nbsp;Friends of the Library Spring Book Sale – Delia Santangelo
S 6
H APPROVAL OF MINUTES
P &nbsp;&nbsp;&nbsp;&nbsp;&nbsp;&nbsp;&nbsp;&nbsp;Regular Meeting of May 16, 2016
P &nbsp;&nbsp;&nbsp;&nbsp;&nbsp;&nbsp;&nbsp;&nbsp;Committee of the Whole of June 6, 2016
S 6
H APPROVAL OF BILLS – Roll Call Vote
S 6
H ADDITIONS OR CHANGES TO AGENDA
S 6
H PRESIDENT'S REPORT
S 6
H DIRECTOR'S REPORT
S 6
H DEPUTY DIRECTOR'S REPORT
S 6
H DEPARTMENT REPORTS
P &nbsp;&nbsp;&nbsp;&nbsp;&nbsp;&nbsp;&nbsp;&nbsp;Youth Services: Summer Reading Kickoff – Marisol Ekwueme
P &nbsp;&nbsp;&nbsp;&nbsp;&nbsp;&nbsp;&nbsp;&nbsp;Branch Services: Hoffland Branch Parking Lot – Terrence Vukovich
S 6
H COMMITTEE REPORTS
P &nbsp;&nbsp;&nbsp;&nbsp;&nbsp;&nbsp;&nbsp;&nbsp;Building and Grounds – Arthur Neidermeyer
S 6
H TREASURER'S REPORT
S 6
H UNFINISHED BUSINESS
P &nbsp;&nbsp;&nbsp;&nbsp;&nbsp;&nbsp;&nbsp;&nbsp;Strategic Plan 2016–2019 – Final Draft
S 6
H NEW BUSINESS
P &nbsp;&nbsp;&nbsp;&nbsp;&nbsp;&nbsp;&nbsp;&nbsp;Adoption of Prevailing Wage Ordinance 2016-03 – Roll Call Vote
P &nbsp;&nbsp;&nbsp;&nbsp;&nbsp;&nbsp;&nbsp;&nbsp;Approval of Carpet Replacement, Second Floor, not to exceed $48,900
P &nbsp;&nbsp;&nbsp;&nbsp;&nbsp;&nbsp;&nbsp;&nbsp;Approval of Professional Development Expenses of $1,612.40 for American Library Association Annual Conference in June 2016
P &nbsp;&nbsp;&nbsp;&nbsp;&nbsp;&nbsp;&nbsp;&nbsp;Review of Meeting Room Policy
S 6
H EXECUTIVE SESSION (Discussion and Possible Action)
P &nbsp;&nbsp;&nbsp;&nbsp;&nbsp;&nbsp;&nbsp;&nbsp;Discussion of minutes of closed meetings – Section 2(c), (21)
P &nbsp;&nbsp;&nbsp;&nbsp;&nbsp;&nbsp;&nbsp;&nbsp;Appointment, employment, compensation, discipline, performance or dismissal of specific employees – Section 2(c), (1)
S 6
H ADJOURNMENT
S 20
I Any person with a disability who needs an accommodation to attend this meeting should contact the Library Director's office at least 48 hours in advance.
