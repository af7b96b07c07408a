@title CPA/24/03 Minutes
@font Times-Roman
@fontsize 11
@header_first  
@header Central Planning Authority||Minutes CPA/24/03
@footer {page}
HC CENTRAL PLANNING AUTHORITY
S 4
C Minutes of a meeting of the Central Planning Authority held on October 8, 2003 and continued on October 15, 2003 in the Planning Conference Room, 2nd Floor, Harbour House.
S 4
HC 24th Meeting of the Year CPA/24/03
S 6
P Mr. Desmond Ebright (Chairman) (excluding Item 2.4)
P Mr. Colvin Tatum (Deputy Chairman) (Acting Chairman, Item 2.4 only)
P Mr. Alvaro Reid-Seaton
P Mrs. Juno Whitlock
P Mr. Harland Bodkin
P Mr. Percy Vallance (absent)
P Mr. Osric Meade
P Ms. Ilsa Carrow (October 8 only)
P Mr. Daventry Quill (Executive Secretary)
P Ms. Noreen Hallett (Senior Planning Officer)
P Mr. Rupert Gilliam (Planning Officer)
S 8
P 1. Confirmation of Minutes
P 2. Applications
P 3. Enforcements
P 4. Development Plan Matters
P 5. Planning Appeal Matters
P 6. Matters from the Director of Planning
P 7. CPA Members Information/Discussions
S 8
H List of Applications Presented at CPA/24/03
R 1.1 | Confirmation of Minutes of CPA/23/03 held on September 24, 2003 .......... 2
R 2.1 | HALDEN MARSH-PRICE Block 31C Parcel 77 (F02-0311) (P03-0845) ($185,000) (NH) .......... 2
R 2.2 | VELLACOTT HOLDINGS LTD. Block 12A Parcel 402 (F01-0177) (P03-0861) ($2.4 million) (RG) .......... 2
R 2.3 | ANNIKA &amp; TOBIAS GREVILLE Block 40E Parcel 19 (F97-0230) (P03-0870) ($36,000) (NH) .......... 3
R 2.4 | EBRIGHT MARINE SERVICES LTD. Block 8B Parcel 55 (F99-0412) (P03-0874) ($610,000) (RG) .......... 3
R 2.5 | LEONIE SCATTERGOOD Block 27D Parcel 230 (F03-0118) (P03-0881) ($12,500) (NH) .......... 3
R 2.6 | CORAL REACH DEVELOPMENTS LTD. Block 15B Parcel 88 Rem 2 (F00-0264) (P03-0889) ($4.1 million) (RG) .......... 4
R 3.1 | WILBERT OKONJO-HAYE Block 22A Parcel 131 (RG) .......... 4
R 3.2 | SEAGRAPE PROPERTIES LTD. Block 5C Parcel 47 (NH) .......... 4
R 5.1 | FENTON ALDRIDGE Block 31C Parcel 64 (NH) .......... 4
S 14
H 1. CONFIRMATION OF MINUTES
H 1.1 Confirmation of Minutes of CPA/23/03 held on September 24, 2003
P Moved: Mr. Meade
P Seconded: Mrs. Whitlock
P Confirmed
S 6
H 2. APPLICATIONS
H 2.1 HALDEN MARSH-PRICE Block 31C Parcel 77 (F02-0311) (P03-0845) ($185,000) (NH)
P Application for a two-storey house and detached two-car garage.
I FACTS
P Location: Sandpiper Lane, Fernhill
P Zoning: Low Density Residential
P Notification result: No objectors
P Parcel size proposed: 0.31 ac. (13,504 sq. ft.)
P Building size: 2,870 sq. ft.
P Building coverage: 21.2%
P The proposal complies with the Regulations in all respects. The garage is set back 22 ft. from the road boundary.
I Decision: It was resolved to grant planning permission subject to the following conditions:
P 1) The applicant shall submit a lot grading plan to the Department of Planning before a building permit is issued.
P 2) The septic tank shall be located a minimum of 10 ft. from all boundaries.
P Reasons for the decision: The Authority is satisfied that the proposal complies with the Development Plan 1997 and the Development and Planning Regulations.
S 6
H 2.2 VELLACOTT HOLDINGS LTD. Block 12A Parcel 402 (F01-0177) (P03-0861) ($2.4 million) (RG)
P Application for a three-storey office building with 68 parking spaces.
I FACTS
P Location: Harbour Road, Port Selwyn
P Zoning: General Commercial
P Notification result: Two objectors
P Parcel size proposed: 1.02 ac.
P Building size: 31,400 sq. ft.
P Mr. Lionel Farquar, an objector, appeared and stated that the entrance on Harbour Road would back traffic up past the school crossing at peak times. He asked that the access be moved to the side road.
P Mr. Cyrus Belmont, agent for the applicant, explained that the highway authority had accepted the Harbour Road access but that his client would consider a left-in, left-out arrangement.
I Decision: It was resolved to adjourn the application for the following reason:
P To allow the applicant to submit a revised access and parking layout and for the Department to consult the highway authority on it.
S 6
H 2.3 ANNIKA &amp; TOBIAS GREVILLE Block 40E Parcel 19 (F97-0230) (P03-0870) ($36,000) (NH)
P Application for a 320 sq. ft. addition to an existing house, 4 ft. 6 in. from the side boundary where 10 ft. is required.
I FACTS
P Location: Ironwood Close, Pelican Rise
P Zoning: Low Density Residential
P Notification result: No objectors
P The adjoining owner has written in support of the setback variance.
I Decision: It was resolved to grant planning permission subject to the following condition:
P 1) No windows shall be placed in the wall facing the side boundary.
P Reasons for the decision: Pursuant to Regulation 8(11) the Authority is satisfied that there is sufficient reason to grant the setback variance, as the adjoining owner has been notified and has no objection.
S 6
H 2.4 EBRIGHT MARINE SERVICES LTD. Block 8B Parcel 55 (F99-0412) (P03-0874) ($610,000) (RG)
P Mr. Ebright declared a conflict of interest in this application and left the meeting room. Mr. Tatum took the chair.
P Application for a boat storage shed and workshop.
I FACTS
P Location: Mangrove Point Road, North Reach
P Zoning: Marine Commercial
P Notification result: One objector
P Ms. Hallett presented the application and advised that the objector's concern about night-time noise could be met by a condition on working hours.
I Decision: It was resolved to grant planning permission subject to the following conditions:
P 1) No work shall be carried out in the workshop between 7:00 p.m. and 7:00 a.m.
P 2) The shed shall be painted in a muted colour to be agreed with the Department.
P Mr. Ebright returned to the meeting room and resumed the chair.
S 6
H 2.5 LEONIE SCATTERGOOD Block 27D Parcel 230 (F03-0118) (P03-0881) ($12,500) (NH)
P Application for a 6 ft. high concrete block wall along the front boundary.
I FACTS
P Location: Frigatebird Drive, Tamarind Heights
P Zoning: Low Density Residential
P Notification result: No objectors
P The Department noted that the Authority's guidelines limit front walls to 4 ft. in this area.
I Decision: It was resolved to refuse planning permission for the following reason:
P 1) The proposed wall would be out of character with the open frontages of the area and contrary to the Authority's guidelines on front boundary walls.
S 6
H 2.6 CORAL REACH DEVELOPMENTS LTD. Block 15B Parcel 88 Rem 2 (F00-0264) (P03-0889) ($4.1 million) (RG)
P Application for 24 apartments in three buildings, after the fact for the site clearing.
I FACTS
P Location: Coral Reach, Lower Sound
P Zoning: Hotel/Tourism
P Notification result: No objectors
P Mr. Gilliam advised that the site had been cleared to the high water mark before any permission was granted and that the Department of Environment had asked for a replanting scheme.
P Mr. Bodkin asked whether a fine was available for the clearing. Mr. Quill replied that the Regulations allowed a fee of up to ten times the ordinary fee for after-the-fact work.
I Decision: It was resolved to grant planning permission subject to the following conditions:
P 1) The applicant shall submit a landscaping and coastal replanting plan for approval before a building permit is issued.
P 2) The applicant shall pay an after-the-fact fee of five times the ordinary application fee.
S 6
H 3. ENFORCEMENTS
H 3.1 WILBERT OKONJO-HAYE Block 22A Parcel 131 (RG)
P Mr. Gilliam reported that a second dwelling had been placed on the parcel without permission and that the owner had not answered two letters.
I Decision: It was resolved to authorise the Executive Secretary to serve an enforcement notice requiring the removal of the unauthorised dwelling within 60 days.
S 6
H 3.2 SEAGRAPE PROPERTIES LTD. Block 5C Parcel 47 (NH)
P Ms. Hallett reported that the unauthorised sign had been taken down and that the site had been inspected on October 3, 2003.
P The Authority noted the update.
S 6
H 4. DEVELOPMENT PLAN MATTERS
P None.
S 6
H 5. PLANNING APPEAL MATTERS
H 5.1 FENTON ALDRIDGE Block 31C Parcel 64 (NH)
P Mr. Quill advised that the Planning Appeals Tribunal had dismissed the appeal against the Authority's refusal of a fourth-storey addition. This was noted.
S 6
H 6. MATTERS FROM THE DIRECTOR OF PLANNING
H 6.1 Review of Application Fees
P Mr. Quill circulated a table comparing the present fees with those of three other jurisdictions and proposed a ten per cent increase across all categories.
P The Authority agreed to recommend the revised fee schedule to the Ministry for approval.
S 6
H 7. CPA MEMBERS INFORMATION/DISCUSSIONS
P Mrs. Whitlock raised the number of unlicensed roadside vendors on the Windward road and asked whether planning permission was required for them. Mr. Quill undertook to report at the next meeting.
S 8
P The meeting was adjourned at 12:40 p.m. on October 8, 2003, resumed at 10:00 a.m. on October 15, 2003 and adjourned at 11:55 a.m.
