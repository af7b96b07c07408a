@title Trewarnick Parish Council minutes 25 March 2025
@fontsize 10.5
@footer Signed ……………………………… Chairman          Date ………………||Page {page}
HC MINUTES OF ORDINARY MEETING OF TREWARNICK PARISH COUNCIL ON TUESDAY 25 MARCH 2025
S 4
P An Ordinary Meeting of Trewarnick Parish Council was held in the Church Rooms, Trewarnick on Tuesday 25 March 2025 at 7.30 p.m.
P <b>1. To note Councillors present:</b> The Chairman Cllr Morwenna Pascoe opened the meeting at 7:30pm with Councillors present: Jory Angove, Demelza Bray, Kenver Hocking, Rowena Penrose, Revd. Tristan Lyle and Wenna Tregear. <b>142/24</b> In attendance: Cornwall Councillor Piran Trebilcock, Clerk Mrs. Lowenna Rowe and 9 members of the public.
P <b>2. Apologies for absence:</b> Cllr. Colan Jewell – Work commitments. Cllr. Elowen Kitto – Personal matter. RESOLVED to approve apologies and reasons given. <b>143/24</b> Proposed: Cllr. Rowena Penrose Seconded: Cllr. Revd. Tristan Lyle Unanimous
P <b>3. To receive Declarations of Interest and Dispensations:</b> <b>144/24</b> a) Items on the agenda: Cllr. Kenver Hocking PA25/01182. b) Gifts over £25.00 – None. c) Requests for dispensation – None.
P <b>4. Public Participation - Matters raised by Members of the Public on an agenda item:</b> <b>145/24</b> Two members of the public spoke in support of planning application PA25/01182.
P <b>5. Minutes of the previous meetings:</b> RESOLVED to approve the minutes of the Ordinary Meeting held on 28 January 2025. Proposed: Cllr. Wenna Tregear Seconded: Cllr. Demelza Bray Unanimous <b>146/24</b>
P RESOLVED to approve the minutes of the Extraordinary Meeting held on 11 March 2025. Proposed: Cllr. Demelza Bray Seconded: Cllr. Jory Angove (5-1) <b>147/24</b> (Cllr. Revd. Tristan Lyle against, Cllr. Rowena Penrose abstained)
P <b>6. Cornwall Councillor’s Report:</b> <b>148/24</b> Cllr. Piran Trebilcock reported on the Cornwall Council budget, the consultation on the Local Cycling and Walking Infrastructure Plan and the winter gritting routes. He answered questions from Cllr. Jory Angove about the timetable for repairs to the B3254. Noted.
P <b>7. Planning Applications:</b> * Cllr. Kenver Hocking left the meeting for the following planning application.
P PA25/01182 Trewarnick (Trewarnick Electoral Division) Barn North of Higher Polventon Trewarnick Conversion of barn to a single dwelling – Mr K Hocking (Case Officer Jenna Cardew). Following discussion, the Council RESOLVED to SUPPORT. Proposed: Cllr. Wenna Tregear Seconded: Cllr. Jory Angove (5-0-1) <b>149/24</b> * Cllr. Kenver Hocking returned to the meeting.
P PA25/01240 Trewarnick (Trewarnick Electoral Division) Land East of Chapel Row Trewarnick Erection of four holiday lodges and formation of access – Kernow Leisure Ltd (Case Officer Mark Eddy). A proposal by Cllr. Demelza Bray to SUPPORT the application fell for want of a seconder. Following discussion, the Council RESOLVED to OBJECT on the grounds of highway safety and the impact on the AONB. Proposed: Cllr. Revd. Tristan Lyle Seconded: Cllr. Rowena Penrose (4-2) <b>150/24</b> (Cllr. Demelza Bray and Cllr. Kenver Hocking against)
P <b>8. Finance:</b> The Clerk presented the schedule of payments and the bank reconciliation to 28 February 2025. a) RESOLVED to approve the schedule of payments totalling £2,318.64. Proposed: Cllr. Kenver Hocking Seconded: Cllr. Wenna Tregear Unanimous <b>151/24</b> b) The bank reconciliation was noted.
P <b>9. Play Area Inspection Report:</b> The annual inspection report had identified worn chains on the junior swings. Cllr. Rowena Penrose proposed an amendment that the decision be deferred until a second quotation was received; there was no seconder and the amendment fell. RESOLVED to accept the quotation of £385.00 from Tamar Play Services for replacement chains. Proposed: Cllr. Jory Angove Seconded: Cllr. Demelza Bray Unanimous <b>152/24</b>
P <b>10. To note decisions taken by the Clerk under delegated authority:</b> Renewal of the website hosting (£96.00) and an emergency repair to the bus shelter glazing (£148.50). Noted. <b>153/24</b>
P <b>11. Correspondence:</b> Correspondence had been circulated by email. Noted. <b>154/24</b>
P <b>12. Date of next meeting:</b> Tuesday 27 May 2025 (Annual Meeting of the Council) at 7.00 p.m. in the Church Rooms. <b>155/24</b>
S 6
P There being no further business the Chairman closed the meeting at 9:14 p.m.
