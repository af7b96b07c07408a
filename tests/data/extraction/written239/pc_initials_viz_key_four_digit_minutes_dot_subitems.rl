@title Parish Council Meeting December 2016
@font Times-Roman
@fontsize 11
@numcol 16
@footer Chairman's Signature ............................  Date ..............  // Brindcombe Parish Council - Minutes 5th December 2016 || Page {page}
HC BRINDCOMBE PARISH COUNCIL
C Minutes of the Brindcombe Parish Council meeting held at the Memorial Hall on Monday 5th December 2016 at 7.00pm
P <b>PRESENT</b> Councillors: Helen Corfe (Chairman), Martin Aske, Trevor Cudlipp, Roger Bawden, Alison Gorwood, Dennis Huxtable, Sue Pengelly.
P <b>In attendance:</b> N Yeandle (Clerk)
P <b>Also present:</b> Members of the Public.
P For future reference attendees will be referred to in these, and subsequent, minutes by their initials viz: Helen Corfe (Chairman) HC, Martin Aske MA, Trevor Cudlipp TC, Roger Bawden RB, Alison Gorwood AJG, Dennis Huxtable DH, Sue Pengelly SPe, Graham Lugg (West Wendle District Council) GL, Sarah Penwill (County Council) SP, Neil Yeandle (Clerk) NY.
I The Meeting was digitally recorded
R 1702 | <b>TO RECEIVE APOLOGIES FOR ABSENCE</b> SP and GL.
R 1703 | <b>DECLARATIONS OF MEMBERS' INTERESTS</b> MA declared a personal interest in item 1708.2 as a near neighbour of the applicant. DH declared a personal interest in the highways item as his business operates vehicles on the lane.
R 1704 | <b>TO APPROVE THE MINUTES OF THE FOLLOWING MEETINGS:</b> Parish Council Meeting held on 7th November 2016. The minutes of the above meeting having been circulated prior to the meeting, were agreed as accurate and signed by the Chairman.
R 1705 | <b>MATTERS ARISING</b> from the minutes
R 1705.1 | <b>Parish Priorities</b> - The Clerk advised that he had drafted and circulated four priorities for Councillors to consider when the District Council asks for views on planning obligations; these are set out in the table below.
T PRIORITY | DETAILS
T 1 ALLOTMENT WATER SUPPLY | A standpipe and meter for the Cleeve Lane allotments.
T 2 PROVISION OF A PLAY AREA | Play equipment as determined by the Play Area Working Group.
T 3 SAFE CAR PARKING | Surfaced parking and lighting beside the Memorial Hall.
T 4 PUBLIC SEATING | Benches at the war memorial and on the Wendle path.
P RB asked whether the order of the list mattered. NY explained that the District Council would treat them as a ranked list. It was RESOLVED that the four priorities be adopted in the order shown. Proposed RB, seconded TC.
R 1705.2 | <b>Bus Shelter</b> - TC reported that the repaired roof had leaked again during the November storms. The contractor has agreed to return at no charge.
R 1705.3 | <b>Defibrillator</b> - HC reported that the training evening at the Memorial Hall had been attended by 23 residents and thanked AJG for arranging it.
R 1706 | <b>POLICE REPORT</b> No report had been received from the neighbourhood team.
R 1707 | <b>PUBLIC OPEN SESSION</b> A member of the public raised concerns about mud on the road outside Higher Combe Farm. TC undertook to speak to the farmer before referring the matter to Highways. Mr Peter Lerwill asked whether the Christmas tree would be lit this year; HC confirmed that it would be lit on 10th December.
R 1708 | <b>PLANNING</b>
R 1708.1 | <b>3/39/16/022 Single storey rear extension, 4 Orchard Close</b> - Councillors had no objections. It was RESOLVED to support the application.
R 1708.2 | <b>3/39/16/025 Erection of agricultural building, land at Cleeve Lane</b> - MA left the room. SPe noted that the building would be visible from the footpath and asked for screening to be planted. It was RESOLVED to support the application subject to a landscaping condition. MA returned to the meeting.
R 1709 | <b>HIGHWAYS</b> DH reported that large vehicles were still using Combe Lane as a short cut despite the weight restriction signs. NY is to write to the County Council asking for the signs to be repeated at the Cleeve Cross junction.
R 1710 | <b>FINANCE</b> NY presented the schedule of payments and the budget monitoring statement to 30th November. The Council RESOLVED that the payments be approved. Proposed HC, seconded AJG.
T Payee | Details | Amount
T N Yeandle | Clerk's salary November | £215.40
T Memorial Hall | Room hire | £24.00
T Wendle Grounds | Verge cutting | £360.00
R 1711 | <b>CORRESPONDENCE</b> The correspondence list circulated with the agenda was noted.
R 1712 | <b>DATE OF NEXT MEETING</b> Monday 6th February 2017 at 7.00pm in the Memorial Hall.
P The meeting closed at 8.40pm.
