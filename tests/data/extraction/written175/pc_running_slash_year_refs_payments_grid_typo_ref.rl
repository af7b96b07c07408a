@title PC minutes January 2023
@font Helvetica
@fontsize 10
@footer Wyke Ambrose Parish Council – January 2023 minutes – page {page}
HC WYKE AMBROSE PARISH COUNCIL
C Minutes of the meeting held in the Village Hall on Tuesday 10th January 2023 at 7.30pm
S 4
P <b>Present:</b> Councillors Clive Arbery (CA), Stuart Mayne (SM), Sally Marsh (SaM)), Victor Ryall (VR), Keith Hollis (KH), Denise Frome (DF), Neil Trowbridge (NT); Unitary councillor Paula Bryer (PB). Members of the public – 7. <b>Minutes:</b> Martin Welland (MW) – parish clerk
P <b>001/23 - Apologies:</b> Cllr Peter Dampney (PD) – work commitments
P <b>002/23 - Declarations of interest:</b> KH declared an interest in item 007/23 a) as a neighbour of the applicant
P <b>003/23 – Adoption of the minutes of the meeting held on 13th December 2022:</b> The minutes were approved as drafted.
P <b>004/23 – Matters arising from these minutes:</b> All covered in the agenda
P <b>005/24 – Public open session:</b> Two residents raised the state of the bridleway at Hanging Lane after the recent rain. One resident asked what had happened to the speed indicator device; SM said it had been ordered and should be delivered in February.
P <b>006/23 – Finance:</b> i) to approve the following payments: The following payments were approved:
TH Cheque | Payee | Detail | Net | VAT | Total
T SO Dec | Greenway Services | Dog bin emptying | 118.00 | | 118.00
T DD Dec | Unitary Council | Cemetery business rates | 27.50 | | 27.50
T 1412 | Wessex Power | Pavilion electricity | 141.20 | 7.06 | 148.26
T 1413 | Ambrose Press | Parish magazine printing | 46.00 | | 46.00
T 1414 | A J Gardens | Cemetery and play area grass | 120.00 | 24.00 | 144.00
T 1415 | M Welland | December pay | 362.18 | | 362.18
T 1416 | M Welland | Expenses | 38.40 | | 38.40
T | | Total | | | 884.34
P ii) to note the bank reconciliation and financial summary as at 31st December 2022: This had been circulated in advance and was approved for signature by the Chairman
P iii) to agree the precept for 2023/24: CA proposed a precept of £14,800, an increase of 4%, seconded by VR. SaM said she could not support an increase while the reserves stood at over a year's spending. Agreed by 5 votes to 1.
P <b>007/23 – Planning:</b> a) to consider any applications received: P/HOU/2022/07714 – Rose Cottage, Hanging Lane – single storey rear extension. KH left the room. No objection. b) Battery storage site at Coombe Barn – to note any developments in the application process: SM reminded councillors that it was agreed policy to await a full application before deciding whether to support or object. Mr Jonathan Pyne of the Keep Coombe Green group said that the site was prime farmland and asked the council to object at the screening stage. He accepted the council's position but asked to be kept informed.
P <b>008/23 – Highways and rights of way:</b> NT reported that the flooding at Ford Lane had been reported to the unitary council three times without response. PB undertook to raise it with the highways team.
P <b>009/23 – Cemetery:</b> The clerk reported that two memorial applications had been approved under delegated powers since the last meeting. RESOLVED that the cemetery fees for 2023/24 be increased by 5%.
P <b>010/23 – Pavilion:</b> DF reported that two quotations had been received for the repair of the pavilion roof. It was agreed to accept the quotation of £2,350 from Coombe Roofing.
P <b>011/23 – Unitary councillor's report:</b> PB reported on the unitary council's budget proposals and the consultation on the local plan, which closes on 13th March.
P <b>012/23 – Correspondence:</b> None requiring action
P <b>013/23 – Items for next agenda:</b> Annual Parish Meeting arrangements; Coronation celebrations
P <b>014/23 – Date of next meeting:</b> Tuesday 14th February 2023 at 7.30pm
P The meeting closed at 9.10pm
