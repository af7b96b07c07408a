@title Combe St Aldric PC minutes January 2026
@font Times-Roman
@fontsize 12.5

@header Combe St Aldric Parish Council – Minutes 19 January 2026
@footer {page}
HC COMBE ST ALDRIC PARISH COUNCIL
P Minutes of the Meeting of Combe St Aldric Parish Council held on Monday 19th January 2026 at 7.30 pm in the village hall.
P Present: Helen Marwood (in the chair), Tobias Quennell, Priya Landsdowne, Owen Fairweather, Cecily Rook, Bernard Ashe (County Councillor) for part, Naomi Pellew (District Councillor) for part, Jonathan Tarrant (Clerk).
P 158. Apologies Declan Furze, Marion Vickery
P 159. Members' interests in items on this agenda - Owen Fairweather, item 164(b) (applicant is a relative).
P 160. Minutes of the meeting of Monday 1st December 2025 for approval. Accepted as correct and signed by the chair.
P 161. PUBLIC FORUM A member of the public asked about the flooding at the bottom of Tanners Hill after the December storms; the County Councillor said the gullies had been jetted on 8th January and that a camera survey of the culvert had been ordered. The District Councillor reported that the draft local plan would be published for consultation in March and that the council's budget consultation closed on 30th January. A second resident raised the condition of the bus shelter at the Green.
P 162. Matters arising from last meeting
P (a) Bus shelter at the Green – Tobias Quennell has obtained a quote of £640 to replace the roof and side panels. It was agreed to accept the quote.
P (b) Speed indicator device – the clerk reported that the data for November and December showed an average speed of 33 mph on the Abbotsleigh road. Cecily Rook asked that the device be moved to the school end in February.
P (c) Noticeboard at the Pound – no progress; carried forward.
P 163. Finance
P (a) Precept 2026/27. The clerk presented the draft budget of £14,850. Priya Landsdowne proposed and Owen Fairweather seconded that the precept be set at £14,500, using £350 of general reserves. RESOLVED unanimously.
P (b) Payments. The payments listed on the schedule, totalling £1,212.44, were approved.
P (c) The bank reconciliation to 31st December was checked and signed by Helen Marwood.
P 164. Planning
P (a) P25/S4410/HH – 3 Orchard Rise – first floor side extension. No objections.
P (b) P25/S4482/FUL – land at Home Farm – replacement agricultural barn. Owen Fairweather left the room. The council voted to support the application, 4 in favour, 0 against.
P (c) P25/S4521/LB – Church Cottage – replacement windows. It was agreed to comment that the heritage officer's advice should be followed.
P 165. Village hall car park lighting
P Owen Fairweather reported that the village hall committee would pay half the cost of two new lights if the council paid the other half. After discussion the proposal was lost, 2 in favour, 3 against, and the clerk will write to the committee.
P 166. Tree warden report
P Cecily Rook reported that the community orchard had been pruned by volunteers on 10th January.
P 167. Correspondence. List circulated and noted.
P 168. Date of next meeting Monday 16th February 2026 at 7.30 pm.
S 10
P The meeting closed at 9.15 pm.
S 10
P Signed ………………………………… Chair          Date …………………
