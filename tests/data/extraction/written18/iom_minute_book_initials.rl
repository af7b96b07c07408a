@title Minutes 14 May 2026
@font Times-Roman
@fontsize 11
@numcol 20
@header MINUTE BOOK||BALLACORRIN PARISH COMMISSIONERS
@footer CHAIRMAN'S INITIALS ..............||14/ 05/ 26     Page {page} of 3
HC MINUTES OF BALLACORRIN PARISH COMMISSIONERS held in Commissioners Office, Main Road, Ballacorrin at 7. 00pm on 14th Thursday May 2026
S 6
H In Attendance
G Mr R Kinvig | Chairman
G Mrs E Quirk | Vice Chairman
G Mr T Corkish | 
G Mr P Cregeen | 
G Mr D Skillicorn | 
G Mr J Teare | Clerk
G Miss L Kewley | Deputy Clerk and Finance Officer
S 4
R 26/ 061 | <b>Apologies</b>
R  | There were no apologies for absence. Mr D Skillicorn advised that he would need to leave the meeting early (work commitments).
R 26/ 062 | <b>Declaration of Interest</b>
R  | Mrs E Quirk declared an interest in item 26/ 068 (Housing) as a near neighbour of one of the properties discussed and did not take part in that item.
R 26/ 063 | <b>Issue of Summons / Agenda</b>
R  | It was noted that all members had received Summons /Agenda at least three clear days before the date of the meeting.
R 26/ 064 | <b>Deferral of Matters on the Agenda to Private</b>
R  | It was agreed that the following items be deferred to a private meeting: Item 12: Staff appraisal arrangements Item 15: Housing allocation
R 26/ 065 | <b>Meeting with Members of the Public</b>
R  | The Chairman welcomed Mr A Callow MHK to the meeting. Mr Callow gave an update on the consultation on the reform of local authority rates and on the proposed reduction of the speed limit on the Ballacorrin Road, which he hoped would be introduced before the summer. He asked the Commissioners to contact him with any concerns about the rates proposals.
R  | The Chairman thanked Mr Callow for his attendance and he left the meeting.
R 26/ 066 | <b>Matters Arising</b>
R  | <u>Play Area Fencing</u> : Ref : Minute 26/ 044
R  | Mr T Corkish reported that three quotations had been obtained for the replacement of the fencing at the Close Beg play area. It was unanimously resolved to accept the quotation from Manx Fencing Ltd in the sum of £3,840.00.
R  | <u>Drainage at the Lhergy Road junction</u> : Ref : Minute 26/ 047
R  | Mr P Cregeen stated that the gully had flooded again during the heavy rain of 2nd May. It was resolved to write to the Department of Infrastructure asking for the gully to be cleared before the end of the month.
R 26/ 067 | <b>Planning Applications</b>
T 26/00412/B | 3 Close Fryer, Ballacorrin | Erection of a conservatory to rear elevation | No objection
T 26/00431/B | Ballakilley Farm, Ballacorrin Road | Conversion of barn to holiday accommodation | No objection subject to adequate parking
T 26/00447/A | Field 321456, Lhergy Road | Approval in principle for two dwellings | Objection: outside the area zoned for housing
R  | Mr D Skillicorn reminded members that the field in application 26/00447/A had been the subject of a refusal in 2023. It was resolved that the comments shown above be forwarded to the Planning Committee.
R 26/ 068 | <b>Housing</b>
R  | Mrs E Quirk left the room.
R  | The Deputy Clerk reported that two properties at Close Beg were currently void and that repairs to one were complete. The Clerk advised that the allocation of both properties would be considered in private. The Commissioners noted the report on void properties and the repairs programme.
R  | Mrs E Quirk returned to the meeting.
R 26/ 069 | <b>Finance</b>
R  | The Deputy Clerk presented the schedule of payments and the bank reconciliation to 30th April 2026.
G Manx Fencing Ltd (deposit) | £1,152.00
G Manx Utilities | £386.41
G Isle of Man Post Office | £94.20
G Ballacorrin Garden Services | £1,420.00
G Salaries and pension (April) | £11,173.57
R  | It was proposed by Mr Cregeen, seconded by Mrs Quirk and unanimously resolved that the payments listed above totalling £14,226.18 be approved.
R 26/ 070 | <b>Refuse Collection Contract</b>
R  | The Clerk reported that the current refuse collection contract would expire on 30th September 2026 and that the contractor had offered a one year extension at an increase of 4.5%.
R  | Mr Corkish proposed, seconded by Mrs Quirk, that the extension be accepted. Mr Cregeen moved an amendment that the contract be put out to tender, as the Commissioners had not tested the market since 2019. Mr Skillicorn had left the meeting before the vote. The amendment was put to the vote and lost, one vote to three. The substantive motion was then put and carried, three votes to one.
R 26/ 071 | <b>Correspondence</b>
R  | The Clerk read a letter from the Ballacorrin Bowling Club thanking the Commissioners for the grant towards its new mower, and an email from the Municipal Association about its annual conference. Correspondence noted.
R 26/ 072 | <b>Date of Next Meeting</b>
R  | The next meeting will be held on Thursday 11th June 2026 at 7.00pm in the Commissioners Office.
S 14
P The meeting closed at 8.52pm.
