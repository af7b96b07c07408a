@title Leaders' Committee AGM minutes 11 June 2024
@font Helvetica
@fontsize 10.5
@header Item 2 – Minutes of meeting held on 11 June 2024
@footer Aldermouth Councils – Leaders' Committee||Page {page}
H Aldermouth Councils
S 4
H Minutes of the Annual General Meeting of the Leaders' Committee held on 11 June 2024
P Cllr Rhona Kettleby chaired the meeting until the election of the Chair (item 2)
S 4
H Present:
G ALDERMOUTH | Cllr Rhona Kettleby
G BRACKENDALE | Cllr Peter Langstone
G CALDERHOLT | Cllr Gareth Oduya
G DRAYMOOR | Cllr Lynne Harbottle
G EASTWICK GREEN | Mayor Dominic Feeney
G FERNLEIGH | Cllr Sunita Rawal
G GRIMSWORTH | Cllr Alastair Penhaligon
G HARTMOOR | Cllr Bernadette Quayle
G INGLEBROOK | Cllr Tariq Mahmood
G KELLINGFORD | Cllr Owen Stapleford
G LOWER MARSWELL | -
G NORTHMERE | Cllr Helen Ashworth-Price
G OAKHURST VALE | Cllr Nigel Brereton
G PENDLEWORTH | Cllr Joanne Whitlow
G RAVENSHOLT | Cllr Simon Adeyemi
S 4
H Apologies:
G LOWER MARSWELL | Cllr Catherine Moorcroft
G RAVENSHOLT | Cllr Leon Gaskell (for early departure)
S 4
H Ex officio (under the provisions of Standing Order 2.6):
G HOUSING | Cllr Neville Ashdown
G TRANSPORT AND ENVIRONMENT | Cllr Moira Tennant
S 4
P Officers of Aldermouth Councils were in attendance.
S 6
H 1. Declarations of interest
P No interests were declared.
H 2. Election of the Chair of Aldermouth Councils for 2024/25
P Cllr Rhona Kettleby, as outgoing Chair, thanked members for their support during the past two years and invited nominations for the office of Chair.
P Cllr Gareth Oduya (Calderholt) nominated Cllr Peter Langstone (Brackendale), and the nomination was seconded by Cllr Sunita Rawal (Fernleigh). There were no other nominations.
P Leaders' Committee agreed that Cllr Peter Langstone be elected Chair of Aldermouth Councils for 2024/25. Cllr Langstone took the chair.
H 3. Election of the Deputy Chair and Vice Chairs for 2024/25
P The Chair invited nominations for the offices of Deputy Chair and Vice Chair. Cllr Owen Stapleford (Kellingford) proposed the nominations set out below, which were seconded by Cllr Bernadette Quayle (Hartmoor).
P Leaders' Committee agreed the following appointments for 2024/25:
G Deputy Chair | Cllr Sunita Rawal (Fernleigh)
G Vice Chair | Cllr Rhona Kettleby (Aldermouth)
G Vice Chair | Cllr Nigel Brereton (Oakhurst Vale)
S 4
H 4. Membership of the Executive for 2024/25
P The Chair introduced the report, which set out the portfolio holders nominated by the party groups.
P Leaders' Committee: (i) noted the membership of the Executive for 2024/25 as set out in the report; and (ii) agreed that the Executive be asked to review the allocation of the skills and employment portfolio at its first meeting.
H 5. Minutes of the Leaders' Committee held on 12 March 2024
P The minutes of the Leaders' Committee held on 12 March 2024 were agreed as an accurate record.
H 6. Constitutional Matters
P Christine Ambler, Corporate Director, Resources, introduced the report, which set out the annual review of the Standing Orders, the Scheme of Delegations to Officers and the terms of reference of the associated joint committees.
P Cllr Tariq Mahmood asked whether the quorum of the Grants Committee would change. Christine Ambler confirmed that it would remain at one third of the members.
P Leaders' Committee: (i) agreed the revised Standing Orders set out at Appendix A; (ii) agreed the Scheme of Delegations to Officers set out at Appendix B; and (iii) noted the terms of reference of the associated joint committees.
H 7. Pension Pooling: Update from the Aldermouth Pensions Partnership
P Cllr Neville Ashdown, Chair of the Partnership's Shareholder Committee, updated members on the transfer of listed equities into the pool, which was now 82 per cent complete, and on the expected consultation on the future of local government pension scheme pooling.
P Leaders' Committee noted the update.
H 8. Local Government Finance: Spending Review Submission
P Mark Fenwick, Chief Executive, introduced the report, which set out the proposed key messages for the submission to the forthcoming Spending Review, including multi-year settlements, the reform of funding for temporary accommodation and the future of the business rates retention pilot.
P Mayor Dominic Feeney stressed the need for the submission to address special educational needs high-needs deficits explicitly. Cllr Lynne Harbottle supported this and asked that the data on high-needs deficits be circulated to all Leaders.
P Leaders' Committee: (i) noted the report; and (ii) agreed the key messages for the Spending Review submission, subject to the inclusion of a specific section on high-needs deficits.
H 9. Temporary Accommodation Pressures
P Cllr Helen Ashworth-Price introduced the report, which showed that the number of households in temporary accommodation across the region had risen by 14 per cent in the past year.
P Cllr Joanne Whitlow described the effect of out-of-area placements on Pendleworth's schools and GP services.
P Leaders' Committee agreed that the Chair write to the Minister for Local Government seeking an urgent increase in the Homelessness Prevention Grant and a review of the housing benefit subsidy rate for temporary accommodation.
H 10. Feedback from Joint Boards
P Members received feedback from the following boards:
G • Aldermouth Economic Partnership Board | Cllr Owen Stapleford
G • Aldermouth Skills Board | Cllr Rhona Kettleby
G • Aldermouth Crime Reduction Board | Cllr Simon Adeyemi
S 4
P Leaders' Committee noted the feedback.
H 11. Aldermouth Councils Statement of Accounts 2023/24 (unaudited)
P Christine Ambler introduced the unaudited accounts, which showed a small surplus on the core budget.
P Leaders' Committee approved the unaudited Statement of Accounts for 2023/24 for submission to the external auditor.
H 12. Minutes and summaries
P Leaders' Committee noted the minutes and summaries of the following meetings:
G • Executive – 16 April 2024 |
G • Grants Committee – 24 April 2024 |
G • Transport and Environment Committee – 16 May 2024 |
S 6
P The meeting ended at 12.50pm.
