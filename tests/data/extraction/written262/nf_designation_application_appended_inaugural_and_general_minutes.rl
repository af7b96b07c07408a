@title Application to become a neighbourhood forum and neighbourhood area in Hallowmere
@font Helvetica
@fontsize 10.5
@footer P a g e {page} | 8
@numcol 14
S 60
HC Application to become a neighbourhood forum and neighbourhood area in Hallowmere
S 12
C 18 February 2021
C (Updated 6 April 2021)
S 30
C PlanBrockfield
PB
H Table of Contents
P 1. Name of the proposed neighbourhood forum ...... 3
P 2. Name of the proposed neighbourhood area to which the application relates ...... 3
P 3. Contact details ...... 3
P 4. Proposed named members and their interests ...... 3
P 5. Why we want to establish a neighbourhood forum ...... 4
P 5.1. Give residents a voice in the planning process ...... 4
P 5.2. Guide growth around the station ...... 4
P 5.3. Protect green spaces and the canal corridor ...... 4
P 6. Neighbourhood area ...... 4
P 6.1. How we defined the boundary ...... 4
P 6.2. Why we consider this area appropriate for designation ...... 4
P 7. PlanBrockfield organisation and values ...... 5
P 7.1. Purpose ...... 5
P 7.2. Governance ...... 5
P 7.3. Membership ...... 5
P 8. Appendices ...... 6
P 8.1. Proposed boundary map ...... 6
P 8.2. Constitution (summary) ...... 6
P 8.3. Minutes from the inaugural meeting of 25th of January 2020 ...... 7
P 8.4. Minutes from the general meeting of 14th of December 2020 ...... 8
PB
H 1. Name of the proposed neighbourhood forum
P The name of the proposed Neighbourhood Forum is PlanBrockfield.
H 2. Name of the proposed neighbourhood area to which the application relates
P The name of the proposed Neighbourhood Area to which the application relates is Brockfield.
H 3. Contact details
P (will be made publicly available and used as a single point of contact for the forum)
P Name: Eleanor Strickland
P Address: 7, Canal Side Terrace, Brockfield
P Email: secretary@planbrockfield.org.uk
H 4. Proposed named members and their interests
P The forum has 83 members at the date of this application. Of these, 71 live in the proposed area, 9 work there and 3 are elected members of the Council for the wards concerned. The officers are: Dr Samuel Okafor (Chair), Eleanor Strickland (Secretary), Rhys Pemberton (Treasurer) and Carmel Duggan (Membership Secretary).
PB
H 5. Why we want to establish a neighbourhood forum
H 5.1. Give residents a voice in the planning process
P Brockfield has seen more change in the last ten years than in the fifty before. Residents have told us that they hear about proposals too late to influence them. A neighbourhood plan would give local people a say before sites are allocated.
H 5.2. Guide growth around the station
P The upgrade of Brockfield station and the release of the former goods yard will bring new homes and businesses. We want growth that brings shops, a health centre and safe routes to school with it.
H 5.3. Protect green spaces and the canal corridor
P The canal towpath, Millers Meadow and the allotments at Kiln Lane are valued by residents of all ages. We want to designate them as Local Green Space.
H 6. Neighbourhood area
H 6.1. How we defined the boundary
P We began with a one mile radius of the station and adjusted it to follow roads, the railway and the canal so that no street is divided. The proposed area covers parts of two wards.
H 6.2. Why we consider this area appropriate for designation
P The area has a shared centre at the station and the parade of shops on Wharf Road, and residents identify with Brockfield as a place. It does not overlap any other designated neighbourhood area.
PB
H 7. PlanBrockfield organisation and values
H 7.1. Purpose
P PlanBrockfield exists to prepare a neighbourhood plan for Brockfield and to promote the social, economic and environmental well-being of the area.
H 7.2. Governance
P The forum is governed by its constitution (summarised at 8.2). A steering group of up to twelve members, elected at the annual general meeting, manages the forum's work between general meetings.
H 7.3. Membership
P Membership is open to anyone who lives or works in the area or is an elected member for it. Members are drawn from every street in the area and from each of the main age groups, and we continue to recruit at events and through the newsletter.
PB
H 8. Appendices
H 8.1. Proposed boundary map
P [Map: the proposed Brockfield neighbourhood area, bounded by the railway to the north, the canal to the east, Hallowmere Road to the south and Quarry Hill to the west.]
H 8.2. Constitution (summary)
P 1. The name of the forum is PlanBrockfield. 2. Its purpose is set out in section 7.1. 3. Membership is open as set out in section 7.3. 4. The forum holds an annual general meeting and at least one other general meeting each year. 5. Decisions at general meetings are taken by a simple majority of members present. 6. The constitution may be amended by a two-thirds majority at a general meeting.
PB
H 8.3. Minutes from the inaugural meeting of 25th of January 2020
P Inaugural meeting of PlanBrockfield held on Saturday 25th January 2020 at 10.30am in the hall of Brockfield Primary School.
P Present: 46 residents and business owners (sign-in sheet held by the Secretary) and Councillors Nadia Fenwick and Graham Tuckwell.
P Chair for the meeting: Dr Samuel Okafor
P 1. Welcome
P Dr Okafor welcomed everyone and thanked the school for the use of the hall. He explained that the meeting had been called by the group of residents who had met informally since the summer.
P 2. What is a neighbourhood forum?
P Eleanor Strickland gave a short presentation on neighbourhood planning, the role of a forum and the steps to designation. Councillor Fenwick said that the Council's planning officers would support the forum once designated.
P 3. Proposed boundary
P Members discussed the draft boundary. Two residents of Quarry Hill asked that the boundary take in the whole of Quarry Hill rather than splitting it at the allotments. It was agreed that the working boundary be extended to include all of Quarry Hill.
P 4. Constitution
P The draft constitution, circulated in advance, was considered clause by clause. Rhys Pemberton proposed its adoption with the amendment to clause 4 agreed at the meeting; seconded by Carmel Duggan. The constitution was adopted by 41 votes to 2, with 3 abstentions.
P 5. Election of officers
P Dr Samuel Okafor was elected Chair, Eleanor Strickland Secretary, Rhys Pemberton Treasurer and Carmel Duggan Membership Secretary, each unopposed.
P 6. Next steps
P The Secretary will draft the application for designation once the forum has at least 21 members from different parts of the area. Members were asked to bring neighbours to the next meeting.
P 7. Close
P The meeting closed at 12.20pm.
PB
H 8.4. Minutes from the general meeting of 14th of December 2020
P General meeting of PlanBrockfield held on Monday 14th December 2020 at 7.00pm by video call.
P Present: 52 members (attendance recorded by the Membership Secretary).
P Chair: Dr Samuel Okafor
P 1. Apologies
P Apologies were received from 6 members.
P 2. Minutes of the inaugural meeting
P The minutes of the meeting of 25th January 2020 were approved as a correct record.
P 3. Progress report
P The Chair reported that work had slowed during the spring because of the pandemic but that the online survey had received 412 responses. Carmel Duggan reported that membership now stood at 79.
P 4. Draft application for designation
P Eleanor Strickland presented the draft application. A member asked whether businesses on Wharf Road had been consulted; the Secretary confirmed that all 24 had been written to. It was resolved unanimously that the application be submitted to the Council in February 2021.
P 5. Treasurer's report
P Rhys Pemberton reported a balance of £1,140 including a grant of £800 from the Brockfield Community Chest. The report was received.
P 6. Any other business
P Graham Tuckwell thanked the forum for its work and offered to circulate the survey results to ward members.
P 7. Date of next meeting
P The annual general meeting will be held in May 2021, date to be confirmed.
