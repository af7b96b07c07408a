@title Community Hub Steering Group Minutes 12 October 2022
@font Helvetica
@fontsize 10.5
@footer Tannersford Parish Council – Community Hub Steering Group||Page {page}
HC Community Hub Steering Group Meeting Minutes
S 4
G <b>Meeting Date:</b> | 12th October 2022 - 7:00pm
G <b>Location:</b> | Tannersford Village Hall and via Zoom
G <b>Chair and Minute Taker:</b> | Cllr Lesley Harbottle (LH)
G <b>Attendees:</b> | Cllr Martin Quayle (MQ), Revd Anna Stott (AS), JB, KC, RM, PT, DW
G <b>Apologies:</b> | Cllr Farida Choudry, SN
S 6
H Welcome and Introductions
P • LH welcomed everyone to the first meeting of the steering group and thanked them for giving up their evening.
P • Members introduced themselves. JB and KC run the toddler group, RM and PT are on the village hall committee and DW is the hall's booking secretary.
H Ground Rules Explained
P • LH went through the ground rules for how meetings will be run:
P     – the group is not the place for complaints about the parish council or the hall, which have their own procedures
P     – everyone's views are valid and will be heard; speak through the Chair
P     – nothing is said on behalf of the group unless the group has agreed it first
P • The ground rules were accepted by all present.
H Aims and Objectives of the Hub
P LH explained that the parish council had agreed in principle to open a community hub in the village hall's small room, offering a warm space, a library corner and an advice drop-in. The steering group's job is to plan how this would run and report back to the council in January.
P <b>Action:</b> LH to circulate the council's resolution and the hall floor plan.
H Terms of Reference
P Explained. AS suggested that the terms of reference be written together by the group rather than adopted from another village. The draft will be reworked and brought back to the next meeting.
P <b>Action:</b> To be brought back to the agenda at the next meeting.
H Opening Hours
P MQ set out three options for opening hours. A show of hands was taken on each:
TH Option | For | Against | Abstain
T A – Tuesday and Thursday mornings | 2 | 5 | 1
T B – Wednesday 10am–2pm and Saturday morning | 6 | 1 | 1
T C – Weekday afternoons only | 0 | 7 | 1
P Option B was carried and will be recommended to the parish council.
H Volunteers
P PT said that twelve people had already offered to help after the harvest supper. DW asked that volunteers be given a short induction on the hall's fire procedures before the first session.
P <b>Action:</b> DW to draft induction notes; PT to contact volunteers.
H Funding
P MQ reported that the county's warm spaces grant closes on 4th November. Up to £2,000 is available for heating, refreshments and a laptop. The group agreed that MQ should draft the bid with the Clerk.
P <b>Action:</b> MQ and Clerk.
H Date of Next Meeting
P Wednesday 9th November 2022, 7:00pm, Tannersford Village Hall and via Zoom.
