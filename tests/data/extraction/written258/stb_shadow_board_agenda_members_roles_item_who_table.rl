@title Transport for Sedgewold Shadow Partnership Board Agenda 4 October 2017
@font Helvetica
@fontsize 10
@header_first Sub-National Transport Body
@header Transport for Sedgewold Shadow Partnership Board - 4 October 2017
@footer Page {page}
HC Transport for Sedgewold
HC Shadow Partnership Board
HC Agenda
C Wednesday, 4 October 2017, 10:00 – 13:00
C Marlstone Court Hotel, Station Approach, Pellingford PG4 7RW
S 6
H Shadow Partnership Board Members
P Cllr Rosamund Teague, Leader, Sedgewold County Council (Chair)
P Cllr Anselm Pryke, Cabinet Member for Highways and Transport, Harnmouth City Council
P Cllr Delphine Orr, Deputy Leader, Castle Ambry Borough Council (representing the Wealdside Local Transport Body)
P Cllr Tristram Fane, Executive Member for Environment and Transport, Lowbarrow County Council
P Cllr Mirela Gaskin, Chair of the Transport and Sustainability Committee, Saltmarsh and Dene City Council
P Cllr Godfrey Inchbald, Cabinet Member for Infrastructure, Isle of Corran Council
P Cllr Patience Rudd, Portfolio Holder for Front Line Services, Medbury Council
P Cllr Warwick Hesketh, Leader, Teale Valley District Council (representing district and borough authorities)
P Ottilie Vance, Chair, Downland Fringe National Park (representing protected landscapes)
P Roderick Pym, Sedgewold Coast Local Enterprise Partnership
P Hugh Penhallow, Interim Chair, Sedgewold Transport Forum
H Apologies
P Cllr Leonard Abbs, Leader, Medbury Council
P Naomi Trethewey, Route Managing Director, Network Rail (South Wessex)
P Sgt Colm Reddy, British Transport Police
H Observers
P Alasdair Munro-Keel, Deputy Director, Regional Strategies, Department for Transport
P Priya Vellacott, Roads Investment Strategy team, Highways England
S 4
I The venue location is: Marlstone Court Hotel, Station Approach, Pellingford PG4 7RW. Parking is limited; members are asked to use the station car park.
S 6
TH Item |  | Who
T 1 | Welcome and Apologies | Cllr Rosamund Teague
T 2 | Minutes of the last meeting and matters arising | Cllr Rosamund Teague
T 3 | Transport Strategy – outcome of the first stage of engagement | Marcus Elphick, Programme Manager
T 4 | Proposal to Government for statutory status – draft for approval | Fenella Crake, Lead Officer
T 5 | Major Road Network – regional evidence base | Dominic Ashworth-Reeve, Highways Lead
T 6 | Rail Studies: Coast Line and Downs Corridor | Oona Blakiston, Rail Lead
T 7 | Communications and Stakeholder Engagement Plan | Marcus Elphick, Programme Manager
T 8 | Transport Forum Update | Hugh Penhallow
T 9 | Finance Update and Budget Forecast 2017/18 | Fenella Crake, Lead Officer
T 10 | Any Other Business | Cllr Rosamund Teague
T 11 | Date of next meeting: Wednesday 13 December 2017, 10:00 – 13:00, Pellingford | Cllr Rosamund Teague
S 6
I Papers for items 3 to 9 are attached. Item 4 includes the draft Proposal document as Annex A.
