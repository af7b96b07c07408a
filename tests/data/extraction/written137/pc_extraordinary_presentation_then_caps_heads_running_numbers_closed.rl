@title Minutes of the Extraordinary Meeting 8 October 2013
@font Times-Roman
@fontsize 11.5
@header Theddlesby & Farrowby Parish Council||Extraordinary Meeting 8th October 2013
@footer Chairman's initials ……………||Page {page}
@pageoffset 214
HC Minutes of the Extraordinary Meeting of Theddlesby &amp; Farrowby Parish Council
C held in Theddlesby Village Hall on Tuesday 8th October 2013 at 7.00pm
S 6
P Present: Councillors Ranby (Chairman), Hebb, Sutcliffe-Ward, Tointon, Dunderdale and Pask. Cllr M Osgerby (District Council), Cllr R Fotherby (County Council), Mrs P Stainton (Clerk), 9 members of the public.
P Mr Andrew Gedney, Senior Planning Officer at the District Council, attended at the Council's invitation to explain how the solar farm application at Farrowby Grange would be determined. Consultation closes on 18th October and the application is expected to go to the District Planning Committee in December, because the site is over 5 hectares. The officer could not give a view on the merits. Conditions could cover landscaping, the hours of construction traffic and the removal of the panels after 25 years. Cllr Sutcliffe-Ward asked about glare from the panels for drivers on the A1104; Mr Gedney said the applicant had submitted a glint and glare study which the Highways Authority would assess. A member of the public asked whether the land would return to farming; the officer said a decommissioning condition would require it. Mr Gedney left at 7.38pm.
H APOLOGIES.
P 61. Apologies received from Cllr Lakin. Proposed Cllr Hebb Seconded Cllr Tointon Resolved that the apologies be accepted for the reason given.
H TO RECEIVE ANY DECLARATIONS OF PECUNIARY OR NON-PECUNIARY INTERESTS
P 62. Cllr Pask declared a non-pecuniary interest in minute 63 as the tenant of a field adjoining the site and took no part in the vote.
H TO CONSIDER PLANNING APPLICATION N/061/01422/13 – INSTALLATION OF A 9.8MW SOLAR PHOTOVOLTAIC ARRAY WITH INVERTERS, SUBSTATION AND SECURITY FENCING ON LAND AT FARROWBY GRANGE, GRANGE LANE, FARROWBY
P 63. Councillors went through the plans sheet by sheet. Cllr Sutcliffe-Ward said the proposed hedging along Grange Lane was too thin and would take ten years to screen the fencing. Cllr Dunderdale spoke in support of renewable energy and said the land was poor grade and often waterlogged. Cllr Hebb was concerned about construction lorries using Back Lane past the school. Proposed Cllr Sutcliffe-Ward Seconded Cllr Hebb Resolved to object to the application unless a double hedge along Grange Lane and a construction traffic management plan keeping lorries off Back Lane are secured by condition. 4 for, 1 against (Cllr Dunderdale).
H TO AGREE WHO WILL SPEAK FOR THE COUNCIL AT THE DISTRICT PLANNING COMMITTEE
P 64. Proposed Cllr Tointon Seconded Cllr Dunderdale Resolved that the Chairman registers to speak at the Planning Committee, with Cllr Sutcliffe-Ward as reserve.
H TO CONSIDER THE DEVELOPER'S OFFER OF A COMMUNITY BENEFIT FUND
P 65. The developer's agent had written offering a fund of £1,000 per megawatt a year for the life of the scheme. Cllr Hebb suggested that the fund should be run by the village hall trustees rather than the Parish Council. Cllr Osgerby advised that any offer could not be taken into account in the planning decision. Deferred until the planning decision is known.
H TO APPROVE EXPENDITURE ON A LEAFLET TO ALL HOUSEHOLDS ABOUT THE APPLICATION
P 66. Proposed Cllr Hebb Seconded Cllr Tointon Resolved to spend up to £180 on printing a leaflet, to be delivered by councillors before 14th October.
H EXCLUSION OF PRESS AND PUBLIC
P 67. Proposed Cllr Tointon Seconded Cllr Pask Resolved that under the Public Bodies (Admission to Meetings) Act 1960 the press and public be excluded for the next item owing to the confidential nature of the business. Members of the public left at 8.26pm.
H CLERK'S CONTRACT AND HOURS
P 68. The Clerk left the room. The Chairman reported that the Clerk had worked on average 24 hours a month over the past year against 18 contracted. Proposed Cllr Ranby Seconded Cllr Hebb Resolved to increase the Clerk's contracted hours to 22 a month from 1st November 2013 and to move her to SCP 24 from the same date. The Clerk returned.
H DATE AND TIME OF NEXT MEETING
P 69. Tuesday 12th November 2013 at 7.00pm in Theddlesby Village Hall.
S 8
P Meeting closed at 8.41pm.
S 14
P Signed ……………………………………… Chairman        Date ……………………
