@title Minutes 16 July 2014
@font Helvetica
@fontsize 10.5
@numcol 12
@footer Ashwardine, Colverley & Thrapsey Hay Parish Council Minutes 16.07.14 || Page {page}
HC ASHWARDINE, COLVERLEY &amp; THRAPSEY HAY PARISH COUNCIL
HC MINUTES OF PARISH COUNCIL MEETING HELD ON Wednesday 16th July 2014 at 8.00 pm in ASHWARDINE COMMUNITY CENTRE
P <b>Present:</b> R Mellard Chairman, P Dunstone, K Orrell, A Fenwright, J Sallis, H Pountney, District Cllr M Quennell, C Cllr S Tabbernor, Sergeant W Hollins, PCSO Karen Ebdon
P <b>In attendance</b> Clerk D J Ravenhill
P There were five members of the public present.
H Public session
P Sergeant Hollins explained that the rural neighbourhood team had been reorganised over the summer and that Colverley and Thrapsey Hay would now share a team with Brackenholt Magna. He gave the figures for the period since the last meeting: 31 incidents had been logged, of which 24 related to the main road and the lay-by at Pouncey Gate and only two had taken place in the villages. Both were thefts of diesel from farm tanks and enquiries were continuing.
P PCSO Ebdon reported that she had held two drop-in sessions at the Community Centre and would hold a further one on 6th August. She asked councillors to let her know of any sites where parking on the verge was causing an obstruction.
P A resident of Moss Lane asked whether the 30 mph limit could be extended past the cattery, as vehicles were still travelling at speed when pedestrians crossed to the footpath. The Chairman said the matter would be taken up under item 9 and that the County Councillor would be asked to raise it with Highways.
S 4
R 1. | <b>Apologies for absence</b><br/>Apologies were received from Cllr G Hexall (holiday). These were accepted.
R 2. | <b>Declarations of interest</b><br/>Cllr Sallis declared a personal interest in item 8(b) as a neighbour of the applicant and took no part in the discussion of that application.
R 3. | <b>Minutes of the meeting held on 18th June 2014</b><br/>It was resolved that the minutes of the meeting held on 18th June 2014 be approved as a true record and signed by the Chairman. Proposed Cllr Orrell, seconded Cllr Fenwright.
R 4. | <b>Matters arising</b><br/>The Clerk reported on the matters carried forward from the June meeting.<br/>(a) Salt bin, Thrapsey Lane – the County Council had confirmed that the bin would be refilled before the winter but would not be replaced.<br/>(b) Noticeboard, Colverley – the new board had been fitted by Hartshorn Joinery and the invoice was listed for payment under item 7.<br/>(c) Hedge at the Old Forge – the owner had cut the hedge back and the footway was now clear.
R 5. | <b>County Councillor's report</b><br/>C Cllr Tabbernor reported that the resurfacing of Colverley Bank had been moved forward to September and that the road would be closed for three nights. He had asked Highways for a speed survey on Moss Lane and would report back. Councillors asked that the survey should run for at least a week and should include a weekend. Noted.
R 6. | <b>District Councillor's report</b><br/>District Cllr Quennell reported that the consultation on the Site Allocations document had closed and that 412 responses had been received. The Planning Committee was expected to consider the amended document in the autumn. She also reported that the garden waste charge would rise to £38 from April next year. Noted.
R 7. | <b>Finance</b><br/>(a) It was resolved to pay the following accounts: D J Ravenhill, salary July £312.40; Hartshorn Joinery, noticeboard £486.00; Wyremoor Parish Councils' Association, training £45.00; Ashwardine Community Centre, room hire £22.50.<br/>(b) The Clerk presented the bank reconciliation to 30th June 2014 showing a balance of £7,904.16. The reconciliation was checked and signed by Cllr Dunstone.
R 8. | <b>Planning</b><br/>(a) 14/20311/HOU – 4 Mill Bank, Colverley – single storey rear extension. The Council resolved to raise no objection.<br/>(b) 14/20390/FUL – Land adjacent to Yew Tree Farm, Thrapsey Hay – conversion of barn to one dwelling. Councillors discussed the access onto the lane and the loss of the barn owl nesting site. The Council resolved to object on highway grounds and to ask for an ecology survey.<br/>(c) Decisions received: 14/20114/HOU – Brook House, Ashwardine – approved.
R 9. | <b>Highways and footpaths</b><br/>Cllr Pountney reported that the fingerpost on footpath 14 at Pouncey Gate had been broken again. The Clerk was asked to report it to the Rights of Way team. The speeding on Moss Lane raised in the public session was discussed; it was agreed to ask the County Councillor to support an extension of the 30 mph limit as far as the cattery.
R 10. | <b>Playing field and play equipment</b><br/>The annual inspection report had been received and showed two medium risk items: a worn chain on the cradle swing and a split board on the climbing frame. Cllr Fenwright presented a quotation of £385.00 from Playsafe Midlands for both repairs. It was agreed to accept the quotation from Playsafe Midlands.
R 11. | <b>Community Speed Watch</b><br/>Cllr Pountney reported that the group had carried out six sessions since May and that 58 vehicles had been recorded above the threshold. Two more volunteers had been trained. Noted.
R 12. | <b>Correspondence</b><br/>(a) Wyremoor County Council – winter maintenance leaflet.<br/>(b) Mrs E Chell – letter of thanks for the Council's donation to the Colverley flower festival.<br/>(c) Community Council of Wyremoor – rural housing week. The correspondence was noted.
R 13. | <b>Items for the next agenda</b><br/>Defibrillator for Thrapsey Hay; review of standing orders.
R 14. | <b>Date of next meeting</b><br/>Wednesday 17th September 2014 at 8.00 pm in Colverley Village Hall.
S 6
P The meeting closed at 9.52 pm.
S 14
P Signed ........................................ Chairman     Date ....................
