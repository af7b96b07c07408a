@title BGC minutes 4 November 2025
@font Times-Roman
@fontsize 11.5
@header Fenby St Mary Parish Council – Burial Ground Committee – 4 November 2025
@footer Chairman’s initials ..............          Page {page}
HC FENBY ST MARY PARISH COUNCIL
P The minutes of the Burial Ground Committee meeting which was held on Tuesday 4 November 2025 at 7.00pm in the meeting room at the Institute.
P Present: Councillors Halls (Chair), Hosking, Stevens, Townsin and Young
P The minutes were taken by the Parish Clerk, Mrs D Harker. One member of the public was present.
H 25.41 To receive apologies of absence.
P Cllr Wragg (work commitments).
H 25.42 To receive any declarations of interest.
P None declared.
H 25.43 To agree the minutes of the last meeting held on Tuesday 2 September 2025.
P Agreed and signed.
H 25.44 Clerks report.
P Since the last meeting on 2 September 2025 there have been two interments of cremated remains and one burial with a reservation for the partner. A further burial is booked for Friday 14 November 2025. The Clerk has received a request from a family for the transfer of an exclusive right of burial following probate; the paperwork is in order and the transfer will be registered.
H 25.45 To receive an update about the repair of the lychgate roof and the rebuilding of the boundary wall alongside section B.
P It was noted that the contractor had replaced the lychgate tiles and lead flashing in October. The boundary wall is to be rebuilt by the same contractor in March 2026 when the ground is drier. The Clerk will confirm the start date with the contractor and notify the families with graves adjoining the wall.
H 25.46 To consider the current Cemetery regulations
P a) regarding the size of kerbsets on full burial graves following two applications that exceeded the dimensions in the regulations
P Following consideration, the committee agreed that the wording in the Cemetery regulations which limits kerbsets to 2000mm by 900mm should remain and that the Parish Clerk should continue to refer oversize applications to the committee.
P b) regarding solar lights, wind spinners and glass ornaments on graves
P Cllr Young reported that several families had complained about the number of ornaments on graves in section E. It was agreed that the Clerk write to the registered owners asking that items other than flowers be removed by 31 January 2026.
H 25.47 To consider the fees and charges for 2026/27.
P Cllr Halls proposed an increase of 5% on all fees, rounded to the nearest pound, seconded by Cllr Stevens. It was resolved to recommend to Full Council the fees set out below:
TH Fee | Parishioner | Non-parishioner
T Exclusive right of burial (grave) | £315 | £630
T Exclusive right of burial (cremated remains plot) | £158 | £316
T Interment of cremated remains | £105 | £210
T Memorial permit (headstone) | £126 | £252
H 25.48 To consider the quotations for the removal of the fallen ash tree in section D.
P Three quotations had been obtained. Cllr Hosking asked whether the timber could be left as a habitat pile in the wildlife corner; the Clerk confirmed that the preferred contractor would do this at no extra cost. It was resolved to accept the quotation from Fenland Arb Ltd of £640 + VAT.
H 25.49 To note the burial statistics for April to September 2025.
P The statistics were noted: 6 burials, 9 interments of cremated remains and 4 memorial applications approved.
H 25.50 To consider a request for a memorial bench on the path beside section F.
P Mrs P Ogden addressed the committee in support of the request on behalf of her family. Cllr Townsin said that the committee had agreed in 2024 that no further benches be placed on the narrow path. Cllr Stevens proposed that the request be approved, seconded by Cllr Hosking. On a vote of 2 in favour and 3 against the proposal was lost. The Clerk will offer the family a site near the entrance.
H 25.51 Items for the next agenda.
P Memorial safety inspection report; grave digging contract renewal.
H 25.52 Date of next meeting.
P Tuesday 3 February 2026 at 7.00pm at the Institute.
P The meeting closed at 8.20pm.
