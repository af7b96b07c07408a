@title Minute General Meeting of the Council 15 December 2020
@font Helvetica
@fontsize 10.5
@header Page {page}.
@pageoffset 1356
H Minute
H General Meeting of the Council
P Tuesday, 15 December 2020, 10:30.
P Microsoft Teams.
H Present
P Councillors Magnus R Isbister, Karen A Borwick, Thomas W Corrigall, Elaine M Firth, Struan D Gaudie, Ingrid Hourston, Andrew J Kirkness, Robert M Linklater, Fiona C Moodie, Kenneth Rendall, Sandra J Scollay, Alasdair P Sinclair, Jean M Stanger, Ewan T Tulloch and Harriet N Wishart.
H Clerk
P • Catriona Budge, Head of Legal Services.
H In Attendance
P • Douglas W Rae, Chief Executive.
P • Lorna Sutherland, Executive Director of Finance and Corporate Services (for Items 1 to 8).
P • Erlend Gray, Head of Finance.
P • Moira Spence, Senior Committees Officer.
H Observing
P • Colin Harcus, Press Officer.
H Apology
P • Councillor Neil J Peace.
H Declarations of Interest
P • Councillor Ingrid Hourston – Item 6.
P • Councillor Ewan T Tulloch – Item 8.
H Chair
P • Councillor Magnus R Isbister, Convener.
H 1. Urgent Item
P In terms of Standing Order 13.3, the Council:
P Noted that the Convener had permitted discussion of the following urgent item:
P • Winter Hardship Fund – Allocation of Additional Scottish Government Funding.
H 2. Disclosure of Exempt Information
P The Council noted the proposal that the public be excluded from the meeting for consideration of Item 9, as the business to be discussed involved the potential disclosure of exempt information of the class described in the relevant paragraph of Part 1 of Schedule 7A of the Local Government (Scotland) Act 1973 as amended.
H 3. Minute of Previous Meeting
P There had been previously circulated the draft Minute of the General Meeting of the Council held on 6 October 2020 for consideration and approval.
P The Minute was approved as a true record, on the motion of Councillor Karen A Borwick, seconded by Councillor Struan D Gaudie.
H 4. Policy and Resources Committee
P On the motion of Councillor Andrew J Kirkness, seconded by Councillor Jean M Stanger, the Council:
P 4.1. Resolved that the Minute of the Meeting of the Policy and Resources Committee held on 24 November 2020, as circulated, be approved.
P 4.2. Resolved, in terms of delegated powers, that the recommendations at paragraphs 1 to 11 of the Minute be adopted.
H 5. Education, Leisure and Housing Committee
P Councillor Elaine M Firth, seconded by Councillor Kenneth Rendall, moved that the recommendation at paragraph 6 of the Minute, relating to the closure of the Skarvie Bay outdoor centre, be referred back to the Committee for further consultation.
P Councillor Thomas W Corrigall, seconded by Councillor Fiona C Moodie, moved an amendment that the recommendation be approved.
P On a vote being taken 6 members voted for the motion and 9 for the amendment, and the Council:
P Resolved that the Minute of the Meeting of the Education, Leisure and Housing Committee held on 25 November 2020, as circulated, be approved.
H 6. Development and Infrastructure Committee
P Councillor Ingrid Hourston, having declared an interest in paragraph 3 of the Minute, in that she was a director of a company which had tendered for the works, was not present during discussion in relation to this item.
P Councillor Sandra J Scollay asked when the inter-island ferry replacement study would be reported, and the Executive Director of Finance and Corporate Services advised that it was expected in March 2021.
P On the motion of Councillor Robert M Linklater, seconded by Councillor Alasdair P Sinclair, the Council:
P Resolved that the Minute of the Meeting of the Development and Infrastructure Committee held on 26 November 2020, as circulated, be approved.
H 7. Revenue Expenditure Monitoring
P After consideration of a report by the Head of Finance, copies of which had been circulated, and after hearing a report from the Head of Finance, the Council:
P Noted:
P 7.1. The revenue financial summary statement, in respect of service areas for the period 1 April to 30 September 2020, indicating a net overspend of £812,000.
P 7.2. That the overspend related mainly to additional costs arising from the COVID-19 pandemic.
H 8. Winter Hardship Fund – Allocation of Additional Scottish Government Funding
P Councillor Ewan T Tulloch, having declared an interest in this item, in that a close relative was employed by a partner organisation, was not present during discussion in relation to this item.
P After consideration of a report by the Executive Director of Finance and Corporate Services, copies of which had been circulated, and after hearing a report from the Executive Director of Finance and Corporate Services, the Council:
P Resolved that additional funding of £146,000 be allocated to the Winter Hardship Fund, to be administered in accordance with the criteria set out in section 5 of the report.
H 9. Islands Ferry Services – Vessel Charter
P On the motion of Councillor Harriet N Wishart, seconded by Councillor Magnus R Isbister, the Council resolved that the public be excluded from the remainder of the meeting, as the business to be considered involved the disclosure of exempt information of the classes described in paragraphs 6 and 8 of Part 1 of Schedule 7A of the Local Government (Scotland) Act 1973 as amended.
P After consideration of a report by the Executive Director of Development and Infrastructure, copies of which had been circulated, the Council:
P Resolved that the Chief Executive be authorised to conclude a charter agreement for a relief vessel on the terms set out in the report.
H 10. Conclusion of Meeting
P At 12:41 the Convener declared the meeting concluded.
S 14
P Signed: Magnus R Isbister.
