@title Council Minutes 10 October 2023
@font Helvetica
@fontsize 10.5
@numcol 14
@header BALLYMORRAN DISTRICT COUNCIL||Minutes of Proceedings 10.10.2023
@header_first
@footer {page}
@pageoffset 211
HC BALLYMORRAN DISTRICT COUNCIL
P Minutes of Proceedings of a Meeting of Ballymorran District Council held in the Council Chamber, 14 Lisnagarvey Road, Drumcree Bridge on Tuesday, 10 October 2023. The meeting commenced at 7.30 pm.
G Presiding | Mrs R A Quinn
G Other Members Present | J T Crossan, Mrs E M Boyle, P G Devine, S Hegarty, Miss S A McGuckin, D J Laverty, Mrs C M Ó Catháin, T W Rainey, B P Mallon, J R Wylie, Miss N Scullion, G H Millar
G Apology | K F Doherty, Mrs L J Nesbitt
G Officers Present | P J Devlin (Chief Executive), M A Tohill (Director of Finance and Administration), R Cassidy (Director of Operations), Mrs D Kane (Director of Environmental Health), Mrs A Gourley (Chief Executive's Secretary)
G Representatives from Other Bodies in Attendance | DfI Roads: Mr K Hanna, Section Engineer; Planning: Ms T Mulholland, Principal Planning Officer
S 6
R 1 | <b>Minutes</b>
R 1.1 | It was
R | PROPOSED by Councillor J T Crossan<br/>Seconded by Councillor Mrs E M Boyle, and
R | RESOLVED: that the Minutes of the Council Meeting held on Tuesday, 12 September 2023 (copy previously circulated to each Member) be taken as read and signed as correct.
R 2 | <b>Matters Arising Out of the Minutes</b>
R 2.1 | The Chief Executive advised that there were no matters as such arising out of the Minutes. However there were two items of information which he wished to bring to Members' attention.
R 2.2 | Submitted letter of thanks from Drumcree Bridge Lifeboat Station for the Council's contribution of £750 towards its new launching tractor.
R 2.3 | Submitted e-mail from Northern Ireland Water seeking dates for a presentation on its capital works programme for the district.
R 2.3.1 | Councillor Miss S A McGuckin asked that the presentation include the Glenmore wastewater works, where odour complaints had continued over the summer. It was agreed that Northern Ireland Water be invited to attend the December meeting of the Council.
R 3 | <b>Deputation – DfI Roads: Autumn Report to Council</b>
R 3.1 | The Presiding Member welcomed Mr K Hanna, Section Engineer, who presented the Department's autumn report (copy circulated to each Member). He advised that resurfacing of the Moyagall Road had been completed and that the Tullyard Road scheme would start in January subject to funding.
R 3.2 | Councillor P G Devine raised the condition of the verges at Carnlough Cross and asked when the hedge cutting programme would be finished. Mr Hanna replied that cutting would be completed by the end of October.
R 3.3 | Councillor T W Rainey asked whether a pedestrian crossing at Main Street, Drumcree Bridge, could be reconsidered. Mr Hanna said that the site would be surveyed again in the spring and the results reported to the Council.
R 3.4 | The Presiding Member thanked Mr Hanna for his attendance and he left the meeting at 8.05 pm.
R 4 | <b>Civic Receptions</b>
R 4.1 | Councillor D J Laverty requested a Civic Reception for Glenmore Harriers on winning the Ulster Junior Cross Country title. Councillor Miss N Scullion requested a Reception for the pupils of St Brigid's Primary School, Lisnagarvey, on their Eco-Schools Green Flag award.
R 4.2 | It was
R | PROPOSED by Councillor D J Laverty<br/>Seconded by Councillor G H Millar, and
R | RESOLVED: that Civic Receptions be granted to Glenmore Harriers and to St Brigid's Primary School.
R 5 | <b>Correspondence</b>
R 5.1 | Submitted circular from the Department for Communities on the review of the Local Government Code of Conduct (copy circulated to each Member). Noted.
R 5.2 | Submitted letter from the Northern Ireland Local Government Association enclosing its annual report 2022/23. Noted.
R 6 | <b>Planning Applications</b>
R 6.1 | Ms T Mulholland, Principal Planning Officer, presented the schedule of applications for the district (copy circulated to each Member), with the Department's opinion on each.
R 6.2 | H/2023/0412/F – Proposed replacement dwelling and garage, 60m north of 22 Crockanboy Road, Drumcree Bridge. Opinion: Refuse.
R | It was PROPOSED by Councillor S Hegarty, Seconded by Councillor B P Mallon, that the application be deferred for an office meeting with the applicant.
R | An amendment was PROPOSED by Councillor J R Wylie, Seconded by Councillor Mrs C M Ó Catháin, that the Council accept the opinion of the Planning Office. The amendment was put to the meeting: 4 Members voted for and 9 against, and the amendment was declared LOST.
R | The original proposal was then put to the meeting and declared CARRIED.
R 6.3 | All remaining applications on the schedule were accepted in accordance with the opinion of the Planning Office.
R 7 | <b>Report of the Director of Environmental Health</b>
R 7.1 | Mrs D Kane presented her report (copy circulated to each Member), drawing Members' attention to the dog control statistics for the quarter and to the renewal of the entertainment licence for Drumcree Bridge Town Hall.
R 7.2 | It was
R | PROPOSED by Councillor Mrs E M Boyle<br/>Seconded by Councillor P G Devine, and
R | RESOLVED: that the report of the Director of Environmental Health be adopted.
R 8 | <b>Finance Report</b>
R 8.1 | The Director of Finance and Administration presented the statement of accounts for the period ended 30 September 2023 and the schedule of payments (copies circulated to each Member).
R 8.2 | It was
R | PROPOSED by Councillor G H Millar<br/>Seconded by Councillor Miss S A McGuckin, and
R | RESOLVED: that accounts for payment totalling £384,216.55 be passed.
R 9 | <b>Notice of Motion – Rural Broadband</b>
R 9.1 | Councillor B P Mallon moved the following motion, which had been submitted in accordance with Standing Orders: "That this Council writes to the Minister for the Economy seeking the early completion of Project Stratum in the townlands west of Glenmore." The motion was seconded by Councillor S Hegarty.
R 9.2 | Councillor T W Rainey said that the Department had already set a completion date and that a further letter would serve no purpose.
R 9.3 | The motion was put to the meeting and was LOST, 6 Members voting for and 8 against.
R 10 | <b>Any Other Business</b>
R 10.1 | Councillor J R Wylie raised the gritting of the Altmore Road during last winter. The Director of Operations advised that he would raise the matter with DfI Roads before the winter service began.
R 10.2 | Councillor Miss N Scullion thanked staff for the organisation of the Drumcree Bridge Autumn Fair.
R 11 | <b>Date of Next Meeting</b>
R 11.1 | Tuesday, 14 November 2023 at 7.30 pm in the Council Chamber.
S 8
P The meeting closed at 9.40 pm.
S 24
P Chairperson ______________________________ Date _______________
