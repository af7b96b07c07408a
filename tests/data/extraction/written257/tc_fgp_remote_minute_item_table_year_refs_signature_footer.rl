@title F&GP Minutes 16 November 2020
@font Helvetica
@fontsize 10.5
@numcol 24
@footer Signature: …………………………………  Date: ……………………… // F&GP Committee 16 November 2020||Page {page}
HC Scarnby Town Council
C Council Offices, 18 Quay Street, Scarnby, SB14 9HE
C Email: clerk@scarnbytowncouncil.gov.uk Web: www.scarnbytowncouncil.gov.uk Tel: 01632 960744
S 6
P Meeting of the Finance and General Purposes Committee held on 16 November 2020 held remotely by video conferencing.
P <b>Members Present:</b> Councillors P Warcup (Chairman), A Bielby, R Cammish, S Duggleby, M Halliday (Vice Chairman), J Pickard and T Sleightholme.
P <b>Also Present:</b> No members of the public attended the meeting.
P <b>Meeting Clerks:</b> Town Clerk Janet Mawson and Assistant Town Clerk (RFO) Colin Agar.
P The Chairman welcomed all Members to the meeting.
R <b>Minute</b> | <b>Item</b>
H Procedural Matters
R 041/20/21 | <b>Apologies</b>
R  | Apologies were received from Cllr Rennison, who had a work commitment.
R  | <b>RESOLVED:</b> Committee resolved to note the apologies.
R 042/20/21 | <b>Declarations of interest</b>
R  | Cllr Bielby declared a non-pecuniary interest in minute 053/20/21 as treasurer of the Scarnby Lifeboat Guild.
R 043/20/21 | <b>Public participation time</b>
R  | There were no public questions at this meeting.
R 044/20/21 | <b>Minutes of the meeting held on 12 October 2020</b>
R  | <b>RESOLVED:</b> Committee resolved that the minutes of the meeting held on 12 October 2020 be approved as a true record and signed by the Chairman.
H Finance
R 045/20/21 | <b>Schedule of payments</b>
R  | The schedule of payments for October 2020, totalling £18,402.66, had been circulated with the agenda papers. Cllr Cammish asked why the electricity account for the Spa Gardens kiosk was higher than last year and the RFO explained that the supplier had estimated two quarters.
R  | <b>RESOLVED:</b> Committee resolved to approve the payments as listed.
R 046/20/21 | <b>Budget monitoring to 31 October 2020</b>
R  | The RFO presented the budget monitoring report, which showed income from the Foreshore car park £9,870 below budget because of the lockdown, partly balanced by savings on events. Members noted that a claim had been made under the Government’s income compensation scheme.
R  | <b>RESOLVED:</b> Committee resolved to note the report.
R 047/20/21 | <b>Draft budget and precept 2021/22</b>
R  | The Town Clerk presented the draft budget. Cllr Halliday proposed that the precept be held at the current Band D figure and that the shortfall be met from general reserves; this was seconded by Cllr Pickard. Cllr Duggleby asked that the Christmas lights budget not be reduced. On a vote, five members were in favour and two against.
R  | <b>RESOLVED:</b> Committee resolved to recommend to Council a precept of £236,450 for 2021/22, being no increase on the Band D charge.
R 048/20/21 | <b>Earmarked reserves</b>
R  | <b>RESOLVED:</b> Committee resolved to recommend to Council that £15,000 be moved from general reserves into an earmarked reserve for the replacement of the Spa Gardens shelter roof.
R 049/20/21 | <b>Internal audit interim report</b>
R  | The interim report of the internal auditor had been circulated. No issues had been raised. The report was noted.
R 050/20/21 | <b>Insurance renewal</b>
R  | The RFO reported that the current long-term agreement ended on 31 December 2020 and that three quotations had been obtained through the Council’s broker.
R  | <b>RESOLVED:</b> Committee resolved to accept the quotation from Yorvale Insurance for a three-year long-term agreement at £4,318 a year.
H General Purposes
R 051/20/21 | <b>Christmas lights</b>
R  | The Town Clerk reported that the lights had been tested and would be switched on without a public event on 28 November 2020. Cllr Sleightholme suggested a short video for the Council’s Facebook page instead, and members agreed.
R 052/20/21 | <b>Town noticeboards</b>
R  | Two quotations had been received for replacing the noticeboards at Church Street and the Crescent.
R  | <b>RESOLVED:</b> Committee resolved to accept the lower quotation of £1,960 from Wolds Joinery.
R 053/20/21 | <b>Grant applications (Section 137)</b>
R  | Cllr Bielby, having declared an interest, did not vote on application a).
R  | a) Scarnby Lifeboat Guild – £250 towards the flag day costs. <b>RESOLVED:</b> approved.
R  | b) Scarnby Bowls Club – £400 towards a new mower. <b>RESOLVED:</b> approved.
R  | c) Friends of Scarnby Library – £150 towards the reading challenge. <b>RESOLVED:</b> deferred until further details are received.
R 054/20/21 | <b>Remote meetings</b>
R  | Members discussed the experience of meeting by video. It was agreed that committee meetings continue to be held remotely until the regulations lapse.
R 055/20/21 | <b>Exclusion of press and public</b>
R  | <b>RESOLVED:</b> Committee resolved that, under the Public Bodies (Admission to Meetings) Act 1960, the press and public be excluded for the next item because of the confidential nature of the business.
R 056/20/21 | <b>Staffing – seasonal attendants</b>
R  | The Town Clerk reported on the recruitment of seasonal attendants for the Foreshore car park in 2021.
R  | <b>RESOLVED:</b> Committee resolved to recommend the Town Clerk’s proposals to Council.
P The meeting closed at 8.34pm.
