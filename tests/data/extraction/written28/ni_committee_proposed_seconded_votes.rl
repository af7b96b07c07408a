@title EP/03/24 Environment and Place Committee
@font Helvetica
@fontsize 10.5
@header_first  
@header {page}          EP/03/24
@footer  
HC LOUGH SHANE AND MOURNEVIEW DISTRICT COUNCIL
HC EP/03/24
P Minutes of the Environment and Place Committee Meeting held on Monday, 4 March 2024 at 7.00 pm in the Council Chamber, Shane House, 12-20 Market Street, Ballyshane and via remote access
G <b>In the Chair:</b> | Ald J Stirling, Committee Chair
G <b>Vice Chair:</b> | Cllr Mrs K McAllister
G <b>Present:</b> | Ald R Dunlop  Ald Mrs E Coyle  Cllr S Agnew  Cllr C Gribben  Cllr D Hamill  Cllr B Lynas  Cllr T O’Kane  Cllr J Rankin  Cllr Ms A Weir  Cllr M Young (remote)  Cllr P Devenney (remote)  Cllr L Quigg  Cllr F Mulgrew
G <b>In Attendance:</b> | Mr D Kerrigan, Director of Environment; Ms R Maguire, Head of Environmental Health; Mr P Close, Parks and Countryside Manager; Mrs L Moore, Committee Administrator
G <b>Press:</b> | One representative of the press was in attendance.
P The Chair welcomed Members to the meeting and reminded those attending remotely that the meeting was being audio recorded.
H 1   APOLOGIES
P Apologies were recorded for Alderman Devlin and Councillor Mrs Kerr.
H 2   DECLARATIONS OF INTEREST
P Councillor Agnew declared an interest in Item 4.3 as a member of Lough Shane Angling Club.
H 3   MINUTES OF PREVIOUS MEETING
P The Minutes of the Environment and Place Committee meeting held on Monday 5 February 2024 were taken as read and signed as correct.
H 4   ITEMS FOR DECISION
H 4.1   Dog Control Orders – Outcome of Public Consultation
P The Head of Environmental Health presented the report, which had been circulated, summarising the 412 responses to the consultation on the proposed Dog Control Orders for the district’s beaches and play parks.
P An amendment was proposed by Councillor McAllister and seconded by Councillor Gribben that dogs be permitted on Rathmore beach between 1 October and 30 April. On being put to the vote, 5 Members voted in favour and 9 against and the amendment was declared lost.
P Proposed by Councillor Agnew
P Seconded by Alderman Coyle and
P AGREED that the Dog Control Orders be made as set out in Appendix 2 to the report, to come into effect on 1 June 2024.
H 4.2   Household Recycling Centres – Winter Opening Hours
P The Director of Environment advised that retaining the present winter opening hours at Ballyshane and Mourneview recycling centres would cost £38,000 a year more than the reduced hours proposed in the report.
P Councillor Rankin said that shorter hours would lead to more fly-tipping in rural areas.
P Proposed by Councillor Rankin
P Seconded by Councillor Hamill
P that the present winter opening hours be retained at both centres.
P On a vote being taken, 9 Members voted in favour and 5 against and the proposal was declared carried.
H 4.3   Riverside Walk – Request from Lough Shane Angling Club for Vehicle Access
P Having declared an interest, Councillor Agnew left the meeting during consideration of this item.
P The Parks and Countryside Manager reported that the Club had asked for vehicle access along the Riverside Walk to its new fishing stands, and that officers did not recommend it because of the use of the path by families and wheelchair users.
P Proposed by Councillor O’Kane
P Seconded by Councillor Lynas
P that vehicle access be granted on a trial basis for the 2024 season.
P On being put to the vote, 4 Members voted in favour and 10 against and the proposal was declared lost.
P Councillor Agnew returned to the meeting.
H 5   ITEMS FOR NOTING
H 5.1   Environmental Health Service – Quarterly Performance Report
P The Head of Environmental Health presented the report for October to December 2023. In response to a question from Councillor Weir, she advised that the number of noise complaints had risen by 18% compared with the same quarter in 2022.
P Members noted the report.
H 5.2   Correspondence from the Department for Infrastructure – Road Verge Cutting
P Correspondence advising that the Department would reduce the number of rural verge cuts from three to two in 2024 was NOTED.
H 6   TENDER FOR STREET CLEANSING VEHICLES (IN CONFIDENCE)
P Proposed by Councillor Hamill
P Seconded by Alderman Dunlop and
P AGREED that the Committee move ‘In Committee’.
P The Director of Environment presented the tender evaluation report.
P Proposed by Councillor Young
P Seconded by Councillor Mulgrew and
P AGREED that the tender for the supply of two compact street sweepers be awarded to the most economically advantageous tenderer as set out in the report.
P Proposed by Councillor Quigg
P Seconded by Councillor Devenney and
P AGREED that the Committee move out of ‘In Committee’.
H 7   ANY OTHER RELEVANT BUSINESS
P Councillor Gribben raised the dumping of tyres on the Carnreagh Road. The Director of Environment undertook to arrange their removal.
P There being no further business the Environment and Place Committee meeting concluded at 8.41 pm.
S 30
P ______________________ Chair
