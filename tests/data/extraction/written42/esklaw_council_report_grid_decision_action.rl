@title Minute of Meeting - Esklaw Council - 14 November 2017
@font Helvetica
@fontsize 10
@footer Esklaw Council Minute 14 November 2017||Page {page}
HC Minute of Meeting
HC Esklaw Council
S 6
TH Date | Time | Venue
T 14 November 2017 | 11am | Council Chambers, Esklaw House, Bridge Street, Dalmorrow Bridge
S 6
H Present:
G Provost Kirkhope (Chair) | Councillor Haddow
G Depute Provost Ralston | Councillor Innes-Burt
G Councillor Menzies – Council Leader | Councillor Lauder
G Councillor Aitchison | Councillor McQuarrie
G Councillor Bathgate | Councillor Pringle
G Councillor Cleghorn | Councillor Sked
G Councillor Dryburgh | Councillor Tennock
H In attendance:
G Dr Alison Tennant, Chief Executive | Neil Crombie, Head of Finance and Integrated Service Support
G Fraser Lumsden, Director, Resources | Marion Hislop, Head of Communities and Economy
G Ruth Abernethy, Legal Services Manager | Jack Gilfillan, Democratic Services Officer
H Religious Representatives (Non-voting observers for Education Business only):
P Mrs D. Yule, Mr A. Kellock
H 1. Welcome, Introductions and Apologies
P The Provost welcomed everyone to the meeting. Apologies were received from Councillors Fairbairn and Wauchope.
H 2. Order of Business
P The order of business was confirmed as outlined in the agenda that had been circulated.
H 3. Declarations of Interest
P Councillor Cleghorn declared a non-financial interest in item 8.3 as a member of the Dalmorrow Bridge Community Council.
H 4. Deputations
P No deputations had been received for consideration.
H 5. Minutes of Previous Meetings
P The following minutes were submitted:
P 5.1 The Minute of Meeting of Esklaw Council of 3 October 2017 was submitted and approved as a correct record, having been moved by Councillor Haddow and seconded by Councillor Pringle.
P 5.2 The minutes of the Cabinet of 17 October 2017, the Planning Committee of 24 October 2017 and the Audit Committee of 30 October 2017 were submitted for noting, information and consideration of any recommendations contained therein. The Council noted the minutes.
H 6. Questions to the Council Leader
P Councillor Sked asked what progress had been made on the replacement of the Eskmouth bridge. In reply, the Council Leader, Councillor Menzies, advised that the design work would be completed in February and that a report on funding would come to Council in March 2018.
H 7. Motions
P The following motion, moved by Councillor Bathgate and seconded by Councillor Tennock, had been received: "That Esklaw Council agrees to introduce free swimming for all under 16s from April 2018."
P Councillor Aitchison, seconded by Councillor Lauder, moved as an amendment that the cost of the proposal be reported to the Council's budget meeting in February 2018 before any decision is taken.
P On a vote being taken, 9 Members voted for the amendment and 8 for the motion. The amendment was carried and became the decision of the Council.
H 8. Public Reports
T Report No. | Report Title | Presented by:
T 8.1 | Financial Monitoring 2017/18 – General Fund Revenue | Head of Finance and Integrated Service Support
H Outline of report and summary of discussion
P The Head of Finance and Integrated Service Support presented the report, which set out a projected overspend of £412,000 on the General Fund, mainly in children's services. Councillor Innes-Burt asked whether the overspend would be met from reserves. The Head of Finance replied that a transfer from the general reserve was proposed.
H Decision
P The Council noted the report and approved the transfer of £250,000 from the general reserve to the children's services budget.
H Action
P Head of Finance and Integrated Service Support
T Report No. | Report Title | Presented by:
T 8.2 | Local Housing Strategy 2017-2022 | Director, Resources
H Outline of report and summary of discussion
P The Director, Resources presented the final Local Housing Strategy following consultation over the summer. Councillor Dryburgh welcomed the priority given to housing for older people, and Councillor McQuarrie asked that progress be reported annually.
H Decision
P The Council agreed to adopt the Local Housing Strategy 2017-2022 and to receive an annual progress report.
H Action
P Director, Resources
T Report No. | Report Title | Presented by:
T 8.3 | Review of the Scheme for Community Councils | Head of Communities and Economy
H Outline of report and summary of discussion
P [Councillor Cleghorn, having declared an interest, left the meeting.]
P The Head of Communities and Economy reported on the outcome of the first stage of consultation on the review of the Scheme for Community Councils. Eleven of the fourteen community councils had responded.
H Decision
P The Council noted the outcome of the first stage of consultation and that a draft Scheme would be reported in March 2018.
H Action
P Head of Communities and Economy
P [Councillor Cleghorn rejoined the meeting.]
H 9. Date of Next Meeting
P The next meeting will be held on Tuesday 19 December 2017 at 11am.
P The meeting terminated at 12.40pm.
