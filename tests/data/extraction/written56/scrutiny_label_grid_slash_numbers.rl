@title Economy and Environment OSC 14.11.17 minutes
@font Helvetica
@fontsize 10.5
@numcol 18
@footer Wednesmoor Council - Economy and Environment Overview and Scrutiny Committee - 14 November 2017||Page {page}
H Economy and Environment Overview and Scrutiny Committee
P Tuesday 14 November 2017 at 6.00pm
P at the Council House, Wednesmoor
S 4
G <b>Committee Members</b> | Councillor R. Haddleton (Chair)
G <b>Present</b> | Councillor S. Pinfold (Vice &#8211; Chair)
G  | Councillor A. Bissell
G  | Councillor D. Cotterill
G  | Councillor H. Kaur
G  | Councillor M. Lowbridge
G  | Councillor J. Nock
G  | Councillor P. Rudge
G  | Councillor T. Sandhu
G <b>Other Member Present</b> | Councillor G. Whitehouse, Portfolio Holder for Clean and Green
G <b>Officers Present</b> | Karen Tilsley, Head of Clean and Green Services
G  | Marcus Aldridge, Head of Regeneration
G  | Paula Shenton, Finance Manager (Economy and Environment)
G  | Liam Brough, Democratic Services Officer
S 8
R 44/17 | <b>Apologies</b>
R  | Apologies were received from Councillors Greaves and Olorunfemi.
R 45/17 | <b>Substitutions</b>
R  | There were no substitutions.
R 46/17 | <b>Declarations of Interest and Party Whip</b>
R  | Councillor Nock declared a non-pecuniary interest in item 50/17 as a member of the Wednesmoor Town Centre Business Improvement District board. There were no declarations of party whip.
R 47/17 | <b>Local Government (Access to Information) Act 1985 (as amended)</b>
R  | There were no items to consider in private session.
R 48/17 | <b>Minutes of the Previous Meeting</b>
R  | <b>Resolved</b>
R  | That the minutes of the meeting held on 26 September 2017, copies having previously been circulated, be approved as a true and accurate record.
R 49/17 | <b>Fly-tipping Enforcement &#8211; Progress Report</b>
R  | At the invitation of the Chair, the Portfolio Holder for Clean and Green introduced the report and explained that the number of fixed penalty notices issued for fly-tipping had risen from 38 to 112 since the enforcement contract began in April.
R  | The Head of Clean and Green Services, Karen Tilsley, reported that hotspots around the Sedgmoor Cut canal towpath and the Foundry Street garages had been fitted with covert cameras. Councillor Kaur asked whether the cameras could be moved to the alleyways behind Church Hill. The Head of Clean and Green Services confirmed that the cameras were redeployable.
R  | Councillor Rudge questioned whether the contractor was targeting householders rather than commercial offenders. Councillor Whitehouse responded that the contract contained no incentive payments.
R  | <b>Resolved</b>
R  | 1. That the report be noted; and
R  | 2. That a further report on the outcome of prosecutions be presented to the Committee in March 2018.
R 50/17 | <b>Town Centre Masterplan &#8211; Update</b>
R  | The Head of Regeneration, Marcus Aldridge, gave a presentation on progress with the Town Centre Masterplan, including the acquisition of the former Co-operative department store and the first phase of public realm works on Bridge Street.
R  | Members welcomed the progress made. Councillor Pinfold asked that market traders be consulted before the relocation of the outdoor market.
R  | <b>Resolved</b>
R  | That the update be noted and that market traders be consulted on the proposed relocation of the outdoor market.
R 51/17 | <b>Draft Revenue Budget 2018/19 &#8211; Economy and Environment Portfolio</b>
R  | The Finance Manager, Paula Shenton, presented the draft revenue budget proposals relating to the remit of the Committee, which included savings of &#163;1.26 million.
R  | Councillor Cotterill proposed that the Committee recommend to Cabinet that the proposal to reduce the frequency of street cleansing in residential areas be withdrawn. This was seconded by Councillor Sandhu. The proposal was put to the vote and carried.
R  | <b>Resolved</b>
R  | That Cabinet be recommended to withdraw the proposal to reduce the frequency of street cleansing in residential areas, and that the remaining draft budget proposals be noted.
R 52/17 | <b>Areas of Focus 2017/18 and Forward Plan</b>
R  | The Committee considered its areas of focus for the remainder of the municipal year and the Forward Plan of key decisions.
R  | <b>Resolved</b>
R  | That the areas of focus be amended to include a review of residents' parking schemes at the meeting in January 2018.
R 53/17 | <b>Date of Next Meeting</b>
R  | The Chair informed Members that the date of the next meeting would be 9 January 2018.
S 14
P The meeting terminated at 7.52pm
S 18
P Chair: ...................................................
S 6
P Date: ....................................................
