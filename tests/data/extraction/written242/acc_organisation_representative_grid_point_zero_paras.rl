@title Thornleigh Airport Consultative Committee minutes, 21 October 2021 (final draft)
@font Times-Roman
@fontsize 11
@numcol 14
@header Thornleigh Airport Consultative Committee minutes, 21 October 2021 (final draft)
@footer Page {page}
HC THORNLEIGH AIRPORT CONSULTATIVE COMMITTEE
C Minutes of Meeting held on Thursday, 21 October 2021 at 3.30pm.
P <b>Present:</b>
G <b>Organisation:</b> | <b>Representative:</b>
G Chairman | Mr P. Ashdown
G Deputy Chairman | Mrs H. Quinlan
G Secretary | Mr D. Foulkes
G Thornleigh Airport Limited (TAL) | Mr R.J. Carver, Chairman, TAL
G | Ms L. Okafor, Airport Managing Director (AMD)
G | Mr S. Whitlow, Head of Operations
G Flying Schools | Mr K. Baptiste*
G Kentmere District Council | Councillor G. Fenwick
G Hollowfield Borough Council | Councillor Mrs A. Prescott
G Hollowfield Borough Council (Officer) | Mr J. Tranter
G Easthope Parish Council | Councillor V. Loader
G Thornleigh Residents Association | Mr B. Castell
G Private Owners | Mr N. Hebden
G Business & Commercial Users | Mr O. Danquah
I * substitute member
R 1. | <b>Welcome and Chairman’s introductory remarks</b>
R 1.1 | The Chairman welcomed members to the meeting, the first to be held in person since February 2020, and thanked the Airport for providing the Board Room.
R 1.2 | The Chairman reminded members that Mrs Quinlan would take the chair for item 8 as he is a trustee of the Community Fund.
R 2. | <b>Membership</b>
R 2.01 | The Secretary reported that Easthope Parish Council had nominated Councillor Vera Loader to replace Councillor Tomlin, who had stood down in May.
R 2.02 | On behalf of the members, the Chairman welcomed Councillor Loader, who was attending her first Consultative Committee meeting.
R 3. | <b>Apologies for absence</b>
R 3.1 | Apologies for absence were received from Mr A. Baptiste (Flying Schools, substituted by Mr K. Baptiste), Councillor F. Ormerod (Kentmere County Council) and Mrs S. Greatorex (Hollowfield Borough Council, Officer).
R 4. | <b>Minutes of the previous meeting</b>
R 4.01 | The minutes of the meeting held on 15 July 2021 were approved as a correct record and signed by the Chairman.
R 5. | <b>Matters arising</b>
R 5.01 | Minute 6.04 (signage on Falcon Lane): Mr Whitlow confirmed that the two replacement signs had been installed on 2 August.
R 5.02 | Minute 7.02 (noise monitor at Easthope): the AMD advised that the relocated monitor had been recording since 1 September and that its readings would be included in the next quarterly report.
R 6. | <b>Airport Managing Director’s report</b>
R 6.01 | The AMD introduced her report, which had been circulated with the agenda. Total movements for the quarter were 11,862, an increase of 38% on the same quarter of 2020 but still 9% below 2019.
R 6.02 | Business aviation had recovered more quickly than training flights, which had been limited by the availability of instructors.
R 6.03 | Ms Okafor reported that the new hangar on the eastern apron had received its completion certificate and that the first tenant would move in during November.
R 6.04 | Mr Castell asked whether the hangar would lead to more night-time engine runs. The AMD replied that engine ground runs remained restricted to 0800-2000 under the Section 106 agreement and that no change was proposed.
R 6.05 | Councillor Fenwick asked for the number of complaints received about helicopter movements. Mr Whitlow said that 14 complaints had been received in the quarter, of which 9 related to a single operator who had since been reminded of the published routes.
R 6.06 | The Committee noted the report.
R 7. | <b>Noise and track keeping</b>
R 7.01 | Mr Whitlow presented the track-keeping statistics. Compliance with the noise preferential routes was 96.4% for the quarter.
R 7.02 | Councillor Mrs Prescott said that residents in Hollowfield Vale continued to report low turns over the village. Mr Whitlow agreed to provide a plot of the tracks for the week of 6 September for the next meeting.
R 8. | <b>Community Fund</b>
R 8.01 | Mrs Quinlan took the chair for this item.
R 8.02 | The Secretary reported that the Fund had received seven applications in the latest round. The panel recommended grants to Easthope Village Hall (£1,200), Thornleigh Scouts (£750) and Hollowfield Riding for the Disabled (£900).
R 8.03 | The Committee agreed the three grants as recommended by the panel.
R 8.04 | Mr Ashdown resumed the chair.
R 9. | <b>Consultations</b>
R 9.01 | The Secretary reported that the Department for Transport’s consultation on general aviation airspace had closed on 30 September and that the Committee’s response, agreed by email, had been submitted.
R 10. | <b>Any other business</b>
R 10.01 | Mr Danquah asked whether the airshow would return in 2022. Mr Carver said that a decision would be taken by the TAL board in December.
R 11. | <b>Dates of future meetings</b>
R 11.01 | Thursday 20 January 2022, Thursday 21 April 2022 and Thursday 21 July 2022, all at 3.30pm.
S 10
P The meeting closed at 5.20pm.
