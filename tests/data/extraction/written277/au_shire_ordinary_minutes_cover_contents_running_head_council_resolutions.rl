@title Shire of Mulgarrin Ordinary Meeting of Council Minutes 15 July 2020
@font Helvetica
@fontsize 10
@numcol 16
@header Shire of Mulgarrin||Ordinary Meeting of Council Minutes – 15th July 2020
@footer {page}
S 120
HC <font size="40">2020</font>
S 40
HC <font size="26">MINUTES</font>
S 10
HC <font size="20">Shire of Mulgarrin</font>
S 60
C 15/07/2020
S 30
C PRESIDENT: R J TULLOCH
C CEO: M A KEARSLEY
PB
HC CONTENTS
P 1 DECLARATION OF OPENING .............................................................................. 3
P 2 ANNOUNCEMENT OF VISITORS ....................................................................... 3
P 3 RECORD OF ATTENDANCE ............................................................................... 3
P 3.1 Record of Attendance: .................................................................................... 3
P 3.2 Apologies: ......................................................................................................... 3
P 3.3 Approved Leave of Absence: ........................................................................ 3
P 4 QUESTION TIME FOR THE PUBLIC ................................................................... 3
P 4.1 Response to Previous Public Questions Taken on Notice ........................ 3
P 4.2 Public Question Time Open ........................................................................... 3
P 4.3 Public Question Time Closed ........................................................................ 4
P 5 APPLICATIONS FOR LEAVE OF ABSENCE ...................................................... 4
P 6 DECLARATIONS OF INTEREST ......................................................................... 4
P 7 PETITIONS/DEPUTATIONS/PRESENTATIONS/SUBMISSIONS ........................ 4
P 8 CONFIRMATION OF MINUTES FROM PREVIOUS MEETINGS ........................ 4
P 8.1 ORDINARY MEETING HELD 17 June 2020 .................................................... 4
P 9 ANNOUNCEMENTS BY THE PRESIDING PERSON WITHOUT DISCUSSION .. 4
P 10 REPORTS OF COMMITTEES ............................................................................ 4
P 11 CHIEF EXECUTIVE OFFICERS REPORT ......................................................... 4
P 11.1 Governance and Administration ................................................................. 4
P 11.1.1 EASTERN GRAINBELT ALLIANCE MEETING ............................................ 4
P 11.1.2 SHIRE HALL KITCHEN UPGRADE – QUOTATIONS ................................... 4
P 11.2 Finance .............................................................................................................. 5
P 11.2.1 MONTHLY FINANCIAL STATEMENTS ........................................................ 5
P 11.2.2 ACCOUNTS PAID AS LISTED ..................................................................... 5
P 11.3 Law, Order &amp; Public Safety ...................................................................... 5
P 11.4 Transport ........................................................................................................... 5
P 11.4.1 RESTRICTED ACCESS VEHICLE ROUTE – YARRABEE EAST ROAD ....... 5
P 12 ELECTED MEMBERS MOTIONS OF WHICH PREVIOUS NOTICE HAS BEEN GIVEN ... 6
P 13 MATTERS FOR WHICH MEETING MAY BE CLOSED ........................................ 6
P 14 DATE OF NEXT MEETING ................................................................................. 6
P 15 CLOSURE OF MEETING .................................................................................... 6
PB
R 1 | <b>DECLARATION OF OPENING</b>
P The President, Cr Tulloch, declared the meeting open at 4.31pm and welcomed Councillors and staff.
R 2 | <b>ANNOUNCEMENT OF VISITORS</b>
P Mr Bevan Lathlain, Yarrabee East Road.
R 3 | <b>RECORD OF ATTENDANCE</b>
R 3.1 | <b>Record of Attendance:</b>
G Cr R J Tulloch | Shire President
G Cr K L Ashby | Deputy President
G Cr D M Fennell | Councillor
G Cr P A Hargreaves | Councillor
G Cr J T Moxham | Councillor
G Cr S E Rigby | Councillor
G M A Kearsley | Chief Executive Officer
G L C Dowell | Deputy Chief Executive Officer
G B K Yeoh | Works Supervisor
R 3.2 | <b>Apologies:</b>
P Nil
R 3.3 | <b>Approved Leave of Absence:</b>
P Cr G W Pannell
R 4 | <b>QUESTION TIME FOR THE PUBLIC</b>
R 4.1 | <b>Response to Previous Public Questions Taken on Notice</b>
P Nil
R 4.2 | <b>Public Question Time Open</b>
P 4.34pm
P Mr Bevan Lathlain asked whether the Shire intends to grade the northern end of Yarrabee East Road before seeding, as the corrugations have become dangerous for loaded trucks. The CEO advised that the grader is scheduled to be on that section in the week commencing 27 July and that the Works Supervisor will inspect the road this week.
PB
R 4.3 | <b>Public Question Time Closed</b>
P 4.40pm. Mr Lathlain left the meeting at 4.41pm.
R 5 | <b>APPLICATIONS FOR LEAVE OF ABSENCE</b>
P Nil
R 6 | <b>DECLARATIONS OF INTEREST</b>
P Cr Hargreaves declared an impartiality interest in item 11.4.1 as he farms land adjoining Yarrabee East Road.
R 7 | <b>PETITIONS/DEPUTATIONS/PRESENTATIONS/SUBMISSIONS</b>
P Nil
R 8 | <b>CONFIRMATION OF MINUTES FROM PREVIOUS MEETINGS</b>
R 8.1 | <b>ORDINARY MEETING HELD 17 June 2020</b>
H COUNCIL RESOLUTION 07/20-01
P That the Minutes of the Ordinary Meeting of Council held on 17 June 2020 be confirmed as a true and correct record.
P Moved: Cr Ashby  Seconded: Cr Moxham  CARRIED 6/0
R 9 | <b>ANNOUNCEMENTS BY THE PRESIDING PERSON WITHOUT DISCUSSION</b>
P The President attended the Wheatbelt East zone meeting by video link on 26 June and the opening of the Mulgarrin Men's Shed on 4 July.
R 10 | <b>REPORTS OF COMMITTEES</b>
P Nil
R 11 | <b>CHIEF EXECUTIVE OFFICERS REPORT</b>
R 11.1 | <b>Governance and Administration</b>
R 11.1.1 | <b>EASTERN GRAINBELT ALLIANCE MEETING</b>
P <b>Applicant:</b> N/A  <b>File:</b> ADM 0114  <b>Author:</b> Chief Executive Officer  <b>Disclosure of Interest:</b> Nil  <b>Date:</b> 8 July 2020
P <b>Summary:</b> The minutes of the Eastern Grainbelt Alliance meeting held on 24 June 2020 are presented for Council's information. The Alliance agreed to seek joint quotations for an internal audit service and to hold its next meeting at Mulgarrin in September.
P <b>Comment:</b> The shared internal audit arrangement is expected to reduce the cost to each member shire by about a third.
H OFFICER RECOMMENDATION / COUNCIL RESOLUTION 07/20-02
P That Council receive the minutes of the Eastern Grainbelt Alliance meeting held on 24 June 2020.
P Moved: Cr Rigby  Seconded: Cr Fennell  CARRIED 6/0
P <b>Voting Requirements:</b> Simple Majority
R 11.1.2 | <b>SHIRE HALL KITCHEN UPGRADE – QUOTATIONS</b>
P <b>Applicant:</b> N/A  <b>File:</b> PRO 0207  <b>Author:</b> Deputy Chief Executive Officer  <b>Disclosure of Interest:</b> Nil  <b>Date:</b> 9 July 2020
P <b>Summary:</b> Three quotations were sought for replacing the benches, sinks and exhaust canopy in the Shire Hall kitchen. Two were received: Wheatbelt Joinery $38,640 (ex GST) and Avonlea Commercial Fitouts $44,900 (ex GST). The 2019/20 budget provides $40,000 for the work.
P <b>Comment:</b> Both quotations meet the specification. Wheatbelt Joinery can start in late August, before the show in October.
P The Deputy CEO explained that the exhaust canopy must be certified by a licensed plumber and that this is included in both prices. Cr Moxham asked whether local suppliers had been invited to quote; the Deputy CEO confirmed that one local business had declined. Cr Fennell spoke against proceeding this year because of the state of the town water main.
H OFFICER RECOMMENDATION / COUNCIL RESOLUTION 07/20-03
P That Council accept the quotation from Wheatbelt Joinery of $38,640 (ex GST) for the upgrade of the Shire Hall kitchen.
P Moved: Cr Ashby  Seconded: Cr Moxham  CARRIED 5/1
P <b>Voting Requirements:</b> Simple Majority
R 11.2 | <b>Finance</b>
R 11.2.1 | <b>MONTHLY FINANCIAL STATEMENTS</b>
P <b>Applicant:</b> N/A  <b>File:</b> FIN 0031  <b>Author:</b> Deputy Chief Executive Officer  <b>Disclosure of Interest:</b> Nil  <b>Date:</b> 8 July 2020
P <b>Summary:</b> The Statement of Financial Activity for the period ending 30 June 2020 is presented. The figures are subject to end of year adjustments and audit.
H OFFICER RECOMMENDATION / COUNCIL RESOLUTION 07/20-04
P That Council receive the Monthly Financial Statements for the period ending 30 June 2020.
P Moved: Cr Hargreaves  Seconded: Cr Rigby  CARRIED 6/0
P <b>Voting Requirements:</b> Simple Majority
R 11.2.2 | <b>ACCOUNTS PAID AS LISTED</b>
P <b>Applicant:</b> N/A  <b>File:</b> FIN 0032  <b>Author:</b> Deputy Chief Executive Officer  <b>Disclosure of Interest:</b> Nil  <b>Date:</b> 8 July 2020
P <b>Summary:</b> The list of accounts paid in June 2020 is presented: Municipal Fund cheques 8841 to 8849 and EFT 4410 to 4478 totalling $412,655.18, and Trust Fund payments of $2,150.00.
H OFFICER RECOMMENDATION / COUNCIL RESOLUTION 07/20-05
P That Council endorse the accounts paid for June 2020 totalling $414,805.18 as listed.
P Moved: Cr Fennell  Seconded: Cr Ashby  CARRIED 6/0
P <b>Voting Requirements:</b> Simple Majority
R 11.3 | <b>Law, Order &amp; Public Safety</b>
P Nil
R 11.4 | <b>Transport</b>
R 11.4.1 | <b>RESTRICTED ACCESS VEHICLE ROUTE – YARRABEE EAST ROAD</b>
P <b>Applicant:</b> Main Roads WA  <b>File:</b> RDS 0410  <b>Author:</b> Works Supervisor  <b>Disclosure of Interest:</b> Nil  <b>Date:</b> 7 July 2020
P <b>Summary:</b> Main Roads WA has asked for the Shire's comment on adding 14.2 km of Yarrabee East Road to the Restricted Access Vehicle network at Network 4 for the coming harvest.
P <b>Comment:</b> The road is sealed for the first 6 km only. The gravel section would need extra maintenance grading if heavier vehicles use it.
P The Works Supervisor advised that the gravel section would need two extra grades during harvest at an estimated cost of $9,000. Cr Rigby suggested that the support be limited to the harvest period.
H COUNCIL RESOLUTION 07/20-06
P That Council advise Main Roads WA that it supports the addition of Yarrabee East Road to RAV Network 4 from 1 October 2020 to 31 January 2021 only, subject to a review after harvest.
P Moved: Cr Rigby  Seconded: Cr Ashby  CARRIED 6/0
P <b>Voting Requirements:</b> Simple Majority
P <i>Reason for change to officer recommendation: Council wished to limit the approval to the harvest period.</i>
R 12 | <b>ELECTED MEMBERS MOTIONS OF WHICH PREVIOUS NOTICE HAS BEEN GIVEN</b>
P Nil
R 13 | <b>MATTERS FOR WHICH MEETING MAY BE CLOSED</b>
P Nil
R 14 | <b>DATE OF NEXT MEETING</b>
P The next Ordinary Meeting of Council will be held on Wednesday 19 August 2020 commencing at 4.30pm.
R 15 | <b>CLOSURE OF MEETING</b>
P There being no further business the President closed the meeting at 5.52pm.
S 30
P Signed: ............................................. Presiding Member        Date: ........................
