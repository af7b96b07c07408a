@title Kotukutuku Community Board - First Meeting 3 November 2004
@font Times-Roman
@fontsize 11
@numcol 14
@footer First Meeting of the Kotukutuku Community Board - 3 November, 2004||Page {page}
HC WHENUAROA DISTRICT COUNCIL
C <i>Community Board</i>
S 10
P Minutes of the First Meeting of the Kotukutuku Community Board following the triennial general election held in the Kotukutuku Service Centre Meeting Room, 14 Kereru Street, Kotukutuku on Wednesday 3 November, 2004 commencing at 10.00am.
H Present
P Messrs R T Ashworth, K M Paewai, D L Sorensen, Mrs J A Windle and Ngaire Tukaki.
H In Attendance
G Mr G H Lusk | - His Worship the Mayor
G Ms P Renata | - Chief Executive
G Mr A Voss | - Governance Manager
S 6
R 1. | <b>Opening</b>
R 1.1 | The Chief Executive opened the meeting, greeted the new Board for the 2004-2007 triennium and explained that His Worship the Mayor would witness the members' declarations.
R 2. | <b>Apologies</b>
R 2.1 | Nil.
R 3. | <b>Declarations Required of Community Board Members</b>
R 3.1 | The five members signed their statutory declarations (Local Government Act 2002, Schedule 7, clause 14), which His Worship the Mayor witnessed.
R 4. | <b>Election of Chairperson</b>
R 4.1 | That the Kotukutuku Community Board use voting system A in clause 25 of Schedule 7 of the Local Government Act 2002 to elect its Chairperson, namely:-
R  | (a) The candidate elected must receive the votes of a majority of the members present and voting; and
R  | (b) Where more than one round of voting is needed, the candidate with the fewest votes in a round is excluded from the next round.
R  | Ashworth/Sorensen Carried
R 4.2 | Nominations for Chairperson were invited by the Chief Executive.
R 4.3 | Nominations
G Mr K M Paewai | Nominated: D L Sorensen | Seconded: J A Windle
R 4.4 | No other nomination was received and Mr K M Paewai was declared elected as Chairperson of the Kotukutuku Community Board.
R 4.5 | Mr Paewai took the chair and thanked members for their support. He said the Board's first task would be to agree where the discretionary fund should go before Christmas.
PB
R 5. | <b>Election of Deputy Chairperson</b>
R 5.1 | That the Kotukutuku Community Board adopts for the election of its Deputy Chairperson the same system of voting as in resolution 4.1.
R  | Windle/Ashworth Carried
R 5.2 | Nominations
G Ngaire Tukaki | Nominated: R T Ashworth | Seconded: K M Paewai
R 5.3 | Ngaire Tukaki was the only nominee and was declared elected as Deputy Chairperson.
R 6. | <b>Standing Orders</b>
R 6.1 | That the Kotukutuku Community Board adopts the Standing Orders of the Whenuaroa District Council, with the quorum set at three members.
R  | Paewai/Tukaki Carried
R 7. | <b>Schedule of Meetings</b>
R 7.1 | That ordinary meetings of the Board be held on the first Wednesday of each month at 10.00am in the Kotukutuku Service Centre, except in January.
R  | Sorensen/Windle Carried
R 8. | <b>Briefing on the Local Government Act 2002</b>
R 8.1 | The Governance Manager outlined the role of community boards under the Act, the delegations the Council had made to the Board and the rules on members' interests.
R 8.2 | Mrs Windle asked whether the Board could make submissions to the Council's draft Long Term Council Community Plan in its own name. The Governance Manager confirmed that it could.
R 8.3 | That the briefing be received.
R  | Ashworth/Tukaki Carried
R 9. | <b>Discretionary Fund</b>
R 9.1 | The Chairperson reported that $3,120 remained in the Board's discretionary fund for the 2004/2005 year.
R 9.2 | It was agreed that applications for the fund close on 30 November 2004 and be considered at the December meeting.
R 10. | <b>Closure</b>
R 10.1 | There being no further business the Chairperson declared the meeting closed at 11.40am.
S 24
P Confirmed this ........................ day of ............................................ 2004
S 14
P .....................................................
P Chairperson
