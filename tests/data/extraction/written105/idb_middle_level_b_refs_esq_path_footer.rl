@title Fenmere IDB minutes 12.6.25
@font Times-Roman
@fontsize 11
@footer F:\Admin\KarenT\Word\Fenmere\mins\12.6.25||{page}
HC FENMERE INTERNAL DRAINAGE BOARD
S 4
C At a Meeting of the Fenmere Internal Drainage Board held at the Lakeside Pavilion, Hollow Drove on Thursday the 12th June 2025
S 4
HC PRESENT
G R J Thacker Esq (Chairman) | N G Harrop Esq
G G A Wakelin Esq (Vice Chairman) | Councillor Mrs D Lumley
G P J Caton Esq | B Pettit Esq
G Councillor S Frohawk | T Wisbey Esq
G M Fensome Esq | 
S 4
P Miss Jenna Whitwell (representing the Clerk to the Board), Mr Oliver Gedney (representing the Consulting Engineers) and Mr Martin Sallis (District Officer) were in attendance.
P The Chairman welcomed Mr Tom Wisbey to his first Board meeting.
H Apologies for absence
P Councillor A Hurn and C W Pocklington Esq sent apologies.
H B.1201 Declarations of Interest
P Miss Whitwell asked Members to declare any interest they might have in the business on the agenda.
P The District Officer declared a financial interest in minute B.1206, his son's firm having quoted for the works.
P Councillor Frohawk declared an interest in any planning matter, being a member of the District Council's Planning Committee, and in business involving the Middle Fen Commissioners, on whose Board he also sits.
H B.1202 Confirmation of Minutes
H RESOLVED
P That the Minutes of the Board's Meeting on the 13th June 2024 be approved as a correct record and signed by the Chairman.
H B.1203 Board Membership
P Further to minute B.1178, Miss Whitwell confirmed Mr Wisbey's appointment. The Vice Chairman reported that Mr Ross Ingle of Hollow Farm might be willing to fill the remaining vacancy.
H RESOLVED
P That the Vice Chairman speak to Mr Ingle again and let the Middle Fen office know his answer.
H B.1204 Land Drainage Act 1991 - Board Membership
P Miss Whitwell reported:-
P (a) The District Council had renewed the appointments of Councillors Mrs D Lumley, S Frohawk and A Hurn.
P (b) Elected members' terms end on the 31st October 2025; the register of drainage ratepayers is to be published in July.
P The report was noted.
H B.1205 Annual Governance and Accountability Return 2024/2025
P Miss Whitwell presented the Annual Governance and Accountability Return for the year ended 31st March 2025, together with the internal auditor's report, which raised no matters of concern.
H RESOLVED
P (i) That Section 1 - Annual Governance Statement 2024/25 be approved and signed by the Chairman.
P (ii) That Section 2 - Accounting Statements 2024/25 be approved and signed by the Chairman.
H B.1206 Consulting Engineers' Report
P Mr Gedney presented the Consulting Engineers' report.
P (a) Hollow Drove Pumping Station - The automatic weedscreen cleaner had failed twice during the winter. The Chairman asked whether its replacement could be brought forward from the 2027 programme. Mr Gedney advised that a replacement could be installed before the autumn if ordered by August.
P (b) Watercourse maintenance - The annual desilting of Main Drain between Fen Bridge and the pumping station had been completed.
P It was agreed that the Engineers obtain three quotations for the replacement weedscreen cleaner and report to the Chairman and Vice Chairman, who are authorised to accept the most advantageous.
H B.1207 District Officer's Report
P The District Officer reported on the summer maintenance programme, the condition of the access tracks and damage to the bank of Cross Drain caused by cattle.
H RESOLVED
P That the District Officer's report be received.
H B.1208 Planning Applications
P Miss Whitwell reported on the planning applications received by the Board since the last meeting, none of which required the Board's consent under its byelaws.
P The Board noted the list of planning applications received.
H B.1209 Biodiversity Action Plan
P Consideration of the revised Biodiversity Action Plan was deferred until the Board's next meeting so that the Engineers' habitat survey could be included.
H B.1210 Environment Agency Precept
P Miss Whitwell reported that the Environment Agency's precept for 2025/2026 had been notified at £4,212, an increase of 3% on the previous year.
H B.1211 Date of next meeting
H RESOLVED
P That the next Meeting of the Board be held on Thursday the 11th June 2026.
S 12
P The meeting closed at 3.05pm.
