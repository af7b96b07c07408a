@title Oct papers for website
@font Helvetica
@fontsize 10
@numcol 12
@footer Llanfechan Community Council – papers for the Monthly Meeting, 10 October 2017
HC LLANFECHAN COMMUNITY COUNCIL
C Clerk: Mrs Rhian Pugh, Swyddfa'r Cyngor, Heol y Felin, Llanfechan CF72 8QT
S 6
P Dear Councillor,
P You are hereby summoned to attend the <b>Monthly Meeting of Llanfechan Community Council</b> to be held at Neuadd Caerwen, Llanfechan on <b>Tuesday 10 October 2017 at 6:30 pm</b> to transact the business set out below. Appendices referred to are enclosed with these papers.
P Rhian Pugh, Clerk to the Council – 4 October 2017
HC AGENDA
R 1 | Acceptance of apologies for absence
R 2 | To receive declarations of interest
R 3 | Minutes
R | a&nbsp;&nbsp;To approve the minutes of the Monthly Meeting held on 12 September 2017. <b>Appendix A</b>
R | b&nbsp;&nbsp;To note the draft minutes of the Planning Committee held on 26 September 2017 (circulated separately).
R 4 | Action Table
R | To note the Action Table and progress against outstanding actions. <b>Appendix B</b>
R 5 | Finance
R | a&nbsp;&nbsp;To approve the schedule of payments for October 2017. <b>Appendix C</b>
R | b&nbsp;&nbsp;To note the budget monitoring statement to 30 September 2017. <b>Appendix D</b>
R 6 | Planning
R | To consider the planning applications received since the last meeting. <b>Appendix E</b>
R 7 | Events
R | a&nbsp;&nbsp;To review arrangements for the commemoration of Remembrance Sunday on 12 November 2017. <b>Appendix F</b>
R | b&nbsp;&nbsp;To consider quotations for the Christmas lights switch-on, Saturday 2 December 2017. <b>Appendix G</b>
R 8 | Correspondence
R | a&nbsp;&nbsp;To note letter from Inspector G Rees, Tâf Valley Police, dated 18 September 2017 regarding parking at Heol Dafydd. <b>Appendix H</b>
R | b&nbsp;&nbsp;To consider a request from Llanfechan Youth Football Club for financial support towards new goalposts. <b>Appendix I</b>
R | c&nbsp;&nbsp;To consider nominating a Member to attend the Community Councils' Association area committee on 16 November 2017.
R 9 | Health &amp; Safety
R | To receive an update on any Health and Safety issues since the last meeting.
R 10 | Staffing
R | To receive an update on any staffing issues since the last meeting.
R 11 | Date of next meeting: Tuesday 14 November 2017 at 6:30 pm
PB
P (2017/18) 38 <b>Appendix A</b>
HC Minutes for the Monthly Meeting of Llanfechan Community Council held at Neuadd Caerwen, Llanfechan on 12 September 2017 at 6:30 pm
P <b>Present:</b> Councillors E Bowen (Chair), T Howells, G Jenkins, M Lloyd, S Morgan, D Parry, A Rowlands and H Watkins.
P <b>In attendance:</b> PCSO Carys Mathias, Tâf Valley Police, and the Clerk: Rhian Pugh.
H 1. Acceptance of apologies for absence
P Received from Councillors B Evans and K Thomas.
H 2. To receive declarations of interest
P Cllr G Jenkins declared an interest in relation to agenda item 8 b "I am a Trustee of Neuadd Caerwen." Cllr M Lloyd declared an interest in relation to agenda item 6 "I am a Member of the County Borough Council Planning Committee."
H 3. Minutes
P i) It was agreed that the minutes of the Monthly Meeting held on 11 July 2017 were a true record of the meeting's decisions and they were duly signed by the Chair.
P ii) The draft minutes of the Planning Committee held on 22 August 2017 were noted.
H 4. Community Policing
P PCSO Mathias reported that anti-social behaviour around the play area at Cae'r Ffynnon had reduced since the summer holidays. Cllr S Morgan asked whether the speed checks on Heol Dafydd would continue; PCSO Mathias said she would raise this with the Inspector. The report was noted.
H 5. Action Table
P The Action table was noted. A106 Clerk reported that the bench at Cae'r Ffynnon had been re-fixed. A109 Cllr D Parry reported that the notice board at Pentre Isaf still needed a new lock; the Clerk will arrange this. A114
H 6. Finance
P a) It was agreed that the schedule of payments for September 2017 totalling £3,418.60 be approved.
P b) The Clerk presented the budget monitoring statement to 31 August 2017, which showed expenditure in line with the budget. The statement was noted.
PB
P (2017/18) 39 <b>Appendix A</b>
H 7. Planning
P 17/0712 – Single storey rear extension, 4 Maes y Dderwen. No objection.
P 17/0738 – Change of use of former chapel to two dwellings, Capel Seion, Heol Fawr. Cllr A Rowlands said residents had raised concerns about parking. It was agreed to object on the grounds of inadequate off-street parking. A115
H 8. Events
P a) Cllr H Watkins reported on arrangements for the Remembrance Sunday parade. It was agreed that a wreath be purchased at a cost of £25.00. A116
P b) It was agreed that a contribution of £500.00 be made towards the Llanfechan Show from the Events budget heading. A117
H 9. Correspondence
P a) The letter from the County Borough Council regarding the winter gritting routes was noted.
P b) A request from the Friends of Llanfechan Library to use the Council's gazebo was considered. Cllr T Howells proposed that the request be granted and Cllr E Bowen seconded; it was resolved that the gazebo be lent free of charge. A118
H 10. Health &amp; Safety
P The Clerk reported that the annual play area inspection had been carried out and the report would be circulated to Members.
H 11. Staffing
P Nothing to report.
H 12. Date of next meeting
P The next meeting will be held on Tuesday 10 October 2017 at 6:30 pm. The meeting closed at 8:05 pm.
PB
P (2017/18) 40 <b>Appendix C</b> – Agenda item 5a
HC Schedule of Payments – October 2017
T Payee | Details | Amount £
T R Pugh | Clerk's salary October | 612.40
T HMRC | Tax and NI | 153.10
T Cwm Garden Services | Grass cutting September | 840.00
T Neuadd Caerwen | Hall hire July – September | 90.00
T Royal British Legion | Wreath | 25.00
T Llanfechan Show | Contribution (minute 8 b) | 500.00
T | Total | 2,220.50
P Members are asked to approve the payments listed above.
PB
P (2017/18) 41 <b>Appendix F</b> – Agenda item 7a
HC Remembrance Sunday 12 November 2017 – Arrangements
P The parade will form up at the Community Centre at 10:30 am and march to the War Memorial for the service at 10:50 am. The road closure notice has been granted by the County Borough Council. Two marshals are still required.
P Members are asked to note the arrangements and to confirm which Member will lay the Council's wreath.
