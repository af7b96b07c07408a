@title Decisions 11th-Feb-2026 18.30 Cabinet
@font Times-Roman
@fontsize 11
@header 
@footer 
HC KENBURY BOROUGH COUNCIL
S 6
HC RECORD OF DECISION OF THE Cabinet
S 6
P <b>Decision Made:</b>
P 11 February 2026
S 4
HC <u>Medium Term Financial Strategy and Budget Proposals 2026/27</u>
H <u>Issue for Decision</u>
P To consider the budget proposals for 2026/27 and the updated Medium Term Financial Strategy for recommendation to Council on 25 February 2026.
H <u>Decision Made</u>
P 1. That the revenue budget for 2026/27 set out in Appendix A be agreed for recommendation to Council.
P 2. That the Council Tax for a Band D property be increased by 2.99% to £284.67.
P 3. That the updated Medium Term Financial Strategy 2026/27 – 2030/31 be approved for recommendation to Council.
H <u>Reasons for Decision</u>
P The Council is required to set a balanced budget before 11 March each year. The Director of Finance and Resources reported that the proposals took account of the provisional local government finance settlement announced on 18 December 2025 and of the responses to the budget consultation, in which 61% of respondents supported a rise at the referendum limit.
H <u>Alternatives considered and why rejected</u>
P A smaller increase in Council Tax was considered but rejected because it would have required further savings of £310,000 from front line services.
H <u>Background Papers</u>
P None.
S 8
I Should you be concerned about this decision and wish to call it in, please submit a call-in form signed by any two Non-Executive Members to the Head of Policy, Governance and Democracy by: <b>5.00 pm Thursday 19 February 2026</b>
PB
HC KENBURY BOROUGH COUNCIL
S 6
HC RECORD OF DECISION OF THE Cabinet
S 6
P <b>Decision Made:</b>
P 11 February 2026
S 4
HC <u>Fees and Charges 2026/27</u>
H <u>Issue for Decision</u>
P To agree the schedule of fees and charges for discretionary services from 1 April 2026.
H <u>Decision Made</u>
P 1. That the fees and charges set out in Appendix 1 be agreed with effect from 1 April 2026.
P 2. That the charge for the garden waste service remain at £52 per bin for 2026/27.
P 3. That delegated authority be given to the Director of Place, in consultation with the Cabinet Member for Environment, to vary car park charges for special events.
H <u>Reasons for Decision</u>
P The review compared each charge with those of neighbouring authorities and with the cost of providing the service. Most charges rise by between 3% and 5%. Holding the garden waste charge is expected to protect take-up, which fell slightly in 2025.
H <u>Alternatives considered and why rejected</u>
P An across-the-board increase of 5% was rejected because some charges would then exceed full cost recovery.
H <u>Background Papers</u>
P None.
S 8
I Should you be concerned about this decision and wish to call it in, please submit a call-in form signed by any two Non-Executive Members to the Head of Policy, Governance and Democracy by: <b>5.00 pm Thursday 19 February 2026</b>
PB
HC KENBURY BOROUGH COUNCIL
S 6
HC RECORD OF DECISION OF THE Cabinet
S 6
P <b>Decision Made:</b>
P 11 February 2026
S 4
HC <u>Kenbury Town Centre Car Parks – Contactless Payment Contract</u>
H <u>Issue for Decision</u>
P To award a contract for the supply and maintenance of contactless payment machines in the Council's six town centre car parks.
H <u>Decision Made</u>
P 1. That the contract be awarded to the preferred bidder identified in the exempt Appendix 2, for an initial term of five years with an option to extend for two further years.
P 2. That the Head of Legal Partnership be authorised to complete the contract documentation.
H <u>Reasons for Decision</u>
P The existing machines are more than twelve years old and no longer accept newer payment cards. The tender attracted four compliant bids, which were evaluated on a 60% quality and 40% price basis.
H <u>Alternatives considered and why rejected</u>
P Retaining the existing machines was rejected because the supplier will withdraw support for them at the end of June 2026. A cashless, app-only system was rejected following the equalities impact assessment.
H <u>Background Papers</u>
P Tender evaluation matrix (exempt).
S 8
I Should you be concerned about this decision and wish to call it in, please submit a call-in form signed by any two Non-Executive Members to the Head of Policy, Governance and Democracy by: <b>5.00 pm Thursday 19 February 2026</b>
PB
HC KENBURY BOROUGH COUNCIL
S 6
HC RECORD OF DECISION OF THE Cabinet
S 6
P <b>Decision Made:</b>
P 11 February 2026
S 4
HC <u>Third Quarter Performance Monitoring 2025/26</u>
H <u>Issue for Decision</u>
P To consider the Council's performance against its key performance indicators for October to December 2025.
H <u>Decision Made</u>
P 1. That the summary of performance for Quarter 3 be noted, including the 14 indicators that met or exceeded their targets.
P 2. That the actions proposed to improve the time taken to process housing benefit changes be noted.
H <u>Reasons for Decision</u>
P Regular monitoring allows the Cabinet to hold services to account. Of the 22 indicators reported, 14 were on target, five were within 10% of target and three had missed their targets.
H <u>Alternatives considered and why rejected</u>
P None; the report was for information.
H <u>Background Papers</u>
P None.
S 8
I This decision is not subject to call-in.
PB
HC KENBURY BOROUGH COUNCIL
S 6
HC RECORD OF DECISION OF THE Cabinet
S 6
P <b>Decision Made:</b>
P 11 February 2026
S 4
HC <u>Adoption of the Kenbury Tree and Woodland Strategy</u>
H <u>Issue for Decision</u>
P To adopt the Tree and Woodland Strategy following public consultation and consideration by the Communities, Housing and Environment Policy Advisory Committee.
H <u>Decision Made</u>
P 1. That the Tree and Woodland Strategy attached at Appendix A be adopted.
P 2. That the target of planting 12,000 trees on Council land by 2030 be confirmed.
P 3. That an annual progress report be made to the Policy Advisory Committee.
H <u>Reasons for Decision</u>
P The strategy was amended after the consultation to give greater weight to the protection of existing hedgerows, as requested by the Policy Advisory Committee at its meeting on 13 January 2026.
H <u>Alternatives considered and why rejected</u>
P Not adopting a strategy was rejected, as the Council would have no framework for its commitments under the Climate Emergency Action Plan.
H <u>Background Papers</u>
P Consultation responses summary, December 2025.
S 8
I Should you be concerned about this decision and wish to call it in, please submit a call-in form signed by any two Non-Executive Members to the Head of Policy, Governance and Democracy by: <b>5.00 pm Thursday 19 February 2026</b>
PB
HC KENBURY BOROUGH COUNCIL
S 6
HC RECORD OF DECISION OF THE Cabinet
S 6
P <b>Decision Made:</b>
P 11 February 2026
S 4
HC <u>Disposal of Land at Orchard Rise, Hallingford</u>
H <u>Issue for Decision</u>
P To consider the disposal of 0.4 hectares of surplus land at Orchard Rise to a registered provider for affordable housing.
H <u>Decision Made</u>
P The item was deferred to the meeting on 11 March 2026 to allow the ward Members to be consulted on the draft heads of terms.
H <u>Reasons for Decision</u>
P Ward Members had not received the draft heads of terms before the agenda was published.
H <u>Alternatives considered and why rejected</u>
P Not applicable.
H <u>Background Papers</u>
P None.
S 8
I This decision is not subject to call-in.
