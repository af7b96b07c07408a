@title West Area Planning Committee - Minutes - 20 November 2003
@font Helvetica
@fontsize 10
@numcol 14
@footer West Area Planning Committee 20 November 2003||Page {page}
HC WEST AREA PLANNING COMMITTEE
C 20 November 2003
HC MINUTES
P Held at Council Chamber, Tilney House, Feltonbury Meeting commenced: 6.00 pm Meeting ended: 8.50 pm
P Present: Councillor Maureen Halloway (Chairman) Councillors G Ashdown, P Corrigan, R Dainton, E Fairweather, J Gosling, T Hebblewhite, K Ingram, S Lomax, A Penhaligon, B Quarrie and Mrs D Yelland
P Apologies: Councillor N Vosper
H 412. Disclosure of Interests
P Councillor Gosling declared a personal interest in application 03/02301/OUT as a member of Lower Tessington Parish Council, which had been consulted on the application. He remained in the meeting but took no part in the discussion or the vote on that application.
P Councillors Corrigan and Lomax declared personal interests in application 03/02517/FUL, having each received correspondence from the applicant.
H 413. Minutes
P The Minutes of the meeting held on 30 October 2003 were approved and signed by the Chairman as a correct record.
H 414. Application 03/02188/FUL - The Old Forge, Church Lane, Upper Wexcombe
G APPLICANT | Mr and Mrs T Carbery
G APPLICATION SITE | The Old Forge, Church Lane, Upper Wexcombe
G PROPOSAL | Conversion of former forge to form one dwelling, with single storey glazed link and detached garage
G PUBLIC PARTICIPATION | Mrs J Pelham - objector; Mr D Okafor - agent for the applicant
P Mrs Pelham addressed the Committee on behalf of neighbouring residents and raised concerns about overlooking from the glazed link and the loss of the forge's character within the street scene. Mr Okafor responded that the scheme had been revised twice following advice from the Conservation Officer and that the glazing would be obscured on the east side.
P The Planning Officer reported that the Parish Council had withdrawn its objection following receipt of the amended plans.
P RESOLVED:
P That Planning Application 03/02188/FUL be APPROVED subject to the conditions set out in the report and an additional condition removing permitted development rights for further extensions.
H 415. Application 03/02301/OUT - Land adjoining Mill Farm, Hatchbury Road, Lower Tessington
P Councillor Fairweather, the Ward Member, left her seat at the table for this item; she addressed the Committee as Ward Member and did not take part in the debate or the vote.
G APPLICANT | Hatchbury Homes Ltd
G APPLICATION SITE | Land adjoining Mill Farm, Hatchbury Road, Lower Tessington
G PROPOSAL | Outline application for up to fourteen dwellings with access from Hatchbury Road
G PUBLIC PARTICIPATION | Mr R Stanier - Lower Tessington Parish Council; Mrs H Quayle - agent for the applicant
P Mr Stanier stated that the Parish Council objected to the scale of development, which would increase the size of the village by a fifth, and to the use of the narrow lane by construction traffic. Mrs Quayle advised that four of the dwellings would be affordable and that the highway authority had raised no objection. Councillor Fairweather spoke in support of the Parish Council's objection and referred to flooding of the lane in the winter of 2002.
P Councillor Ashdown proposed that the application be refused, contrary to the officer's recommendation, and Councillor Ingram seconded the proposal.
P RESOLVED:
P That Planning Application 03/02301/OUT be REFUSED for the following reasons: (1) the development would be out of scale with the settlement and contrary to the housing policies of the Local Plan; and (2) the access lane is inadequate to serve development of this size.
H 416. Application 03/02355/LBC - 14 Sheep Street, Feltonbury
G APPLICANT | Mr P Reddaway
G APPLICATION SITE | 14 Sheep Street, Feltonbury
G PROPOSAL | Internal alterations to form a shop at ground floor and reinstatement of sash windows
G PUBLIC PARTICIPATION | None
P Councillor Penhaligon asked whether the original staircase would be retained; the Conservation Officer confirmed that it would be repaired in place.
P RESOLVED:
P That Listed Building Consent 03/02355/LBC be GRANTED subject to the conditions set out in the report.
H 417. Application 03/02402/FUL - Orchard View, Pike Lane, Cotterwell
G APPLICANT | Mr G Farrant
G APPLICATION SITE | Orchard View, Pike Lane, Cotterwell
G PROPOSAL | Two storey rear extension and raised terrace
G PUBLIC PARTICIPATION | Mr G Farrant - applicant
P Mr Farrant explained that the terrace had been reduced in depth to address the concerns of the neighbour at Pike Cottage. Councillor Dainton moved that consideration of the application be deferred so that Members could see the relationship between the two properties, and this was seconded by Councillor Quarrie.
P RESOLVED:
P That consideration of Planning Application 03/02402/FUL be DEFERRED to allow Members to visit the site.
H 418. Application 03/02450/VARY - Barn Close Farm, Stowell Lane, Nether Kimble
G APPLICANT | Kimble Farm Produce
G APPLICATION SITE | Barn Close Farm, Stowell Lane, Nether Kimble
G PROPOSAL | Variation of condition 3 of permission 01/01177/FUL to extend the hours of operation of the packing shed
G PUBLIC PARTICIPATION | Mrs A Whitcombe - objector
P Mrs Whitcombe described the noise from reversing vehicles early in the morning. After hearing the representations, Members accepted the officer's suggested conditions, with the hours changed at the meeting so that deliveries are limited to between 7.30 am and 7.00 pm.
P RESOLVED:
P That Planning Application 03/02450/VARY be APPROVED subject to the amended hours of operation and the conditions set out in the report.
H 419. Application 03/02517/FUL - Unit 4, Brookfield Trading Estate, Feltonbury
G APPLICANT | Peak Condition Fitness
G APPLICATION SITE | Unit 4, Brookfield Trading Estate, Feltonbury
G PROPOSAL | Change of use from storage and distribution to a gymnasium
G PUBLIC PARTICIPATION | None
P Councillor Hebblewhite asked whether the estate had enough parking for evening classes. The Planning Officer advised that the other units closed at 5.30 pm and that 38 spaces would be available in the evening.
P RESOLVED:
P That Planning Application 03/02517/FUL be APPROVED subject to the conditions set out in the report.
H 420. Appeal Decisions
P The Committee noted the schedule of appeal decisions received since the last meeting, including the dismissal of the appeal at Hollins Barn, Cotterwell.
H 421. Enforcement - Land at Quarry Bank, Cotterwell
P The Chairman reminded Members that the stationing of a mobile home on the land had been reported to the Committee in September. The Planning Officer reported that no application had been received in the time allowed.
P RESOLVED:
P That the Head of Legal Services be authorised to issue an Enforcement Notice requiring the removal of the mobile home within three months.
H 422. Date of Next Meeting
P The next meeting of the Committee would be held on Thursday 18 December 2003 at 6.00 pm.
S 20
P Chairman ..................................................
