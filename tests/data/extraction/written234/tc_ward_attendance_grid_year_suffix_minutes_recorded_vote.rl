@title Brantingley Town Council minutes 13 March 2018
@font Helvetica
@fontsize 10
@numcol 17
@pageoffset 140
@footer Brantingley Town Council – Council Meeting 13th March 2018||Folio {page}
HC BRANTINGLEY TOWN COUNCIL
HC MINUTES OF THE COUNCIL MEETING HELD AT 7PM ON 13TH MARCH 2018 AT THE QUAKER MEETING HOUSE, NORTHGATE, BRANTINGLEY
P <b>Present:</b>
G <b>North Ward</b> | <b>West Ward</b> | <b>East Ward</b>
G Cllr H Aske<br/>Cllr N Bramley<br/>Cllr K Dacre (Deputy Mayor)<br/>Cllr P Ellerby | Cllr R Foljambe (Mayor)<br/>Cllr S Gaunt<br/>Cllr T Hustler (until 8.40pm)<br/>Cllr J Ibbotson | Cllr D Jowett<br/>Cllr M Kitching
P <b>In Attendance:</b> Irene Pickersgill (Town Clerk), City Cllr G Rawnsley, a police community support officer and 6 members of the public.
S 4
R 171-18 | <b>Public participation.</b> Three residents spoke. a) Parking at St Wilfrid's School. A resident described cars parked on the zig-zag lines at home time. Cllr Ellerby said she had raised this with the school and would ask the police to attend at 3.15pm. b) Bench on the riverside path. A resident thanked the Council for replacing the broken bench. c) Market Place planters. A resident asked who waters the planters; the Town Clerk explained that the Brantingley in Bloom volunteers do so under an agreement with the Council.
R 172-18 | <b>Police report.</b> The police community support officer reported 19 crimes in the town in February, including three shed break-ins on Beck Lane, and asked residents to mark tools with their postcode. The report was noted.
R 173-18 | <b>Apologies for absence.</b> Apologies were received and accepted from Cllr L Lumb (illness) and Cllr W Moxon (work).
R 174-18 | <b>Declarations of interest.</b> Cllr Gaunt declared a personal interest in minute 186-18 as a committee member of the Brantingley Festival. Cllr Kitching declared a personal interest in minute 189-18 as an allotment tenant.
R 175-18 | <b>Exclusion of the press and public.</b> <b>RESOLVED</b> that, in accordance with the Public Bodies (Admission to Meetings) Act 1960, the press and public be excluded for minute 196-18 as it concerns a staffing matter.
R 176-18 | <b>Minutes of the Council meeting held on 13th February 2018.</b> Proposed Cllr Dacre, seconded Cllr Jowett, all in favour. <b>RESOLVED</b> that the minutes be approved and signed by the Mayor as a correct record.
R 177-18 | <b>Minutes of the Planning Committee held on 27th February and 6th March 2018.</b> The minutes were received.
R 178-18 | <b>Minutes of the Finance and General Purposes Committee held on 20th February 2018.</b> Cllr Bramley, Chairman of the Committee, presented the minutes. <b>RESOLVED</b> that the minutes be received and the recommendation at minute 44-18 (insurance renewal with Marsh Mutual at £3,118) be adopted.
R 179-18 | <b>Mayor's report.</b> The Mayor reported on her civic engagements since the last meeting, including the opening of the new Scout hut and the Friendship Club coffee morning. The report was noted.
R 180-18 | <b>Town Clerk's report.</b> Noted.
R 181-18 | <b>City Councillor's report.</b> City Cllr Rawnsley reported that the City Council had approved the Northgate junction improvements and that work would start in July.
R 182-18 | <b>Payments.</b> Proposed Cllr Ibbotson, seconded Cllr Aske. <b>RESOLVED</b> to approve the payments in the schedule totalling £14,602.33.
R 183-18 | <b>Budget monitoring to 28th February 2018.</b> The report was received and noted.
R 184-18 | <b>Christmas lights contract 2018 to 2020.</b> Cllr Dacre moved that the three-year contract be awarded to Lumen Events at £9,850 a year, seconded by Cllr Ellerby. Cllr Hustler moved an amendment that the contract be for one year only, seconded by Cllr Gaunt. Cllr Hustler said a one-year contract would allow the new LED motifs to be tested first. The amendment was LOST (3 for, 7 against). The substantive motion was CARRIED (8 for, 2 against).
R 185-18 | <b>Town Hall roof.</b> The Town Clerk reported that two of the three contractors had quoted. Members agreed to accept the quotation from Dalesman Roofing of £4,270 for repairs to the north slope.
R 186-18 | <b>Grants.</b> Cllr Gaunt left the room. a) Brantingley Festival: <b>RESOLVED</b> to award £1,000 towards the July festival. b) 1st Brantingley Scouts: deferred to the next meeting pending receipt of the group's accounts. Cllr Gaunt returned.
R 187-18 | <b>Notice of motion – single-use plastics.</b> Cllr Jowett moved, and Cllr Kitching seconded, that the Council stops buying single-use plastic cups and cutlery for its events from 1st April 2018. Cllr Aske requested a recorded vote. For: Cllrs Aske, Dacre, Ellerby, Foljambe, Ibbotson, Jowett, Kitching. Against: Cllr Hustler. Abstained: Cllrs Bramley, Gaunt. The motion was CARRIED.
R 188-18 | <b>Neighbourhood Plan.</b> Cllr Bramley gave an update from the Steering Group; the Regulation 14 consultation will open on 3rd April. The update was noted.
R 189-18 | <b>Allotments.</b> Cllr Kitching did not take part. It was agreed to increase rents by £2 per plot from 1st October 2018.
R 190-18 | <b>Bus station toilets.</b> Cllr Hustler moved that the Council offers to take over the bus station toilets from the City Council. The motion was not seconded and fell.
S 2
P Cllr Hustler left the meeting at 8.40pm.
R 191-18 | <b>Annual Town Meeting.</b> It was agreed that the Annual Town Meeting be held on Tuesday 24th April 2018 at 7pm in the Quaker Meeting House.
R 192-18 | <b>Twinning.</b> The item was withdrawn at the request of the Brantingley Twinning Association.
R 193-18 | <b>Armistice centenary.</b> Deferred to the April meeting.
R 194-18 | <b>Reports from representatives on outside bodies.</b> Written reports from the Civic Society and the Community Transport Group were received and noted.
R 195-18 | <b>Correspondence.</b> The list of correspondence was noted.
P The press and public left the meeting.
R 196-18 | <b>Staffing.</b> Following the report of the Staffing Panel, <b>RESOLVED</b> that the Town Clerk's hours be increased to 30 per week from 1st April 2018.
R 197-18 | <b>Date of next meeting.</b> Tuesday 10th April 2018 at 7pm, Quaker Meeting House.
P The meeting closed at 9.05pm.
S 20
P Signed ............................................ Mayor    Date ........................
