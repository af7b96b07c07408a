@title Harcombe Vale Parish Council Minutes 4 November 2024
@font Times-Roman
@fontsize 11
@numcol 34
@footer Signed ........................................ Chairman          Date ....................||Page {page}
I (These minutes are published subject to approval by the Parish Council and to any amendments that will be recorded in the minutes of the Meeting at which they are approved)
HC Harcombe Vale Parish Council
C Minutes of a Meeting of Harcombe Vale Parish Council held at 7.00pm on Monday 4 November 2024 at the Parish Rooms, Mill Lane, Harcombe Vale
S 6
R Cou/112/24-25 | <b>Present</b><br/>Members: Cllr R Ashworth (Chairman), Cllr M Ashworth, Cllr Dane, Cllr Farrant, Cllr Gedling, Cllr Lowe (arrived at 7.04pm), Cllr Pym, Cllr Quint, Cllr Sowerby, Cllr Tarrant and Cllr Whitlock.<br/>In attendance: Mrs S Ollerenshaw (Clerk to the Council) and four members of the public.
R Cou/113/24-25 | <b>Apologies for Absence</b><br/>Apologies for absence were received from Cllr Nuttall (work commitments). In the absence of the Vice Chairman it was proposed by Councillor R Ashworth that Councillor Dane be elected Vice Chairman for the meeting and the Council RESOLVED to elect Councillor Dane as Vice Chairman for the meeting.
R Cou/114/24-25 | <b>Declarations of Interest</b><br/>Cllr Dane - Personal interest in item 9 (Brookside Meadow Footpaths) as a member of the Ramblers group that uses the route.<br/>Cllr Pym - Personal interest in item 6 (Borough Councillor Report) as a Borough Councillor.
R Cou/115/24-25 | <b>Minutes</b><br/>The minutes of the meeting held on Monday 7 October 2024, having been circulated, were approved as a correct record and signed by the Chairman.
R Cou/116/24-25 | <b>Public Participation</b><br/>A resident of Tanner's Row asked whether the Council could press the Borough for double yellow lines at the junction with Mill Lane, where parked vans block the view of the school crossing. The Chairman explained that the matter would be raised with the highways officer and placed on a future agenda.
R Cou/117/24-25 | <b>Borough Councillor Report</b><br/>Cllr Pym reported that the Borough's consultation on green waste charges would close on 29 November and that the refurbishment of the Hollins Street car park was on programme for completion in January. He undertook to chase the missing street nameplate on Coopers Close. The report was noted.
R Cou/118/24-25 | <b>Clerk's Report</b><br/>The Clerk reported that the grit bins at Knowle Hill and the Recreation Ground had been refilled, that the insurance renewal had been received at a small increase, and that the bus shelter glazing would be replaced before Christmas. The Clerk's report was received and noted.
R Cou/119/24-25 | <b>Planning and Development Committee 21 October 2024</b><br/>It was proposed by Cllr Farrant, seconded by Cllr Lowe, and RESOLVED that the minutes of the Planning and Development Committee held on 21 October 2024 be received and the recommendations contained therein be adopted.
R Cou/120/24-25 | <b>Brookside Meadow Footpaths and Bridleway Resurfacing Scheme (Phase Two) - Selection of Contractor</b><br/>Cllr M Ashworth presented the three quotations obtained for resurfacing the remaining 420 metres of path between the footbridge and Knowle Hill. He recommended the quotation from Trentside Surfacing Ltd at £11,240 as offering the best value. Cllr Quint moved an amendment that a fourth quotation be sought from a local contractor before any decision was taken; this was seconded by Cllr Whitlock. On being put to the vote the amendment was LOST by 4 votes to 7.<br/>The Council then RESOLVED to accept the quotation from Trentside Surfacing Ltd in the sum of £11,240, to be met from the footpaths reserve.
R Cou/121/24-25 | <b>Accounts for Payment</b><br/>RESOLVED that the schedule of accounts for November totalling £4,318.62, as circulated, be approved for payment.
R Cou/122/24-25 | <b>Allotment Rents 2025-26</b><br/>Cllr Lowe explained that rents had not changed since 2021 while water charges had risen by a third. He proposed an increase of 5% from October 2025, seconded by Cllr Gedling. On being put to the vote the proposal was lost, 3 for and 8 against, and rents will therefore remain at the current level.
R Cou/123/24-25 | <b>Date of Next Meeting</b><br/>The next meeting of the Council will be held on Monday 2 December 2024 at 7.00pm in the Parish Rooms.
S 8
P The meeting closed at 8.41pm.
