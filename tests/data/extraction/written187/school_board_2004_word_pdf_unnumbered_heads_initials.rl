@title Kinnarvie Academy School Board Minutes 3rd February 2004
@font Times-Roman
@fontsize 11
@footer KA School Board - minutes 03/02/04 (draft)||Page {page}
HC Kinnarvie Academy - School Board
C Minutes of Meeting: 3rd February 2004, 7.30-9.15pm
S 6
G <b>Present</b> | Parent Members - Gillian Rennie (Chair), Hamish Wardrop, Lorna Birse, Craig Tosh, Elspeth Morgan
G  | Co-opted Non-parent members - Ruaridh Semple
G  | Head Teacher - Dr Fiona Lumsden
G  | Teacher Rep. - Alasdair Nisbet
G  | Councillor - Isobel Garden
G  | Clerk - Karen Lowrie
G <b>Apologies</b> | Rev Ewan Cattanach
G <b>Presenters/Observers</b> | Neil Stobo, Aberlossie Council Transportation (Safe Walking Routes)
S 8
H <u>Minutes of Meeting</u>
H Introduction
P GR opened the meeting at 7.30pm and welcomed NS, who had come to present the Safe Walking Routes survey. Apologies were received from Rev Cattanach.
H Approval of Minutes
P Minutes of the previous board meeting (2nd December 2003) were approved as accurate, and signed by GR.
H Actions from previous minutes
P Two actions were carried forward from December:
P <i>Letter to bus operator re late-running 07.52 service</i> - HW - complete. HW reported that the operator had replied promising a revised timetable from the Easter holidays. Members asked that the reply be copied to the Parent Council contacts in Drumvennie and Auchterlee.
P <i>School Board page on the Academy website</i> - CT - ongoing. CT explained that the pages were written but the school's web provider could not upload them until March.
H Head Teacher's Report
P FL reported that the roll stood at 812, an increase of 31 on last session, and that the two temporary classrooms were now fully in use. HMI had given notice of a short inspection of Science in the week beginning 22nd March. LB asked whether the inspection would affect the S4 study leave dates; FL said it would not. FL also reported that the Academy's charity week had raised &#163;2,240 for the local hospice.
H Safe Walking Routes
P NS presented the results of the travel survey carried out in November. 41% of pupils walked to school, 33% came by school bus and 19% were brought by car. The main concerns raised by parents were the lack of a crossing point on the Station Road approach and the speed of traffic past the Auchterlee road end. IG said that she had already asked for a speed survey at the road end. EM commented that the car figure would be higher in winter.
P After discussion the Board agreed to support the proposed 20mph zone on Station Road and to ask the Council to give priority to a controlled crossing. NS will send a copy of the full report to the Clerk.
H School Meals Consultation
P AN reported on the Council's consultation on changes to the school meals service, including a move to cashless payment cards from August. Staff were generally in favour but were concerned about pupils who forget their cards.
P It was agreed that the Clerk should collect members' comments by 20th February and send a single response on behalf of the Board.
H Board Finances
P KL reported that the Board's account stood at &#163;912.47 after payment of the national association's subscription. RS proposed that &#163;150 be set aside towards the cost of the Parents' Forum evening in May; this was seconded by CT and agreed.
H Correspondence
P The following had been received and were available from the Clerk: letter from the Education Department on the revised term dates for 2004/05; the national association's spring newsletter; invitation to the Council's consultation evening on the Local Plan, 24th February, Aberlossie Town House.
H Parents' Evening Arrangements
P FL explained that the S2 parents' evening would use an appointment system for the first time, with pupils booking five-minute slots on behalf of their parents. HW commented that this had worked well at Drumvennie Primary but that parents without a pupil at home on the day might miss out.
H AOB
P EM raised the condition of the changing rooms in the games hall. FL said that repairs were included in the Council's summer works programme.
H Date of Next Meeting
P Tuesday 16th March 2004, 7.30pm, Staff Room.
