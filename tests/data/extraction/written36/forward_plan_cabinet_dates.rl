@title Forward Plan of Executive (Cabinet) Decisions July - August 2024
@font Helvetica
@fontsize 9.5
@footer Forward Plan – July to August 2024 || Page {page}
HC HEDNESMOOR DISTRICT COUNCIL
HC FORWARD PLAN OF EXECUTIVE (CABINET) DECISIONS
C For the period 1 July 2024 to 31 August 2024
C Published: 3 June 2024
P This Forward Plan lists the key and non-key decisions that the Cabinet expects to take in the two months covered by the Plan. It shows, for each item, the Cabinet meeting at which it will be considered, the contact officer and Cabinet Member, whether it is a key decision and whether any part of the report is expected to be considered in private.
P Anyone wishing to make representations about an item should contact the officer named against it at least five clear working days before the meeting. Reports are published on the Council’s website five clear working days before each meeting. The Plan is updated monthly and items may move to a later meeting.
S 4
TH Cabinet Date | Item for Consideration | Contact Officer / Cabinet Member | Key Decision? | Confidential? (Reason)
T 4 July 2024 | Town Centre Regeneration – Acquisition of 14-18 Market Street, Hednesmoor | Head of Economic Development / Cabinet Member for Economic Growth | Yes | Yes – Paragraph 3 (financial or business affairs)
T 4 July 2024 | Housing Revenue Account Business Plan Refresh 2024–2054 | Head of Housing and Partnerships / Cabinet Member for Housing | Yes | No
T 4 July 2024 | Council Tax Reduction Scheme 2025/26 – Approval to Consult | Head of Finance / Cabinet Member for Finance and Resources | Yes | No
T 4 July 2024 | Air Quality Annual Status Report 2024 | Environmental Health Manager / Cabinet Member for Environment | No | No
T 25 July 2024 | Leisure Facilities Investment Programme – Phase 2 | Head of Culture and Leisure / Cabinet Member for Community Wellbeing | Yes | No
T 25 July 2024 | Garden Waste Subscription Charges 2025/26 | Head of Environmental Services / Cabinet Member for Environment | Yes | No
T 25 July 2024 | Corporate Performance Report – Quarter 1 2024/25 | Head of Transformation / Leader of the Council | No | No
T 25 July 2024 | Financial Performance Report – Quarter 1 2024/25 | Head of Finance / Cabinet Member for Finance and Resources | No | No
T 25 July 2024 | Disabled Facilities Grants – Discretionary Policy Review | Head of Housing and Partnerships / Cabinet Member for Housing | Yes | No
T 29 August 2024 | Local Plan Review – Preferred Options Consultation | Planning Policy Manager / Cabinet Member for Planning and Regeneration | Yes | No
T 29 August 2024 | Moorside Country Park – Management Agreement with the Countryside Trust | Head of Culture and Leisure / Cabinet Member for Community Wellbeing | Yes | No
T 29 August 2024 | Empty Homes Strategy 2024–2029 | Head of Housing and Partnerships / Cabinet Member for Housing | No | No
T 29 August 2024 | Grounds Maintenance Contract – Award | Head of Environmental Services / Cabinet Member for Environment | Yes | Yes – Paragraph 3 (financial or business affairs)
S 6
H Notes
P <b>Key decision:</b> an executive decision which is likely to result in expenditure or savings of £250,000 or more, or to have a significant effect on communities living or working in two or more wards of the district.
P <b>Confidential items:</b> where a report contains exempt information as defined in Schedule 12A to the Local Government Act 1972, the Cabinet may resolve to consider it in private. The paragraph of Schedule 12A that applies is shown against the item.
P <b>Contact:</b> Democratic Services, Civic Centre, Beecroft Road, Hednesmoor. Telephone 01632 960 481.
