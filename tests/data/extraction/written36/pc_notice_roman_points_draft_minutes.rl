@title Farthingsett Parish Council - Notice and agenda 6 March 2025
@font Times-Roman
@fontsize 11
@numcol 14
@footer Farthingsett Parish Council || Page {page}
HC FARTHINGSETT PARISH COUNCIL
C 14 Orchard Rise, Stourmead, DT10 9QX
C Tel: 01258 860417&nbsp;&nbsp;&nbsp;E-mail: clerk@farthingsettpc.org.uk
S 6
HC NOTICE OF MEETING OF PARISH COUNCIL
P I HEREBY GIVE YOU NOTICE that a meeting of the above Parish Council will be held at The Reading Room, Farthingsett at 7.30pm on Thursday 6 March 2025.
P All members of the Council are hereby summoned to attend for the purpose of considering and resolving upon the business to be transacted at the meeting as set out hereunder.
P Signed…………………………...... Alison Fripp
P Parish Clerk
P 25 February 2025
HC THIS MEETING IS OPEN TO THE PRESS AND PUBLIC
R 1. | To receive apologies for absence
R 2. | To record any previously undisclosed declarations of interest and to consider any requests for dispensation
R 3. | To approve the minutes of the Parish Council meeting held on 6 February 2025 (draft attached)
R 4. | Matters arising from these minutes
R 5. | Public session of up to 20 minutes; members of the public may raise issues
R 6. | To receive reports from the Stourmead Council ward member and the Police
R 7. | Footpaths
R  | To receive the Footpath Warden’s report and to decide any action needed:
R  | i) FP 9, Coldharbour – fallen ash across the path beside the stile
R  | ii) FP 14, Hanging Lane – request from the Stour Vale Ramblers for a waymark post
R 8. | Planning
R  | To consider the following planning matters, including any received after this agenda was issued:
R  | i) Clerk to report on applications still awaiting determination
R  | ii) P/HOU/2025/01133, 2 Glebe Close – replacement garage and garden store
R  | iii) Notifications of works to trees in the conservation area
R 9. | Finances
R  | To approve cheques for payment as per the attached schedule, and:
R  | i) to note the bank reconciliation to 28 February 2025
R  | ii) to agree the renewal of the Council’s insurance with Hallam Mutual from 1 April 2025
R 10. | The Pound – update from the clerk following the site visit by the county’s historic environment officer
R 11. | Date of next meeting – Thursday 3 April 2025 at 7.30pm
PB
HC FARTHINGSETT PARISH COUNCIL
HC DRAFT MINUTES
P <b>Minutes of the meeting of Farthingsett Parish Council held at The Reading Room, Farthingsett on Thursday 6 February 2025 at 7.30pm</b>
P <b>Present:</b> Cllrs R Hinton (Chairman), M Dacombe, P Ellery, S Guppy and J Kellaway.
P <b>In attendance:</b> Alison Fripp (Parish Clerk), Cllr T Pardy (Stourmead Council) and three members of the public.
R 25/13 | <b>Apologies</b> – Cllr J Oliver had sent apologies (work commitment). The reason was accepted.
R 25/14 | <b>Declarations of interest</b> – Cllr Guppy declared a non-pecuniary interest in application 25/18(ii), the applicant being a neighbour, and said she would take no part in that item. No requests for dispensation had been received.
R 25/15 | <b>Minutes of the meeting held on 9 January 2025</b> – It was proposed by Cllr Dacombe, seconded by Cllr Kellaway and RESOLVED that the minutes be approved as a correct record. The Chairman signed them.
R 25/16 | <b>Public session</b> – Mr Colin Yeatman described the flooding in Ford Lane after the January storms and asked the Council to press for the culvert under the lane to be cleared before the spring. A second resident supported his request. The Chairman thanked them both and said the Clerk would raise the culvert with the highways team again.
R 25/17 | <b>Reports</b> – Cllr Pardy reported that Stourmead Council had set its budget for 2025/26 and that a consultation on changes to household waste collection days would open in March. The Clerk read the written report of PCSO Lacey, which recorded two thefts from vehicles in the Reading Room car park in January. The reports were noted.
R 25/18 | <b>Planning</b> – The following applications were considered:
R  | i) P/HOU/2024/07712, Lower Withy Cottage, Mill Street – single storey rear extension. Cllr Ellery proposed that the Council support the application and Cllr Dacombe seconded. RESOLVED to support the application.
R  | ii) P/FUL/2025/00096, land east of Clay Pits Farm – agricultural storage building. Cllr Guppy left the room. Cllr Kellaway questioned whether lorries could turn safely at the field gate. RESOLVED to raise no objection, provided that the visibility splays shown on the plans are secured by condition. Cllr Guppy returned to the meeting.
R 25/19 | <b>Finances</b> – The Clerk presented the schedule of payments and the bank reconciliation to 31 January 2025. It was proposed by Cllr Ellery, seconded by the Chairman and resolved unanimously that payments totalling £1,214.60 be approved.
R 25/20 | <b>The Pound</b> – The Clerk reported that the county’s historic environment officer would visit the Pound in February to advise on the leaning west wall. Members agreed that the Clerk should obtain two quotations for taking down and rebuilding the wall in lime mortar once the advice had been received.
R 25/21 | <b>Date of next meeting</b> – Thursday 6 March 2025 at 7.30pm in the Reading Room. The meeting closed at 9.05pm.
S 18
P Signed …………………………………… Chairman&nbsp;&nbsp;&nbsp;&nbsp;&nbsp;Date ……………………
