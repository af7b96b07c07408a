@title Minutes 11.6.25
@font Times-Roman
@fontsize 11
@footer F:\Admin\JanetP\Word\stowfen\mins\11.6.25||{page}
HC STOW FEN INTERNAL DRAINAGE BOARD
S 6
C At a Meeting of the Stow Fen Internal Drainage Board held at the Village Hall, Church Lane, Stow Bardolph Fen on Wednesday the 11th June 2025
S 6
HC PRESENT
G R W Hartley Esq (Chairman) | J E Pask Esq
G K B Laxfield Esq (Vice Chairman) | Mrs A M Thrower
G D C Everitt Esq | P G Woodhouse Esq
G S R Gotobed Esq | T Mowle Esq
S 6
P Mr Oliver Brand (representing the Clerk to the Board) and Mr Craig Fendick (District Officer) were in attendance.
P ____________________
H Apologies for absence
P Apologies for absence were received from M J Setchell Esq and Mrs L Bunting.
H B.1101 Declarations of Interest
P Mr Brand reminded Members of the importance of declaring an interest in any matter included in today's agenda that involved or was likely to affect any individual on the Board.
P Mr Laxfield declared an interest (as a Member of the Hundred Foot Commissioners) in any matters relating to the Commissioners.
H B.1102 Confirmation of Minutes
P <b>RESOLVED</b>
P That the Minutes of the Meeting of the Board held on the 12th June 2024 are recorded correctly and that they be confirmed and signed.
H B.1103 Inspection of District
P Prior to the Meeting those Members present, together with the District Officer, undertook an Inspection of the District which embraced (inter alia):-
P i) Sluice Road Pumping Station
P Members viewed the new weedscreen cleaner. The District Officer advised that the cleaner had run without fault since it was commissioned in March.
P ii) Twenty Foot Drain
P Mr Gotobed referred to slipping of the north bank near Dial Farm. The District Officer said that the bank would be reprofiled during the autumn maintenance.
H B.1104 Battery charger for pumping station
P Further to minute B.1088(ii) and in response to the Vice Chairman, Mr Fendick reported that the present charger could be repaired at a cost of about £400, but that a replacement with a remote alarm would cost £1,250.
P <b>RESOLVED</b>
P That the District Officer arrange for the replacement of the battery charger at Sluice Road Pumping Station at a cost not exceeding £1,250.
H B.1105 Drainage Rates and Special Levies
P Mr Brand presented the estimates of income and expenditure for the year ending 31st March 2026, which had been circulated with the agenda.
P <b>RESOLVED</b>
P i) That the Board make a Drainage Rate of 14.0p in the £ on all agricultural land and buildings within the District; and
P ii) That the Board make a Special Levy on King's Marsh Borough Council in the sum of £38,940.
H B.1106 Environment Agency Precept
P Mr Brand reported that the precept payable to the Environment Agency for 2025/26 was £6,212, an increase of 2% on the previous year. The Board noted the position.
PB
H B.1107 Accounts for the year ended 31st March 2025
P Mr Brand presented the Annual Governance and Accountability Return and the accounts for the year ended 31st March 2025. Mrs Thrower asked why the bank charges had risen. Mr Brand explained that the bank had introduced a monthly account fee.
P <b>RESOLVED</b>
P That the accounts for the year ended 31st March 2025 be approved and that the Chairman and the Clerk sign the Annual Governance Statement.
H B.1108 Consents
P Members were informed of one application for consent to pipe a length of a Board's drain to form an access at Hollow Farm, which had been granted by the Clerk under delegated powers.
P Noted.
H B.1109 Biodiversity Action Plan
P Mr Woodhouse suggested that the Board's Biodiversity Action Plan should include the water vole survey carried out by the Wildlife Trust last summer. It was agreed to defer consideration of the revised Plan until the autumn meeting.
H B.1110 Next Meeting
P The next meeting of the Board will be held on Wednesday the 10th June 2026, unless business requires an earlier meeting.
