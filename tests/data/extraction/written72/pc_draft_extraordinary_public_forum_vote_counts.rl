@title CGPC draft minutes 19 Jan
@font Times-Roman
@fontsize 11
@header CGPC draft minutes 19 Jan||
@footer Page {page}
P <b>DRAFT Minutes of the Extraordinary Meeting of Cratley Green Parish Council held in the Jubilee Hall, Cratley Green on Tuesday 19 January 1999 at 7.30pm</b>
P <b>Present:</b> Prue Langridge (Chairman); Garry Holloway; Peter Quarmby; Caroline Ashcombe; Philip Vardy; Judy Kettering; Warren Tebbit; Malcolm Greatorex; Ian Mabey; Nick Harwood; Peter Coggins; Keith Brampton
P <b>In Attendance:</b> District Cllr Marilyn Seabrook; Carol A Pinder (Clerk)
P 31 members of the public
P <b>PUBLIC FORUM:</b> one resident stated that people in the village were generally not against development but were concerned at the School Lane site being used. Mr Arthur Denny, who lives near the school, was concerned at the traffic that would pass the school gates and felt an alternative entrance from Crawfield Road should be created. Another resident asked for more detail of the houses proposed, as there were local people interested in buying. Mrs Joan Pettit said that the copse at the north end of the site should be kept and asked whether an ecological survey had been done; the Chairman replied that a survey had been commissioned by the applicant and would be sent to the District Council when complete.
H 1. APOLOGIES
P Received from Eric Dunstan (work commitment).
H 2. DECLARATIONS OF INTEREST
P Philip Vardy declared a personal interest in item 3 as the owner of land adjoining the site. He remained in the room but did not vote.
H 3. PLANNING APPLICATION 1998/2214 – LAND OFF SCHOOL LANE – ERECTION OF 14 DWELLINGS, NEW CHAPEL AND CAR PARK
P The Chairman introduced the application, which had been called in to the District Council's Development Control Committee. Malcolm Greatorex said the car park would relieve congestion outside the school at the start and end of the day, and that the proposed footpath would give a safe route to the surgery. Nick Harwood said the site lay outside the village envelope in the Local Plan and that the loss of the copse could not be justified. Caroline Ashcombe asked whether the chapel would be available to the whole village; District Cllr Seabrook said this would be covered by a legal agreement.
P Proposed Judy Kettering, seconded Warren Tebbit, that the Parish Council objects to the application because the site is outside the village envelope, the access past the school is unsafe and the copse would be lost.
P Voting: 7 in favour, 3 against, 1 abstention. <b>Carried.</b>
H 4. OTHER PLANNING APPLICATIONS
P a) 1998/2301 – Red House Farm, Laxley Road – stable block and manège. The Council supports the application.
P b) 1999/0012 – 2 Church Cottages – replacement windows (listed building consent). No objection.
P c) 1999/0031 – The Forge, The Street – change of use from workshop to café. The Council supports the application but asks for a condition limiting opening hours to 8am–6pm.
P All agreed. The Clerk to forward the comments to the District Council.
H 5. TREE PRESERVATION ORDER – CVDC TPO 3/98, THE GREEN
P Peter Coggins explained that the provisional Order protected the two horse chestnuts and the lime on The Green, which were owned by the Parish Council. The Council supports confirmation of the Order. Agreed unanimously.
H 6. HIGHWAYS – PROPOSED 30MPH LIMIT ON STRADLEY ROAD
P District Cllr Seabrook reported that the County Council would consult on extending the 30mph limit on Stradley Road past the new houses. Keith Brampton proposed that the Parish Council ask instead for a 40mph buffer zone before the 30mph limit; seconded Garry Holloway.
P On a vote the motion was lost (4 in favour, 6 against). The Council's response will be settled at the February meeting.
H 7. DATE OF NEXT MEETING
P Tuesday 2 February 1999 (ordinary meeting) at 7.30pm in the Jubilee Hall.
S 10
P The meeting closed at 9.15pm.
