@title Carse Road Bridge Joint Board - agenda 2 December 2024
@font Helvetica
@fontsize 10.5
@footer {page}
HC CARSE ROAD BRIDGE JOINT BOARD
S 6
G Clerk: Fiona Ogilvie | Dunmore City Council
G Head of Democratic and Legal Services | 5 Seagate Square
G  | Dunmore
S 10
P TO: ALL MEMBERS OF THE CARSE ROAD BRIDGE JOINT BOARD
P Date 22nd November, 2024
P Dear Member
HC CARSE ROAD BRIDGE JOINT BOARD
P You are requested to attend a meeting of the CARSE ROAD BRIDGE JOINT BOARD to be held in Committee Room 1, City Chambers, Dunmore and remotely on Monday 2nd December, 2024 at 10.00 am.
P The agenda and papers are enclosed.
P Members of the Press or Public wishing to join the meeting remotely should contact Committee Services on telephone (01383) 434211 or by email at committee.services@dunmorecity.gov.uk by no later than 12 noon on Friday 29th November, 2024.
P Please submit any apologies for absence to Kirsty Brannan, Committee Services Officer, on telephone (01383) 434818.
P Yours faithfully
S 10
P FIONA OGILVIE
P Clerk to the Joint Board
PB
H AGENDA OF BUSINESS
R 1 | <b>DECLARATION OF INTEREST</b>
R  | Members are reminded that, in terms of The Councillors' Code, it is their responsibility to make decisions about whether to declare an interest in any item on this agenda and whether to take part in any discussions or voting.
R 2 | <b>MINUTE OF PREVIOUS MEETING - Page 1</b>
R  | The minute of meeting of the Board held on 2nd September, 2024 is submitted for approval, copy attached.
R 3 | <b>REVENUE MONITORING - 7 MONTHS TO 31 OCTOBER 2024 - Page 5</b>
R  | (Report No CRB 14-2024 by the Treasurer, copy attached).
R 4 | <b>CAPITAL MONITORING - 7 MONTHS TO 31 OCTOBER 2024 - Page 11</b>
R  | (Report No CRB 15-2024 by the Treasurer, copy attached).
R 5 | <b>REVENUE BUDGET 2025/2026 TO 2027/2028 - Page 15</b>
R  | (Report No CRB 16-2024 by the Treasurer, copy attached).
R 6 | <b>CAPITAL PLAN 2025/2026 TO 2029/2030 - Page 23</b>
R  | (Report No CRB 17-2024 by the Treasurer, copy attached).
R 7 | <b>EXTERNAL AUDIT ANNUAL REPORT 2023/2024 - Page 31</b>
R  | (Report No CRB 18-2024 by the Treasurer, copy attached).
R 8 | <b>BRIDGE MANAGER'S REPORT - Page 63</b>
R  | (Report No CRB 19-2024 by the Bridge Manager, copy attached).
R 9 | <b>CONDITION OF THE BRIDGE - ENGINEER'S REPORT - Page 71</b>
R  | (Report No CRB 20-2024 by the Engineer to the Board, copy attached).
R 10 | <b>DATE OF NEXT MEETING</b>
R  | The next meeting of the Board will be held in Committee Room 1, City Chambers, Dunmore and remotely on Monday 3rd March, 2025 at 10.00 am.
S 14
H MEMBERSHIP
G Dunmore City Council | Fothrif Council | Glen Esk Council
G Councillor Alison Baird (Convener) | Councillor Iain Methven | Councillor Gordon Crerar
G Councillor Stuart Kidd | Councillor Morven Lumsden |
G Councillor Jacqueline McAra | Councillor Derek Pitcaithly |
G Councillor Thomas Rennie | Councillor Shona Wemyss |
G Councillor Ross Sturrock | Councillor Peter Tulloch |
G Councillor Yvonne Wishart |  |
