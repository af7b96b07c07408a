@title St Colwen Parish Council agenda August 2014
@font Helvetica
@fontsize 10.5
@numcol 12
@footer St. Colwen Parish Council || Page {page}
HC ST COLWEN PARISH COUNCIL
C Chairman: Cllr Derrick Polglase &nbsp;&nbsp; Clerk: Tamsin Rowse, Higher Barn, Trevessa, Colwen Cross
C Email: clerk@stcolwenparish.org.uk &nbsp;&nbsp; Tel: 01208 000147 &nbsp;&nbsp; www.stcolwenparish.org.uk
S 10
P A Meeting of St. Colwen Parish Council will be held in St. Colwen Parish Hall on Tuesday 12th August 2014 commencing at 7.00 p.m. Members of the public are welcome to attend.
P The Meeting will open for a discussion period between members of the Public and the Council, this period is limited to a maximum of fifteen minutes
S 6
HC A G E N D A
S 6
R 1. | PUBLIC DISCUSSION
R 2. | Chairman's announcements and apologies for absence.
R 3. | Unitary Councillor Report
R 4. | To consider and approve the Minutes of the previous Parish Council Meeting.
R 5. | Matters Arising
R  | a) Dog bin at Treloan Lane
R  | b) Parking on the green at Penhallow
R 6. | Correspondence
R  | a) Payphone removal consultation (email refers)
R  | b) Website accessibility guidance (email refers)
R  | Any other important items of correspondence which the Chairman considers appropriate.
R 7. | Planning Applications
R  | PA14/05121 - Mr J Trebilcock, Nanscowe Farm, Colwen Cross. Erection of agricultural storage building
R  | PA14/05260 - Mrs R Hendra, 3 Chapel Row, Trevessa. Replacement of single storey lean-to with garden room
R 8. | Planning Decisions
R  | PA14/02874 - Mr and Mrs Opie, Penhallow Barn, Penhallow. Conversion of barn to dwelling APPROVED
R  | PA14/03391/PREAPP - Trevessa Holiday Park. Pre-application advice for six additional lodges CLOSED - ADVICE GIVEN
R 9. | Schedule of Monthly Accounts July 2014
R 10. | Parish Councillor reports and any other matters
R 11. | Items for the Parish Magazine
R 12. | Register of gifts and hospitality for Councillors and staff.
PB
HC ST COLWEN PARISH COUNCIL
C Chairman: Cllr Derrick Polglase &nbsp;&nbsp; Clerk: Tamsin Rowse, Higher Barn, Trevessa, Colwen Cross
C Email: clerk@stcolwenparish.org.uk &nbsp;&nbsp; Tel: 01208 000147 &nbsp;&nbsp; www.stcolwenparish.org.uk
S 10
HC MINUTES OF THE MEETING OF ST. COLWEN PARISH COUNCIL HELD IN ST. COLWEN PARISH HALL ON TUESDAY 8th JULY 2014 AT 7.00 P.M.
S 4
P Present: Cllr D Polglase (Chairman), Cllr M Keast, Cllr R Pengelly, Cllr S Hocking, Cllr A Tremayne and Cllr J Vosper.
P In attendance: Tamsin Rowse (Clerk), Unitary Cllr P Chegwidden and three members of the public.
S 4
R 1. | <b>PUBLIC DISCUSSION</b> A resident of Treloan Lane asked when the dog bin promised in the spring would be installed. The Chairman said the matter was on the agenda under Matters Arising. A second resident thanked the Council for the new seat at Penhallow.
R 2. | <b>Chairman's announcements and apologies for absence.</b> The Chairman announced that the Parish Hall roof appeal had reached £3,200. Apologies were received from Cllr L Angove.
R 3. | <b>Unitary Councillor Report</b> Unitary Cllr Chegwidden reported that resurfacing of the Colwen Cross to Trevessa road would start in September, and that the consultation on household waste collections closes at the end of July.
R 4. | <b>Minutes</b> – The Minutes of the meeting held on 10th June 2014 were approved and signed as a correct record. Proposed Cllr Keast, seconded Cllr Vosper.
R 5. | <b>Matters Arising</b>
R  | a) <b>Dog bin at Treloan Lane</b> – the Clerk confirmed that the bin had been ordered from the unitary council and should be fitted within four weeks.
R  | b) <b>Bus shelter at Penhallow</b> – Cllr Hocking reported that two quotations had been received for replacing the damaged side panel. It was resolved to accept the quotation of £220 from Trevessa Joinery.
R 6. | <b>Correspondence</b> – letters from the Community Rail Partnership and from the Parish Hall committee were read and noted.
R 7. | <b>Planning Applications</b> – PA14/04410 - Mr K Nance, Little Gweal, Colwen Cross. Two storey extension to side. It was resolved to support the application.
R 8. | <b>Planning Decisions</b> – PA14/01957 Higher Trevessa, erection of stables APPROVED. The decision was noted.
R 9. | <b>Accounts</b> – It was resolved to pay the schedule of accounts for June 2014 totalling £1,146.20. Proposed Cllr Tremayne, seconded Cllr Pengelly.
R 10. | <b>Parish Councillor reports</b> – Cllr Vosper reported that the footpath from Chapel Row to the church was overgrown and the Clerk will report it. Cllr Tremayne reported that the defibrillator at the Parish Hall had been checked.
R 11. | <b>Items for the Parish Magazine</b> – Parish Hall roof appeal; dog bin at Treloan Lane.
R 12. | <b>Date of next meeting</b> – Tuesday 12th August 2014 at 7.00 p.m.
P The meeting closed at 8.47 p.m.
