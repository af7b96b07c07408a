@title Minutes November 2011
@font Helvetica
@fontsize 10.5
@numcol 16
@footer {page}
P Minutes of meeting held on 21 November 2011
I Draft – subject to approval
H Culvercombe and Without Parish Council
H Present
P Mrs J Tapscott (Chairperson), Mrs S Blackmore, Mr R Venner, Mr P Gubb, Mr J Huxtable, Mr M Lerwill, Mr D Rawle, Mr B Twitchen, Mr R Tapscott, Mr B Westacott
P Mr A Chidgey (District Councillor)
P Ms K Stoneman (National Trust)
P No members of the public
R 1 | <b>Apologies</b>
P Mrs S Burnell, Mr C Yeandle (County Councillor), PCSO Dawn Yendell
R 2 | <b>Interests and Dispensations</b>
P Mr Venner – minute 9
R 3 | <b>Crime Update – Incidents and Accidents</b>
P In her absence PCSO Dawn Yendell’s report for September and October recorded only two callouts for Culvercombe and Culvercombe Without, both relating to livestock on the road.
R 4 | <b>Vale Coastal Community Team</b>
P Martin Hosegood from Luxcombe Parish Council presented the draft Coastal Community Economic Plan, which had previously been circulated to Councillors. After a short discussion Councillors were asked if they would adopt the Plan at the January 2012 meeting. Mr Gubb and Mr Lerwill expressed an interest in joining the Coastal Community Team. Mr Hosegood was thanked for his attendance.
R 5 | <b>Minutes of the Meeting held on 19 September 2011</b>
P The minutes, having been circulated, were taken as read and signed as correct. The proposer was Mr Lerwill, seconded by Mr Venner.
R 6 | <b>Update on Matters Arising from the Minutes</b>
R 6.1 | <b>Report from Ms Stoneman, National Trust</b>
R 6.1.1 | <b>Stoney Cleave Bothy</b>
P Ms Stoneman reported that a decision was still awaited from the National Park Authority on the planning application for the bothy.
R 6.1.2 | <b>Woodland Path, Culvercombe Combe</b>
P The surfacing of the lower section had been completed by National Trust volunteers. The upper section would be done in the spring when ground conditions allowed.
R 6.2 | <b>Other Matters</b>
R 6.2.1 | <b>Telephone Box in Culvercombe Car Park</b>
P Further to previous minutes, the Parish Lengthsman said he did not have the time to repaint the telephone box. After some discussion on the proposal of Mr R Tapscott, seconded by Mrs Blackmore, it was agreed to accept Mr Rawle’s kind offer to paint the telephone box, and for him to be reimbursed for the cost of the paint.
R 6.2.2 | <b>Village Sign</b>
P Mr Huxtable reported that the sign had been re-fixed to its post after the October gales.
R 7 | <b>County Councillor’s Report</b>
P No report was available.
R 8 | <b>District Councillor’s Report</b>
P Mr Chidgey reported that the District Council would consult on its draft budget in December and that the car parking review had been postponed until the new year.
R 9 | <b>Highway and Public Rights of Way Matters</b>
P Mr Venner reported that the drain at Hollowell Cross was again blocked. The Clerk will report it to Highways.
R 10 | <b>Report of Culvercombe Village Hall</b>
P Mrs Blackmore reported that the Hall had been booked for most weekends in the autumn and that the new kitchen had been well received. The report was noted.
R 11 | <b>Planning</b>
R 11.1 | <b>Applications</b>
R 11.1.1 | <b>6/08/11/117 – Replacement garage, Coombe Cottage, Tivercombe</b>
P No objection.
R 11.1.2 | <b>6/08/11/121LB – Replacement windows, 3 Church Row, Culvercombe</b>
P The Council supported the application, as the new windows would match the originals.
R 11.2 | <b>Decisions</b>
P 6/08/11/098 – Agricultural storage building, Lower Hollowell Farm – approved by the National Park Authority.
R 12 | <b>Finance</b>
P The Clerk presented the accounts to 31 October 2011. It was resolved to pay the following accounts: Clerk’s salary and expenses £312.40; Culvercombe Village Hall, hire £24.00; Grass cutting, Culvercombe Green £95.00.
R 13 | <b>Date of Next Meeting</b>
P Monday 16 January 2012 at 7.30 pm in Culvercombe Village Hall.
