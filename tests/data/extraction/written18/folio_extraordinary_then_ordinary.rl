@title Coldhithe PC minutes 18 March 2026
@font Times-Roman
@fontsize 11.5
@pageoffset 610
@header {page}||COLDHITHE PARISH COUNCIL
HC Minutes of the Extra-Ordinary Meeting of the Parish Council held on
HC Wednesday 18 March 2026 at 7.00 pm in the Old School Room
S 6
P Members present:
P Dr K Fairbairn
P Mr S Olley
P Mrs J Pettit (Chairman)
P Mr A Rix
P Mrs M Sizer
P Dr H Wyatt
P In attendance: Mrs P Goodchild (Clerk) and 5 members of the public.
H 1. Apologies for absence
P Mr T Brame.
H 2. Purchase of the allotment land at Fen Lane: financial expenditure
P The Clerk presented her report[1] updating the Parish Council on the position since the last meeting and setting out the risk, budget, covenant and drainage implications of the purchase. Mrs Sizer asked whether the vendor's revised costs were final; the Clerk confirmed that they were.
P On a proposition by Dr Wyatt, seconded by Mr Rix it was agreed that the Parish Council proceed with the purchase and that the increased vendor's costs, now in total £2,150 + £95 (net) and £3,600 (net), be paid. The Parish Council also resolved to delegate to the Chairman and Clerk the power to meet any further reasonable fees necessary to complete the purchase without delay.
H 3. Response to the South Fenland Local Plan – Preferred Options consultation
P The Chairman introduced the draft response circulated by the working group. Dr Fairbairn asked that the response repeat the Council's objection to the allocation of land east of the church. It was agreed that the Clerk submit the draft response, so amended, before 27 March.
H Closure of meeting
P There was no further business and the meeting closed at 7.40 pm.
S 20
P Signed .......................... Chairman .............. date
S 8
P [1] Clerk's report
PB
HC Minutes of the Meeting of the Parish Council held on
HC Wednesday 18 March 2026 at 7.45 pm in the Old School Room
S 6
P Members present: as for the Extra-Ordinary Meeting above.
P In attendance: Mrs P Goodchild (Clerk), District Councillor R Hayward and 3 members of the public.
H 1. Apologies for absence
P Mr T Brame.
H 2. Declarations of interest
P Mr Olley declared a non-pecuniary interest in planning application 26/00214/HFUL as the applicant is his neighbour.
H 3. Minutes of the meeting held on 18 February 2026
P The minutes were agreed as a correct record and signed by the Chairman.
H 4. Open forum
P A resident asked when the bench at the bus stop on High Street would be replaced. The Chairman replied that a quotation had been requested and would be considered at its April meeting.
H 5. Planning applications
T Reference | Address | Proposal | Comments
T 26/00214/HFUL | 7 Mill Close | Two storey side extension | No objection
T 26/00233/FUL | Coldhithe Farm, Fen Lane | Change of use of barn to office | Support
T 26/00251/TTPO | The Old Vicarage | Fell one ash tree (T3) | No objection if replaced
P Mr Rix asked that the Council's support for the farm office be noted as conditional on no lorry movements before 8 am. It was resolved that the comments shown above be sent to the District Council.
H 6. Finance
P The Clerk reported the bank balances at 28 February: Current account £4,812.37; Deposit account £21,440.09.
T Payee | Details | Amount
T Mrs P Goodchild | Salary March | £498.20
T HMRC | PAYE | £124.60
T Fen Grounds | Grass cutting | £310.00
T Cambs ALC | Training | £48.00
P The payments listed were approved on a proposition by Mrs Sizer, seconded by Dr Fairbairn.
H 7. Highways and footpaths
P Mr Olley reported that the footpath sign at Church Lane had been replaced and that the pothole outside the school had been reported to the County Council. The report was noted.
H 8. Proposal to install a defibrillator at the Old School Room
P Mr Rix proposed that the Council purchase a defibrillator and cabinet for the Old School Room at a cost of £1,450, seconded by Mrs Sizer. Dr Wyatt said that the surgery's defibrillator was only 400 metres away and that the cost of maintenance had not been included. On being put to the vote the proposal was lost, two votes in favour and four against.
H 9. Date of next meeting
P Wednesday 15 April 2026 at 7.30 pm in the Old School Room.
S 20
P Signed .......................... Chairman .............. date
