@title Loughside Waste Partnership Joint Committee - Minutes - 24 February 2022
@font Helvetica
@fontsize 10.5
@footer JC072-Minutes-24February2022||Page {page} of 2
HC LOUGHSIDE WASTE PARTNERSHIP JOINT COMMITTEE
HC Meeting No 072
HC Virtual Meeting
HC MINUTES
HC Thursday 24 February 2022
S 6
H Members Present:
G Councillor M Cassidy (Deputy Chair) | Ballykeelan City Council
G Alderman T Wylie | Ballykeelan City Council
G Councillor S McAtamney | Ballykeelan City Council
G Councillor R Faloon | Drumcorran and Tullagharn Borough Council
G Councillor D O’Kane | Drumcorran and Tullagharn Borough Council
G Alderman J Beggs | Carnglass District Council
G Councillor P Mallon | Carnglass District Council
H Members’ Apologies:
G Alderman H Gracey (Chair) | Drumcorran and Tullagharn Borough Council
G Councillor N Devine | Carnglass District Council
H Officers Present:
G K Sloan (Chief Executive) | lwp
G B Hanna (Secretary) | lwp
G L Corr | lwp
G C Magowan | Ballykeelan City Council
G F Dorrian | Drumcorran and Tullagharn Borough Council
G A Kerr | Carnglass District Council
H Officers’ Apologies:
G S Quail | Ballykeelan City Council
P In the absence of the Chair, Alderman Gracey, the Deputy Chair, Councillor Cassidy took the Chair.
H Item 1 - Conflicts of Interest Statement
P The Chair read out the Conflicts of Interest Statement. Councillor Mallon declared an interest in Item 7 as a member of a community association which had applied to the Communities Fund.
P <b>Action:</b> Noted
H Item 2 - Apologies
P Apologies were noted.
P <b>Action:</b> Noted
H Item 3 - Minutes of Joint Committee Meeting 071 held on 27 January 2022
P The minutes of the Joint Committee meeting 071 held on 27 January 2022 were agreed.
P <b>Action:</b> Agreed
H Item 4 - Matters Arising
P Alderman Wylie asked about the delay to the glass recycling tender reported at the last meeting. Mr Sloan advised that the tender would now be issued in March, after the specification had been checked against the new packaging regulations.
P <b>Action:</b> Noted
H Item 5 - Chief Executive’s Report
P Mr Sloan presented his report. Household waste tonnages for the third quarter were 3% lower than the same period last year, and the recycling rate across the three councils had reached 51.8%. The bulky waste collection trial in Carnglass had been extended to the end of May.
P Members noted the report.
P <b>Action:</b> Noted
H Item 6 - Residual Waste Treatment Contract – Update
P Ms Corr provided an update on the interim landfill contract, which expires on 31 March 2022, and on the market testing for a longer-term treatment solution. Councillor Faloon asked whether the gate fee under an extension would be fixed. Ms Corr confirmed that the contractor had offered to hold the current gate fee for twelve months.
P It was proposed by Councillor Faloon, seconded by Alderman Beggs, and agreed that the Joint Committee extend the interim landfill contract for a further twelve months on the terms set out in the report.
P <b>Action:</b> Agreed
H Item 7 - Communities Fund 2022/23
P Councillor Mallon left the meeting for this item.
P Ms Corr presented the recommendations of the assessment panel for fourteen awards totalling £42,500 from the Communities Fund. Councillor O’Kane proposed, seconded by Councillor McAtamney, that the awards be approved as recommended.
P <b>Action:</b> Agreed
P Councillor Mallon returned to the meeting.
H Item 8 - Finance Report – Period 10
P Mr Hanna presented the finance report for the period to 31 January 2022. A net underspend of £184,000 was projected for the year, mainly on landfill tax as a result of the lower tonnages. Alderman Wylie asked that the constituent councils be told as early as possible whether any of the underspend would be returned to them. Mr Hanna agreed to report on this at the March meeting.
P <b>Action:</b> Noted
H Item 9 - Communications and Education Update
P Ms Corr reported that the schools recycling programme had now visited 61 primary schools and that the new food waste campaign would start on local radio in March.
P <b>Action:</b> Noted
H Item 10 - Any Other Business
P Councillor McAtamney thanked officers for their work on the bulky waste trial. There was no other business.
H Item 11 - Date of Next Meeting
P The next meeting of the Joint Committee will be held on Thursday 31 March 2022 at 2.00pm (virtual meeting). The meeting ended at 3.25pm.
