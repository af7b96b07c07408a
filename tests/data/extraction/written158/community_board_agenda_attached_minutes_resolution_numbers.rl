@title Inlet Bays-Tarrant Community Board Meeting Agenda 6 June 2013
@fontsize 9
@numcol 12
@header_first  
@header Inlet Bays-Tarrant Community Board Meeting Agenda||6 June 2013
@footer Page {page}
HC Far Coast District Council
S 8
HC AGENDA
HC Inlet Bays-Tarrant Community Board Meeting
HC Thursday, 6 June 2013
G <b>Time:</b> | 10.00 am
G <b>Location:</b> | Tarrant Memorial Hall, 14 Beach Road, Tarrant
P <b>Membership:</b><br/>Member Faye Rendell - Chairperson<br/>Member Tom Kahui - Deputy Chairperson<br/>Member Dave Brill<br/>Member Sione Latu<br/>Member Lorna Keys<br/>Member Ani Paki<br/>Councillor Ian Goss
P The Local Government Act 2002 gives a community board these roles: (a) to represent and advocate for the interests of its community; (b) to consider and report on matters the council refers to it, and on any matter of interest or concern to the community board; (c) to keep an overview of the council's services in the community; (d) to prepare a yearly submission on spending in the community; (e) to communicate with community organisations and special interest groups; (f) to carry out any other responsibilities the council delegates to it.
P <b>Council Delegations to Community Boards - August 2012</b><br/>Boards decide local matters about their community's civic amenities: village greens and reserves, boat ramps and jetties, public halls, town-centre planting and seating, minor footpath works, and the naming of local reserves and private roads.
HC ORDER OF BUSINESS
P 1 Karakia Timatanga – Opening Prayer ..... 3<br/>2 Apologies and Declarations of Interest ..... 3<br/>3 Deputations ..... 3<br/>4 Confirmation of Previous Minutes ..... 3<br/>&nbsp;&nbsp;&nbsp;4.1 Confirmation of Previous Minutes ..... 3<br/>5 Reports ..... 3<br/>&nbsp;&nbsp;&nbsp;5.1 Community Board Fund Applications ..... 3<br/>&nbsp;&nbsp;&nbsp;5.2 Tarrant Wharf Toilet Block – Options and Costs ..... 3<br/>&nbsp;&nbsp;&nbsp;5.3 Inlet Bays Walkway Signage ..... 3<br/>6 Information Reports ..... 3<br/>&nbsp;&nbsp;&nbsp;6.1 Chairperson and Members Reports ..... 3<br/>&nbsp;&nbsp;&nbsp;6.2 Community Board Fund Account Balance ..... 3<br/>7 Karakia Whakamutunga – Closing Prayer ..... 3<br/>8 Meeting Close ..... 3
PB
R 1 | <b>Karakia Timatanga – Opening Prayer</b>
R 2 | <b>Apologies and Declarations of Interest</b><br/>Members should stand aside from any decision in which their role on the board conflicts with a private or outside interest. The Chair will ask for declarations at the start of the meeting.
R 3 | <b>Deputations</b><br/>No requests for deputations had been received when the agenda went to print.
R 4 | <b>Confirmation of Previous Minutes</b>
R 4.1 | <b>Confirmation of Previous Minutes</b><br/>File Number: A641220  Author: Moira Gould, Meetings Administrator  Authoriser: Owen Barclay, Democracy Services Manager<br/><b>Recommendation</b><br/>That the minutes of the Inlet Bays-Tarrant Community Board meeting held 9 May 2013 be confirmed as a true and correct record.<br/>Attachments: 1. Inlet Bays-Tarrant Community Board Minutes 9 May 2013 - A639915 (page 3)
R 5 | <b>Reports</b>
R 5.1 | <b>Community Board Fund Applications</b><br/>File Number: A642031  Author: Rangi Deane, Community Development Officer  Authoriser: Owen Barclay, Democracy Services Manager<br/><b>Recommendation</b><br/>That the Inlet Bays-Tarrant Community Board considers the applications from the Tarrant Playcentre ($2,400) and the Inlet Bays Coastcare Trust ($1,850).
R 5.2 | <b>Tarrant Wharf Toilet Block – Options and Costs</b><br/>File Number: A642117  Author: Gary Neale, Property Manager  Authoriser: Lois Tam, General Manager Infrastructure<br/><b>Recommendation</b><br/>That the Inlet Bays-Tarrant Community Board recommends Option 2, a two-cubicle unit costing $96,500, to the Infrastructure Committee.
R 5.3 | <b>Inlet Bays Walkway Signage</b><br/>File Number: A642250  Author: Rangi Deane, Community Development Officer  Authoriser: Owen Barclay, Democracy Services Manager<br/><b>Recommendation</b><br/>That the Inlet Bays-Tarrant Community Board approves the sign wording in Attachment 1.
R 6 | <b>Information Reports</b>
R 6.1 | <b>Chairperson and Members Reports</b><br/><b>Recommendation</b><br/>That the Inlet Bays-Tarrant Community Board notes the reports from the Chairperson and members.
R 6.2 | <b>Community Board Fund Account Balance</b><br/><b>Recommendation</b><br/>That the Inlet Bays-Tarrant Community Board notes the fund balance of $11,920 at 31 May 2013.
R 7 | <b>Karakia Whakamutunga – Closing Prayer</b>
R 8 | <b>Meeting Close</b>
PB
HC MINUTES OF INLET BAYS-TARRANT COMMUNITY BOARD MEETING
C HELD AT THE TARRANT MEMORIAL HALL, 14 BEACH ROAD, TARRANT ON THURSDAY, 9 MAY 2013 AT 10.00 AM
P <b>PRESENT:</b> Member Faye Rendell (Chair), Member Tom Kahui (Deputy Chair), Member Dave Brill, Member Sione Latu, Member Lorna Keys, Councillor Ian Goss. <b>STAFF PRESENT:</b> Moira Gould (Meetings Administrator), Gary Neale (Property Manager).
R 1 | <b>KARAKIA TIMATANGA – OPENING PRAYER</b><br/>Member Kahui opened the meeting with a karakia.
R 2 | <b>APOLOGIES AND DECLARATIONS OF INTEREST</b><br/>RESOLUTION 2013/21  Moved: Member Keys  Seconded: Member Brill<br/>That the apology received from Member Ani Paki be accepted and leave of absence granted.<br/>CARRIED<br/>Member Latu declared an interest in item 5.1 as a trustee of the Tarrant Bowling Club.
R 3 | <b>DEPUTATIONS</b><br/>Phil Marten, president of the Tarrant Bowling Club, spoke in support of the club's fund application for new boundary fencing.
R 4 | <b>CONFIRMATION OF PREVIOUS MINUTES</b>
R 4.1 | <b>Confirmation of Previous Minutes</b><br/>Agenda item 4.1 document number A636402, pages 5 - 11 refers.<br/>RESOLUTION 2013/22  Moved: Member Rendell  Seconded: Member Keys<br/>That the minutes of the Inlet Bays-Tarrant Community Board meeting held 4 April 2013 be confirmed as a true and correct record.<br/>CARRIED
R 5 | <b>REPORTS</b>
R 5.1 | <b>Community Board Fund Applications</b><br/>Member Latu left the room for this item.<br/>RESOLUTION 2013/23  Moved: Member Brill  Seconded: Member Kahui<br/>That the Inlet Bays-Tarrant Community Board grants $1,500 to the Tarrant Bowling Club towards boundary fencing.<br/>CARRIED
R 5.2 | <b>Tarrant Wharf Toilet Block</b><br/>Gary Neale explained that the existing block cannot be repaired. Member Brill asked whether a single accessible cubicle would be enough. The Board agreed to ask staff to bring options and costs for a two-cubicle unit to the June meeting.
R 5.3 | <b>Inlet Bays Walkway Signage</b><br/>This item was deferred to the June meeting at the request of staff.
R 6 | <b>INFORMATION REPORTS</b>
R 6.1 | <b>Chairperson and Members Reports</b><br/>Member Rendell reported on the district-wide community boards forum. Councillor Goss reported on the draft Annual Plan hearings.<br/>RESOLUTION 2013/24  Moved: Member Latu  Seconded: Councillor Goss<br/>That the reports from the Chairperson and members be noted.<br/>CARRIED
R 6.2 | <b>Community Board Fund Account Balance</b><br/>The Board noted the fund account balance of $13,420 at 30 April 2013.
R 7 | <b>KARAKIA WHAKAMUTUNGA – CLOSING PRAYER</b><br/>Member Kahui closed the meeting with a karakia.
R 8 | <b>MEETING CLOSE</b><br/>The meeting closed at 11.48 am.
P The minutes of this meeting will be confirmed at the Inlet Bays-Tarrant Community Board Meeting to be held on 6 June 2013.<br/>................................................... CHAIRPERSON
