@title Annual Meeting 6th June 2008
@font Times-Roman
@fontsize 11
@footer Kilcarran County Council – Annual Meeting 6th June 2008||Page {page}
HC KILCARRAN COUNTY COUNCIL
HC Annual Meeting
C 6th June 2008, Council Chamber
P In the Chair: An Cathaoirleach, Councillor Declan Furlong.
H Members Present
P Councillors Aoife Brennock, Michael Corkery, Pádraig Costigan, Liam Cussen, Colm Devereux, Declan Furlong, Catherine Furey, Maura Geoghegan, Martin Grealish, Niamh Hartigan, Joe Hegarty, Tomás Kinsella, Seán Lalor, Rose Madigan, Siobhán Moriarty, Breda Mullarkey, Gerard Mulvihill, Gerry Nagle, Orla Nyhan, Fergal Ó Dálaigh, Kevin Prendiville, Donal Ryce, Brian Scallan, Eamon Tierney, Noel Touhey, Ann Whelehan.
H Officials in Attendance
P County Manager: Ciarán Woulfe<br/>Directors: Hugh Brannigan, Patricia Lally, Owen Mac Giolla Rua, Sinéad Corr (A)<br/>Head of Finance: Maurice Fennelly<br/>Senior Executive Officers: Jim Doherty, Ursula Keane<br/>Meetings Administrator: Bernadette Cronly
H Apologies
P Councillors Nuala Breen, Pat Hession, Dermot Kiely
H 1.0 Election of Cathaoirleach
P Councillor Eamon Tierney was proposed by Councillor Noel Touhey and seconded by Councillor Orla Nyhan
P Councillor Gerard Mulvihill was proposed by Councillor Aoife Brennock and seconded by Councillor Liam Cussen
P The nominations were put to a roll-call vote, with the following result:
P <u>For Councillor Eamon Tierney</u>
P Councillors N. Touhey, O. Nyhan, E. Tierney, S. Moriarty, B. Scallan, M. Grealish, C. Devereux, N. Hartigan, F. Ó Dálaigh, M. Geoghegan, R. Madigan, K. Prendiville, M. Corkery, D. Furlong, G. Nagle: Total: 15
P <u>For Councillor Gerard Mulvihill</u>
P Councillors G. Mulvihill, A. Brennock, L. Cussen, T. Kinsella, S. Lalor, J. Hegarty, B. Mullarkey, A. Whelehan, C. Furey: Total: 9
P <u>Abstained</u>
P Councillors P. Costigan, D. Ryce: Total: 2
P <u>Absent</u>
P Councillors N. Breen, P. Hession, D. Kiely: Total: 3
P Having received a majority of the votes cast, Councillor Eamon Tierney was declared elected Cathaoirleach by the outgoing Cathaoirleach, and took the chair at 3.20 p.m.
P In his address Councillor Tierney thanked the members who had nominated him and named his priorities for the year, above all the Kilcarran inner relief road and the group water schemes in the west of the county.
P The County Manager offered the good wishes of the staff and promised the new Cathaoirleach their full support.
P Councillors Mulvihill, Moriarty and Kinsella also congratulated Councillor Tierney on behalf of their groups.
H 2.0 Election of Leas-Chathaoirleach
P Councillor Siobhán Moriarty was proposed by Councillor Brian Scallan and seconded by Councillor Martin Grealish. There being no other nominations, the Cathaoirleach declared Councillor Moriarty elected Leas-Chathaoirleach for the ensuing year. Councillor Moriarty thanked the members for their support.
H 3.0 Vote of Thanks to the Outgoing Cathaoirleach
P Councillor Colm Devereux proposed a vote of thanks to Councillor Declan Furlong for the fair manner in which he had chaired the meetings of the Council during his year in office, and this was seconded by Councillor Niamh Hartigan. The vote of thanks was passed by acclamation.
P Councillor Furlong replied and thanked the members, the County Manager and the staff for their courtesy and help during his term.
H 4.0 Appointment of Members to Strategic Policy Committees
P The list of nominations received from the groups for the four Strategic Policy Committees had been circulated. On the proposal of Councillor Fergal Ó Dálaigh, seconded by Councillor Maura Geoghegan, it was agreed that the members be appointed as follows:
P Economic Development and Planning SPC: Councillors Brennock, Devereux, Kinsella, Nagle, Ryce<br/>Housing, Social and Cultural SPC: Councillors Furey, Hartigan, Madigan, Mullarkey, Touhey<br/>Transportation and Infrastructure SPC: Councillors Corkery, Cussen, Grealish, Lalor, Prendiville<br/>Environment and Water Services SPC: Councillors Costigan, Geoghegan, Hegarty, Nyhan, Whelehan
H 5.0 Appointments to Outside Bodies
H 5.1 Western Lakes Regional Authority
P Two members were to be appointed. Councillor Tomás Kinsella was proposed by Councillor Joe Hegarty and seconded by Councillor Ann Whelehan. Councillor Seán Lalor was proposed by Councillor Michael Corkery and seconded by Councillor Gerry Nagle. Councillor Pádraig Costigan was proposed by Councillor Donal Ryce and seconded by Councillor Catherine Furey.
P A roll-call vote was taken, with the following result: For Councillor Kinsella: 16; For Councillor Lalor: 14; For Councillor Costigan: 11. The Cathaoirleach declared Councillors Kinsella and Lalor appointed.
H 5.2 County Kilcarran Vocational Education Committee
P Councillors Maura Geoghegan, Colm Devereux and Ann Whelehan were proposed by Councillor Niamh Hartigan and seconded by Councillor Pádraig Costigan. There being no other nominations, this was agreed.
H 5.3 Joint Policing Committee
P The Meetings Administrator advised that revised guidelines on the membership of Joint Policing Committees were expected from the Department within weeks. The appointments were deferred to the July meeting pending the guidelines.
H 5.4 Local Authority Members' Association
P Councillor Donal Ryce was nominated by Councillor Brian Scallan, seconded by Councillor Rose Madigan, and this was agreed.
H 6.0 Schedule of Meetings 2008/2009
P The schedule of monthly meetings for 2008/2009, which had been circulated, was adopted on the proposal of Councillor Gerry Nagle, seconded by Councillor Michael Corkery.
H 7.0 Standing Orders – Time of Monthly Meetings
P Councillor Rose Madigan proposed that monthly meetings begin at 6.00 p.m. rather than 2.00 p.m. so that members in full-time employment could attend, and this was seconded by Councillor Kevin Prendiville. Councillor Joe Hegarty opposed the change, saying that evening meetings would add to staff overtime.
P The motion was put to a vote: For 9, Against 16, Abstained 1. The motion was defeated.
H 8.0 Votes of Sympathy
P Votes of sympathy were extended to the family of the late Mr Thomas Geraghty, a former member of the Council, and to Councillor Breen on the death of her mother. The members stood for a minute's silence.
H 9.0 Any Other Business
P Councillor Breda Mullarkey raised the reduced opening hours of the Garda station in Ballymacorran. The Cathaoirleach undertook to write to the Minister on behalf of the Council.
P This concluded the business of the meeting.
S 18
P Signed: ______________________ Cathaoirleach &nbsp;&nbsp;&nbsp;&nbsp; Date: ______________
