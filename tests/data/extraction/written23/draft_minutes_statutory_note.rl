@title Cofnodion Drafft / Draft Minutes 9 March 2026
@font Helvetica
@fontsize 10.5
@header Cyngor Cymuned Llanfair Garthog Community Council
@footer Tudalen / Page {page}
HC Minutes of the Ordinary Meeting of the Council held on Monday 9th March 2026 at 7:30pm in the Neuadd Goffa (Memorial Hall).
I Draft minutes are published in accordance with the requirements of the Local Government and Elections (Wales) Act 2021 and are subject to approval at the next ordinary meeting of the Community Council.
P Cllrs : Gwenllian Pritchard (Chair), Huw Meredith (Vice Chair), Aled Rowlands, Sian Edwards, Dilwyn Hughes, Teleri Morgan, Rhys Bowen.
P In attendance: Mrs Eirlys Jenkins (Clerk), County Cllr Meinir Tudor.
P 1.To receive apologies.
P Cllrs : Catrin Vaughan, Gethin Lewis
P 2.Personal Matters.
P The Chair extended the Council's congratulations to the Ysgol Garthog choir on reaching the final of the Urdd regional competition, and sympathy to the family of the late Mr Ieuan Parry, a former member of the Council.
P 3.Declarations of interest.
P Cllr Hughes declared an interest with respect to item 9 on the Agenda.
P Cllr Morgan declared an interest with respect to item 12 on the Agenda.
P 4. Public participation.
P Two members of the public were present and spoke on the planning application at item 9 in accordance with Standing Orders as outlined by the Chair.
P 5. To confirm the minutes of the Ordinary Meeting held on 9 February 2026 and the Extraordinary Meeting held on 23 February 2026.
P a) Minutes for the Ordinary Meeting held on 9th February 2026 were approved by Council
P Proposed R.B. Seconded: S.E.
P b) Minutes for the Extraordinary Meeting held on 23rd February 2026 were approved by Council
P Proposed A.R. Seconded: H.M.
P 6.Matters arising from the minutes.
P The Clerk reported that the Highways department had inspected the culvert at Pant-y-Ffynnon and had programmed its clearance for April.
P 7.Financial report
P The Clerk presented the financial report for the period ending 28th February 2026.
P a. To approve the bank reconciliation for the period ending 28th February 2026.
P Council Approved the reconciliation ending 28th February 2026.
P b. Authorisation of payments.
P i. Staff and confidential payments.
P ii. Neuadd Goffa – hall hire, January to March (£90.00).
P iii. Reimbursement of Clerk's expenses (postage and printer ink).
P iv. Grass cutting contract – final instalment 2025/26 (£1,140.00).
P Payments i to iv were approved. Proposed H.M. Seconded: T.M.
P 8.County Councillor's report.
P County Cllr Tudor reported that the consultation on the closure of the Garthog recycling bring site had been extended to 30th April, and urged members to respond. She had also raised the condition of the B4337 at Rhydlewis junction with the Highways manager.
P 9.Planning.
P A260114 – Tir Ucha, Llanfair Garthog. Erection of an agricultural building for storage of fodder and machinery.
P Following discussion Cllr Rowlands proposed that the Council support the application, seconded by Cllr Edwards. A vote was taken: 5 in favour, 1 against. Carried. Cllr Hughes did not take part in the discussion or vote.
P 10.Correspondence.
P a. One Voice Wales – Area Committee meeting, 25th March 2026. Noted.
P b. Ceredigion Association of Voluntary Organisations – community grants newsletter. Noted.
P 11. To consider the Council's response to the draft Ceredigion Local Development Plan deposit consultation.
P Cllr Meredith had prepared a draft response, which had been circulated. It objected to the allocation of the field north of Maes-y-Llan for 22 dwellings on highway grounds and supported the proposed settlement boundary. The Chair thanked Cllr Meredith for his work.
P It was agreed to submit the response as drafted. Proposed D.H. Seconded: R.B.
P 12.Grant applications.
P An application from Clwb Ffermwyr Ifanc Garthog for £300 towards their drama competition costs was considered. Cllr Edwards proposed that £150 be awarded, seconded by Cllr Bowen. On a show of hands the proposal was not supported. The Clerk was asked to invite the club to re-apply in the new financial year. Cllr Morgan took no part in the item.
P 13.Date of next meeting.
P Monday 13th April 2026 at 7:30pm, Neuadd Goffa.
P The meeting closed at 9:05pm.
