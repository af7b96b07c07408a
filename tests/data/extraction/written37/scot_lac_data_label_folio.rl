@title Dunmorrick South Local Area Committee - Minute 23 September 2011
@font Helvetica
@fontsize 10.5
@header DATA LABEL: Public||{page}
@pageoffset 118
P <b>MINUTE</b> of <b>MEETING</b> of the <b>DUNMORRICK SOUTH LOCAL AREA COMMITTEE</b> of <b>KELVINBRAE COUNCIL</b> held within <b>COUNCIL CHAMBERS, KELVINBRAE CIVIC CENTRE</b>, on <b>23 SEPTEMBER 2011</b>.
S 4
P <u>Present</u> – Councillors Moira Tennant (Chair), Graeme Lockhart, Sandy Nisbet, Euan Cowden
P <u>Apologies</u> – Councillor Lorna Bathgate
P <u>In attendance</u>
P Fiona Rennie, Area Services Manager, KC<br/>Derek Pettigrew, Neighbourhood Environment Team Manager, KC<br/>Alan Dewar, Community Inspector, Police<br/>Jill Macaulay, Station Manager, Fire and Rescue Service<br/>Paul Strang, Centre Manager, The Cairns Shopping Centre
P Representatives of Westburn Community Council and Nethermill Community Council were also present.
H 1. DECLARATIONS OF INTEREST
P Councillor Nisbet declared a non-financial interest in Item 8 (Westburn Park Study) in that he was a member of the board of Dunmorrick Community Enterprise. He remained in the meeting and took part in the discussion.
H 2. MINUTE
P The committee approved the minute of its meeting held on 10 June 2011. The minute was then signed by the Chair.
H 3. COMMUNITY POLICING UPDATE
P The committee considered a report (copies of which had been circulated) by the Community Inspector providing an update on policing activity in the Dunmorrick South area for the period 1 June to 31 August 2011.
P Inspector Dewar highlighted a reduction of 14% in reported vandalism compared with the same period last year and an increase in thefts from garden sheds in the Nethermill area. Councillor Lockhart asked what was being done about youths gathering at the Westburn shops in the evenings. Inspector Dewar advised that additional foot patrols had been arranged on Friday and Saturday evenings.
H Decision
P To note the terms of the report.
H 4. FIRE AND RESCUE SERVICE ACTIVITY REPORT
P The committee considered a report (copies of which had been circulated) by the Station Manager on fire and rescue activity in the area. Jill Macaulay advised that there had been 23 deliberate secondary fires during the summer, most of them on the open ground behind Calder Crescent.
H Decision
P To note the terms of the report.
H 5. NEIGHBOURHOOD ENVIRONMENT TEAM REPORT
P The committee considered a report (copies of which had been circulated) by the Neighbourhood Environment Team Manager. Derek Pettigrew outlined the work carried out on fly-tipping and the grass cutting programme. Councillor Cowden said that the footpath between Nethermill Road and the primary school was overgrown and had been reported several times.
H Decision
P 1. To note the terms of the report.
P 2. To ask the Neighbourhood Environment Team Manager to arrange for the footpath between Nethermill Road and Nethermill Primary School to be cut back before the October school holiday.
H 6. THE CAIRNS SHOPPING CENTRE – WINTER ARRANGEMENTS
P The Chair welcomed Paul Strang, Centre Manager, who gave a presentation on the centre’s plans for the Christmas period and its arrangements for severe weather, including the gritting of car parks and pedestrian routes.
P Councillor Lockhart asked whether the bus stops outside the centre would be included in the gritting. Mr Strang confirmed that the centre had agreed to grit the stops on its side of Cairns Road.
H Decision
P To note the presentation.
H 7. LOCAL AREA COMMITTEE BUDGET 2011/12
P The committee considered a report (copies of which had been circulated) by the Area Services Manager seeking approval of allocations from the local area committee budget. Fiona Rennie advised that £11,400 of the budget of £25,000 remained unallocated.
H Decision
P To approve the allocations set out in Appendix 1 to the report.
H 8. WESTBURN PARK STUDY
P The committee considered a report (copies of which had been circulated) by the Area Services Manager on the findings of a study into improvements at Westburn Park, including a new play area and footpath lighting.
P <u>Motion</u> – To approve the recommendations in the report. Moved by Councillor Tennant and seconded by Councillor Cowden.
P <u>Amendment</u> – To defer a decision until the results of the community consultation were available. Moved by Councillor Nisbet and seconded by Councillor Lockhart.
P A vote was taken by a show of hands. Motion 2, Amendment 2. The Chair used her casting vote in favour of the motion.
H Decision
P Following a vote, to approve the recommendations in the report.
H 9. WORKPLAN
P A workplan of items to be considered by the committee had been circulated.
H Decision
P To note the workplan.
H 10. CLOSING REMARKS
P The Chair thanked the representatives of the community councils for attending and reminded members that the next meeting would be held on 9 December 2011.
