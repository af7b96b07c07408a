@title Development Control Committee minutes 13 November 2003
@font Times-Roman
@fontsize 11
@header_first HERONMERE COUNTY COUNCIL||DC03/{page}
@header ||DC03/{page}
@pageoffset 40
@footer Development Control Committee, 13 November 2003
P <b>MINUTES</b> of the meeting of the <b>DEVELOPMENT CONTROL COMMITTEE</b> held in the Committee Room, Orchard Court, County Hall, Wendover Street, Heronmere, on Thursday, 13 November 2003 at 10.00am.
P <b>PRESENT:</b> Geoffrey Trask - Chairman of the Committee
P Maureen Pellow - Vice-Chairman of the Committee
P Alan Birtwhistle, Colin Dunnage, Patricia Fairclough, Ruth Kinnersley, Leonard Mabey, Harold Quested, Stella Rennison, Norman Stebbings and Vivienne Tulk.
P The following Councillors were unable to be present: Douglas Ablewhite and Irene Coppock. Councillor Brian Hardingham attended as a substitute for Councillor Ablewhite.
P <b>ALSO PRESENT:</b> Councillor Keith Orviss (local member, minute 5). Officers: Alan Cheverton (Head of Planning), Sandra Mowle (Principal Planning Officer, Minerals and Waste), Graham Tilney (Solicitor) and Janet Pardew (Committee Administrator).
I [Before the meeting, members of the Committee had visited the site at Cold Hollins Pit, Ashwardine Green, which is the subject of minute 5 below.]
H 1. APOLOGIES AND SUBSTITUTIONS
P Apologies for absence were received from Councillors Douglas Ablewhite and Irene Coppock. It was reported that Councillor Brian Hardingham would act as a substitute for Councillor Ablewhite for the whole of the meeting.
H 2. DECLARATIONS OF INTEREST
P Councillor Ruth Kinnersley declared a personal interest in minute 5 as a member of Ashwardine Green Parish Council, which had commented on the application. She said she had taken no part in the parish council's discussion and would consider the matter afresh.
P Councillor Leonard Mabey declared a personal and prejudicial interest in minute 7 as his son was employed by the applicant company, and he left the room while that item was considered.
H 3. MINUTES
P The minutes of the meeting held on 9 October 2003 were confirmed as a correct record and signed by the Chairman, subject to the spelling of Ashwardine Green being corrected in minute 48.
H 4. CHAIRMAN'S ANNOUNCEMENTS
P The Chairman made the following announcements:
P (i) <b>Site visits.</b> He thanked the members who had attended the site visit that morning and reminded the Committee that transport for the December visit to Marlbeck would leave County Hall at 8.45am.
P (ii) <b>Planning Officers' Society award.</b> He was pleased to report that the minerals team had been commended in the Society's regional awards for its work on the restoration of Hallowdene Quarry, and asked that the Committee's congratulations be passed on.
H 5. COLD HOLLINS PIT, ASHWARDINE GREEN: EXTENSION OF SAND AND GRAVEL EXTRACTION (APPLICATION HC/03/0412)
P The Committee considered a report on an application by Fenton Aggregates Limited to extend sand and gravel working at Cold Hollins Pit into a further 11.4 hectares of farmland to the east, with restoration to agriculture and a wetland area.
P Sandra Mowle presented the report and explained that the site was allocated in the Minerals Local Plan. She said the highway authority had raised no objection subject to a routeing agreement keeping lorries off the road through Ashwardine Green village.
P Mr Dennis Cawthorne, on behalf of the Ashwardine Green Residents' Group, spoke against the application, referring to dust from the existing workings and to the hours of operation on Saturdays. Mr Philip Osgathorpe, the applicant's agent, spoke in support.
P Councillor Keith Orviss, the local member, asked that Saturday working be limited to the morning only. Councillor Patricia Fairclough asked whether the wetland area could be handed to a conservation trust; Alan Cheverton replied that this could be secured through the legal agreement.
P It was proposed by Councillor Harold Quested and seconded by Councillor Maureen Pellow that permission be granted with Saturday working ending at 12 noon. On being put to the vote, the motion was carried by 8 votes to 3.
P <b>RESOLVED:</b> that planning permission be granted, subject to the conditions set out in the report amended to end Saturday working at 12 noon, and to the completion of a legal agreement covering lorry routeing and the long-term management of the wetland area.
H 6. BRAMBLEFORD CHURCH OF ENGLAND PRIMARY SCHOOL: TWO-CLASSROOM EXTENSION (REGULATION 3 APPLICATION HC/03/0455)
P The Committee considered a report by the Head of Planning on the County Council's own proposal to build a two-classroom extension and a covered play area at Brambleford Church of England Primary School.
P Councillor Colin Dunnage welcomed the proposal but asked that the contractor's vehicles avoid the school run. The Principal Planning Officer said a construction management condition was proposed.
P <b>RESOLVED:</b> that planning permission be granted under Regulation 3 of the Town and Country Planning General Regulations 1992, subject to the conditions set out in the report.
H 7. WASTE TRANSFER STATION, MARLBECK INDUSTRIAL ESTATE (APPLICATION HC/03/0390)
P [Councillor Leonard Mabey had left the room.]
P The Committee considered a report on an application to increase the annual throughput of the waste transfer station at Unit 14, Marlbeck Industrial Estate, from 25,000 to 40,000 tonnes.
P Councillor Stella Rennison said members could not judge the effect of the extra vehicle movements without seeing the junction with the Marlbeck bypass, and proposed that the application be deferred for a site visit. Councillor Vivienne Tulk seconded the proposal.
P <b>RESOLVED:</b> that consideration of the application be deferred to allow members to visit the site before the next meeting.
P [Councillor Leonard Mabey returned to the meeting.]
H 8. ENFORCEMENT: UNAUTHORISED SKIP HIRE OPERATION AT WATERY LANE, FROXTON
P The Committee considered a report by the Solicitor on a skip hire business operating from agricultural land at Watery Lane, Froxton, without planning permission. Graham Tilney explained that the operator had not responded to two requests to stop the use.
P <b>RESOLVED:</b> that the Solicitor be authorised to issue an enforcement notice requiring the use to cease and the skips and hardstanding to be removed within three months.
H 9. APPLICATIONS DETERMINED UNDER DELEGATED POWERS
P The Committee received a list of eleven applications determined by the Head of Planning under delegated powers since the last meeting. The list was noted.
H 10. APPEALS
P Alan Cheverton reported that the appeal against the refusal of permission for a clay extraction at Pendry Farm, Wickhollow, had been dismissed and that no costs had been awarded against the County Council.
P The report was noted.
H 11. DATE OF NEXT MEETING
P The next meeting of the Committee would be held on Thursday, 11 December 2003 at 10.00am.
P The meeting closed at 12.55pm.
S 24
P Chairman ..................................................
