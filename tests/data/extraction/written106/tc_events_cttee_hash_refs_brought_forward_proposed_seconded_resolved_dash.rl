@title Events Committee minutes 29 July 2024
@font Helvetica
@fontsize 10.5
@numcol 30
@header DRAFT – subject to approval at the next meeting
@footer Events Committee 29.07.24||Page {page}
HC Kingsmere Town Council
C Minutes of the meeting of the Events Committee
C held on Monday 29th July 2024 at 7.00pm
C at The Butter Market, Bridge Street, Kingsmere, KM4 2BT
S 6
P Present: Cllr J Ormerod (Chairman), Cllr A Lathom, Cllr P Venn, Cllr D Cressey
P Ex-officio: Cllr N Gadsby (Town Mayor)
P In attendance: Mrs R Lamb – Deputy Town Clerk
P There were five members of the public present.
R EV24/07#21 | Apologies for Absence
P Cllr T Whitlow (work commitment).
R EV24/05#22 | Declarations of Interest
P Cllr Venn declared a Schedule 2 interest in item EV24/07#29, proposed charges for stalls, because she intends to have a stall at the event.
R EV24/05#23 | Dispensations
P None requested.
R EV24/05#24 | Public Participation
P Cllr Ormerod asked that Item EV24/07#29 be brought forward to enable Mr Roy Sutcliffe of Kingsmere Concert Band to speak.
P Cllr Ormerod invited Mr Sutcliffe to raise any concerns regarding the Riverside Proms. Mr Sutcliffe asked for consideration of the following:
P • To allow the toilets at the Quay to remain open until 10.00pm
P • To arrange lighting in the bandstand as it will be dark before the end of the event
P • To reserve parking for the two visiting bands in the Cattle Market car park
R EV24/07#29 | Riverside Proms 2024
P To receive a verbal report from the Working Group and consider the following recommendations:
P • Approve location of stalls
P • Approve appointment of compere for the event
P • Proposed hire charges for stalls - £45.00
P • Request that income from the event is ring-fenced to grow future events
P Members discussed each aspect in turn. The Deputy Town Clerk confirmed that the Quay toilets can stay open at no extra cost.
P At 7.22pm Mr Sutcliffe and two other members of the public left the meeting.
P At 7.24pm, Cllr Venn left the room while the charges for stalls were discussed.
P Proposed: Councillor Lathom Seconded: Councillor Gadsby
P RESOLVED – to approve a £45 charge for each business and a £20 charge for a charity to have a stall at the event.
P At 7.31pm Cllr Venn returned to the meeting.
P Proposed: Councillor Cressey Seconded: Councillor Lathom
P RESOLVED – to approve the location of stalls as shown on the plan and the appointment of Ms Gail Henshaw as compere.
R EV24/07#25 | Minutes of the Previous Meeting
P Proposed: Councillor Venn Seconded: Councillor Cressey
P RESOLVED – that the minutes of the meeting held on 24th June 2024 be approved and signed as a correct record.
R EV24/07#26 | Events Budget 2024/25
P The Deputy Town Clerk presented the budget monitoring report to 30th June 2024. Expenditure is within budget except for the Armed Forces Day line, which was overspent by £212 because of the extra marquee. Noted.
R EV24/07#27 | Christmas Lights Switch-on 2024
P Cllr Lathom reported that the lights contractor has confirmed the same installation dates as last year. Following discussion it was agreed that the switch-on be held on Friday 29th November 2024 and that the Deputy Town Clerk obtain quotations for a stage.
R EV24/07#28 | Remembrance Sunday 2024
P Cllr Gadsby reported that the police have not yet issued the event plan for the parade. Deferred to the September meeting.
R EV24/07#30 | Recommendations to Full Council
P Proposed: Councillor Ormerod Seconded: Councillor Cressey
P RECOMMENDED: that the income from Riverside Proms 2024 be ring-fenced in an earmarked reserve for future events, and that the Events Committee budget for 2025/26 be set at £9,500.
R EV24/07#31 | Date of Next Meeting
P Monday 23rd September 2024 at 7.00pm.
S 8
P The meeting closed at 8.12pm.
