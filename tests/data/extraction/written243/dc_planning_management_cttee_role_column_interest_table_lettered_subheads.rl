@title Item 2 - Minutes of the meeting held on 24.02.16
@font Helvetica
@fontsize 10
@numcol 16
@footer Planning Management Committee – 24 February 2016||Page {page}
@pageoffset 343
H PLANNING MANAGEMENT COMMITTEE
G Date: | 24 February 2016
G Venue: | Wendleford House, Orchard Drive, Kimbolt
G Time: | 7.00pm
S 4
G Present: Councillors: | Sandra Pettit<br/>Neil Gorringe<br/>Graham Pask<br/>Yvonne Tebbit<br/>Colin Aspinall<br/>Derek Howlett | Chairman<br/>Vice-Chairman | Marion Quist<br/>Barry Loveday<br/>Lorna Fitchett<br/>Stuart Mabey<br/>Pauline Orme
S 6
R 512. | <b>APOLOGIES FOR ABSENCE</b>
P Apologies for absence were received from Councillors Heather Lomas and Rupert Kendrick.
R 513. | <b>MINUTES</b>
P Members approved the minutes of 27 January 2016 as a true record, and the Chairman signed them.
R 514. | <b>DECLARATIONS OF INTEREST AND INFORMAL SITE VISITS</b>
R (a) | <b>Declarations of Interest</b>
TH Councillor | Application | Nature of Interest | DPI | Other Interest
T All Committee Members | 15/02288/FUL Land at Bell Farm, Oundleby | The applicant is a member of the Council's staff | | Yes
T Graham Pask | 15/02301/FUL 9 Nene Terrace, Kimbolt | Lives in the same street | | Yes
T Pauline Orme and Barry Loveday | 15/02246/OUT Land off Station Road, Wellham | Members of Wellham Town Council, which commented on the application | | Yes
R (b) | <b>Informal Site Visits</b>
P Councillor Neil Gorringe declared that he had visited the site at Bell Farm, Oundleby (15/02288/FUL). Councillor Lorna Fitchett declared that she had visited Land off Station Road, Wellham (15/02246/OUT).
R 515. | <b>QUESTIONS FROM MEMBERS UNDER COUNCIL PROCEDURE RULE 10.3</b>
P There were no questions under Rule 10.3.
R 516. | <b>SECTION 106 AGREEMENTS – UPDATE</b>
P The Planning Development Manager presented the regular schedule of legal agreements still being drafted for applications the Committee had resolved to approve. Two agreements had been signed since the last meeting and the agreement for Land off Station Road, Wellham was with the applicant's solicitors.
P Councillor Derek Howlett asked why the agreement for Rockwell Lane, Oundleby had taken fourteen months. The Planning Development Manager explained that the land had been in three ownerships.
P RESOLVED: That the report be noted.
R 517. | <b>PLANNING APPLICATIONS</b>
P The Committee considered the following applications for planning permission, reports on which had been circulated with the agenda, together with the late representations reported at the meeting.
P <b>(i) 15/02246/OUT – Land off Station Road, Wellham – Outline application for up to 60 dwellings</b>
P Mrs Dawn Appleyard spoke against the application on behalf of residents of Station Road. Mr Karl Simmonite, the agent, spoke in support. Councillor Stuart Mabey moved that the application be refused and Councillor Marion Quist seconded the motion, which was lost. Councillor Yvonne Tebbit then moved the officer's recommendation, seconded by Councillor Colin Aspinall.
P RESOLVED: That outline planning permission be granted subject to the completion of a Section 106 Agreement and the conditions in the report.
P <b>(ii) 15/02288/FUL – Land at Bell Farm, Oundleby – Erection of an agricultural building</b>
P There were no speakers on this application.
P RESOLVED: That planning permission be granted subject to the conditions in the report.
P <b>(iii) 15/02301/FUL – 9 Nene Terrace, Kimbolt – Two storey side extension</b>
P (Councillor Pask left the meeting for this item.)
P Mr Alan Rudd, a neighbour, spoke against the application.
P RESOLVED: That planning permission be refused as the extension would be overbearing and would result in a loss of light to 11 Nene Terrace.
R 518. | <b>ENFORCEMENT – QUARTERLY REPORT</b>
P The Committee noted the quarterly report on enforcement cases opened and closed between October and December 2015.
R 519. | <b>PLANNING APPEALS</b>
P The Committee noted the appeal decision for 14/01977/FUL, 3 Rectory Close, Wellham, where the appeal had been dismissed.
P The meeting closed at 9.25pm.
S 18
P Chairman ......................................... Date .........................
