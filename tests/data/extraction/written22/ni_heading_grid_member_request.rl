@title ESC 4 March 2024
@font Helvetica
@fontsize 10
@footer {page} Environmental Services Committee – 4 March 2024
HC SLIEVEMORE AND ERNE DISTRICT COUNCIL
G <b>Minutes of Meeting of:</b> | Environmental Services Committee
G <b>Date and Time:</b> | Monday 4 March 2024 at 7.00 pm
G <b>Location:</b> | Council Chamber, The Courthouse, Belcoo Road, Derrylin
G <b>Chairman:</b> | Councillor Fergal McCusker
G <b>Vice Chairman:</b> | Councillor Ruth Galbraith
G <b>Present:</b> | Councillors: Niall Corrigan; Diana Rafferty; Trevor Armstrong; Colm Maguire; Eimear Slevin; Raymond Lendrum; Patricia Keown; Brendan Cassidy; Jillian Moffett; Seamus Quinn
G <b>In Attendance:</b> | Director of Environment and Place; Head of Waste and Fleet Services; Head of Technical Services; Democratic Services Officer
G <b>Apologies:</b> | Councillors: Anne Breen; Victor Elliott
S 6
P <b>Member's Request</b>
P A Member requested latitude from the Chairman to raise the recent flooding on the Tempo Road at Drumskew. Councillor Corrigan stated that three households had been cut off for two days and asked that the Council write to DfI Roads seeking an urgent inspection of the culvert. Councillor Moffett supported the request and added that the same culvert had failed in 2020.
P It was agreed that the Council write to DfI Roads requesting an inspection and a timetable for repair.
P <b>ES18/2024 Apologies</b>
P As recorded above.
P <b>ES19/2024 Declarations of Interest</b>
P The Chairman reminded Members of their responsibility to declare any pecuniary or non-pecuniary interests. Councillor Keown declared a non-pecuniary interest in Item ES23/2024 as a member of the Derrylin Community Association.
P <b>ES20/2024 Minutes of Environmental Services Committee Meeting held on Monday 5 February 2024</b>
P Proposed: Councillor Maguire<br/>Seconded: Councillor Slevin<br/>and<br/>RESOLVED: That the Minutes of the Environmental Services Committee Meeting held on 5 February 2024 be confirmed and signed.
P <b>ES21/2024 Deputation – NI Water: Wastewater Capacity in Rural Settlements</b>
P The Chairman welcomed Ms Orla Keenan, Regional Manager, and Mr Kieran Devlin, Capital Delivery Lead, NI Water, to the meeting.
P Ms Keenan gave a presentation on the wastewater treatment works serving the district, highlighting that eleven of the thirty-four works were at or near capacity and that this was restricting new connections in Derrylin, Kinawley and Belcoo.
P Members raised the following points in discussion:
P • Councillor Rafferty asked whether the Kinawley works was included in the next price control period; Mr Devlin replied that it was listed as a priority but that funding had not yet been confirmed;<br/>• Councillor Lendrum said that housing schemes with planning approval could not proceed and this was affecting young families;<br/>• Councillor Quinn asked that NI Water return in twelve months with an update.
P The Chairman thanked Ms Keenan and Mr Devlin for their attendance and they left the meeting at 7.42 pm.
P The Committee noted the presentation.
P <b>ES22/2024 Review of Kerbside Glass Collection Service</b>
P Read: Report by the Head of Waste and Fleet Services, previously circulated, setting out three options for the collection of glass from households following the end of the current contract on 30 June 2024.
P The Head of Waste and Fleet Services said Option B, a separate four-weekly glass box, was recommended as it offered the best recycling performance within the existing budget.
P Councillor Armstrong said rural residents found the boxes difficult to carry to the road and proposed Option A, retaining the bring banks only. Councillor Galbraith seconded.
P Councillor Cassidy proposed Option B as recommended, seconded by Councillor Slevin.
P The Chairman put the proposal by Councillor Armstrong to the Committee and a recorded vote was requested:
T <b>For (4)</b> | <b>Against (8)</b> | <b>Abstain (1)</b>
T Councillors Armstrong, Galbraith, Lendrum and Moffett | Councillors Cassidy, Corrigan, Keown, Maguire, McCusker, Quinn, Rafferty and Slevin | Councillor Breen
P The Chairman declared the proposal lost. The proposal by Councillor Cassidy was then put and the Chairman declared it carried, there being 9 votes for and 4 against.
P RESOLVED: That Option B, a four-weekly kerbside glass collection, be introduced from 1 July 2024.
P <b>ES23/2024 Derrylin Village Public Toilets</b>
P The Head of Technical Services reported that the public toilets at the Diamond, Derrylin, had been vandalised four times in the past year and that refurbishment was estimated at £46,000.
P Councillor Keown, having declared an interest, left the meeting for this item.
P Councillor Maguire proposed that the facility be refurbished and fitted with an automatic locking system. The proposal was not seconded.
P Councillor Rafferty proposed, seconded by Councillor Quinn, that the Council consult the community association on a community-managed arrangement before any capital spend. It was agreed to consult with the community association and bring a further report to the May meeting.
P Councillor Keown rejoined the meeting.
P <b>ES24/2024 Dog Control Orders – Consultation Responses</b>
P Read: Report by the Director of Environment and Place, previously circulated, summarising the 212 responses to the consultation on extending dog exclusion areas to all fenced play parks.
P Councillor Galbraith asked whether the Lakeside Greenway could be added. The Director advised that a separate consultation would be required.
P Proposed: Councillor Galbraith<br/>Seconded: Councillor Corrigan<br/>and<br/>RESOLVED: That the Dog Control Orders be made as set out in Appendix 1 to the report.
P <b>ES25/2024 Consultations and Correspondence</b>
P Read: Schedule of consultations and correspondence, previously circulated.
P Noted.
P <b>ES26/2024 Any Other Business</b>
P Councillor Moffett raised the condition of the Ballyconnell Road bring bank site. The Head of Waste and Fleet Services undertook to arrange a clean-up.
P <b>Confidential Business</b>
P Proposed: Councillor Slevin<br/>Seconded: Councillor Maguire<br/>and resolved that the Committee move into closed session.
P The meeting closed at 9.05 pm.
