@title Caverley and Feltwick Parish Council minutes December 2017
@footer Signed: ………………………… Chairman     Date: ……………||Page {page}
@fontsize 10.5
H Caverley &amp; Feltwick Parish Council Minutes of the Meeting.
P Commencing 7.30pm, Monday 4th December 2017. Held at the Pavilion, Millfield Recreation Ground, Church Lane, Caverley.
P Present: Cllrs. Michael Heath, Karen Brough, Susan Darby, Jeremy Ormsby, Roger Pyatt, Linda Tranter and Ian Whitehouse.
P In Attendance: Mrs Gillian Sankey – Clerk to the Council.
P <b>1. Apologies.</b> Cllr. M. Heath opened the meeting at 7.30pm. Written apologies from Cllrs. Paul Ellerby and Nadia Khan were received.
P RESOLVED: APOLOGIES ACCEPTED.
P <b>2. Declarations of Interest and Requests for Dispensations.</b> Cllr. R Pyatt – Agenda item 8.2, the applicant is a relative; he would leave the room for that item. No other interests were declared and no dispensations were requested.
P <b>3. Minutes of the Meeting held 6th November 2017.</b> Proposed, seconded and agreed as a true record.
P RESOLVED: MINUTES APPROVED AND SIGNED.
P <b>4. Matters arising from the Minutes.</b> Minute 9.3 (November): the Clerk confirmed that the replacement salt bin at the school gates had been delivered and filled. Cllr. K Brough offered to check the other bins in the parish before Christmas.
P RESOLVED: THE CLERK TO ORDER A SECOND SALT BIN FOR CHURCH LANE.
P <b>5. Councillor Vacancy.</b> The Feltwick ward vacancy has been advertised on the noticeboards and in the parish magazine; no applications had been received by the closing date of 1st December.
P <b>6. Meeting adjourned at 7.45pm for Public Participation.</b> A resident of Fisher Close asked about the state of the footpath to the school; Cllr. I Whitehouse said that he had reported it to the county in October and would chase the reply. A second resident asked for the Christmas tree to go up a week earlier.
P <b>7. Meeting reconvened at 7.58pm.</b>
P <b>8. Planning Applications.</b>
P 8.1 17/01402/FUH 12 Fisher Close – single storey rear extension. The Council had no concerns.
P RESOLVED: NO OBJECTIONS.
P 8.2 17/01433/FUL Land off Feltwick Road – two detached dwellings. Cllr. R Pyatt left the room. Cllr. S Darby felt the access onto the bend was unsafe and proposed an objection, seconded by Cllr. L Tranter. A vote was taken: 4 votes for, 2 against.
P RESOLVED: TO OBJECT ON THE GROUNDS OF HIGHWAY SAFETY. Cllr. R Pyatt returned to the meeting.
P <b>9. Finance.</b>
P 9.1 Payments for December. The schedule of payments had been circulated. Proposed, seconded and agreed.
P RESOLVED: THE DECEMBER PAYMENTS OF £2,318.64 ARE APPROVED.
P 9.2 Precept 2018/19. The Clerk presented the draft budget. Cllr. J Ormsby proposed a precept of £31,200, an increase of 1.9%, seconded by Cllr. S Darby. 6 votes for, 1 against, no abstentions.
P RESOLVED: THE PRECEPT FOR 2018/19 IS SET AT £31,200.
P <b>10. Village Hall Car Park.</b> Cllr. L Tranter reported on the resurfacing quotes obtained by the hall committee. Members approved a contribution of £1,500 towards the work from the capital reserve.
P <b>11. Clerk's Report.</b> The Clerk's report on correspondence, training and the new data protection rules was received and noted.
P <b>12. Date of Next Meeting:</b> Monday 8th January 2018 at 7.30pm in the Pavilion.
P The meeting closed at 9.14pm.
