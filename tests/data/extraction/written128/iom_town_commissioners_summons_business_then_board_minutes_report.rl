@title Public Agenda February 2008
@font Times-Roman
@fontsize 10.5
@numcol 12
@header_first  
@header Port Cronkan Town Commissioners – Public || Page {page}
@pageoffset -1
P <b>PUBLIC AGENDA</b>
P Town Hall,<br/>Market Square,<br/>Port Cronkan,<br/>Isle of Man.<br/>www.portcronkan.gov.im
P 14th February, 2008.
P Sir/Madam,
P You are summoned to the monthly Public Meeting of the Port Cronkan Town Commissioners, to be held in the Boardroom, Town Hall, on Wednesday evening next, 20th February, 2008, commencing at 7.00 p.m.
H BUSINESS:
R 1. | Apologies for Absence:
R 2. | Minutes for Adoption: page: 1<br/>o Minutes of Board Meeting held on 16th January, 2008.
R 3. | Matters arising not otherwise on the Agenda.
R 4. | Chairman's Report:<br/>o Civic Attendances<br/>o Tynwald Day Arrangements
R 5. | Finance and General Purposes:<br/>o Town Clerk's Report(s): Rate Collection 2008/09<br/>o Finance Officer's General Report: Accounts
R 6. | Works and Development: page: 2<br/>o Technical Services Manager's Report: Planning Applications
R 7. | Any other Business:<br/>(at the Chairman's discretion)
S 18
P Town Clerk &amp; Chief Executive.
PB
HC PORT CRONKAN TOWN COMMISSIONERS
HC [ PUBLIC ]
P The Board of the Port Cronkan Town Commissioners met in monthly session in the Boardroom, Town Hall, on Wednesday, 16th January, 2008, at 7.00 p.m.
P Present: Mr. W. J. Christian (Chairman), Mrs. A. M. Kinrade, Messrs' D. R. Moore, P. T. Kneen, J. Teare, S. Crowe and R. Callow.
P Apologies: Mr. G. Faragher.
P In attendance: the Town Clerk, the Finance Officer, the Technical Services Manager and the Minute Clerk.
H (2007/08:198) Minutes of Previous Board Meeting:
P Resolved: That the Minutes of the Board Meeting of 19th December, 2007, be confirmed and signed by the Chairman.
H (2007/08:199) Matters Arising:
P Mr. Kneen asked whether the street lighting on Cronk Road had been repaired. The Town Clerk confirmed that the Electricity Authority had completed the work on 8th January.
H (2007/08:200) Chairman's Report:
P The Chairman reported on his civic attendances since the last meeting, including the Holocaust Memorial Service and the Lifeboat Guild dinner. Resolved: That the report be noted.
H (2007/08:201) Finance and General Purposes - Accounts:
P The Finance Officer presented the accounts for payment for December, 2007, totalling £184,306.22. Resolved: That the accounts be approved for payment.
H (2007/08:202) Finance and General Purposes - Rate Collection:
P The Finance Officer reported that 94.6% of the 2007/08 rate had been collected by 31st December, 2007. Noted.
H (2007/08:203) Works and Development - Planning Applications:
P 07/01932/B – Erection of conservatory, 6 Queen's Drive West – No objection.
P 07/01977/B – Change of use of retail unit to hot food takeaway, 14 Harbour Street – Mrs. Kinrade proposed and Mr. Moore seconded an objection on the grounds of the late opening hours. Resolved: That the Department be advised that the Commissioners object to the application.
H (2007/08:204) Works and Development - Feeding of Gulls:
P The Technical Services Manager reported complaints about the feeding of gulls on the promenade. Mr. Teare moved that a byelaw be sought to prohibit the practice; Mr. Crowe seconded. An amendment by Mr. Callow that signs be erected first was lost, 3 votes for and 5 against. Resolved: That the Department be asked to assist in making a byelaw.
H (2007/08:205) Parks and Leisure - Harbour Lawn Gardens:
P Deferred to the February meeting pending a quotation for the railings.
H (2007/08:206) Any Other Business:
P Mrs. Kinrade raised the condition of the public shelter on the promenade. The Technical Services Manager will inspect it.
P The meeting closed at 8.45 p.m.
PB
HC PORT CRONKAN TOWN COMMISSIONERS
P Works and Development<br/>Technical Services Manager's Report
H Item 6
H Subject: Planning Applications
P The following applications have been received from the Planning and Building Control Division since the last meeting:
G 08/00102/B | 3 Cronk Road | Replacement windows
G 08/00117/B | Land adjoining 22 Harbour Street | Erection of two dwellings
G 08/00121/A | Former garage, Mill Road | Approval in principle for four dwellings
S 6
P Recommendation: That the Commissioners consider the applications and advise the Department of their views.
P Technical Services Manager<br/>12th February, 2008.
