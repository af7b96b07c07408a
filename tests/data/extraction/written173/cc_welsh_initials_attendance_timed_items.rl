@title OLCC Minutes 12.03.15
@font Helvetica
@fontsize 10
@numcol 14
@footer OLCC Minutes 12.03.15||Page {page}
HC OLD LLANHYDREF COMMUNITY COUNCIL
C Minutes of the meeting held in the Village Hall, Heol y Felin, Old Llanhydref at 7.00pm on Thursday 12th March 2015
S 6
P <b>Present:</b>
G Chair: | Cllr Dilys Prothero (DP)
G Vice Chair: | Cllr Rhian Gethin (RG)
G Councillors: | Cllr Bryn Lewis (BL) Cllr Meinir Vaughan (MV) Cllr Gareth Parry (GP) Cllr Owain Tudor (OT)
G Clerk to the Council: | Mrs N Pengelly-Rowe (NPR)
G In Attendance: | Mr Paul Gammon RFO (PG)
S 6
H 1. Apologies for absence (1 min)
P Cllr Eirian Pugh – work commitments
H 2. Declaration of interests (1 min)
P DP: Old Llanhydref Village Association (committee member)
P RG: Llanhydref Allotment Society (treasurer)
P BL: 7.1 Planning – 14 Heol y Felin (neighbour)
H 3. Police Matters (1 min)
P PCSO Karen Dunphy attended and reported two incidents of off-road motorbikes on the Twyn since the last meeting. GP asked whether the gate at the top of the Twyn could be locked at night. PCSO Dunphy said that the landowner would have to agree, and that she would ask him. It was noted the Clerk to send PCSO Dunphy the landowner’s details.
H 4. Members from Outside Bodies (5 min)
P Eleri Watkin – Llanhydref Allotment Society
P Mrs Watkin was unable to be present and her written report was read by the Clerk.
I Twenty-eight of the thirty plots are let. The water trough on the lower field leaks and we would ask the council to look at it before the growing season. The society’s open day will be on Saturday 13th June.
P DP said that the trough was on the council’s list of repairs. RG, having declared her interest, took no part. Clerk to reply to Mrs Watkin.
H 5. Minutes – to approve as a correct record the minutes of the meeting held on 12th February 2015 (5 min)
P Approved - Proposer: MV, Seconder: RG
H 6. Matters arising from the minutes of 12th February 2015 (30 min)
R 6.1 | <b>Village Hall roof – update</b><br/>NPR reported that the second quotation had been received. BL asked whether the guttering was included in both; NPR confirmed that it was. It was resolved: to accept the quotation from Ty Glas Roofing of £2,460. Proposer: BL, Seconder: OT
R 6.2 | <b>Lych gate repairs</b><br/>Deferred until the diocese replies on the faculty application.
R 6.3 | <b>Vacancy – Cae Mawr ward</b><br/>NPR reported that one application had been received for the vacancy in the Cae Mawr ward. It was agreed that the applicant be invited to the April meeting.
R 6.4 | <b>Dog bin – Heol y Felin</b><br/>Clerk has asked HCBC to empty the bin weekly instead of fortnightly; no reply yet.
R 6.5 | <b>Bus shelter glazing</b><br/>RG presented two quotations for replacing the broken panels in the Heol y Felin shelter. It was resolved: to accept the lower quotation of £640. Proposer: RG, Seconder: DP
R 6.6 | <b>Defibrillator training</b><br/>MV reported that fourteen residents had attended the training evening and that a second evening was being arranged for May.
R 6.7 | <b>Speeding on Heol y Felin</b><br/>OT asked whether the results of the speed survey had been received; NPR said that HCBC had not yet sent them. To remain on the agenda.
R 6.8 | <b>Christmas lights account</b><br/>PG presented the final account for the Christmas lights, showing a cost of £1,188 against a budget of £1,250. The account was noted.
R 6.9 | <b>Tennis court booking</b><br/>GP reported that the key holder at the shop was willing to keep a booking book. It was agreed to try this for the summer season.
R 6.10 | <b>Playground inspection</b><br/>NPR reported that the monthly inspection had found no faults. Noted.
H 7. Planning (10 min)
R 7.1 | <b>14/03311/DCH – 14 Heol y Felin – two-storey side extension</b><br/>BL left the room. No objections. BL returned.
R 7.2 | <b>14/03342/MJR – Land at Cae Mawr – 24 dwellings</b><br/>RG said that the access onto Lôn Isaf was on a bend and that residents had raised this at the consultation. MV felt that the loss of the green wedge should be the main ground. It was resolved: to object on the grounds of highway safety and loss of the green wedge. Proposer: RG, Seconder: MV
R 7.3 | <b>15/00102/DCH – Ty Pen, Lôn Isaf – rear dormer</b><br/>No objections.
H 8. Finance (10 min)
R 8.1 | <b>Payments for approval</b><br/>PG presented the schedule of payments: Clerk’s salary £412.00; HMRC £103.00; Ty Glas Roofing (deposit) £500.00; Village Hall hire £15.00. It was resolved: all payments approved. Proposer: DP, Seconder: BL
R 8.2 | <b>Bank reconciliation</b><br/>PG confirmed the reconciliation to 28th February 2015. Noted.
R 8.3 | <b>Precept 2015/16</b><br/>NPR reported that HCBC had confirmed receipt of the precept request of £14,200.
H 9. Correspondence (5 min)
P Community councils’ association – area meeting 24th March; HCBC – consultation on the Local Development Plan; OLVA – thanks for the grant. All correspondence noted.
H 10. Members’ Reports (10 min)
P OT reported that the footpath from Lôn Isaf to the river was blocked by a fallen tree. GP reported that the Twyn litter pick had collected eleven bags.
H 11. Items for next agenda (1 min)
P Co-option interview; Welsh language scheme; speed survey.
H 12. Date of next meeting
P Thursday 9th April 2015 at 7.00pm, Village Hall.
S 6
P Meeting closed at 9.05pm.
P Signed …………………………… Chair          Date ……………………
