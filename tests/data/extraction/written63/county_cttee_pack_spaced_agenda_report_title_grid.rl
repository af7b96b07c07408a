@title Environment, Development and Transport Committee 11 March 2016
@font Helvetica
@fontsize 10.5
@footer {page}
HC Environment, Development and Transport Committee
S 10
G Date: | Friday, 11 March 2016
G Time: | 10:00
G Venue: | Mereside Room, County Hall, Wherry Lane, Eastmere, EM1 2DH
S 8
P Please switch mobile phones to silent during the meeting.
S 6
H Membership
G Mr M Castleton - Chairman | Mr J Kerridge
G Mrs J Overy - Vice-Chairman | Mrs S Lusher
G Mr P Dunnett | Mr D Pegg
G Mr T Fenner | Mr B Spall
G Ms C Hewins | Mrs A Thrower
G Mr K Jessop | Mr R Youngs
S 8
P Enquiries about this agenda: Helen Thirkettle, Committee Officer, 01632 960 223, committees@eastmere.gov.uk
S 6
P This meeting may be filmed or recorded under the Council's protocol on media at public meetings. Anyone wishing to film should tell the Chairman beforehand and do so openly; please respect the wishes of anyone who does not want to be filmed.
PB
HC A g e n d a
S 6
R 1. | Apologies and notice of substitute members
R 2. | Minutes of the meeting held on 22 January 2016 <b>Page 3</b>
R 3. | Declarations of Interest. Members with a Disclosable Pecuniary Interest in an item should not speak or vote on it, and must declare it at the meeting if it is not already on their register. Members with another interest should declare it and consider whether to take part.
R 4. | Urgent business at the Chairman's discretion
R 5. | Local Member Issues/ Member Questions. Up to fifteen minutes for members to raise local matters notified in advance. Questions must reach the Committee Team by 5pm on Monday 7 March 2016.
R 6. | Eastmere Rail Prospectus. Report by the Executive Director of Community and Environmental Services <b>Page 5</b>
R 7. | Highway Capital Programme 2016/17 and Transport Asset Management Plan. Report by the Executive Director of Community and Environmental Services <b>Page 6</b>
R 8. | Forward Plan and decisions taken under delegated authority. Report by the Executive Director of Community and Environmental Services <b>Page 7</b>
S 12
P Rowena Gedge
P Head of Democratic Services
P County Hall, Wherry Lane, Eastmere, EM1 2DH
S 6
P Date Agenda Published: Thursday, 3 March 2016
S 6
I This agenda can be provided in large print, audio, Braille or another language on request to Helen Thirkettle, 01632 960 223.
PB
HC Environment, Development and Transport Committee
C Minutes of the Meeting Held on Friday 22 January 2016 at 10am in the Mereside Room, County Hall, Eastmere
S 4
H Present:
G Mr M Castleton (Chairman) | Mr J Kerridge
G Mrs J Overy (Vice-Chairman) | Mrs S Lusher
G Mr P Dunnett | Mr D Pegg
G Mr T Fenner | Mrs A Thrower
G Ms C Hewins | Mr R Youngs
G Mr L Brewster (substitute) |
S 4
H 1 Apologies and Substitutions
R 1.1 | Apologies were received from Mr K Jessop and Mr B Spall (Mr L Brewster substituting).
H 2 Minutes
R 2.1 | The minutes of the meeting held on 13 November 2015 were agreed as a correct record and signed by the Chairman.
H 3 Declarations of Interest
R 3.1 | There were no declarations of interest.
H 4 Urgent Business
R 4.1 | There was no urgent business.
H 5 Local Member Issues/Member Questions
R 5.1 | One local member question had been received from Mr T Fenner about the closure of the Wherry Staithe footbridge for repairs. The Assistant Director, Highways and Transport, Mr Nigel Farrow, replied that the bridge would reopen by the end of April and that a temporary diversion was signed.
R 5.2 | Mr Fenner asked a supplementary question about the cost of the works. Mr Farrow said he would provide the figure in writing after the meeting.
H 6 Local Flood Risk Management Strategy Refresh
R 6.1 | The Committee received the report by the Executive Director of Community and Environmental Services seeking approval of the refreshed Local Flood Risk Management Strategy for consultation. The Flood and Water Manager, Ms Kate Spurgeon, introduced the report.
R 6.2 | Ms Hewins asked how parish councils would be involved in the consultation. Ms Spurgeon replied that every town and parish council would receive a copy and that two drop-in events would be held in the worst affected areas.
R 6.3 | Mr Youngs said the strategy should give more weight to surface water flooding in the market towns.
R 6.4 | The Committee <b>RESOLVED</b> to approve the draft Local Flood Risk Management Strategy for public consultation, subject to the comments made by members being reflected in the consultation document.
H 7 Recycling Credits Payments to District Councils
R 7.1 | The Committee received the report setting out options for the level of recycling credits paid to the district councils from April 2016. Mr Pegg proposed and Mrs Lusher seconded that option 2, a tapered reduction over three years, be recommended.
R 7.2 | On being put to the vote, with 9 votes in favour and 3 against, the Committee <b>RESOLVED</b> to recommend to Policy and Resources Committee that recycling credits be reduced in three equal steps from April 2016.
H 8 Performance Monitoring Report
R 8.1 | The Committee received the report on performance against the key performance indicators for the committee's services to the end of November 2015. Mrs Overy drew attention to the improvement in the time taken to repair street lights.
R 8.2 | The Committee noted the report.
H 9 Forward Plan and Decisions Taken under Delegated Authority
R 9.1 | The Committee noted the Forward Plan and the delegated decisions reported.
S 6
P The meeting concluded at 12.05pm
S 14
P Chairman
PB
G Environment, Development and Transport Committee | Item No. 6
S 4
T Report title: | Eastmere Rail Prospectus
T Date of meeting: | 11 March 2016
T Responsible Chief Officer: | Anita Vosper - Executive Director, Community and Environmental Services
S 4
H Strategic impact
P The Rail Prospectus sets out the Council's priorities for improvements to rail services to and within the county. It will be used to influence the specification of the next franchise and the investment decisions of the rail industry.
H Executive summary
P A draft Rail Prospectus has been prepared with the district councils and the Local Enterprise Partnership. It identifies journey time improvements to the capital, more frequent services on the coast line and new stations at Wherry Fields and Caddersby Cross as the county's priorities.
H Recommendations:
P Members are asked to: 1. Agree the draft Rail Prospectus for publication. 2. Delegate to the Executive Director, in consultation with the Chairman, minor changes to the text before publication.
H 1. Proposal
P 1.1 The Prospectus will be launched at a stakeholder event in April and submitted to the Department as the Council's response to the franchise consultation.
P 1.2 Graham Tuttle, Transport Planning Manager, will present the main points at the meeting.
H 2. Financial Implications
P 2.1 The launch event and printing will cost approximately £3,500, which can be met from the existing transport planning budget.
PB
G Environment, Development and Transport Committee | Item No. 7
S 4
T Report title: | Highway Capital Programme 2016/17 and Transport Asset Management Plan
T Date of meeting: | 11 March 2016
T Responsible Chief Officer: | Anita Vosper - Executive Director, Community and Environmental Services
S 4
H Strategic impact
P The highway capital programme maintains and improves the county's highway network, which is the Council's largest physical asset, valued at more than £4 billion.
H Executive summary
P The Department's settlement for 2016/17 provides £31.2m of structural maintenance and integrated transport funding, an increase of £1.4m on the current year because of the incentive fund element. This report sets out the proposed allocations and the updated Transport Asset Management Plan.
H Recommendations:
P Members are asked to: 1. Approve the proposed allocations for 2016/17 and indicative allocations for 2017/18 and 2018/19. 2. Approve the Transport Asset Management Plan for 2016/17 to 2020/21.
H 1. Proposal
P 1.1 The programme prioritises the resurfacing of the principal road network and the replacement of life-expired street lighting columns.
P 1.2 Allocations to the local member highway budgets will remain at £6,000 per division.
PB
G Environment, Development and Transport Committee | Item No. 8
S 4
T Report title: | Forward Plan and decisions taken under delegated authority
T Date of meeting: | 11 March 2016
T Responsible Chief Officer: | Anita Vosper - Executive Director, Community and Environmental Services
S 4
H Strategic impact
P Regular reporting of forthcoming business and officer decisions keeps members informed and supports open decision-making.
H Executive summary
P This report sets out the Forward Plan for the Committee and the delegated decisions taken by officers since the last meeting, including the award of the winter maintenance contract extension and two traffic regulation orders.
H Recommendations:
P Members are asked to: 1. Review the Forward Plan and identify any additions, deletions or changes. 2. Note the delegated decisions set out in section 2 of this report.
H 1. Forward Plan
P 1.1 The Forward Plan is attached at Appendix A. The May meeting will consider the review of the Park and Ride service.
H 2. Delegated decisions
P 2.1 Traffic Regulation Order, Quay Street, Caddersby Market: 20mph limit confirmed on 2 February 2016.
P 2.2 Winter maintenance contract: extended for one year from 1 April 2016.
