@title Draft minutes 12 November 2019
@font Helvetica
@fontsize 10.5
@numcol 17
@footer Signed by the Chairman …………………………………||Page {page}
H DRAFT MINUTES OF THE PARISH COUNCIL MEETING HELD AT 7.00 PM ON TUESDAY NOVEMBER 12th 2019 AT WENDLECOTE PARISH HALL (REAR EXTENSION)
S 4
P <b>Members present:</b> Cllr. Hugh Tennant (Chairman); Cllr. Anne Pelling; Cllr. John Wragg; Cllr. Lady Celia Marwood; Cllr. Cllr Mary Dunstan; Cllr. Owen Fricker
P <b>In attendance:</b> Peter Ashworth – Clerk/R.F.O.
P <b>By invitation:</b> District Cllr. Helen Firbank; District Cllr. Tom Quarrie
P 11 members of the public were present.
S 6
H STANDARD AGENDA ITEMS
R 341/19 | <b>Agenda Item 1 – Apologies for Absence</b><br/>Cllr. Roger Kemble; County Cllr. Edwin Harle.
R 342/19 | <b>Agenda Item 2 – Declarations of Interest in items on the Agenda</b><br/>Cllr. John Wragg is the agent for application 19/00788 (item 346/19) and declared a non-pecuniary interest.
R 343/19 | <b>Agenda Item 3 – Public Session</b><br/>Two residents of Kiln Lane raised concerns about heavy goods vehicles using the lane as a short cut to the sand quarry, and about damage to the verges outside the chapel. Cllr Tennant said a letter had gone to the County Council in September without reply. District Cllr Firbank (HF) offered to take the matter up with the Highways team and the quarry operator and report back in December.
R 344/19 | <b>Agenda Item 4 – Minutes of the meeting held on 8th October 2019</b><br/>The minutes were approved as a true record and signed by the Chairman. Proposed Cllr. Pelling, seconded Cllr. Marwood.
R 345/19 | <b>Agenda Item 5 – County and District Councillor Reports</b><br/>County Cllr. Harle had sent no report. District Cllr. Quarrie reported that the consultation on the Local Plan Review closes on 20th December and that a drop-in session would be held at Wendlecote Library on 28th November.
S 6
H PLANNING
R 346/19 | <b>Agenda Item 6 – Planning Applications</b><br/>a) 19/00788 Wickham Farm, Kiln Lane – agricultural storage building. Cllr. Wragg left the room for this application. The Council RESOLVED to raise no objection.<br/>b) 19/00801 Rose Cottage, Furze Hill – two-storey side extension. The Council RESOLVED to object on the grounds of scale and the impact on the street scene (4 for, 1 against).
R 347/19 | <b>Agenda Item 7 – Planning Decisions</b><br/>The decisions of the National Park Authority listed on the agenda were noted.
S 6
H FINANCE
R 348/19 | <b>Agenda Item 8 – Accounts for Payment</b><br/>RESOLVED that the payments listed at Appendix A, totalling £2,904.17, be approved.
R 349/19 | <b>Agenda Item 9 – Draft Budget and Precept 2020/21</b><br/>The Clerk presented the draft budget, which had been circulated with the agenda. Setting of the precept was deferred to the January meeting pending the tax base figure from the District Council.
S 6
H GENERAL BUSINESS
R 350/19 | <b>Agenda Item 10 – Memorial Bench, Village Green</b><br/>Cllr. Dunstan proposed that the Council accept the offer from the family of the late Mr Ronald Keble of a memorial bench for the green, seconded Cllr. Pelling. Carried, 5 votes to 1.
R 351/19 | <b>Agenda Item 11 – 30mph Limit, Furze Hill</b><br/>Cllr. Marwood proposed that the Council ask the County Council to introduce a 30mph limit on Furze Hill. On a vote (2 for, 4 against) the proposal was lost.
R 352/19 | <b>Agenda Item 12 – Clerk’s Report</b><br/>The Clerk’s report, covering the defibrillator pads, the noticeboard repairs and the Remembrance Sunday arrangements, was noted.
R 353/19 | <b>Agenda Item 13 – Items for the next Agenda</b><br/>Christmas tree lighting; Kiln Lane heavy goods vehicles.
R 354/19 | <b>Agenda Item 14 – Date of next meeting</b><br/>Tuesday 10th December 2019 at 7.00 pm in the Parish Hall.
S 8
P The meeting closed at 9.12 pm.
S 14
P Signed by the Chairman ……………………………………… Date ……………………
