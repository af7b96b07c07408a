@title Council Minutes 23 February 2017
@font Helvetica
@fontsize 10.5
@footer Council||{page}  Thursday 23 February 2017
HC Esklow District Council
H Council
H Minutes of Proceedings
P At the Ordinary Meeting of the District Council of Esklow held in the Council Chamber, Esklow House, Pickerby on Thursday 23 February 2017
H Present
P Councillors
G Acklam | Elsworth | Lister
G Joy Barraclough | Fothergill | Metcalfe
G Paul Barraclough | Garbutt | Newbould
G Brough (Chairman) | Harland | Pybus
G Calvert | Ibbotson | Stainthorpe
G Dobson | Kitching (Vice-Chairman) | Thwaites
H In Attendance
P Clare Ackroyd, Anthony Firth, Margaret Hewison, Simon Lumley, Dale Rushworth, Nicola Whitwell
H Minutes
H 101 Apologies for absence
P Apologies were received from Councillors Raw, Verity and Wrightson.
H 102 Public Question Time
P There were no public questions.
H 103 Minutes
P The minutes of the ordinary meeting of Full Council held on 15 December 2016 were presented.
P <b>Resolved</b>
P That the minutes of the ordinary meeting of Full Council held on 15 December 2016 be approved and signed by the Chairman as a correct record.
P Voting record<br/>16 For<br/>0 Against<br/>2 Abstentions
H 104 Urgent Business
P There were no items of urgent business which the Chairman considered should be dealt with as a matter of urgency by virtue of Section 100B(4)(b) of the Local Government Act 1972.
H 105 Declarations of Interest
P The following interests were declared:
P Councillor Garbutt and Councillor Lister declared a personal non-pecuniary but not prejudicial interest in agenda item 9 (Revenue Budget and Council Tax 2017/18) as Members of Wolds County Council.
H 106 Announcements
P The Chairman, Councillor Brough, made the following announcements:
P • Congratulations to the staff of the Pickerby Leisure Centre on receiving the regional Quest award.
P • The Chairman’s charity quiz had raised £1,140 for the Esklow Dales Rescue team.
H 107 To Receive any Questions Submitted by Members Pursuant to Council Procedure Rule 10.2(a)
P Councillor Harland asked the following question of the Chairman of the Policy and Resources Committee, Councillor Dobson:
I “Will the Chairman of the Policy and Resources Committee confirm how many households in the district are now on the housing register and how many new affordable homes were completed in 2016?”
P Councillor Dobson replied that 1,214 households were on the register and that 86 affordable homes had been completed in the calendar year.
H 108 Revenue Budget and Council Tax 2017/18
P It was moved by Councillor Dobson and seconded by Councillor Calvert that the recommendations of the Policy and Resources Committee held on 9 February 2017 be approved and adopted.
P Councillor Newbould moved and Councillor Thwaites seconded an amendment that the proposed increase in car parking charges be withdrawn and that the cost be met from the Council’s general reserve.
P Upon being put to the vote the amendment was lost.
P Recorded vote<br/>For: Councillors Acklam, Ibbotson, Metcalfe, Newbould, Pybus and Thwaites<br/>Against: Councillors Joy Barraclough, Paul Barraclough, Brough, Calvert, Dobson, Elsworth, Fothergill, Harland, Kitching, Stainthorpe<br/>Abstentions: Councillors Garbutt and Lister
P The substantive motion was then put to the vote.
P <b>Resolved</b>
P That Council approves the revenue budget for 2017/18 as set out in the report and a Band D Council Tax for the District Council of £198.37, an increase of 2.48%.
P Recorded vote<br/>For: Councillors Joy Barraclough, Paul Barraclough, Brough, Calvert, Dobson, Elsworth, Fothergill, Harland, Kitching, Stainthorpe<br/>Against: Councillors Acklam, Ibbotson, Metcalfe, Newbould, Pybus and Thwaites<br/>Abstentions: Councillors Garbutt and Lister
H 109 Capital Programme 2017-2021
P Councillor Calvert presented the capital programme, which included £1.6m for the refurbishment of the Pickerby swimming pool.
P <b>Resolved</b>
P That the Capital Programme for 2017-2021 be approved.
P Voting record<br/>17 For<br/>0 Against<br/>1 Abstention
H 110 Notice on Motion Submitted Pursuant to Council Procedure Rule 11
P Councillor Ibbotson moved and Councillor Metcalfe seconded the following motion:
I “This Council will introduce free parking after 3pm in all its town centre car parks in December 2017 to support local traders.”
P Councillor Kitching said that the cost of the proposal had not been identified and would fall on the general reserve.
P Upon being put to the vote the motion was lost.
P Voting record<br/>6 For<br/>10 Against<br/>2 Abstentions
H 111 Common Seal of the Council
P <b>Resolved</b>
P That the Common Seal of the Council be affixed to any documents to give effect to any decisions taken at this meeting.
P Voting record<br/>18 For<br/>0 Against<br/>0 Abstentions
S 10
P The meeting closed at 8.40pm
