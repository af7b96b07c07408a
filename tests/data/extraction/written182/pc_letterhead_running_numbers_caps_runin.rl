@title Strandcombe Parish Council - Minutes 7th March 2018
@font Helvetica
@fontsize 10.5
@footer Strandcombe Parish Council – Minutes of 7th March 2018 || Page {page}
HC STRANDCOMBE PARISH COUNCIL
C Clerk: Lorna Vosper, 3 Harbour Steps, Strandcombe, Kingsbridge &nbsp; Email: clerk@strandcombe-pc.org.uk &nbsp; Telephone: 01632 960418
S 6
P A meeting of the Parish Council was held on Wednesday 7th March 2018 in the Village Hall at 7.00 pm
P <b>Present</b> : Councillors Colin Treharne (Chairman), Maria Pascoe, Derek Yelland, Sue Harvey-Lane, Tom Widdicombe, Paul Endacott; District Councillor Ruth Gillard; Parish Clerk Lorna Vosper; PCSO Dan Kettlewell; six members of the public
S 4
P <b>512. APOLOGIES</b> Cllr Rendle (holiday) and Cllr Finch (work).
P <b>513. MINUTES</b> Minutes of the Parish Council Meeting held on Wednesday 7th February 2018 had been circulated and read. Cllr Pascoe proposed and Cllr Yelland seconded that the minutes be accepted. All were in agreement and the minutes were signed as a true record.
P <b>514. MATTERS ARISING</b> Harbour railing. Cllr Widdicombe asked whether the replacement section of railing on the harbour steps had been ordered. The Clerk confirmed that it had, and that delivery was expected before the end of March. Grit bin at Cliff Road: the bin has been refilled by the County Council.
P <b>515. DECLARATIONS OF INTEREST</b> Cllr Endacott declared an interest under 519 (b) as the neighbour of the applicant, and said he would leave the room for that item.
P <b>516. PUBLIC QUESTION TIME</b> PCSO Kettlewell reported two thefts from boats moored in the creek and a shed break-in at Higher Westcott. He asked residents to mark outboard engines and to report anything suspicious on 101. A resident asked about the parking of camper vans overnight on the harbour car park; the Chairman said this would be raised with the District Council, which owns the car park.
P <b>517. DISTRICT COUNCILLOR'S REPORT</b> Cllr Gillard reported that the District Council had agreed its budget with a 2.99% increase in its share of the council tax, and that the consultation on car parking charges would close on 30th March. She would take up the question of overnight parking on the harbour car park with the officers.
P <b>518. COUNTY COUNCILLOR'S REPORT</b> No report had been received.
P <b>519. PLANNING</b> (a) 1187/18/HHO 2 Quay Cottages – two storey rear extension. Cllr Harvey-Lane proposed that the Parish Council support the application, seconded by Cllr Pascoe, and all were in favour. (b) 1210/18/FUL Land at Higher Westcott – erection of agricultural building and new track. Cllr Endacott left the room. Members were concerned about the size of the building and the use of the lane by large vehicles. Cllr Yelland proposed that the Parish Council object, seconded by Cllr Treharne: 4 for, 1 against, carried. Cllr Endacott returned. (c) Decisions received: 0961/18/HHO Seaview, Cliff Road – conditional approval.
P <b>520. FINANCE</b> (a) The following payments were put to the meeting: Clerk's salary (March) £298.40; HMRC £74.60; Village Hall hire £18.00; Strandcombe Garden Services, churchyard mowing £210.00. Cllr Yelland proposed and Cllr Harvey-Lane seconded that they be paid. All were in agreement. (b) The Clerk reported that the balance at the bank on 28th February was £11,406.19.
P <b>521. HARBOUR AND FORESHORE</b> Cllr Widdicombe reported that the winter storms had moved a large amount of shingle onto the slipway. It was agreed that the Clerk should ask the harbour master whether the slipway could be cleared before Easter.
P <b>522. HIGHWAYS</b> Cllr Endacott reported that the surface of Cliff Road above the chapel is breaking up again. The Clerk will report this on the County Council website.
P <b>523. PLAY AREA</b> The annual inspection report had been received and two items of medium risk were identified on the timber climbing frame. RESOLVED that the frame be taped off until repaired and that the Clerk obtain two quotations for the repair.
P <b>524. NEIGHBOURHOOD PLAN</b> Cllr Harvey-Lane gave an update from the steering group. The housing needs survey has been returned by 212 households and the results will be presented at the Annual Parish Meeting.
P <b>525. CORRESPONDENCE</b> Letter from the Strandcombe Regatta committee asking to use the harbour green on 11th August; email from the County Council about the summer road closures; parish newsletter from the Diocese. All correspondence was noted.
P <b>526. ANNUAL PARISH MEETING</b> It was agreed that the Annual Parish Meeting be held on Wednesday 25th April 2018 at 7.00 pm in the Village Hall.
P <b>527. MATTERS FOR NEXT AGENDA</b> Camper van parking on the harbour car park; play area repair quotations.
P <b>528. DATE OF NEXT MEETING</b> Wednesday 4th April 2018 at 7.00 pm in the Village Hall.
S 4
P There being no further business the meeting closed at 9.10 pm.
S 20
P Signed …………………………………… Chairman &nbsp;&nbsp;&nbsp;&nbsp; Date ……………………
