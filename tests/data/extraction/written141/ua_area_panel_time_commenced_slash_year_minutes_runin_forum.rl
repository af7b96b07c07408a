@title Area Panel 3 Minutes 3 September 2003
@font Helvetica
@fontsize 10
@numcol 16
@footer {page}
HC DUNMERE CITY COUNCIL
HC AREA PANEL 3
C 3 September 2003
P Time commenced : 7.00 pm<br/>Time finished : 9.25 pm
P <b>Present:</b> Councillor Pell (Chair)<br/>Councillors Ashby, Carradine, Fenwick, Maltby and Gresley
P <b>Dunmere City Council, Constabulary and Fire and Rescue Service Officers:</b>
G Joanne Kirtley | Democratic Services Officer
G Graham Abbott | Area Panel Manager
G Sunita Stainsby | Area Panel Support Officer
G Karen Ollerenshaw | Estate Manager, Dunmere Homes
G Inspector Darren Poole | Dunmereshire Constabulary
G Owen Gell | Dunmereshire Fire and Rescue Service
P Members of the public present: 27
R 20/03 | <b>Apologies for Absence</b>
P Apologies for absence were received from Councillors Jarvis and Maddox.
R 21/03 | <b>Late Items Introduced by the Chair</b>
P No late items were introduced.
R 22/03 | <b>Declarations of Interest</b>
P Councillors Pell and Maltby declared personal and prejudicial interests in minute 28/03 (Ashgate Youth Hut) because both sit on its management committee.
R 23/03 | <b>Minutes</b>
P The minutes of the meeting of 25 June 2003 were agreed as a correct record once the following correction had been made:
P • Page 3, Bus Shelter, Parkfield Road – the shelter is to be replaced by Dunmere City Transport, not by the Council.
R 24/03 | <b>Petitions</b>
P <i>To receive any petitions submitted since the previous meeting</i>
P <u>Petition Regarding Speeding on Harcourt Road, Nethermoor Vale</u> A petition signed by 64 residents of Harcourt Road asked for traffic calming outside the junior school.
P Resolved to refer the petition to the Director of Environmental Services for a report to the next meeting.
R 25/03 | <b>Open Forum</b>
P <u>Anti-Social Behaviour at Lindale Parade</u> Mr Dennis Orme said that groups of youths had gathered outside the shops most evenings during the summer. Inspector Poole responded that the area was now part of a targeted patrol plan and asked residents to report every incident.
P <u>Grass Cutting, Chestnut Avenue</u> A resident asked why the verges had only been cut twice this year. Karen Ollerenshaw undertook to check the contract schedule and write to him.
P <u>Street Lighting, Thornbury Lane</u> Mrs Pat Keeling reported that two lamps had been out for six weeks. Graham Abbott agreed to chase the repair with the lighting contractor.
R 26/03 | <b>Police Update</b>
P Inspector Poole reported that burglary in the Panel area had fallen by 18% compared with the same quarter last year, but that thefts from vehicles had risen around the hospital car parks. Councillor Gresley asked for the figures to be broken down by ward at future meetings.
P The Panel noted the report.
R 27/03 | <b>Fire Service Update</b>
P Owen Gell reported that 212 free smoke alarms had been fitted in the area since April and that a home safety day would be held at Thornbury Library on 11 October.
R 28/03 | <b>Area Panel Funding</b>
P Having declared a prejudicial interest, Councillors Pell and Maltby left the room for this item. Councillor Fenwick took the chair.
P Sunita Stainsby presented the applications received for the Area Panel's project budget, which had £9,240 remaining for 2003/04.
P Resolved to approve the following applications:
G (a) | Ashgate Youth Hut – new heating boiler | £1,500
G (b) | Hillcrest Bowls Club – replacement mower | £640
G (c) | Nethermoor Vale Residents' Association – newsletter printing | £380
P Resolved to defer the application from Nethermoor Carnival Committee until its accounts for 2002 have been received.
R 29/03 | <b>Ward Councillors' Reports</b>
P Councillor Pell returned to the chair. Councillor Ashby reported that the Council had agreed to fund a second play area on Stanmore Fields, to be built in the spring.
R 30/03 | <b>Date of Next Meeting</b>
P Wednesday 26 November 2003 at 6.30 pm, Thornbury Community School.
