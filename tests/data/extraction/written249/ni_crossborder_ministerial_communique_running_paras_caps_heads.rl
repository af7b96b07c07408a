@title Joint Communique - Waterways Sectoral Meeting 16 February 2026
@font Times-Roman
@fontsize 11
@header CROSS-BORDER WATERWAYS MINISTERIAL COUNCIL||JOINT COMMUNIQUÉ
@footer {page}
HC CROSS-BORDER WATERWAYS MINISTERIAL COUNCIL
HC WATERWAYS SECTORAL MEETING
HC JOINT COMMUNIQUÉ
S 6
P 1. The thirty-first meeting of the Cross-Border Waterways Ministerial Council in Waterways sectoral format was held in the Canal Stores, Drumaclare on 16 February 2026.
P 2. The meeting was attended by Ciarán Mac Giolla Rua TD, Minister for Heritage and Inland Navigation, and Heather Linton MLA, Minister for Infrastructure. Minister Linton chaired the meeting.
P 3. This statement has been agreed by the two Ministers and is issued on their behalf by the Joint Secretariat.
H PROGRESS REPORT
P 4. Ministers welcomed the achievements of the Corrabeg Navigation Authority since the last meeting, including:
P i. the reopening of Lock 6 at Ballyaille following the replacement of the lower gates;
P ii. the completion of the towpath greenway between Drumaclare and Killyfad; and
P iii. the publication of the Authority's Natural Heritage Plan 2026-2031.
P 5. Ministers noted the presentation by the Chief Executive of the Authority, Orla Brennan-Keys, on visitor numbers for 2025, which rose by 9% on the previous year.
H CORRABEG AND LOUGH AILLE RESTORATION PROJECT
P 6. Ministers noted progress on Phase 3 of the restoration project between Killyfad and Lough Aille, including the award of the main works contract in January 2026.
P 7. The Council approved the revised funding profile for Phase 3, with each jurisdiction contributing £4.1 million and €4.7 million respectively over 2026-2028.
H BUSINESS PLAN AND BUDGET 2026
P 8. The Council approved the Corrabeg Navigation Authority Business Plan for 2026 and the associated budget of €21.6 million, subject to the budgetary procedures in each jurisdiction.
H ANNUAL REPORT AND ACCOUNTS
P 9. The Council noted the Authority's Annual Report and Financial Statements for 2024, which have been laid before the Assembly and the Oireachtas.
H CORPORATE GOVERNANCE
P 10. Ministers noted an update on corporate governance, including the recruitment of an independent chair for the Audit and Risk Committee.
H DATE OF NEXT MEETING
P 11. The Council agreed to hold its next Waterways meeting in autumn 2026.
S 10
I Joint Secretariat
I 16 February 2026
