@title North Wenfold Parish Council minutes 14 September 2010
@font Times-Roman
@fontsize 11
@numcol 17
@footer Chairman's Initials ..........||{page}
HC NORTH WENFOLD PARISH COUNCIL
S 4
H MINUTES OF THE MEETING OF THE PARISH COUNCIL HELD ON THE 14th SEPTEMBER 2010 WHICH COMMENCED 7.15 PM PLANS WERE AVAILABLE FOR INSPECTION FROM 7 PM
S 4
P <b>PRESENT:</b> Cllrs: Margaret Holloway (Chairman), Julian Peverell (Vice Chairman), Keith Ansty, Brenda Colgate, Owen Trask, Hazel Mardon and Victor Lines.
P <b>In attendance:</b> Mrs Susan Keable (Clerk to the Council), District Cllr Roger Fennimore, PCSO Dean Hartigan and seven members of the public.
S 6
R 141.10 | <b>PUBLIC QUESTION TIME ON MATTERS ON THE AGENDA</b>
P Mr Colin Rudd, speaking on behalf of residents of Orchard Way, asked for the Parish Council's support in having lighting installed on the footpath between Orchard Way and the school. Mr Rudd stated that the path was used by children on winter mornings and by shift workers walking to the bus stop after dark, and that two residents had fallen there last winter. He had been told by the District Council that the path was not adopted and that any lighting would have to be paid for locally. Mr Rudd asked whether the Parish Council would at least obtain prices.
P Mrs Pam Eyles said she supported the request but was concerned that lights would shine into the bedrooms of the bungalows that back onto the path, and asked that any scheme use low level bollards rather than columns.
P The Chairman thanked both speakers and said the matter was on the agenda at minute 150.10 and would be discussed then.
P PCSO Hartigan introduced himself to the Council as the new PCSO for the Wenfold villages. He reported that there had been two reports of speeding on the Hollowgate Road in August and one of a shed break-in at the allotments, where a strimmer had been taken. He advised allotment holders to mark their tools and to keep sheds locked.
R 142.10 | <b>APOLOGIES FOR ABSENCE</b>
P Apologies were received from Cllr Neil Osgood (holiday) and County Cllr Frances Albery (another meeting). RESOLVED that the apologies be accepted.
R 143.10 | <b>DECLARATIONS OF INTEREST</b>
P Cllr Trask declared a personal interest in minute 148.10 (b) as a member of the bowls club.
R 144.10 | <b>MINUTES OF THE MEETING HELD ON 10th AUGUST 2010</b>
P The minutes were approved as a true record and signed by the Chairman, proposed by Cllr Colgate and seconded by Cllr Lines.
R 145.10 | <b>MATTERS ARISING</b>
P The Clerk reported that the highway authority had inspected the blocked drain outside the village shop and that clearance work had been programmed for October. Cllr Ansty asked the Clerk to press for an earlier date as water was again lying across the footway after rain. The Clerk also reported that the replacement bench for the green had been delivered and would be installed by the contractor once the ground had been levelled.
R 146.10 | <b>DISTRICT COUNCILLOR'S REPORT</b>
P District Cllr Fennimore reported that the District Council had agreed its approach to the new core strategy and that a further round of consultation would take place in the new year. He also reported that the garden waste collection charge would increase from April. Cllr Mardon asked whether the District Council would consider a concession for residents over seventy; District Cllr Fennimore replied that he would raise it but did not expect the Cabinet to agree.
R 147.10 | <b>PLANNING APPLICATIONS</b>
P WF/10/02211/DOM - 6 Salters Lane - single storey rear extension. No objection.
P WF/10/02304/FUL - Land at Brook Farm, Wenfold Lane - erection of four dwellings with garages and new access. Members noted that the site lies outside the settlement boundary and that the access is on a bend with poor visibility. The Council objects to the application on these grounds, proposed Cllr Peverell, seconded Cllr Trask and agreed unanimously.
R 148.10 | <b>RECREATION GROUND</b>
P (a) Cllr Lines reported that the annual inspection of the play equipment had found only minor faults, chiefly a loose bolt on the climbing frame, which he had already tightened, and worn surfacing under the swings.
P (b) The Clerk read a letter from the bowls club asking the Council to extend the lease of the green for a further five years on the current terms. Cllr Trask left the meeting for this item. Members were content that the club had kept the green and pavilion in good order. RESOLVED that a further five year lease be granted on the current terms and that the Clerk instruct the Council's solicitor.
P Cllr Trask returned to the meeting.
R 149.10 | <b>FINANCE</b>
P The following payments were approved: Mrs S Keable salary and expenses August £398.16; Wenfold Village Hall (hire) £22.00; R &amp; J Groundcare (grass cutting) £420.00; Downland Playsafe Ltd (inspection) £95.00. Proposed Cllr Ansty, seconded Cllr Colgate.
P The Clerk presented the budget monitoring report to 31st August 2010, which was noted.
R 150.10 | <b>FOOTPATH LIGHTING, ORCHARD WAY</b>
P Members discussed the request made under minute 141.10. Cllr Peverell said that the path was clearly used after dark and proposed that the Clerk obtain prices for both bollard and column lighting and for the running costs. Cllr Mardon said she could not support spending on a path the Council did not own and that the District Council should be pressed first. Cllr Colgate seconded the proposal. On being put to the vote the proposal was carried, 4 votes for and 3 against.
R 151.10 | <b>NEIGHBOURHOOD MANAGEMENT PANEL</b>
P Cllr Mardon reported on the panel meeting held on 2nd September, at which the police priorities for the autumn had been set as speeding on the Hollowgate Road and anti-social behaviour at the recreation ground.
R 152.10 | <b>CORRESPONDENCE</b>
P The list of correspondence received since the last meeting was circulated and noted.
R 153.10 | <b>CLERK'S REPORT</b>
P The Clerk reported that the external audit of the 2009/10 accounts had been completed with no matters raised, and that the insurance renewal was due in October. The report was noted.
R 154.10 | <b>ITEMS FOR THE NEXT AGENDA</b>
P Christmas tree lighting; draft budget and precept 2011/12; dog fouling signs.
R 155.10 | <b>DATE OF NEXT MEETING</b>
P Tuesday 12th October 2010 at 7.15 pm in Wenfold Village Hall.
S 6
P The meeting closed at 9.27 pm.
S 14
P Signed .............................................. Chairman &#160;&#160;&#160;&#160; Date ..............................
