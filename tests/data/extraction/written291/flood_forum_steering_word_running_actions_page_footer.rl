@title CVFF Steering Committee Minutes 17.03.15
@font Helvetica
@fontsize 10.5
@footer CVFF Steering Committee Minutes 17.03.15||Page {page}
HC COLBARROW VALLEY FLOOD FORUM (CVFF)
C Minutes of 9th Steering Committee Meeting, Colbarrow Methodist Hall, 17 March 2015
S 6
H Present:
P Steering Committee - Helen Ashby Co-Chair, Graham Pruett acting Co-Chair, Stella Quinton, Bernard Mayhew, Joan Mayhew, Ravi Doshi, Neil Tarrant (Secretary)
P Martin Clewes and Fiona Lacey were not able to be present.
P Helen Ashby informed the Committee that Martin Clewes had moved away from Lower Colbarrow and had stepped down as a Co-Chair. Graham Pruett had agreed to act as Co-Chair until the AGM in June. The Committee recorded its thanks to Martin for his work since the floods of 2012.
H Minutes of the 8th CVFF Steering Committee Meeting held 17 February 2015
P The minutes were agreed by the Steering Committee with one correction: the meeting with the Highways engineer took place on 3 February, not 10 February.
H Review of Outstanding CVFF Actions
P Actions:
P 1) Neil Tarrant will circulate the final JPR survey report on property level protection when it is received. Completed at the meeting; copies handed out.
P 2) Helen Ashby will write to the District Council and to Colbarrow and Stanbury Parish Councils about support for households after flooding. Letters sent 2 March; no reply yet.
P 3) The Secretary will combine the flood mitigation options suggested by members into one list. Carried forward.
P 4) Ravi Doshi will find out whether the Environment Agency gauge at Stanbury Mill can be added to the public river levels website. Ravi reported that the gauge should be online by May.
H CVFF Steering Committee Meeting with the District Council on 26 March
P The Steering Committee thought the Forum's objectives for the meeting should be to press for the flood partnership recommended in the JPR report; to make sure the problems of the first property level protection scheme are not repeated; and to ask what more can be done upstream in addition to property protection. Stella Quinton said the Forum should also ask for a named officer for the valley.
P Action:
P 5) Helen Ashby will e-mail the following proposals for agenda items to the District Council:
P a) the cost-benefit work done for the proposed second phase of the scheme;
P b) a timetable for the surveys of the 19 properties not yet visited;
P c) maintenance of the trash screen at Colbarrow bridge.
H Flood Warden Scheme
P Bernard Mayhew reported that nine wardens have now been trained, two for each of the four zones and one reserve. Joan Mayhew asked whether the wardens' kit could be stored at the Methodist Hall; the trustees have agreed. It was agreed that Bernard Mayhew should co-ordinate the warden rota and report at each meeting.
P Action:
P 6) Bernard Mayhew will circulate the warden rota and contact list by 31 March.
H Finance
P Neil Tarrant reported a balance of £1,482.16, including the £1,000 grant from the Colbarrow Community Fund. The Committee agreed to spend up to £250 on a second set of warden jackets and torches.
H Newsletter
P Stella Quinton presented a draft of the spring newsletter. It will be delivered to all households in the flood zone in April. Graham Pruett asked that it include the new Floodline number.
P Action:
P 7) Stella Quinton will finalise the newsletter and arrange printing.
H Any Other Business
P Ravi Doshi raised the blocked road gully outside the Wheatsheaf, which has caused water to run into two cottages. It was agreed to report it again to County Highways with photographs.
H Date of next meeting
P Tuesday 21 April 2015, 7.30pm, Colbarrow Methodist Hall.
S 8
P Minutes taken by Neil Tarrant, Secretary.
