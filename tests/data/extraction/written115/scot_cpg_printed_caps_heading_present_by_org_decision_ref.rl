@title Minutes ALTI CPG 10 June 2015
@font Times-Roman
@fontsize 11
@footer {page}
HC MINUTES of MEETING of ARDMHOR, LOCH TARRA &amp; THE ISLES COMMUNITY PLANNING GROUP held in the STATION HALL, ARDMHOR on WEDNESDAY, 10 JUNE 2015
S 6
G <b>Present:</b> | Councillor Lachlan Stroyan (Chair)
G | Councillor Elspeth Rankine
G | Councillor Hamish MacInnes
S 4
G <b>Attending:</b> | Iona Blackwood, Kintra Council
G | Fergus Ogilvie, Kintra Council
G | Shona MacAskill, Kintra Council
G | Station Manager Calum Brodie, Scottish Fire and Rescue Service
G | Inspector Gail Rennie, Police Scotland
G | Eilidh Fraser, NHS Health Improvement
G | Morven Tulloch, Ardmhor Voluntary Action
G | Alec Murchie, Ardmhor Community Council
G | Dolina Macrae, Port Sgiath Community Council
G | Niall Gillies, Achnafearn Community Council
S 8
H 1. WELCOME AND APOLOGIES
P Apologies were intimated on behalf of:
P Councillor Iain Ferguson, Ann Sutherland (Ardmhor Community Council), Marion Bell (Loch Tarra Development Trust) and Donald Kerr (NHS Health Improvement).
P As two presenters had to leave for the afternoon ferry, the Group agreed on the Chair's suggestion to take item 4 before item 3.
H 2. DECLARATIONS OF INTEREST
P None.
H 3. MINUTES
H (a) ARDMHOR, LOCH TARRA AND THE ISLES COMMUNITY PLANNING GROUP - 11 MARCH 2015
P The Group approved the Minutes of its meeting on 11th March 2015 as a correct record.
H (b) KINTRA COMMUNITY PLANNING PARTNERSHIP MANAGEMENT COMMITTEE - 22 APRIL 2015
P The Management Committee's Minutes of 22nd April 2015 were noted.
H 4. SCOTTISH FIRE AND RESCUE SERVICE - LOCAL FIRE PLAN
P Station Manager Calum Brodie gave a presentation on the local fire and rescue plan for the Ardmhor, Loch Tarra and the Isles area, covering home fire safety visits, the recruitment of retained firefighters on the islands and the reduction in deliberate grass fires. Alec Murchie asked whether the retained crew at Port Sgiath would be kept at full strength; Station Manager Brodie said that two new firefighters would start in August.
I Decision
P The Group noted the presentation, and the Chair thanked Station Manager Brodie.
P (Ref: Presentation by Scottish Fire and Rescue Service dated 10th June 2015)
H 5. ARDMHOR HEALTH AND WELLBEING NETWORK
P Eilidh Fraser reported on the work of the Network, which had given eleven small grants in the year to groups running walking, cooking and befriending projects. Councillor Rankine asked that the next round be advertised on the islands as well as in Ardmhor.
I Decision
P The Group agreed to continue to support the Network and to ask community councils to publicise the next round of small grants.
P (Ref: Report by Health Improvement Officer dated 1st June 2015)
H 6. AREA COMMUNITY PLAN - REVIEW OF OUTCOMES
P Iona Blackwood, Community Planning Officer, introduced a report reviewing progress on the six outcomes in the Area Community Plan. She explained that two outcomes, on transport and on affordable housing, were behind target. Dolina Macrae said that the islands' transport problems came mainly from the winter ferry timetable.
I Decision
P The Group agreed:
P (a) to note the progress made on the Area Community Plan; and
P (b) that a short-life working group be set up to look at island transport, with a report to the September meeting.
P (Ref: Report by Community Planning Officer dated 29th May 2015)
H 7. POLICE SCOTLAND - LOCAL POLICING PLAN 2014-17
P Inspector Gail Rennie reported on the quarterly figures for the area. Road traffic collisions had fallen, but there had been a rise in thefts from holiday lets. Niall Gillies asked for more visible patrols at Achnafearn in the summer; Inspector Rennie said that she would look at this.
I Decision
P The Group noted the report.
H 8. THIRD SECTOR UPDATE
P Morven Tulloch gave an update on the work of Ardmhor Voluntary Action, including the volunteer driver scheme and a new funding advice surgery held monthly in the Station Hall.
I Decision
P The Group noted the update.
H 9. ANY OTHER COMPETENT BUSINESS
P Dolina Macrae raised the lack of public toilets at the Port Sgiath slipway. Councillor MacInnes undertook to raise the matter with the council's Roads and Amenity Services.
H 10. DATE OF NEXT MEETING
P Wednesday 9 September 2015 at 10.30 am in the Station Hall, Ardmhor.
