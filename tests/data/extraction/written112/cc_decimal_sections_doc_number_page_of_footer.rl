@title Minutes of Ordinary Meeting March 2004
@font Helvetica
@fontsize 10.5
@numcol 13
@header CCC/CS/MIN/2004/03||
@footer Castlederry County Council||Page {page} of 3 // ||Corporate Services
P <b>Minutes of Ordinary Meeting of Castlederry County Council held on Monday 1st March 2004 in Council Chamber, Ardcloon</b>
P An Cathaoirleach Councillor Brendan Furey presided.
H Members Present:
P Councillors Maura Ahern, Declan Bolger, Patrick Cosgrave, Niall Daly, Eithne Dwyer, Seamus Fagan, Tom Gorman, Ann Hickey, Liam Kinsella, Brian Lawlor, Michael Lyng, Joe Moran, Rose Nolan, Kevin O’Keeffe, Paddy Quinlan, Colm Redmond, Gerry Stafford, Una Tobin.
H Officials in Attendance:
P County Manager: Martin Delahunt<br/>Directors of Services: Anne Furlong, John Mythen, Conor Keogh<br/>Head of Finance: Siobhán Dunphy<br/>Senior Planner: Gerard Rossiter<br/>Meetings Administrator: Bernadette Cash
H Apologies:
P Councillors Frank Doyle, Maeve Kehoe
S 6
R 1.0 | <b>Confirmation of Minutes</b>
R 1.1 | <b>Minutes of Monthly Meeting of 2nd February 2004</b>
P On the proposition of Councillor Joe Moran, seconded by Councillor Una Tobin, the minutes of the monthly meeting of 2nd February 2004 were confirmed, subject to the correction at 4.2 of “Ballinore” to read “Ballinoe”, which had been made by hand on the file copy.
R 1.2 | <b>Minutes of Special Meeting of 16th February 2004</b>
P On the proposition of Councillor Seamus Fagan, seconded by Councillor Rose Nolan, the minutes of the special meeting of 16th February 2004 were confirmed.
R 2.0 | <b>Sympathy and Congratulations</b>
P Sympathy was expressed to:
R 2.1 | Declan Roche, Water Services Section, on the death of his mother Kathleen Roche, RIP.
R 2.2 | Mary Wickham, Motor Tax Office, on the death of her brother Liam Wickham, RIP.
R  | Congratulations were extended:
R 2.3 | To Ardcloon Community School on winning the national schools debating final.
R 3.0 | <b>Matters arising from the Minutes</b>
P Councillor Liam Kinsella asked whether the Department had replied to the Council’s application for funding of the Ballinoe water scheme. John Mythen, Director of Services, said that a reply was expected within two weeks.
R 4.0 | <b>Corporate Services</b>
R 4.1 | <b>Annual Progress Report 2003</b>
P The County Manager presented the Annual Progress Report for 2003, copy of which had been circulated. Councillor Ann Hickey welcomed the improvement in the processing of housing grants and asked that the report be placed in the county libraries.
P The report was noted.
R 4.2 | <b>Section 183 – Disposal of lands at Rathgorman</b>
P The disposal of 0.5 acres of land at Rathgorman to Mr Pat Sinnott, for the sum of €6,000, was approved in accordance with Section 183 of the Local Government Act 2001 on the proposition of Councillor Michael Lyng, seconded by Councillor Kevin O’Keeffe.
R 5.0 | <b>Planning</b>
R 5.1 | <b>Variation No. 3 of the County Development Plan 2001 – 2007</b>
P Gerard Rossiter, Senior Planner, outlined the proposed variation, which would zone 14 hectares at Clonbrack for industrial use, and summarised the nine submissions received during the public display period. Councillor Colm Redmond proposed that the variation be made and Councillor Maura Ahern seconded the proposal. Councillor Paddy Quinlan said that he could not support the variation as the access road was inadequate, and Councillor Eithne Dwyer asked that a traffic management plan be prepared before any planning application was decided. Gerard Rossiter replied that the Roads Design Section had been asked to examine the junction with the regional road and that any application would require a traffic impact assessment. Councillor Colm Redmond said that the zoning was needed if the county was to compete for the two enterprises that had already made enquiries.
P A vote was taken: For 15, Against 2, Abstain 1. The Cathaoirleach declared the proposal carried and it was RESOLVED that Variation No. 3 of the County Development Plan 2001 – 2007 be made in accordance with Section 13 of the Planning and Development Act 2000.
R 5.2 | <b>Part 8 – Public Lighting Scheme, Clonbrack</b>
P The Manager’s report under Part 8 of the Planning and Development Regulations 2001 was noted and the proposed development was approved on the proposition of Councillor Tom Gorman, seconded by Councillor Eithne Dwyer.
R 6.0 | <b>Finance</b>
R 6.1 | <b>Overdraft Accommodation</b>
P Siobhán Dunphy, Head of Finance, outlined the need to renew the Council’s overdraft facility for the year. On the proposition of Councillor Brian Lawlor, seconded by Councillor Niall Daly, it was resolved that the Council borrow by way of overdraft up to €3,500,000 for the period ending 31st December 2004, subject to the sanction of the Minister.
R 6.2 | <b>Rates Collection – Quarterly Report</b>
P Siobhán Dunphy, Head of Finance, presented the report on rates collection for the quarter ended 31st December 2003, which showed a collection rate of 81% against 78% in the same quarter of 2002. Councillor Michael Lyng asked that the arrears on vacant commercial premises in Ardcloon be pursued more actively, and Councillor Brian Lawlor asked for a breakdown by electoral area at the next meeting.
P The report was noted.
R 7.0 | <b>Notices of Motion</b>
R 7.1 | <b>Councillor Patrick Cosgrave</b>
P “That Castlederry County Council erect warning signs at the Bridge of Ardcloon following the recent accidents.”
P The motion was proposed by Councillor Patrick Cosgrave and seconded by Councillor Declan Bolger. Following discussion, the motion was deferred to the April meeting pending a report from the Area Engineer.
R 7.2 | <b>Councillor Gerry Stafford</b>
P “That this Council requests the Minister to extend the Rural Transport Initiative to the Clonbrack and Rathgorman areas.”
P The motion was adopted unanimously on the proposition of Councillor Gerry Stafford, seconded by Councillor Ann Hickey.
R 8.0 | <b>Correspondence</b>
P The correspondence as listed on the agenda was noted.
R 9.0 | <b>Any Other Business</b>
P Councillor Rose Nolan raised the condition of the public toilets at Ardcloon Quay. Conor Keogh, Director of Services, said that they would be refurbished before the summer season.
R 10.0 | <b>Date of Next Meeting</b>
P The next monthly meeting will be held on Monday 5th April 2004 at 2.00 p.m.
S 8
P The meeting concluded at 5.10 p.m.
S 14
P Signed: ______________________________ Cathaoirleach
P Date: ______________________________
