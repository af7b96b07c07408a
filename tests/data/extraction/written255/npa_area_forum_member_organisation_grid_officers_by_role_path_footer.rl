@title SAAF minutes Oct06
@font Helvetica
@fontsize 10.5
@header_first Enc. 1M ||
@header ||
@footer CEO\Area Advisory Forums\South\SAAF minutes Oct06.doc {page} Enc. 1M
HC HAFREN UPLANDS NATIONAL PARK AUTHORITY
HC SOUTHERN AREA ADVISORY FORUM
C Minutes of the meeting held on 9 October 2006 at the Drovers Arms Hotel, Llangynfor
H Present
G Cllr Mrs E Prydderch (Chairman) | Hafren Uplands National Park Authority
G Cllr G Bevington | Hafren Uplands National Park Authority
G Mr H Tallis | Hafren Uplands National Park Authority
G Mrs W Ansty | Hafren Uplands National Park Authority
G Mr T Gaskell | Uplands Caving Federation
G Mr R Hendy | Hafren Uplands Park Society
G Ms S Whitworth | Hafren Walkers’ Federation
G Mr E Kyte | Outdoor Centres Association
G Cllr D Hopcroft | Llangynfor Town Council
G Cllr H Bowen | Capel Sarnau Community Council
G Cllr N Sayce | Aberwylan Town Council
S 6
G Mr D Elwyn | Hafren Uplands National Park
G Ms L Tranter | Hafren Uplands National Park
G Mr G Bateman | Hafren Uplands National Park
G Mr O Marchant | Hafren Uplands National Park
G Mrs C Meyrick | Hafren Uplands National Park
H 1. Welcome and Introductions
P The Chairman opened the meeting and welcomed members. She reported that the Hafren Cycling Network had joined the forum and would be represented by Mr L Vaughan, who had sent his apologies for today.
P The Chairman introduced Owen Marchant, who had joined the Authority in August as Access and Recreation Officer. Mr Marchant described his responsibilities for access land, the volunteer ranger scheme and support to the local access forum.
H 2. Apologies for Absence
P Apologies were received from Cllr R Llewellin (HUNPA), Mr S Dacey, Mrs M Thorne (Farmers’ Union) and Mr L Vaughan (Hafren Cycling Network).
H 3. Minutes of last meeting
P The minutes of the meeting held on 12 June 2006 were accepted as a correct record.
H 4. Matters Arising
P (a) Minute 5 – Cwm Hafren car park. Mr Gaskell asked whether the height barrier had been removed. Ms Tranter reported that the barrier would be replaced by a lockable gate before the winter, so that the rescue team could use the car park at any time.
P (b) Minute 7 – Litter at the reservoirs. The Authority and the water company had agreed to share the cost of two additional bins.
H 5. Local Development Plan – Preferred Strategy
P The Head of Planning, Mr D Elwyn, explained the preferred strategy for the Park’s first local development plan, which would concentrate new housing in Llangynfor, Aberwylan and Capel Sarnau and allow only exception sites for local need in the smaller villages. Consultation would run from 6 November to 18 December.
P Cllr Hopcroft asked whether the Town Council would be sent paper copies. Mr Elwyn replied that each town and community council would receive two printed copies and a CD.
P Members noted the report and the consultation timetable.
H 6. Rights of Way Improvement Plan
P Mr G Bateman presented the draft Rights of Way Improvement Plan, which identified 37 missing links in the network and proposed that bridleways be given priority on the southern escarpment.
P Ms Whitworth welcomed the plan but asked that stiles be replaced with gates wherever possible. It was agreed that a working group of Ms Whitworth, Mr Kyte and Cllr Bowen would prepare the Forum’s comments on the draft.
H 7. Sustainable Development Fund
P Mrs C Meyrick reported that fourteen applications had been received in the current round, of which six had been recommended for grant. Cllr Bowen declared an interest in the Capel Sarnau hall application as a trustee of the hall.
P The Forum supported the recommendation to offer a grant of £4,800 to Capel Sarnau Village Hall for solar panels.
H 8. Forum Members’ Items
P Mr Hendy raised the condition of the lay-by at Bwlch Hafrenog, where the surface had broken up. Ms Tranter agreed to investigate with the highway authority.
P Mr Tallis asked whether the summer bus service to the reservoirs would run again in 2007. The Chairman said the Authority was awaiting a decision from the county councils on their share of the cost.
H 9. Date of Next Meeting
P Monday 12 February 2007, 2.00pm at Aberwylan Community Centre.
S 8
P The meeting closed at 4.20pm.
