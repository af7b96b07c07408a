@title Minutes for meeting of Brenshayne Parish Council 08/10/12
@font Times-Roman
@fontsize 11
@header {page} Minutes for meeting of Brenshayne Parish Council 08/10/12
HC BRENSHAYNE PARISH COUNCIL
C Minutes for the meeting of Brenshayne Parish Council to be held at the Village Hall, Monday 8th October 2012, 7.30pm.
P <b>Present:</b> Cllrs Colin Yeandle (Chairman), Margaret Sellick (Vice Chairman), Peter Harvie, Rosalind Tapp, Derek Blackmore, County Councillor Alan Pinsent, District Councillor June Farleigh, PCSO Vellacott 30457 and four members of the public. <b>Apologies:</b> Cllrs Neil Coombes, Trevor Ashplant, PC Loosemore 4412.
I Councillors were reminded that any personal or prejudicial interest must be declared under the Code of Conduct. When taking decisions the Parish Council has regard to its duty, as a body exercising functions in the Brenshayne Downs Area of Outstanding Natural Beauty, to conserve and enhance the natural beauty of the area.
P <b>1.1</b> To record apologies. <b>AS ABOVE</b>
P <b>1.2</b> The minutes of Monday 10th September 2012 were approved and signed by the Chairman as a true record. <b>AGREED</b>
P <b>1.3</b> DECLARATIONS OF INTEREST &amp; RISK ASSESSMENT: Members to declare interests and identify any new risks. Cllr Tapp declared a personal interest in item 2.2.2 as she lives next door to the site. No new risks were noted.
P <b>1.4</b> PUBLIC QUESTION TIME: A resident of Mill Lane asked when the hedge at the recreation field entrance would be cut back, as it was blocking the view of traffic. The Clerk will ask the contractor to attend before the end of the month.
H 2 PLANNING (http://planning.otterdale.gov.uk/PublicAccess/dc/SearchForm.aspx )
P <b>2.1 ODC decisions (to note)</b>
P <b>2.1.1</b> 12/1544/FUL Hollowbrook Farm, Ridgeway Cross – Permission granted for conversion of redundant cart shed to one unit of holiday accommodation.
P <b>2.1.2</b> 12/1610/FUL Land adjoining 3 Church Path – permission refused for construction of detached dwelling and double garage.
P <b>2.1.3</b> 12/1702/TCA The Old Rectory, Church Path – ODC raised no objection to reducing the crown of one copper beech in the Conservation Area by 2 metres.
P <b>2.2 Applications to consider</b>
P <b>2.2.1</b> 12/1911/FUL 14 Orchard Rise – Two storey side extension with garage beneath. Members had viewed the plans at the Clerk's house. <b>NO OBJECTION</b>
P <b>2.2.2</b> 12/1958/FUL Hilltop Garage, Airfield Road – Change of use of vehicle workshop to café with outside seating for 24. Cllr Tapp left the room. Cllr Harvie said that customers would park on the verge opposite the bus shelter, as the forecourt holds only four cars. Proposed Cllr Sellick, seconded Cllr Blackmore, that the Parish Council OBJECTS on the grounds of inadequate parking and highway safety. Carried, 4 for, 1 abstention. Cllr Tapp returned.
P <b>2.3</b> Enforcement: Cllr Yeandle reported that a shipping container and a caravan had been placed in the field below Longlands Cross without any application. The Clerk will report this to the ODC Enforcement Team and ask for a site visit.
H 3 LICENSING
P <b>3.1</b> Premises Licence – Hilltop Garage, Airfield Road: application for the sale of alcohol with meals, 11.00am to 10.00pm daily, to go with the proposed café. Members made no comment on the licence itself. <b>NOTED</b>
H 4 HIGHWAYS &amp; FOOTPATHS
P <b>4.1</b> Footpath 6, Hollowbrook: Cllr Blackmore reported that the stile at the Hollowbrook end had rotted through and offered to replace it with the P3 volunteers, using timber already held by the Council.
P <b>4.2</b> Airfield Road: County Councillor Pinsent reported that the three deep potholes near the industrial units had been marked and that patching was programmed for the week of 5th November.
P <b>4.3</b> Salt bins: The bins at Church Path and Mill Lane were empty after last winter. It was AGREED to ask DCC to refill both bins and to request a third bin at the top of Orchard Rise.
H 5 FINANCE
P <b>5.1</b> Payments: Clerk's salary and expenses £212.40, Village Hall hire £18.00, P3 timber £64.75. Proposed Cllr Harvie, seconded Cllr Sellick. <b>AGREED</b>
P <b>6</b> DATE OF NEXT MEETING: Monday 12th November 2012 at 7.30pm in the Village Hall.
S 10
P The meeting closed at 9.05pm.
P Signed ………………………………… Chairman      Date …………………
