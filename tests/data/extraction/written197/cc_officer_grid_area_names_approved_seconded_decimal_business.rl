@title ICC Minutes March 2015
@font Helvetica
@fontsize 10
@footer Minutes subject to approval at the next meeting||Page {page}
HC INVERALLT AND CORSEMUIR COMMUNITY COUNCIL
C Minutes of the meeting held on 10th March 2015 at Corsemuir Hall
G Chairman | Mr D Gillanders
G Vice Chairman | Mrs E Rennie – Inverallt (apologies)
G Treasurer | Mr W Cruden – Corsemuir
G Secretary | Mrs A Strachan
G | Mr J Imlach - Inverallt
G | Mrs K Souter - Inverallt
G | Mr R Farquharson - Corsemuir
G | Mrs L Geddes - Kirkton of Allt
G | Mr P Sangster - Kirkton of Allt
G | Cllr. F Mathieson
G Visitors | Mr Iain Baird and Ms Ruth Ogston (Glenbuie Renewables)
G Apologies | Mrs E Rennie - Inverallt
G | Mr G Lumsden - Corsemuir
G | Cllr. B Rattray
S 6
P The Chairman welcomed members and visitors. Mr Baird and Ms Ogston gave an outline of the revised layout for the Glenbuie wind farm, which now has eleven turbines instead of fourteen, and of the community benefit figure the company is offering. Members asked about construction traffic on the Corsemuir road and about the fund being run locally. The visitors were thanked and left the meeting.
P Minute of Meeting of 10th February 2015 Approved: Mr W Cruden Seconded: Mrs A Strachan
H 1.0 BUSINESS ARISING FROM PREVIOUS MINUTE
P 1.1 Footpath to Kirkton school – the ranger has walked the route and will send a plan for the surfacing. Mrs Geddes will follow up.
P 1.2 Bus shelter at Allt Brig – the Council’s transport officer confirmed the shelter is on the replacement list for 2015/16
P 1.3 Litter pick – date fixed for Saturday 18th April, meeting at Corsemuir Hall at 10am. Mr Imlach will collect bags and pickers.
P 1.4 Snow clearing – Mr Farquharson said the new snow blower had been used twice. It was agreed that the CC would pay the £60 fuel bill.
P 1.5 Hall notice board – still awaiting the joiner. Carried forward.
P 1.6 Welcome pack for new residents – Mrs Souter circulated a draft. Members to send comments to the Secretary by the end of March.
H 2.0 POLICE REPORT
P 2.1 No officer was present. The written report listed one theft of diesel at Mains of Corsemuir and a number of speeding stops on the A-road.
P 2.2 Mr Sangster asked that the police be invited to the April meeting to speak about the diesel thefts.
H 3.0 PLANNING
P 3.1 15/00412/APP – Erection of dwelling house, Plot 2, Braeside, Inverallt. No comment.
P 3.2 15/00467/APP – Extension to farm shed, Nether Allt. No comment.
P 3.3 Glenbuie wind farm – following the presentation it was agreed that a letter would be sent to the planning authority asking that the construction traffic route avoids Kirkton of Allt. Proposed: Mr Sangster Seconded: Mrs Geddes
H 4.0 TREASURER’S REPORT
P 4.1 Mr Cruden reported a balance of £2,318.45 in the main account and £940.00 in the hall fund.
P 4.2 The annual grant of £420 from the Council has been received.
P 4.3 It was agreed to donate £50 to the Kirkton school Easter fun day. Proposed: Mrs Souter Seconded: Mr Imlach
H 5.0 CORRESPONDENCE
P 5.1 Water authority – notice of mains work on the Corsemuir road in May.
P 5.2 Consultation on the Local Development Plan main issues report – Mr Gillanders will prepare a draft response for the April meeting.
H 6.0 COMMUNITY COUNCILLOR REPORT
P 6.1 Cllr. Mathieson reported on the new waste collection calendar and said the recycling point at Allt Brig would stay open.
H 7.0 AOCB
P 7.1 Mrs Strachan reported that the hall committee needs a new treasurer.
P 7.2 Mr Imlach raised the state of the verge at the Corsemuir junction after the gritter had gone off the road. The Secretary will report it.
H 8.0 DATE OF NEXT MEETING
P Tuesday 14th April 2015 at 7.30pm, Kirkton of Allt Hall.
