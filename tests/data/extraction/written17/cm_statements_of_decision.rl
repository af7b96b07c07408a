@title Delegated Decisions by Cabinet Member for Transport
@font Helvetica
@fontsize 11
@footer Evenlode County Council – Statements of Decision || Page {page}
HC Delegated Decisions by Cabinet Member for Transport – 8 January 2026
S 4
HC Statement of Decision
S 6
H Progress of Approved Schemes – January 2026 Update
S 4
P <b>Cabinet Member for Transport :</b> Councillor Ian Hallam
P <b>Officers:</b> Graham Warrender (Corporate Core); Steve Howell and Mike Barnes (Environment &amp; Economy)
P <b>Also in attendance:</b>
P Other Members: Councillor Ros Tilling (Shadow Cabinet Member)
S 4
H Documentation considered:
P Progress of Approved Schemes – January 2026 Update (CMDT3)
P A copy is attached to the signed copy of this decision.
S 4
H Summary of representations in person
P Responding to comments from Councillor Tilling, Mr Barnes advised that he would let her have details of the background to the schemes shown with red status, particularly those delayed by land negotiations. With regard to scheme 14/24 he confirmed that it had been given a lower priority following the review of the capital programme.
S 4
P Having regard to the arguments and options set out in the documentation before me, the representations made to me and the further considerations set out above, I confirm my decisions on this matter as follows:
P to note the report and progress on the schemes set out in CMDT3.
S 18
P Signed ......................................................................
P Cabinet Member for Transport
S 8
P Date ………………………………….
PB
HC Delegated Decisions by Cabinet Member for Transport – 8 January 2026
S 4
HC Statement of Decision
S 6
H Ashwell Road, Eynsford – Proposed 20mph Speed Limit
S 4
P <b>Cabinet Member for Transport :</b> Councillor Ian Hallam
P <b>Officers:</b> Steve Howell (Environment &amp; Economy)
P <b>Also in attendance:</b>
P Other Members: Councillor Paul Duckett (Local Member for Eynsford)
S 4
H Documentation considered:
P Ashwell Road, Eynsford – Proposed 20mph Speed Limit (CMDT4)
P A copy is attached to the signed copy of this decision.
S 4
H Summary of representations in person
P Councillor Duckett spoke in support of the proposal, noting the number of children walking to Eynsford Primary School along Ashwell Road.
P Mrs Anita Clough, a resident of Ashwell Road, considered that the limit would not be observed without physical measures.
P The Cabinet Member asked whether enforcement would be reviewed after twelve months. Mr Howell confirmed that speed surveys would be repeated after one year and reported back.
S 4
P Having regard to the arguments and options set out in the documentation before me, the representations made to me and the further considerations set out above, I confirm my decisions on this matter as follows:
P to approve the introduction of a 20mph speed limit on Ashwell Road, Eynsford as advertised.
S 18
P Signed ......................................................................
P Cabinet Member for Transport
S 8
P Date ………………………………….
PB
HC Delegated Decisions by Cabinet Member for Transport – 8 January 2026
S 4
HC Statement of Decision
S 6
H Tanners Street, Kilnham Parva – Proposed Residents' Parking Zone
S 4
P <b>Cabinet Member for Transport :</b> Councillor Ian Hallam
P <b>Officers:</b> Steve Howell and Lesley Pegram (Environment &amp; Economy)
P <b>Also in attendance:</b>
P Other Members: Councillor Ros Tilling (Shadow Cabinet Member)
S 4
H Documentation considered:
P Tanners Street, Kilnham Parva – Proposed Residents' Parking Zone (CMDT5)
P A copy is attached to the signed copy of this decision.
S 4
H Summary of representations in person
P Councillor Tilling questioned whether the eastern end of Tanners Street, which contained mainly business premises, should be included in the zone.
P Ms Pegram explained that eleven of the fourteen objections came from that section and that its exclusion would not affect the operation of the remainder of the scheme.
S 4
P Having regard to the arguments and options set out in the documentation before me, the representations made to me and the further considerations set out above, I confirm my decisions on this matter as follows:
P to approve the Kilnham Parva Residents' Parking Zone as advertised, subject to the exclusion of Tanners Street east of its junction with Mill Lane;
P to ask officers to review the operation of the zone after six months.
S 18
P Signed ......................................................................
P Cabinet Member for Transport
S 8
P Date ………………………………….
PB
HC Delegated Decisions by Cabinet Member for Transport – 8 January 2026
S 4
HC Statement of Decision
S 6
H Concessionary Fares Scheme 2026/27 – Reimbursement Arrangements
S 4
P <b>Cabinet Member for Transport :</b> Councillor Ian Hallam
P <b>Officers:</b> Graham Warrender (Corporate Core); Ruth Ambler (Environment &amp; Economy)
P <b>Also in attendance:</b>
P Other Members: None
S 4
H Documentation considered:
P Concessionary Fares Scheme 2026/27 – Reimbursement Arrangements (CMDT6)
P A copy is attached to the signed copy of this decision.
S 4
H Summary of representations in person
P There were no representations in person. Ms Ambler advised that the reimbursement rate had been agreed with all but one of the operators.
S 4
P Having regard to the arguments and options set out in the documentation before me, the representations made to me and the further considerations set out above, I confirm my decisions on this matter as follows:
P to approve the reimbursement arrangements for operators participating in the Concessionary Fares Scheme for 2026/27 as set out in Annex 1 to CMDT6.
S 18
P Signed ......................................................................
P Cabinet Member for Transport
S 8
P Date ………………………………….
PB
HC Delegated Decisions by Cabinet Member for Transport – 5 February 2026
S 4
HC Statement of Decision
S 6
H Bus Shelter Maintenance Contract – Extension
S 4
P <b>Cabinet Member for Transport :</b> Councillor Ian Hallam
P <b>Officers:</b> Ruth Ambler (Environment &amp; Economy); Daniel Ferrier (Legal Services)
P <b>Also in attendance:</b>
P Other Members: Councillor Ros Tilling (Shadow Cabinet Member)
S 4
H Documentation considered:
P Bus Shelter Maintenance Contract – Extension (CMDT3)
P A copy is attached to the signed copy of this decision.
S 4
H Summary of representations in person
P Councillor Tilling asked why the contract had not been re-tendered. Mr Ferrier advised that the contract allowed one extension of up to two years and that the market would be tested during that period.
S 4
P Having regard to the arguments and options set out in the documentation before me, the representations made to me and the further considerations set out above, I confirm my decisions on this matter as follows:
P to approve a two year extension of the bus shelter maintenance contract with Cotsmoor Street Furniture Ltd from 1 April 2026.
S 18
P Signed ......................................................................
P Cabinet Member for Transport
S 8
P Date ………………………………….
PB
HC Delegated Decisions by Cabinet Member for Transport – 5 February 2026
S 4
HC Statement of Decision
S 6
H B4999 Coldharbour Heath – Proposed 7.5 Tonne Weight Restriction
S 4
P <b>Cabinet Member for Transport :</b> Councillor Ian Hallam
P <b>Officers:</b> Steve Howell (Environment &amp; Economy)
P <b>Also in attendance:</b>
P Other Members: Councillor Margaret Pybus (Local Member for Coldharbour and Woodleys)
S 4
H Documentation considered:
P B4999 Coldharbour Heath – Proposed 7.5 Tonne Weight Restriction (CMDT4)
P A copy is attached to the signed copy of this decision.
S 4
H Summary of representations in person
P Councillor Pybus supported the restriction on behalf of Coldharbour Heath Parish Council, which had collected 240 signatures in favour.
P Mr Dennis Ockwell of Ockwell Haulage Ltd spoke against the restriction, arguing that the signed diversion added eleven miles to local deliveries.
P Mr Howell reported that the exemption for access would allow deliveries within the restricted area to continue.
S 4
P Having regard to the arguments and options set out in the documentation before me, the representations made to me and the further considerations set out above, I confirm my decisions on this matter as follows:
P to approve the proposed 7.5 tonne weight restriction (except for access) on the B4999 through Coldharbour Heath as advertised.
S 18
P Signed ......................................................................
P Cabinet Member for Transport
S 8
P Date ………………………………….
PB
HC Delegated Decisions by Cabinet Member for Transport – 5 February 2026
S 4
HC Statement of Decision
S 6
H Highways Maintenance Programme 2026/27 – Quarterly Report
S 4
P <b>Cabinet Member for Transport :</b> Councillor Ian Hallam
P <b>Officers:</b> Mike Barnes (Environment &amp; Economy)
P <b>Also in attendance:</b>
P Other Members: None
S 4
H Documentation considered:
P Highways Maintenance Programme 2026/27 – Quarterly Report (CMDT5)
P A copy is attached to the signed copy of this decision.
S 4
H Summary of representations in person
P The Cabinet Member said that he would ask for the resurfacing list to be published on the Council website. Mr Barnes agreed to arrange this.
S 4
P Having regard to the arguments and options set out in the documentation before me, the representations made to me and the further considerations set out above, I confirm my decisions on this matter as follows:
P to note the quarterly report on the Highways Maintenance Programme 2026/27.
S 18
P Signed ......................................................................
P Cabinet Member for Transport
S 8
P Date ………………………………….
