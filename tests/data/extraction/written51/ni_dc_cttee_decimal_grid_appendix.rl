@title CLS Committee 12 March 2012
@font Helvetica
@fontsize 10.5
@header_first ||APPENDIX C
@header Community and Leisure Services Committee – 12 March 2012||
@footer {page}
HC GLENARRAGH DISTRICT COUNCIL
S 4
C Minutes of Proceedings of a Meeting of the
HC COMMUNITY AND LEISURE SERVICES COMMITTEE
C held in the Council Chamber, Council Offices, Market Square, Glenarragh, on Monday, 12 March, 2012 at 7.30 pm
C _______________________________________
S 6
H PRESENT:
G Presiding Chairperson: | Councillor Mrs E M Gilliland | |
G Other Members: | Councillors: | |
G  | Mrs R A Beattie | J P Cunningham | T G Devenney
G  | S McAleavey | Miss C Mulholland | D R Nesbitt
G  | P J O’Hare | W A Patterson | Mrs H Reid
G  | K Toner | |
G Apologies: | Councillors: | |
G  | M F Corrigan | Mrs A Lavery |
G In Attendance: | Director of Leisure and Community Services | |
G  | Head of Parks and Cemeteries | |
G  | Democratic Services Officer (R Crozier) | |
G  | Mr Colm Devlin, Housing Executive | |
S 8
H 1.0 APOLOGIES / OPENING ANNOUNCEMENTS
H 1.1 Apologies
P Apologies were received and accepted on behalf of Councillors M F Corrigan and Mrs A Lavery.
H 1.2 Chairperson’s Announcements
P The Chairperson, Councillor Mrs E M Gilliland, welcomed Mr Colm Devlin of the Housing Executive to the meeting and congratulated the staff of Drumgarrow Leisure Centre on retaining their quality accreditation for a further three years.
H 2.0 DECLARATIONS OF INTEREST
P Councillor W A Patterson declared an interest in item 6.0 as a member of the management committee of Carnbeg Community Association.
H 3.0 MINUTES OF PREVIOUS MEETING
P It was proposed by Councillor J P Cunningham, seconded by Councillor Mrs H Reid and RESOLVED that the Minutes of the Meeting held on 13 February 2012, copies of which had been circulated, be taken as read and signed as correct.
H 4.0 PRESENTATION – DISTRICT HOUSING PLAN 2012/13
P Mr Colm Devlin, Area Manager, presented the draft District Housing Plan for 2012/13. He reported that 214 new social homes had been started in the district in the last three years and that a further 60 were planned at Lisnagreen and Lisnavarn, subject to funding. Improvement schemes for 340 older homes would be delivered through the year.
P Councillor D R Nesbitt asked about the waiting list for single persons in Glenarragh town; Mr Devlin replied that demand for one-bedroom homes remained high and that the Housing Executive would welcome proposals from the Council on suitable sites.
P The Chairperson thanked Mr Devlin for his presentation and he left the meeting.
H 5.0 CEMETERY PROVISION – DRUMCALLOW ROAD EXTENSION
P The Head of Parks and Cemeteries reported that, at the present rate of burials, Drumcallow Road Cemetery would be full by the spring of 2014. The extension on the adjoining land, purchased in 2010, would provide about 1,200 grave spaces. Tenders for the drainage and access works had been invited.
P It was proposed by Councillor T G Devenney, seconded by Councillor S McAleavey and AGREED to recommend to Council that the Drumcallow Road extension proceed on the basis of the lowest acceptable tender, within the budget of £185,000.
H 6.0 COMMUNITY GRANTS 2012/13 – SMALL GRANTS PROGRAMME
P Councillor W A Patterson, having declared an interest, left the meeting during consideration of this item.
P The Director of Leisure and Community Services presented the assessment of 31 applications under the Small Grants Programme and recommended awards totalling £18,400 to the 23 groups listed in the report.
P It was AGREED to recommend to Council that the grants be awarded as set out in the report.
P Councillor Patterson returned to the meeting.
H 7.0 PLAYING PITCH STRATEGY – CONSULTATION DRAFT
P The Director of Leisure and Community Services presented the draft Playing Pitch Strategy, which proposed the concentration of investment at three hub sites.
P Councillor P J O’Hare proposed an amendment that the Strategy should also include the upgrading of the Carnbeg pitch to a floodlit surface. The amendment was seconded by Councillor K Toner.
P On a vote being taken, 5 Members voted in favour of the amendment and 8 against. The amendment was declared lost.
P The original recommendation, that the draft Strategy be issued for public consultation for twelve weeks, was then put to the meeting and declared carried.
H 8.0 CORRESPONDENCE
P The following correspondence was noted:
P (a) The regional sports council – timetable for the 2012-13 capital programme.
P (b) Letter from Drumgarrow Bowling Club thanking the Council for the new surround to the green.
H 9.0 ANY OTHER BUSINESS
P Councillor Miss C Mulholland raised the condition of the play park at Lisnavarn and asked that it be inspected. The Head of Parks and Cemeteries undertook to report to the next meeting.
P The meeting concluded at 9.10 pm.
