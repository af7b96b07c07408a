@title Leisure and Community Services Committee 14 March 2018 - Agenda
@fontsize 10.5
@numcol 14
@footer {page}
HC CARNMOYLE &amp; RATHLANE BOROUGH COUNCIL
C Civic Centre, Mill Street, Carnmoyle, BT99 4XY
S 8
P 7th March 2018
G <b>Chairman:</b> | Councillor B McAleenan
G <b>Vice-Chairman:</b> | Alderman W J Hazlett
G <b>Aldermen:</b> | M E Crothers and R Gilmore MBE
G <b>Councillors:</b> | S Donnelly, M Heaney, J Kells, P McCartan, A Orr, D Quinn, E Tumelty, L Vance and N Wylie
G <b>Ex Officio</b> | The Worshipful the Mayor, Councillor K Magill<br/>Deputy Mayor, Councillor F Devlin
S 6
P The Monthly Meeting of the Leisure and Community Services Committee will be held in the Ash Room, Civic Centre, Mill Street, Carnmoyle on Wednesday 14th March 2018 at 6.00pm for the transaction of business on the undernoted Agenda.
P Tea and sandwiches will be available from 5.30pm in the Members' Room.
P You are requested to attend.
S 14
P <b>G H ROBINSON</b><br/>Chief Executive<br/>Carnmoyle &amp; Rathlane Borough Council
PB
HC Agenda
S 6
R 1 | <b>APOLOGIES</b>
R 2 | <b>DECLARATION OF MEMBERS' INTERESTS:</b><br/>(i) Conflict of interest on any matter before the meeting (Members to confirm the specific item)<br/>(ii) Pecuniary and non-pecuniary interest (Member to complete the Disclosure of Interest form)
R 3 | <b>REPORT FROM DIRECTOR OF LEISURE AND COMMUNITY SERVICES</b>
R 3.1 | Summer Scheme 2018 – Programme and Charges
R 3.2 | Community Centre Opening Hours – Pilot at Rathlane Community Centre
R 3.3 | Leisure Centre Membership Review
R 3.4 | Play Park Inspection Report – Quarter 3 2017/18
R 3.5 | Request for Use of Glebe Park – Charity Fun Run, 26th May 2018
R 3.6 | Pitch Allocation Policy 2018/19
R 3.7 | Carnmoyle Marathon – Road Closure Consultation
R 3.8 | Sports Development Grants – Recommendations
R 4 | <b>REPORT FROM HEAD OF COMMUNITY DEVELOPMENT</b>
R 4.1 | Community Grants Programme 2018/19 – Recommendations
R 4.2 | Good Relations Action Plan – Quarter 3 Update
R 4.3 | Village Plans – Consultation on Draft Plans for Drumard and Crossnamoyle
R 4.4 | Dual Language Street Signs – Applications Received
R 4.5 | Carnmoyle &amp; Rathlane PCSP – Minutes of Meeting held 20th February 2018 (For Noting)
R 4.6 | Community Transport Partnership – Annual Report 2016/17 (For Noting)
R 4.7 | Age Friendly Network – Update on Membership
R 5 | <b>REPORT FROM HEAD OF ARTS AND HERITAGE</b>
R 5.1 | Museum Collections Development Policy Review
R 5.2 | Arts Grants – Round 2 2017/18
R 5.3 | European Heritage Open Days 2018
R 5.4 | Mill Street Arts Centre – Programme April to June 2018
R 6 | <b>CONFIDENTIAL REPORT FROM DIRECTOR OF LEISURE AND COMMUNITY SERVICES</b>
R 6.1 | Tender for Catering Concession – Rathlane Leisure Centre
R 6.2 | Staffing Matter – Outdoor Recreation Unit
R 6.3 | Lease of Former Pavilion, Glebe Park
R 7 | <b>ANY OTHER BUSINESS</b>
