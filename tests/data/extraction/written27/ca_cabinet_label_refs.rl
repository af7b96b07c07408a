@title TFCA Cabinet draft minutes 22 November 2024
@fontsize 10
@numcol 30
@footer Page {page} of 3
HC TAMSFORD VALLEY COMBINED AUTHORITY CABINET
C Riverside House, Kelloe Business Park, Tamsford at 10.00am on Friday 22nd November 2024
I These minutes are in draft form until approved at the next Cabinet meeting and are therefore subject to amendments.
P <b>ATTENDEES</b>
P <b>Members</b>
G Mayor Graham Lister (Chair) | Tamsford Valley Mayor
G Councillor Denise Harker | Leader, Brackenfield Borough Council
G Councillor Imran Shafiq | Leader, Wearholme Borough Council
G Councillor Paula Redhead | Leader, Coldmoor Borough Council
G Mayor Stephen Ovington | Mayor of Portbury
P <b>Substitute Members</b>
G Councillor Alan Brough | Deputy Leader, Saltness Borough Council
P <b>Associate Members</b>
G Ruth Oyelaran | Chair, Tamsford Valley Business Board
G Martin Coulthard | Member, Tamsford Valley Business Board
P <b>Apologies for Absence</b>
G Councillor Lynne Tate | Leader, Saltness Borough Council
G Harriet Lowes | Member, Tamsford Valley Business Board
P <b>Officers and Others in Attendance</b>
G Councillor Norman Bewick | Chair, Overview and Scrutiny Committee
G Fiona McAteer | Group Chief Executive, Tamsford Valley Combined Authority (TFCA)
G Dominic Raine | Monitoring Officer, TFCA
G Kirsty Gallagher | Group Director of Finance and Resources, TFCA
G Owen Pybus | Director of Transport, TFCA
G Sally Hindmarch | Governance Manager, TFCA
S 6
R TFCA 15/24 | <b>APOLOGIES FOR ABSENCE</b><br/>Apologies for absence were submitted as detailed above. Sally Hindmarch, Governance Manager, reported that Councillor Alan Brough was attending in place of Councillor Lynne Tate.
R TFCA 16/24 | <b>DECLARATIONS OF INTEREST</b><br/>Councillor Harker, Councillor Shafiq, Councillor Redhead, Councillor Brough and Mayor Ovington declared non-pecuniary interests in item TFCA 20/24 as members of the boards of the Local Authority Skills Partnerships.
R TFCA 17/24 | <b>MINUTES OF THE PREVIOUS MEETING</b><br/>Submitted for approval were the minutes of the meeting held on 27th September 2024.<br/><b>RESOLVED</b> that the minutes of the meeting held on 27th September 2024 be confirmed as a correct record.
R TFCA 18/24 | <b>MAYOR'S UPDATE</b><br/>Mayor Lister gave an update on the opening of the Kelloe rail halt, the first phase of the quayside flood defences and the outcome of the autumn funding round. Councillor Redhead welcomed the rail halt and asked that the next phase include step-free access at Coldmoor.<br/><b>RESOLVED</b> that the update be noted.
R TFCA 19/24 | <b>BUS REFORM – FRANCHISING ASSESSMENT</b><br/>Owen Pybus, Director of Transport, presented the report seeking approval to proceed to public consultation on the proposed bus franchising scheme. Councillor Shafiq moved the recommendations and Councillor Harker seconded. Mayor Ovington said that operators in Portbury had not been given enough time to comment on the assessment and proposed that the decision be deferred to January. The amendment was not seconded.<br/>A recorded vote was requested and taken on the recommendations:<br/><b>For:</b> Mayor Lister, Councillor Harker, Councillor Shafiq, Councillor Redhead, Councillor Brough (5)<br/><b>Against:</b> Mayor Ovington (1)<br/><b>Abstentions:</b> none<br/><b>RESOLVED</b> that Cabinet:<br/>i. Approves the Franchising Assessment for the purposes of public consultation; and<br/>ii. Delegates to the Group Chief Executive the approval of the consultation materials.
R TFCA 20/24 | <b>ADULT SKILLS FUND – COMMISSIONING 2025/26</b><br/>Kirsty Gallagher, Group Director of Finance and Resources, presented the report setting out the allocation of the Adult Skills Fund for the 2025/26 academic year. Ruth Oyelaran asked how employers would be involved in the commissioning panel and Fiona McAteer confirmed that the Business Board would nominate two members.<br/><b>RESOLVED</b> that the commissioning approach and indicative allocations set out at Appendix 1 be approved.
R TFCA 21/24 | <b>INVESTMENT PLAN – ANNUAL REFRESH</b><br/>Fiona McAteer, Group Chief Executive, informed Cabinet that the refresh of the Investment Plan would be deferred to the January meeting to take account of the Government's settlement announcement.<br/><b>RESOLVED</b> that consideration of the Investment Plan refresh be deferred to the meeting on 24th January 2025.
R TFCA 22/24 | <b>FORWARD PLAN</b><br/>Members received the Forward Plan of key decisions for the period December 2024 to March 2025.<br/>The Forward Plan was noted.
R TFCA 23/24 | <b>EXCLUSION OF THE PRESS AND PUBLIC</b><br/><b>RESOLVED</b> that, in accordance with Section 100A(4) of the Local Government Act 1972, the press and public be excluded from the meeting for the following item on the grounds that it involved the likely disclosure of exempt information as defined in paragraph 3 of Part 1 of Schedule 12A of the Act.
R TFCA 24/24 | <b>QUAYSIDE LAND ASSEMBLY (EXEMPT)</b><br/>Dominic Raine, Monitoring Officer, introduced the exempt report and answered questions from Councillor Brough on the valuation.<br/><b>RESOLVED</b> that the recommendations set out in the exempt report be approved.
R TFCA 25/24 | <b>DATE AND TIME OF NEXT MEETING</b><br/>The next meeting will be held on Friday 24th January 2025 at 10.00am at Riverside House.
S 10
P The meeting closed at 11.52am.
