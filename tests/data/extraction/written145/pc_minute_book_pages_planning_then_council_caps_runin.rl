@title Minutes March 2015
@font Times-Roman
@fontsize 11
@header {page}
@pageoffset 40
@footer Chairman's initials ..........
P MINUTES of a MEETING of the PLANNING COMMITTEE of the COALTHORPE AND FENNIMORE HEATH PARISH COUNCIL held at 7.00pm MONDAY, 2 March 2015, at the Parish Office, Station Road, Coalthorpe
P Present: Cllr M Tivey in the Chair Cllrs D Allsopp; K Hincks; P Orme; T Wardle
P In attendance: Mr J Gadsby (Clerk), 2 members of the public
P <b>15/18 APOLOGIES</b> Apologies were received from Cllr S Bancroft (work).
P <b>15/19 DECLARATIONS OF INTEREST</b> Cllr Orme declared a non-pecuniary interest in application 15/00187/FUL as the applicant is a member of his family and left the room for that item.
P <b>15/20 MINUTES</b> The minutes of the Planning Committee meeting held on 2 February 2015 were confirmed as a true record and signed by the Chairman.
P <b>15/21 PLANNING APPLICATIONS</b> The Committee considered the following applications received from Ashlar Vale District Council:
P  15/00142/FUL 22 Forge Road – two storey side extension. No objection.
P  15/00159/ADV Coalthorpe Co-operative, Market Street – illuminated fascia signs. The Committee objected to the internally illuminated projecting sign in the Market Street conservation area and asked that the district council's conservation officer be consulted.
P  15/00187/FUL Land rear of 6 Pick Street – detached bungalow. Cllr Hincks said the access was too narrow for a refuse vehicle. It was RESOLVED to object on highway grounds and over-development of a back garden.
P  15/00201/TPO Fennimore Heath Road – fell two ash trees (T4, T5). The Committee supported the application subject to replacement planting.
P <b>15/22 PLANNING DECISIONS</b> The Clerk reported the decisions of Ashlar Vale District Council since the last meeting: 14/01102/FUL 3 Chantry Road – permitted; 14/01177/OUT Land at Hollow Farm – refused; 15/00031/FUL 40 Station Road – permitted. The decisions were noted.
P <b>15/23 ENFORCEMENT</b> Cllr Wardle reported that the construction traffic for the Fennimore Heath Grange development was again using Pick Street contrary to the approved construction management plan. The Clerk had reported this to the district council's enforcement officer who had visited on 25 February. Cllr Allsopp asked that residents be told how to report breaches directly. The Clerk will put a note in the next newsletter.
P <b>15/24 DATE OF NEXT MEETING</b> Monday 13 April 2015 at 7.00pm at the Parish Office.
P The meeting closed at 8.05pm.
S 10
P MINUTES of a MEETING of the COALTHORPE AND FENNIMORE HEATH PARISH COUNCIL held at 7.30pm THURSDAY, 19 March 2015, at the Community Centre, Forge Road, Coalthorpe
P Present: Cllr M Tivey in the Chair Cllrs D Allsopp; S Bancroft; E Deakin; K Hincks; L Kettle; P Orme; R Shardlow; T Wardle
P In attendance: Mr J Gadsby (Clerk), Mrs A Upton (Minutes), County Councillor Mrs V Eyre, 6 members of the public
P Apologies: None
P Declarations of interest:
P Cllr Tivey declared "My views tonight are those of a Parish Councillor. I sit on the District Council's Planning Committee and will come to any application before that committee afresh, weighing it on its merits and on the information then before me."
P <b>15/30 WARD AND COUNTY COUNCILLORS REPORT</b> CC Eyre gave her report for March 2015. After her site meeting with them, highways officers have agreed to ask the Fennimore Heath Grange developer to pay for temporary signs at both ends of Pick Street. Cllr Tivey, as district councillor, reported:
P • the district council's Planning Committee will consider the Hollow Farm appeal evidence in April;
P • the S106 money for the Coalthorpe play area is now due, as the 50th house at Fennimore Heath Grange has been occupied.
P <b>15/31 MINUTES</b> RESOLVED that the minutes of the meeting held on 19 February 2015 be approved as a correct record and signed by the Chairman.
P <b>15/32 PLANNING COMMITTEE</b> The minutes of the Planning Committee meeting held on 2 March 2015 (15/18 – 15/24) were received. Cllr Hincks asked that the objection to 15/00187/FUL be copied to the county highways officer. RESOLVED that the minutes be received and the comments made be endorsed.
P <b>15/33 LICENSING – THE BRICKLAYERS ARMS</b> The Clerk reported that residents of Market Street had applied for a review of the premises licence of the Bricklayers Arms following late night noise in the beer garden. Cllr Kettle said that several residents had asked the Parish Council to support the review. Cllr Shardlow said that the Council should not take sides before the hearing. A vote was taken: 5 in favour of writing in support of the review, 3 against. RESOLVED that the Clerk write to the district council's Licensing Sub-Committee in support of the review, asking that the conditions on the garden be tightened rather than the licence revoked.
P <b>15/34 SITE VISIT – FENNIMORE HEATH QUARRY EXTENSION</b> Cllrs Deakin and Wardle attended the county council's site visit on 12 March. Cllr Deakin reported that the proposed extension would come to within 200m of the houses on Moor Lane and that a new bund was proposed. The county council's Planning and Regulation Committee will determine the application on 28 April. It was AGREED that the Clerk register to speak at that meeting on behalf of the Council.
P <b>15/35 FOOTPATHS</b> Cllr Bancroft reported that the stile on footpath N41 had been replaced with a kissing gate. Noted.
P <b>15/36 ACCOUNTS FOR PAYMENT</b> RESOLVED that the accounts listed, totalling £1,846.20, be paid.
P <b>15/37 CLOSURE</b> The Chairman closed the meeting at 9.15pm. The next meeting will be held on Thursday 16 April 2015.
