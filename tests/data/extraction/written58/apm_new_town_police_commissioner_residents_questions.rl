@title Ashcroft Vale Annual Parish Meeting 2 May 2017 - draft minutes
@font Helvetica
@fontsize 10
@header ||draft APM/M12
@footer Signed ..........................................   Date ..........................................||{page}
@pageoffset 40
HC ASHCROFT VALE PARISH COUNCIL
C District of East Fendon
S 6
P A meeting of Ashcroft Vale Parish was held at The Hub Community Centre, Ashcroft Vale on Tuesday 2nd May 2017 at 7.30pm.
G Present: | Cllr P Raman | Cllr M Osei
G  | Cllr D Hartnell | Cllr Mrs J Brogden
G  | Cllr S Whitlock | Cllr Dr A Fairbrother
G  | Cllr K Lomas | Cllr T Venables
P In attendance: Graham Tuckwell, Parish Clerk; Ruth Ellerby, Deputy Parish Clerk.
P 31 residents were in attendance for the meeting.
H 1. WELCOME BY THE CHAIRMAN OF THE PARISH COUNCIL
P Councillor Priya Raman
P As Chairman of Ashcroft Vale Parish Council I would like to welcome you all and to thank you for coming to your Annual Parish Meeting this evening. This is not a meeting of the Parish Council: it is a meeting of the parish, and it belongs to you, the registered electors of Ashcroft Vale. The Parish Council is required to hold this meeting each spring so that it can account to you for its work, and I am required to present a report. Anyone may attend, but only electors of the parish may speak, so please give your name and the street where you live before you ask a question. If many people wish to raise the same matter I will ask that it is raised once, so that everyone has a fair chance to speak.
H 2. MINUTES
P The Minutes of the Annual Parish Meeting held on 3rd May 2016 APM/M11 were approved as a correct record and signed by the Chairman.
H 3. POLICE MATTERS
P The Police and Crime Commissioner, Mr Roger Haddon, Mrs Helen Strange, his Head of Community Engagement, and PC Damien Roe, the neighbourhood officer for Ashcroft Vale, were in attendance for this item.
P Mr Haddon gave a presentation on the Police and Crime Plan. The county remained one of the safest in the country, but the force had lost 140 officers since 2010 and had to prioritise. His priorities were victims, rural crime, road safety and the safeguarding of children online. He had protected the number of neighbourhood officers in the budget for 2017/18, and the precept had risen by £5 a year for a band D property.
P PC Roe reported that crime in Ashcroft Vale had fallen by 9% in the year to March. The most common offences were theft from vehicles and damage to property. He asked residents to report all incidents, however small, because the figures were used to decide where patrols were sent.
P Questions from residents:
P Mrs Gail Pritchett of Larkspur Way asked why there had been no police presence at the evening youth club since Christmas. PC Roe replied that the youth club visits had been stopped while the team was two officers short and would resume in June.
P Mr Stephen Adeyemi of Kestrel Rise asked what was being done about motorcycles racing on the bypass at night. Mr Haddon replied that the roads policing unit had carried out two operations in March and that he would ask for the bypass to be included in the summer operation.
P Mr Haddon and his colleagues were thanked for attending and left the meeting.
H 4. CHAIRMAN'S ANNUAL REPORT
P Cllr Raman presented her report for 2016/17, which had been circulated with the agenda. Highlights of the year were the opening of the skate park at Brookside, the transfer of the Eastern Green open spaces from the developer, the first Ashcroft Vale Festival, which attracted more than two thousand people, and the appointment of a Deputy Parish Clerk. The Council had held its precept at £52.80 for a band D property for the third year running. She thanked her fellow councillors, the staff and the many volunteers who make the parish work.
H 5. COUNTY COUNCILLOR'S REPORT
P County Cllr Brian Loxley reported on the County Council's budget, the new secondary school place planning for the western villages and the bus subsidy review, which proposed to keep the hourly service to the city but to reduce the evening service. He would press for the evening service to be kept while the new houses on the western edge were being occupied.
H 6. DISTRICT COUNCILLORS' REPORTS
P District Cllr Shona McAvoy reported on the Local Plan examination, which had been paused while the inspector considered housing numbers, and on the new recycling service for flats. District Cllr Dr A Fairbrother added that the district council was consulting on the community building at Eastern Green, and urged residents to respond by 31st May.
H 7. REPORTS FROM LOCAL ORGANISATIONS
P Written reports had been received from the Ashcroft Vale Residents' Association, the Good Neighbour Scheme, the Youth Club, Brookside Cricket Club and the Churches Together group, and were available at the door.
P Mrs Denise Okonjo, Chair of the Good Neighbour Scheme, spoke about the scheme's first year: 46 volunteers had given 1,300 hours of help, mainly lifts to hospital appointments, and more drivers were needed.
H 8. QUESTIONS FROM RESIDENTS
P Mr Alan Petrie of Heron Walk asked when the Parish Council would take over the Western Green play area. The Clerk, Graham Tuckwell, replied that the developer had not yet completed the remedial works and that the Parish Council would not accept the transfer until an independent inspection had been passed.
P Mrs Lorraine Kidd of Larkspur Way asked whether the Parish Council would consider planting a community orchard on the Eastern Green. Cllr Whitlock said that the idea had been raised by the environment working group and would be welcomed.
P Mrs Kidd then proposed, and Mr Petrie seconded, that this meeting asks the Parish Council to investigate the planting of a community orchard on the Eastern Green in 2017/18. On a show of hands the proposal was carried, with 26 in favour and 2 against.
P Mr Ian Rowntree of Kestrel Rise asked that parking enforcement outside the primary school be raised with the District Council. Cllr Raman undertook to do so.
H 9. CLOSE
P There being no further business the Chairman thanked everyone for attending and closed the meeting at 9.10pm.
