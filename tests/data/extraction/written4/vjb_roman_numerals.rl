@title 241125
@font Helvetica
@fontsize 10.5
@numcol 14
@footer t:\documents\dgvjb\agenda and reports\230226 - final\241125.doc(dcs) || {page}
P At a MEETING of the <b>DUNMORE AND GLENS VALUATION JOINT BOARD</b> held at Dunmore on 24th November, 2025.
P Present:-
P <u>Representing Glenisla Council</u>
G Councillor Peter Kerr | Councillor Shona Bain
G Councillor Alan Duthie | Councillor Jim Lowson
P <u>Representing Dunmore City Council</u>
G Bailie Morag Lindsay | Councillor Ross Whyte
G Councillor Fraser Guthrie | Councillor Anne Petrie
G Councillor Neil Ogilvie |
P <u>Representing Balgray Council</u>
G Councillor Kirsty Moncur | Councillor Graham Robb
P Also Present:- Graham Petrie, Assessor and Electoral Registration Officer; Lesley Kidd, Treasurer; Ewan Soutar, Clerk.
P Councillor Peter Kerr, Convener, in the Chair.
R I | <b>APOLOGIES</b>
P Apologies for absence were submitted on behalf of Councillor Derek Mathers (Dunmore City Council) and Councillor Iain Stewart (Balgray Council).
R II | <b>DECLARATION OF INTEREST</b>
P No declarations of interest were made.
R III | <b>MEMBERSHIP OF JOINT BOARD</b>
P <b>(a) BALGRAY COUNCIL</b>
P It was reported that Balgray Council at its meeting on 2nd October, 2025 agreed to appoint Councillor Graham Robb as a replacement for Councillor Elaine Dow on the Dunmore and Glens Valuation Joint Board.
P The Joint Board agreed to note the change in membership as indicated.
R IV | <b>MINUTE OF PREVIOUS MEETING</b>
P The minute of meeting of the Dunmore and Glens Valuation Joint Board held on 25th August, 2025 was submitted and approved.
R V | <b>REVENUE MONITORING 2025/26</b>
P There was submitted Report No DGVJB19-2025 by the Treasurer detailing the revenue monitoring position for the period to 31st October, 2025.
P Councillor Shona Bain asked why postage costs were above budget. The Treasurer explained that the second canvass reminder had been sent by post rather than by email because of a supplier failure.
P The Joint Board agreed to note the position as outlined in the report.
R VI | <b>NON DOMESTIC RATING - REVALUATION 2026</b>
P There was submitted Report No DGVJB20-2025 by the Assessor providing an update on preparations for the 2026 Revaluation.
P The Joint Board agreed:-
P (i) to note that draft values for 9,412 subjects had been prepared; and
P (ii) to authorise the Assessor to recruit two temporary valuers for a period of twelve months.
R VII | <b>ELECTORAL REGISTRATION - ANNUAL CANVASS 2025</b>
P There was submitted Report No DGVJB21-2025 by the Electoral Registration Officer on the conduct of the 2025 annual canvass. The Assessor advised that the response rate had fallen to 71%.
P Councillor Alan Duthie, seconded by Bailie Morag Lindsay, moved that the report be noted.
P As an amendment, Councillor Neil Ogilvie, seconded by Councillor Anne Petrie, moved that the Board write to the Electoral Commission seeking additional funding for household visits.
P On a division, there voted for the motion - Convener, Bailie Lindsay and Councillors Duthie, Lowson, Whyte, Guthrie, Moncur and Robb (8); and for the amendment - Councillors Ogilvie, Petrie and Bain (3) - whereupon the motion was declared carried.
R VIII | <b>INTERNAL AUDIT PLAN 2026/27</b>
P There was submitted Report No DGVJB22-2025 by the Chief Internal Auditor presenting the proposed internal audit plan for 2026/27.
P The Joint Board agreed to approve the internal audit plan for 2026/27.
R IX | <b>DATE OF NEXT MEETING</b>
P The next meeting of the Joint Board will be held in Dunmore on Monday, 23rd February, 2026 at 2.00 pm.
S 30
P Peter KERR, Convener.
