@title Ashby Tallent Parish Council minutes 12 March 2008
@font Times-Roman
@fontsize 11
@footer Signed ............................................ Chairman          Date .......................... // Page {page}
HC ASHBY TALLENT PARISH COUNCIL
C Minutes of the Parish Council Meeting held on Wednesday, 12th March, 2008, at 7.30pm in Ashby Tallent Village Hall
P <b>Present:-</b> Cllr R J Penhaligon (Chair); Cllr D M Arkwright; Cllr Mrs T Scholey; Cllr P L Wendover; Cllr Mrs H Quayle
P <b>In attendance:</b> Mrs G Tillotson (Clerk); County Cllr K Ambler; PCSO Dawn Feltham; 3 members of the public
P During the public part of the meeting the following points were raised:-
P - Bus shelter, Brockhurst Lane – the cracked panel has been replaced and the contractor has been paid
P - Speedwatch – three more residents have offered to join the rota. It was agreed to mention the scheme in the next parish magazine report
P - PCSO Dawn Feltham reported two thefts of red diesel from farm yards on Kiln Road and a shed break-in on Orchard Rise since the February meeting. She asked residents to mark garden tools and to report any vans seen at night
P - A resident asked whether the grit bin at the top of Church Bank could be refilled before next winter. Agreed clerk to ask the County Council highways depot
P The chairman opened the meeting by welcoming Cllr Mrs Quayle to her first meeting following her co-option in February.
H 1. Apologies
P Apologies were received from Cllr B Oddie (work commitments). District Cllr Mrs J Stainforth had also sent her apologies.
H 2. Declarations of interest
P Cllr Wendover declared a personal and prejudicial interest in item 6 as a trustee of the village hall.
H 3. Minutes of the meeting held on 13th February 2008
P The minutes were approved as a true record and signed by the chairman. Proposed Cllr Arkwright, seconded Cllr Mrs Scholey.
H 4. Matters arising
P a) Village sign – the replacement sign for the Thorpe Road entrance has been delivered. Cllr Arkwright will fit it with the help of two volunteers once the ground has dried.
P b) Footpath 14 – the clerk reported that the broken stile by Holloway Farm has been replaced with a kissing gate by the county rights of way team.
H 5. Accounts for payment
P The following accounts were approved for payment: clerk's salary (January to March) £412.50; Ashby Tallent Village Hall, room hire £24.00; R Mossop, grass cutting £180.00; Hallam Mutual, insurance renewal £296.18. Proposed Cllr Wendover, seconded Cllr Mrs Quayle.
H 6. Village hall car park
P Cllr Wendover left the room. The clerk presented two quotations for resurfacing the front section of the car park, of £2,860 and £3,125. Cllr Mrs Scholey said the hall committee had raised £1,900 towards the cost. After discussion it was RESOLVED to contribute £350 from the parish council's reserves towards the lower quotation. Cllr Wendover returned to the meeting.
H 7. Planning
P 08/00217/FUL – single storey rear extension, 4 Mill Croft. It was agreed to raise no objection.
P 08/00241/LBC – replacement windows, The Old Forge, Main Street. Cllr Penhaligon said the windows facing the green should be timber rather than uPVC. It was agreed to ask the planning officer to seek timber frames.
H 8. Correspondence
P County Association of Parish Councils newsletter; Rural Community Council training programme; letter from the Diocese about the churchyard wall. The correspondence was noted.
H 9. Report from County Councillor
P County Cllr Ambler reported that resurfacing of Main Street and Thorpe Road was now programmed for July and that the county's highways budget for minor works had been cut by ten per cent.
H 10. Date of next meeting
P Wednesday, 9th April, 2008 at 7.30pm in the Village Hall, preceded by the Annual Parish Meeting at 7.00pm.
P The meeting closed at 9.05pm.
