@title Minutes - The City of Forthbridge Council - 23 April 2026
@font Helvetica
@fontsize 10.5
@header_first  
@header 
@footer The City of Forthbridge Council – 23 April 2026 || Page {page}
H <font size="20">Minutes</font>
S 6
H The City of Forthbridge Council
P Forthbridge, Thursday 23 April 2026
S 4
H Present:-
P LORD PROVOST
P The Right Honourable Eilidh Carmichael
P COUNCILLORS
G Ruaridh Allan | Kirsty Lennox
G Alasdair Baird | Fraser Logie
G Hamish Bryce | Catriona MacAskill
G Ailsa Cowan | Neil Moffat
G Moira Drummond | Sandy Munro
G Graham Dunbar | Iain Nicolson
G Euan Fairlie | Mairi Ogilvie
G Shona Gilchrist | Derek Paton
G Lorna Haddow | Callum Ramsay
G Donald Inglis | Ross Sinclair
G Fiona Kerr | Jennifer Tennant
S 8
H 1 Minutes
H Decision
P To approve the minute of the Council of 19 March 2026 as a correct record.
H 2 Questions
P The questions put by members to this meeting, written answers and supplementary questions and answers are contained in Appendix 1 to this minute.
H 3 Leader's Report
P The Leader, Councillor Moffat, presented his report to the Council. The Leader commented on:
P • Forthbridge Tram Extension – Outline Business Case<br/>• Visitor Levy – first quarter receipts<br/>• Thanks to staff for the response to the Easter flooding in Harbour Walk North
P The following questions/comments were made:
G Councillor Ogilvie | - Flooding – support for affected businesses
G Councillor Baird | - Visitor Levy – allocation to community projects
G Councillor Lennox | - Tram Extension – consultation with residents in Forthmouth Mill
G Councillor Paton | - Recognition of the Forthbridge Youth Orchestra's success in Vienna
H 4 Appointments to Committees and Outside Bodies
P Details were provided of vacancies on the Education, Children and Families Committee and on the Board of Forth Coast Leisure Trust following the resignation of Councillor Inglis from those positions.
H Decision
P 1) To appoint Councillor Tennant to the Education, Children and Families Committee.
P 2) To appoint Councillor Fairlie as a director of Forth Coast Leisure Trust.
P (Reference – report by the Interim Executive Director of Corporate Services, submitted.)
H 5 Motion by Councillor Drummond – Free Period Products in Council Leisure Venues
P The following motion by Councillor Moira Drummond was submitted in terms of Standing Order 17:
P "Council:
P 1) Notes that free period products are already available in schools and libraries;
P 2) Calls for a report within two cycles on extending provision to all leisure venues operated by Forth Coast Leisure Trust."
H Motion
P To approve the motion by Councillor Drummond.
P - moved by Councillor Drummond, seconded by Councillor Haddow
H Amendment
P 1) To note the motion by Councillor Drummond.
P 2) To agree that provision in leisure venues be considered as part of the review of the Trust's service agreement, with a report to the Culture and Communities Committee in September 2026.
P - moved by Councillor Kerr, seconded by Councillor Logie
H Voting
P The voting was as follows:
G For the motion | - 27 votes
G For the amendment | - 34 votes
P (For the motion: Councillors Allan, Baird, Cowan, Drummond, Gilchrist, Haddow, Lennox, Munro, Nicolson and others. For the amendment: Councillors Bryce, Dunbar, Fairlie, Inglis, Kerr, Logie, MacAskill, Moffat, Ogilvie, Paton, Ramsay, Sinclair, Tennant and others.)
H Decision
P To approve the amendment by Councillor Kerr.
H 6 Revenue Budget Monitoring 2025/26 – Month Nine Position – referral from the Finance and Resources Committee
P The Finance and Resources Committee had referred a report on the projected revenue budget position for 2025/26, based on analysis of period nine data, to the Council for information.
H Decision
P To note the report by the Finance and Resources Committee.
P (References – Finance and Resources Committee of 12 March 2026 (item 5); referral from the Finance and Resources Committee, submitted.)
H 7 Local Heat and Energy Efficiency Strategy 2026-2031
P Approval was sought for the Council's Local Heat and Energy Efficiency Strategy and Delivery Plan 2026-2031, setting out the zones in which heat networks would be prioritised.
P Councillor MacAskill, Convener of the Transport and Environment Committee, moved the recommendations in the report. Councillor Gilchrist asked whether tenement properties in the Old Town would be included in the first zone. Councillor MacAskill replied that the Old Town would be assessed as part of zone two.
H Decision
P 1) To approve the Local Heat and Energy Efficiency Strategy 2026-2031.
P 2) To note that an annual progress report would be submitted to the Transport and Environment Committee.
P (Reference – report by the Executive Director of Place, submitted.)
H 8 Motion by Councillor Ramsay – Access to Forthmouth Mill Ferry Terminal
P The following motion by Councillor Ramsay was submitted in terms of Standing Order 17:
P "Council requests that officers examine options for a direct bus link between the city centre and the Forthmouth Mill ferry terminal and report to the Transport and Environment Committee within three cycles."
H Motion
P To approve the motion by Councillor Ramsay.
P - moved by Councillor Ramsay, seconded by Councillor Sinclair
H Amendment
P To take no action on the motion, in view of the review of bus services already under way.
P - moved by Councillor Cowan, seconded by Councillor Munro
H Voting
G For the motion | - 32 votes
G For the amendment | - 29 votes
H Decision
P To approve the motion by Councillor Ramsay.
H 9 Emergency Motion by Councillor Haddow – Closure of Kirkbrae Post Office
P The Lord Provost ruled that the emergency motion submitted by Councillor Haddow in terms of Standing Order 18 not be considered as a matter of urgency and submitted to the next meeting of the Council for consideration.
H 10 Declaration of Interests
P Councillor Fairlie declared a non-financial interest in item 4 as a member of the Forth Coast Leisure Trust user forum.
P Councillor Sinclair declared a non-financial interest in item 8 as a board member of the Forthmouth Mill Harbour Trust.
PB
H Appendix 1
P (As referred to in Act of Council No 2 of 23 April 2026)
H QUESTION NO 1
P By Councillor Nicolson answered by the Convener of the Housing, Homelessness and Fair Work Committee
P <b>Question</b> How many households were living in temporary accommodation on 31 March 2026?
P <b>Answer</b> 4,126 households were in temporary accommodation on that date.
H QUESTION NO 2
P By Councillor Dunbar answered by the Convener of the Transport and Environment Committee
P <b>Question</b> When will the resurfacing of Quarry Road be completed?
P <b>Answer</b> The works are programmed to be completed by the end of August 2026.
