@title Allotments Committee 5 September 2001
@font Helvetica
@fontsize 10.5
@pageoffset 12
@footer Allotments Committee 5.9.01 || Page {page}
HC OSSINGDEN TOWN COUNCIL
HC MINUTES OF A MEETING OF THE ALLOTMENTS COMMITTEE
C Held on Wednesday 5th September 2001 at the Town Hall, Ossingden
S 4
P Present:Councillor G Bottomley – Allotments Liaison Officer<br/>Councillor Mrs V Hindle – Vice-Chairman<br/>Councillor E Marsden – Chairman<br/>Councillor P Thewlis
P Site Representatives:<br/>Ray Openshaw – Tanyard Lane 1<br/>Maureen Slack – Tanyard Lane 2<br/>Imran Qureshi – Mafeking Street<br/>Doreen Firth – Mafeking Street<br/>Stanley Bairstow – Coldwell Road<br/>Alan Pickles – Spring Row
P In attendance: Mrs C Naylor – Assistant Town Clerk
S 4
H 31.Welcome and Apologies
P The Chairman opened the meeting and introduced Doreen Firth, who had taken over as second representative for Mafeking Street. Apologies from members unable to attend had been entered in the apology book.
H 32.Members' Declarations of Interests
P Declarations were invited. Councillor Mrs Hindle declared a personal interest in item 38 as the tenant of a plot at Tanyard Lane 2.
H 33.Public Bodies (Admission to Meetings) Act 1960
P No item on the agenda required the exclusion of the press and public.
P RESOLVED that the minutes of the Allotments Committee of Wednesday 6th June 2001 (Minute Numbers 22-30; Pages 9-12) be confirmed and signed by the Chairman.
P (Proposed by Councillor G Bottomley/ Seconded by Ray Openshaw)
H 35.Reports from sites
P <b>Tanyard Lane 1</b>
P Ray reported a quiet summer. The gate lock had been forced twice in July but nothing had been taken. He asked whether the Town Council could fit a heavier padlock and chain.
P <b>Tanyard Lane 2</b>
P Maureen thanked the Town Council for removing the burnt-out car from the bottom corner. Two plots near the railway fence were badly overgrown and she asked that notices to cultivate be sent.
P <b>Mafeking Street</b>
P Imran reported that the new water tank had made a great difference and that every plot had been worked this season. Doreen raised the state of the path between plots 7 and 12, which was a hazard in the wet.
P <b>Coldwell Road</b>
P Stanley reported that rats had been seen near the compost bays. The Assistant Town Clerk would ask the District Council's pest control officer to call.
P <b>Spring Row</b>
P Alan reported that there were no vacancies and no problems on site.
P It was agreed that a heavier padlock and chain be fitted at Tanyard Lane 1 and that hardcore be laid on the Mafeking Street path before the winter.
H 36.Water Supply Charges
P Councillor Bottomley reported that the water company would be fitting meters to all five sites by the end of the year and that the Town Council would then be charged for the water used rather than a flat rate.
P RECOMMENDED to the Town Council that a water charge of £6.50 per full plot and £3.25 per half plot be added to the rent from 1st January 2002.
P (Proposed by Councillor P Thewlis/ Seconded by Stanley Bairstow)
H 37.Vacant Plots and Waiting List
P The Assistant Town Clerk reported that there were three vacant half plots, all at Tanyard Lane 2, and fourteen names on the waiting list, eleven of them for Mafeking Street. The report was noted.
H 38.Rents for 2002
P RESOLVED that rents remain at £18.00 per full plot and £9.00 per half plot for 2002, with the concession of half rent for tenants aged 65 and over continuing.
P (Proposed by Maureen Slack/ Seconded by Councillor Mrs V Hindle)
H 39.Bonfires on Allotments
P Following complaints from residents of Spring Row and Coldwell Road about smoke on summer evenings, members discussed whether bonfires should be banned between April and September. Alan said that a ban would be difficult to police. The item was deferred to the next meeting pending advice from the District Council's Environmental Health Officer.
H 40.Annual Allotment Competition
P The judging had taken place on 18th August. It was agreed that the trophies be presented at the Town Hall on Friday 12th October at 7.30pm, and that the Town Mayor be invited to present them.
H 41.Date and Time of Next Meeting
P Wednesday 5th December 2001 at 7.00pm at the Town Hall.
S 6
P The meeting closed at 8.55pm.
S 12
P Chairman ........................................................ Date ..............................
