@title Special Meeting - Ballyreddin-Templeshane Municipal District - 19 July 2016
@font Times-Roman
@fontsize 10.5
@header Ballyreddin-Templeshane Municipal District||Special Meeting 19/07/2016
@footer Page {page}
HC Ballyreddin-Templeshane Municipal District Meetings
P <b>Minutes of Special Meeting of Ballyreddin-Templeshane Municipal District held on Tuesday, 19th July, 2016, at 3:00pm in the Council Chamber, Municipal District Offices, Quay Street, Ballyreddin, Co. Ardmoyle.</b>
P <b>Attendance:</b>
P <b>Councillors:</b> Cllr. Brendan Culleton, Cllr. Áine Doyle, Leas-Chathaoirleach, Cllr. Michael Furlong, Cllr. Seán Hartigan, Cllr. Patricia Kinsella, Cllr. Declan Moran, Cllr. Niamh O'Gorman, Cllr. Thomas Redmond, Cllr. Kieran Sheehy.
P <b>Officials:</b> Mr. Conor Fitzhenry, Director of Services, Ms. Gráinne Walsh, District Manager, Mr. Peadar Lacey, Senior Executive Engineer, Ms. Orla Breen, Senior Staff Officer, Ms. Yvonne Kehoe, Assistant Staff Officer.
P <b>Apologies:</b> None.
P Ms. Gráinne Walsh, District Manager, opened the meeting. She explained that the office of Cathaoirleach had fallen vacant when Cllr. Martin Cashe took his seat in Dáil Éireann.
H 1. Notice of Meeting
P The notice convening the Special Meeting, dated 8th July, 2016, and issued to all members, was taken as read.
H 2. Proposal to Postpone the Election
P Cllr. Thomas Redmond proposed that the election of a Cathaoirleach be held over until the Annual Meeting so that the office would not change hands twice within a few months. Cllr. Niamh O'Gorman seconded the proposal. Ms. Walsh advised members that the vacancy fell to be filled at this meeting under the Act, but that the proposal could be put to the members. A roll-call vote was taken:
G Cllr. B. Culleton | Against
G Cllr. A. Doyle | Against
G Cllr. M. Furlong | For
G Cllr. S. Hartigan | Against
G Cllr. P. Kinsella | Against
G Cllr. D. Moran | Against
G Cllr. N. O'Gorman | For
G Cllr. T. Redmond | For
G Cllr. K. Sheehy | Against
P For: 3. Against: 6. The proposal to postpone was defeated.
H 3. Election of Cathaoirleach
P Cllr. Kieran Sheehy nominated Cllr. Áine Doyle for the office of Cathaoirleach, seconded by Cllr. Patricia Kinsella. Cllr. Declan Moran nominated Cllr. Michael Furlong, seconded by Cllr. Seán Hartigan. As there were two nominations, a roll-call vote was taken, recorded as follows:
G Cllr. B. Culleton | AD
G Cllr. A. Doyle | AD
G Cllr. M. Furlong | MF
G Cllr. S. Hartigan | MF
G Cllr. P. Kinsella | AD
G Cllr. D. Moran | MF
G Cllr. N. O'Gorman | MF
G Cllr. T. Redmond | AD
G Cllr. K. Sheehy | AD
G Cllr. Áine Doyle | 5
G Cllr. Michael Furlong | 4
P Having secured a majority of the votes cast, Cllr. Áine Doyle was declared Cathaoirleach of the Municipal District for the remainder of the municipal year. Cllr. Doyle thanked her nominator and seconder and took the chair.
H 4. Election of Leas-Chathaoirleach
P The Cathaoirleach invited nominations to fill the office she had vacated. Cllr. Michael Furlong nominated Cllr. Kieran Sheehy and the nomination was seconded by Cllr. Brendan Culleton. No other name was put forward and Cllr. Sheehy was deemed elected Leas-Chathaoirleach until the Annual Meeting.
H 5. Votes of Congratulation
P The Cathaoirleach, on behalf of the members, congratulated former Cllr. Martin Cashe on his election and paid tribute to the good humour he had brought to the chair. Cllr. Hartigan and Cllr. Kinsella associated themselves with her remarks. Mr. Conor Fitzhenry, Director of Services, extended the good wishes of the staff to the new Cathaoirleach and Leas-Chathaoirleach.
H 6. Appointment to the Ballyreddin Harbour Users' Forum
P To fill the place held by former Cllr. Cashe on the Forum:
P Proposed by: Cllr. Niamh O'Gorman
P Seconded by: Cllr. Declan Moran
P And Resolved: "That Cllr. Thomas Redmond be appointed to the Ballyreddin Harbour Users' Forum for the remainder of the Council term."
H 7. Schedule of Municipal District Works 2016 – Amendment
P Mr. Peadar Lacey, Senior Executive Engineer, outlined a proposal to move €38,000 from the footpath allocation at Chapel Lane to surface repairs on the Templeshane to Kilbrackan road, where the winter flooding had broken up the carriageway. Cllr. Furlong asked whether the Chapel Lane works would be lost. Mr. Lacey replied that they would be carried into the 2017 programme. On the proposal of Cllr. Culleton, seconded by Cllr. Kinsella, the amended Schedule was agreed.
H 8. Correspondence
P A letter from the Department regarding the Town and Village Renewal Scheme 2016 and the closing date for applications was noted.
H 9. Any Other Business
P Cllr. Hartigan raised the condition of the slipway at Carrigeen Pier following the spring tides. Ms. Walsh undertook to arrange an inspection before the regatta. Cllr. O'Gorman asked about the Christmas lighting grant scheme for the smaller villages. Consideration of the scheme was deferred to the September meeting of the Municipal District.
P This concluded the business of the meeting.
S 10
P Signed: ______________________ Cathaoirleach        Date: ______________
