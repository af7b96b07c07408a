@title Special Council Meeting Agenda 14 September 2016
@fontsize 10
@numcol 14
@header_first  
@header Page {page}||SPECIAL COUNCIL MEETING AGENDA 14 SEPTEMBER 2016
@footer District Council of Tallow Point
S 60
P Notice is hereby given that a Special Meeting of Council will be held on:
G <b>Date:</b> | Wednesday, 14 September 2016
G <b>Time:</b> | 5.30pm
G <b>Location:</b> | Council Chambers, Tallow Point Institute, 12 Jetty Road, Tallow Point
S 40
HC AGENDA
HC Special Council Meeting
HC 14 September 2016
S 60
P Rhonda Kitto
P CHIEF EXECUTIVE OFFICER
PB
H CONFLICT OF INTEREST
P Members are reminded that sections 73 to 75A of the Local Government Act 1999 require them to disclose any material, actual or perceived conflict of interest in an item on this Agenda, to give full details of it, and, for an actual or perceived conflict, to say how they propose to deal with it before the item is considered. This does not apply to ordinary business matters prescribed by regulation 8AAA of the Local Government (General) Regulations 2013.
P Each Member has a duty to vote at every meeting unless an exception in the Act applies; the main exception is a material conflict of interest.
H Agenda
P 1 Welcome and Acknowledgement of Country by Mayor ...... 2  2 Opening Prayer ...... 2  3 Present ...... 2  4 Leave of Absence ...... 2  5 Apologies ...... 2  6 Conflict of Interest ...... 2  7 Questions without Notice ...... 2  INFORMATION AGENDA ...... 2  8 Items for Exclusion ...... 2  9 Receipt of Information Reports ...... 2  DEBATE AGENDA ...... 3  10 Chief Executive Officer ...... 3  10.1 Adoption of Annual Business Plan and Budget 2016/2017 – Amended Capital Program ...... 3  10.2 Declaration of Rates 2016/2017 – Correction of Differential Rate ...... 3  11 Corporate and Community Services ...... 3  11.1 Jetty Kiosk – Expression of Interest Outcome ...... 3  12 Closure ...... 3
R 1 | <b>Welcome and Acknowledgement of Country by Mayor</b><br/>Mayor Dunstan will open the meeting and acknowledge the traditional owners of the land on which the Council meets.
R 2 | <b>Opening Prayer</b>
R 3 | <b>Present</b>
R 4 | <b>Leave of Absence</b><br/>Nil
R 5 | <b>Apologies</b><br/>Cr Fiebig
R 6 | <b>Conflict of Interest</b>
R 7 | <b>Questions without Notice</b>
HC INFORMATION AGENDA
R 8 | <b>Items for Exclusion</b><br/>A Member may ask for an information report to be moved to the Debate Agenda.
R 9 | <b>Receipt of Information Reports</b><br/>Nil. No information reports come to this special meeting.
HC DEBATE AGENDA
R 10 | <b>Chief Executive Officer</b>
R 10.1 | <b>Adoption of Annual Business Plan and Budget 2016/2017 – Amended Capital Program</b>
G Document #: | 16/28811
G Department: | Office of the Chief Executive Officer
G Report Author: | Finance Manager
G Authorising Officer: | Chief Executive Officer
G Legislative Requirement: | Yes – section 123 of the Local Government Act 1999
P <b>PURPOSE</b><br/>To amend the capital program adopted on 10 August 2016 after the Coast Road resheeting grant was reduced by $186,000.
P <b>RECOMMENDATION</b><br/>That Council adopts the amended Annual Business Plan and Budget 2016/2017 as shown in Attachment A, with the Coast Road resheeting stage 2 deferred to 2017/2018.
R 10.2 | <b>Declaration of Rates 2016/2017 – Correction of Differential Rate</b>
G Document #: | 16/28902
G Department: | Office of the Chief Executive Officer
G Report Author: | Rates Coordinator
G Authorising Officer: | Chief Executive Officer
G Legislative Requirement: | Yes – sections 153 and 156 of the Local Government Act 1999
P <b>PURPOSE</b><br/>To correct the differential rate for Primary Production land, which was printed as 0.2641 cents in the dollar instead of 0.2461 cents in the dollar.
P <b>RECOMMENDATION</b><br/>That Council rescinds part 3(c) of its resolution of 10 August 2016 and declares a differential general rate of 0.2461 cents in the dollar on Primary Production land for 2016/2017.
R 11 | <b>Corporate and Community Services</b>
R 11.1 | <b>Jetty Kiosk – Expression of Interest Outcome</b>
G Document #: | 16/29014
G Department: | Corporate and Community Services
G Report Author: | Community Development Officer
G Authorising Officer: | Director Corporate and Community Services
G Ward(s) affected: | Coastal Ward
P <b>PURPOSE</b><br/>To report the two responses to the call for expressions of interest to run the jetty kiosk for the 2016/2017 summer.
P <b>RECOMMENDATION</b><br/>That Council authorises the Chief Executive Officer to negotiate a seasonal licence with the preferred respondent named in confidential Attachment B.
R 12 | <b>Closure</b>
