@title Agenda 22 January 2019
@font Helvetica
@fontsize 10.5
@numcol 20
@footer {page}
P 15 January2019
S 6
P To: All Members of Holmfleet Parish Council
P The next meeting of the Parish Council will be held at the Holmfleet Leisure Centre on Tuesday, 22 January 2019 at 7.30 pm.
P Members are asked to declare any interest they have in an item of business when that item is reached, whether it is a disclosable pecuniary interest or another interest under the Code of Conduct.
P The Clerk will be at the Leisure Centre from 7.00 pm to give advice on interests before the meeting, but whether to declare an interest is for each Member to decide.
S 4
P Deborah Wilkin
P Clerk to the Council
S 8
HC AGENDA
H 1. Apologies for Absence
H 2. Code of Conduct - Declarations of Interest
H 3. Minutes
P To confirm the minutes of the meeting of the Parish Council held on 27 November 2018.
H 4. Co-option of Councillor – Saltcote Ward
P To consider the two applications received for the vacancy (applications circulated to Members only).
H 5. Updates on Issues from Previous Meeting(s)
H 6. Public Participation
H 7. Police Report
H 8. Planning Applications
P To consider any applications received after the agenda was issued.
H 9. Budget and Precept 2019/20
P To approve the budget and set the precept for 2019/20 (report attached).
H 10. Finance Report
H 11. Grass Cutting Contract 2019-21
P To consider the three tenders received (report attached).
H 12. Reports from Parish Council Committees
H 13. Reports from Approved Outside Body Appointments
P • Holmfleet Village Hall Trust (Cllr R Pennock) • Fleet Drainage Forum (Cllr S Gadd)
H 14. Ward Reports / Updates
P • Saltcote Ward (Councillors Gadd, Heslop and Royle) • Holm Ward (Councillors Ackroyd, Brearley and Sutcliffe) • Fleet End Ward (Councillors Ogden, Pennock and Whitworth)
H 15. Date and Time of Next Meeting – Tuesday, 26 February 2019 at 7.30pm
PB
HC Holmfleet Parish Council
HC Minutes of a Meeting held on 27 November 2018
P Present: Councillors J Ackroyd (Chair), S Gadd, T Heslop, R Pennock, M Royle, A Sutcliffe and K Whitworth.
P In attendance: D Wilkin (Clerk), PC Graham Ibbotson (for minute HPC.67) and 4 members of the public.
S 4
R HPC.62 | <b>Apologies for Absence</b>
R  | Apologies for absence were submitted on behalf of Councillors L Brearley and P Ogden.
R  | <b>Decision – That, the apologies be accepted.</b>
R HPC.63 | <b>Code of Conduct - Declarations of Interest</b>
R  | Councillor Royle declared a personal interest in minute HPC.69 as a trustee of the Village Hall Trust.
R HPC.64 | <b>Minutes</b>
R  | <b>Decision – That, the Minutes of the meeting held on 23 October 2018 be approved as a correct record and signed by the Chair.</b>
R HPC.65 | <b>Updates on Issues from Previous Meeting(s)</b>
R  | The Clerk reported that the new bus shelter at Fleet End had been installed, that the Borough Council would empty the dog bin on Marsh Lane twice a week from December, and that the flooded footpath at Holm Carr had been reported to the landowner again.
R HPC.66 | <b>Public Participation</b>
R  | Two residents of Saltcote Lane asked what could be done about lorries using the lane as a short cut to the industrial estate. The Chair said the Council would ask the Highway Authority for a weight limit and would invite the residents to the next meeting to hear the reply.
R HPC.67 | <b>Police Report</b>
R  | PC Graham Ibbotson reported that there had been three burglaries from garden sheds in Holm Ward in October and November and that a speed check on the Fleet Road had caught eleven drivers. Councillor Heslop asked whether the police could attend the school gates at home time; PC Ibbotson said he would arrange this before Christmas.
R HPC.68 | <b>Planning Applications</b>
R  | <b>Decision – That, no objections be raised to applications 2018/33412 (extension, 4 Marsh Lane) and 2018/33460 (garage, Holm Carr Farm).</b>
R HPC.69 | <b>Holmfleet Village Hall – Request for Grant</b>
R  | The Village Hall Trust had asked for a grant of £1,500 towards replacing the hall boiler. Councillor Royle, having declared an interest, took no part. Councillor Pennock moved that a grant of £1,500 be made and this was seconded by Councillor Heslop. On being put to the vote the motion was carried (4 for, 1 against, 1 abstention).
R HPC.70 | <b>Draft Budget 2019/20</b>
R  | The Clerk presented the draft budget, which would need a precept of £24,300, an increase of 3.8%. Councillor Sutcliffe asked that the reserve for the play area be shown separately.
R  | <b>Decision – That, the draft budget be noted and the budget and precept be set at the January meeting.</b>
R HPC.71 | <b>Finance Report</b>
R  | <b>Decision – That, the payments listed in the Finance Report, totalling £2,871.45, be approved.</b>
R HPC.72 | <b>Wreath for Remembrance Sunday</b>
R  | It was noted that the Chair had laid a wreath on behalf of the Council at the war memorial on 11 November.
R HPC.73 | <b>Reports from Parish Council Committees</b>
R  | <b>Decision – That, the minutes of the Environment Committee held on 6 November 2018 be received.</b>
R HPC.74 | <b>Ward Reports / Updates</b>
R  | • Saltcote Ward – Councillor Gadd reported that the drainage ditch behind Saltcote Lane had been cleared by the Drainage Board.
R  | • Holm Ward – Councillor Sutcliffe reported complaints about the street lights on Holm Rise being out for a fortnight.
R  | • Fleet End Ward – Councillor Whitworth thanked the volunteers who had planted bulbs on the green.
R HPC.75 | <b>Date and Time of Next Meeting</b>
R  | Tuesday, 22 January 2019 at 7.30pm at the Holmfleet Leisure Centre.
S 10
P The meeting closed at 9.05 pm.
