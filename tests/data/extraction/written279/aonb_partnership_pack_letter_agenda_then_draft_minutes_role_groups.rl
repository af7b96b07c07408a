@title Blackmoor Shore AONB Partnership Board 9 June 2015 papers
@font Helvetica
@fontsize 10
@footer Blackmoor Shore AONB Partnership Board papers – 9th June 2015||{page}
HC Blackmoor Shore AONB Partnership
C Hosted by Portmere County Council
C County Hall, Kingsway, Portmere PM1 2XD
C tel: 01632 960412   email: aonb@portmere.example   web: www.blackmoorshoreaonb.example
S 10
P June 2015
P Dear Board Member
P <b>Blackmoor Shore AONB Partnership Board Meeting, 10.00am, Tues 9th June 2015</b>
P <b>Old Rectory Barn, Kingsmere</b>
P The Old Rectory Barn is at the north end of Kingsmere village, opposite the church; parking is available in the barn yard and the number 40 bus stops at the village green. The meeting will start at 10.00am sharp, with refreshments from 9.40am. If you are unable to attend it would be helpful if you could send a briefed representative or a written update. Please send apologies to Eleanor Budden on 01632 960418.
HC AGENDA
P Welcome, introductions and apologies
R 1 | Minutes of the last meeting and matters arising
R 2 | 2-minute Partner updates
R 3 | Delivering the AONB Management Plan (information)
R 4 | Partnership Governance Review (decision)
R 5 | 2014-2015 Partnership finance report (information)
R 6 | Coast path realignment at Shingle End (information)
R 7 | Any other business
P Proposed dates of next meetings: Partnership Board: 17th or 24th November 2015; Steering Group: 6th October 2015
P If you wish to have items added to the Board meeting agenda, please send suggestions to Peter Gollop before the Steering Group date so they may be considered by that group.
PB
HC DRAFT MINUTES of the last Partnership Board meeting (20th November 2014, Wessbury Cricket Pavilion)
P <b>Present:</b> <b>Chairman:</b> Alan Furzey (also Portmere Local Nature Partnership - LNP) <b>Local Authority Members:</b> Cllr Gillian Hext (Wessbury District Council), Cllr Robert Stent (Portmere County Council) <b>Sector representatives:</b> Ruth Daubeney (National Farmers' Union - NFU), Colin Pardoe (Country Land and Business Association - CLA), Dr Imogen Salter (Portmere Wildlife Trust - PWT), Jack Treloweth (Blackmoor Shore Tourism Association) <b>AONB Team:</b> Peter Gollop (AONB Manager), Eleanor Budden (Partnership Officer, minutes)
P <b>Apologies:</b> Cllr Dennis Hawtin (Kingsmere Town Council), Natural England
R 1 | <b>Minutes of the last meeting and matters arising</b>
P The minutes of the meeting of 22nd May 2014 were agreed as a true record. Matters arising: PG confirmed that the Heritage Lottery Fund first-round bid for the Shingle End project had been submitted on 31st October.
R 2 | <b>2-minute Partner updates</b>
P RD (NFU) reported that the new basic payment scheme was causing concern among members over mapping errors. Cllr Hext reported that Wessbury District Council had adopted its local plan on 6th November. IS (PWT) reported a record count of little terns at the spit. JT said that visitor numbers at the Shingle End car park were up by nine per cent on 2013.
R 3 | <b>Delivering the AONB Management Plan [information]</b>
P PG presented the six-monthly progress report against the plan’s 42 objectives; 29 were on track. The Board noted the report.
P ACTION: PG to circulate the indicator table with the next papers.
R 4 | <b>2015-2016 budget [decision]</b>
P Cllr Stent explained that the County Council would hold its core contribution at the current level for one further year. The Board approved the 2015-16 budget as presented.
R 5 | <b>Landscape Character Assessment [information]</b>
P CP asked how the assessment would treat the grazing marshes behind the sea wall. PG replied that they would be mapped as a separate character type.
R 6 | <b>Coast path presentation</b>
P Eleanor Budden gave a presentation on the proposed realignment of the coast path at Shingle End and the results of the landowner meetings. The Chairman thanked her for a clear summary.
R 7 | <b>Any other business</b>
P AF reported that he had been asked to speak at the national AONB conference in the spring.
R 8 | <b>Date of next meeting</b>
P To be confirmed – May or June 2015.
S 6
P Meeting closed at 12.35pm.
PB
P <b>Item 4 – Partnership Governance Review</b>
P Report to: Blackmoor Shore AONB Partnership Board
P Subject: Partnership Governance Review
P Date: 26th May 2015
P Purpose: For decision
R 1 | <b>Background</b>
P The Partnership’s memorandum of agreement dates from 2004 and has not been reviewed since the County Council became sole host authority. The Steering Group asked for options to be brought to the Board.
R 2 | <b>Options</b>
P (a) retain the present Board with minor changes to membership; (b) create a smaller executive group reporting twice a year to a wider forum; (c) seek charitable status for a separate trust alongside the Partnership.
R 3 | <b>Recommendation</b>
P That the Board approves option (a) and asks the AONB Manager to prepare a revised memorandum of agreement for the November meeting.
P Peter Gollop, AONB Manager
