@title Cragglethwaite Parish Council - agenda June 2010
@font Times-Roman
@fontsize 11.5
HC <font size="15">Cragglethwaite Parish Council</font>
C Low Gill Barn, Cragglethwaite
C LA99 4QT
C Telephone: 01632 960418
P Clerk: Rosalind Pattinson
P 10 June 2010
S 4
P <b>Next Meeting: 7.30pm</b>
P <b>Thursday 17 June 2010</b>
P <b>Mechanics' Institute, Reading Room</b>
S 6
H 1. Apologies
P Apologies received by the clerk will be reported.
H 2. Minutes
P Minutes of the meeting of 20 May 2010 to be approved and signed by the chairman.
H 3. Vice Chair
P Cllr M Armitage has been asked to stand. The council to appoint a Vice Chair for the rest of 2010/11.
H 4. Declaration of Interests
P Members to declare any personal or prejudicial interest in the business below.
H 5. Local Police Report
H 6. County Councillor's report
P County Councillor J Fearon has been invited to report on matters affecting the parish.
H 7. Public Participation
P Up to 15 minutes are set aside for parishioners' questions.
H 8. Land at Scaw Bottom
P Report on the fallen wall at the bottom of the field and the two quotes for rebuilding it. Cllr Holliday has walked the boundary with the neighbouring farmer.
H 9. Co-option of Councillor
P One vacancy exists for the Ravensgill Side ward. Two applications have been received. (Voting will be by secret ballot).
H 10. Declaration of Acceptance of Office
P The newly co-opted councillor will be asked to sign the declaration before taking part in the meeting.
H 11. Clerk and Correspondence
P List of letters and e-mails received is attached.
H 12. Planning Applications Received
P LFNPA – 7/2010/5412 – Howe Foot Cottage – replacement porch and rooflight.
P LFNPA – 7/2010/5433 – Land at Thorny Intake – agricultural storage building.
P FDC – FD/2010/0276 – 3 Smithy Row – two storey side extension.
P FDC – FD/2010/0291 – Brackenholme End – conversion of barn to holiday let (amended plans).
H 13. Beck Path Resurfacing
P Cllr Holliday.
H 14. Financial Matters
P Accounts for payment (list attached); bank reconciliation to 31 May 2010.
H 15. Standing Orders
P To adopt the revised standing orders circulated with the May papers.
H 16. Date of Next Meeting
P Thursday 15 July 2010 at 7.30pm, Mechanics' Institute.
