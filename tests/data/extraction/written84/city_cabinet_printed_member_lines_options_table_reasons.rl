@title Cabinet 13 November 2012 - minutes
@font Times-Roman
@fontsize 11
@header CABINET||13TH NOVEMBER 2012
@footer {page}
HC CABINET
HC 10.00 A.M. 13TH NOVEMBER 2012
G <b>PRESENT:-</b> | Councillor Margaret Rawcliffe (Chairman), Helen Thistlethwaite, Karen Aldous, Peter Sandham, Derek Shuttleworth and Colin Bramwell
G <b>Apologies for Absence:-</b> | Councillor Owen Garstang
G <b>Officers in attendance:-</b> | Michael Pennington - Chief Executive; Nadia Kershaw - Head of Resources and Section 151 Officer; Graham Dixey - Head of Property Services; Lydia Bastow - Principal Democratic Support Officer
S 6
R 56 | <b>MINUTES</b>
R  | The minutes of the meeting held on Tuesday 9th October 2012 were approved as a correct record and signed by the Chairman.
R 57 | <b>ITEMS OF URGENT BUSINESS AUTHORISED BY THE LEADER</b>
R  | The Chairman advised that there was one item of urgent business, relating to the winter night shelter at St Marygate. (Minute 63 refers.)
R 58 | <b>DECLARATIONS OF INTEREST</b>
R  | Councillor Sandham declared a personal interest in the item on the Lunegate Playhouse grant (Minute 60 refers) as a member of the Playhouse board.
R 59 | <b>PUBLIC SPEAKING</b>
R  | Members were advised that there had been one request to speak at the meeting from a member of the public in accordance with Cabinet's agreed procedure, as set out in Cabinet Procedure Rule 2.7, with regard to the Lunegate Playhouse grant (Minute 60 refers).
R 60 | <b>LUNEGATE PLAYHOUSE - SERVICE LEVEL AGREEMENT 2013-2016</b>
R  | (Cabinet Member with Special Responsibility Councillor Sandham)
R  | Ms Joanna Whitlock, Director of the Lunegate Playhouse, who had registered to speak on this item in accordance with the City Council's agreed procedure and Cabinet Procedure Rule 2.7, spoke on behalf of the Playhouse and responded to questions from Cabinet Members.
R  | Cabinet received a report from the Head of Community Engagement to seek Members' views as to future arrangements regarding the Council's Service Level Agreement with the Lunegate Playhouse.
R  | The options, options analysis, including risk assessment and officer preferred option, are set out in the report as follows:
TH Option | Advantages | Disadvantages | Risks
T Option 1: Renew the agreement at the current level of £62,000 a year for three years | Gives the Playhouse certainty to plan its programme | No contribution to the Council's savings target | The Council's budget position may change during the term
T Option 2: Renew for three years with a reduction of 10% a year | Contributes £18,600 to savings over three years | The Playhouse may reduce its outreach work | Loss of matched funding from Arts Council England
T Option 3: Do not renew the agreement | Saves £62,000 a year | Likely closure of the venue | Reputational damage to the district
R  | The officer preferred option is Option 2.
R  | Councillor Sandham proposed, seconded by Councillor Aldous:-
R  | "That Option 2, as set out in the report, be approved."
R  | Councillors then voted:-
R  | Resolved unanimously:
R  | (1) That the Service Level Agreement with the Lunegate Playhouse be renewed for the period 2013-2016 with a reduction of 10% in each year, as set out in Option 2 of the report.
R  | <b>Officers responsible for effecting the decision:</b>
R  | Head of Community Engagement
R  | <b>Reasons for making the decision:</b>
R  | The decision supports the Corporate Plan priority for the visitor economy while making a contribution to the savings required in the Council's medium term financial strategy.
R 61 | <b>QUAYSIDE FESTIVAL MARKET - FUTURE OPERATION</b>
R  | (Cabinet Member with Special Responsibility Councillor Thistlethwaite)
R  | Cabinet received a report from the Head of Property Services which set out options for the future operation of the Festival Market following the end of the current management agreement in March 2013.
R  | The options, options analysis, including risk assessment and officer preferred option, are set out in the report. The officer preferred option is Option 1, to bring the management of the market back in-house.
R  | Councillor Thistlethwaite proposed, seconded by Councillor Shuttleworth:-
R  | "That the recommendations, as set out in the report, be approved."
R  | By way of an amendment, Councillor Bramwell proposed, seconded by Councillor Aldous:-
R  | "That a decision be deferred until the traders' association has been consulted."
R  | Councillors then voted on the amendment:- 2 Members (Councillors Bramwell and Aldous) voted in favour and 4 Members (Councillors Rawcliffe, Thistlethwaite, Sandham and Shuttleworth) voted against, whereupon the Chairman declared the amendment to be lost.
R  | Councillors then voted on the original proposition:-
R  | Resolved:
R  | (4 Members (Councillors Rawcliffe, Thistlethwaite, Sandham and Shuttleworth) voted in favour and 2 Members (Councillors Bramwell and Aldous) abstained.)
R  | (1) That the management of the Festival Market be brought back in-house from 1st April 2013.
R  | (2) That the Head of Property Services be authorised to recruit a market manager on a fixed term contract of two years.
R  | <b>Officers responsible for effecting the decision:</b>
R  | Head of Property Services
R  | <b>Reasons for making the decision:</b>
R  | In-house management is the option most likely to secure the future of the market at least cost to the Council.
R 62 | <b>BUDGET AND POLICY FRAMEWORK UPDATE 2013/14</b>
R  | (Cabinet Member with Special Responsibility Councillor Bramwell)
R  | Nadia Kershaw, Head of Resources, presented the report, which updated Members on the Government's provisional settlement and the Council's budget position for 2013/14 to 2015/16.
R  | It was proposed by Councillor Bramwell and seconded by Councillor Rawcliffe:-
R  | "That the report be noted and that the budget proposals be referred to Budget and Performance Panel."
R  | Councillors then voted:-
R  | Resolved unanimously:
R  | (1) That the report be noted.
R  | (2) That the budget proposals be referred to Budget and Performance Panel for comment.
R  | <b>Officers responsible for effecting the decision:</b>
R  | Head of Resources
R  | <b>Reasons for making the decision:</b>
R  | The Council is required to set a balanced budget for 2013/14 by 11th March 2013.
R 63 | <b>URGENT BUSINESS - WINTER NIGHT SHELTER, ST MARYGATE</b>
R  | (Cabinet Member with Special Responsibility Councillor Aldous)
R  | The Chief Executive explained that the church which had hosted the winter night shelter for five years had withdrawn and that a temporary lease of the former St Marygate depot was proposed from 1st December 2012.
R  | Councillor Aldous proposed, seconded by Councillor Thistlethwaite:-
R  | "That a temporary lease of the former St Marygate depot be granted to the Lunecaster Homeless Action Group until 31st March 2013 at a peppercorn rent."
R  | Councillors then voted:-
R  | Resolved unanimously:
R  | (1) That a temporary lease of the former St Marygate depot be granted to the Lunecaster Homeless Action Group until 31st March 2013 at a peppercorn rent.
R  | <b>Officers responsible for effecting the decision:</b>
R  | Head of Property Services
R  | <b>Reasons for making the decision:</b>
R  | The decision ensures that emergency accommodation is available for rough sleepers during the winter months.
R 64 | <b>EXCLUSION OF THE PRESS AND PUBLIC</b>
R  | Members agreed that, in accordance with Section 100A(4) of the Local Government Act 1972, the press and public be excluded from the meeting for the following item of business on the grounds that it could involve the possible disclosure of exempt information as defined in paragraph 3 of Schedule 12A of that Act.
R 65 | <b>DISPOSAL OF LAND AT SALTCOTE MARSH</b>
R  | (Cabinet Member with Special Responsibility Councillor Thistlethwaite)
R  | Cabinet received an exempt report from the Head of Property Services.
R  | Resolved unanimously:
R  | (1) That the recommendations set out in the exempt report be approved.
S 10
C Chairman
P (The meeting ended at 11.55 a.m.)
P Any queries regarding these Minutes, please contact Lydia Bastow, Democratic Support: telephone (01632) 960047 or email lbastow@lunecaster.gov.uk
P MINUTES PUBLISHED ON FRIDAY 16TH NOVEMBER 2012.
P EFFECTIVE DATE FOR IMPLEMENTING THE DECISIONS CONTAINED IN THESE MINUTES: MONDAY 26TH NOVEMBER 2012.
