@title Minutes 5 September 2011
@font Helvetica
@fontsize 10
@numcol 20
@footer Chair's initials: ............ || Page {page}
HC BRINDLECOTE PARISH COUNCIL
C The Reading Room, Chapel Lane, Brindlecote, Wendshire WE4 7QH
C Tel: 01632 960418&nbsp;&nbsp;&nbsp;E-mail: clerk@brindlecotepc.org.uk
S 6
HC MINUTES OF THE MEETING OF BRINDLECOTE PARISH COUNCIL HELD IN THE READING ROOM, CHAPEL LANE, ON MONDAY 5<super>TH</super> SEPTEMBER 2011 AT 7.30PM
S 4
R 0641/11 | <b>Present:</b> Cllrs: P Dorrell (Chair), M Ashworth, K Bligh, J Castleton, R Eddowes, S Fairclough, N Grayling, T Hollins, W Inchley. <b>In attendance:</b> WCC Cllr F Mottram, EBC Cllr G Pennock, A Radley - Parish Clerk. <b>Also present:</b> Nine members of the public.
R 0642/11 | <b>TO NOTE ABSENCE</b> Cllr L Sowerby (apologies), PCSO Denholm (apologies). Resolved: The apologies were accepted.
R 0643/11 | <b>VARIATION OF ORDER OF BUSINESS</b> Resolved: That item 0651/11 (planning applications) be taken immediately after public participation, as most of the residents present had come for it. These minutes are set out in agenda order.
R 0644/11 | <b>DECLARATION OF MEMBERS INTERESTS</b> a) Members to declare any personal or prejudicial interests in items on this agenda. b) Requests for dispensation. Personal interests declared: Cllr J Castleton in application EDB/2011/0431, as the occupier of the adjoining property; Cllr N Grayling in item 0655/11, as a member of the bowls club committee. No requests for dispensation were received.
R 0645/11 | <b>PUBLIC PARTICIPATION</b> Mr Vernon Akers of Mill Lane spoke against application EDB/2011/0431, describing the hedgerow that would be removed and the speed of traffic on the bend. Mrs Hilary Stonebridge spoke in favour of the same application, saying that young families could not find houses in the village. A resident of Tollgate Road asked about the broken street light at the war memorial; the Clerk will report it.
R 0646/11 | <b>POLICE REPORT</b> In the absence of the PCSO the Clerk read the monthly report: one shed break-in on Tollgate Road and two reports of off-road motorcycles on the bridleway. The report was noted.
R 0647/11 | <b>COUNTY COUNCILLOR'S REPORT</b> WCC Cllr F Mottram reported that the resurfacing of the main road through the village has been put back to spring 2012 and that the library van timetable will not change.
R 0648/11 | <b>BOROUGH COUNCILLOR'S REPORT</b> EBC Cllr G Pennock reported that the Borough's draft Core Strategy will go out for consultation in November and offered to attend a special meeting about it.
R 0649/11 | <b>MINUTES OF THE MEETING HELD ON 1<super>ST</super> AUGUST 2011</b> Proposed Cllr Bligh, seconded Cllr Hollins. Resolved: That the minutes be approved and signed by the Chair as a correct record.
R 0650/11 | <b>MATTERS ARISING (FOR INFORMATION ONLY)</b> The Clerk reported that the glazing in the bus shelter has been replaced and that the insurers have paid the claim less the excess.
R 0651/11 | <b>PLANNING APPLICATIONS</b> The applications below were considered. Cllr Castleton left the room for EDB/2011/0431. On a vote of 5 for and 2 against, it was resolved to object to EDB/2011/0431. Resolved: That the comments below be submitted to Emberdale Borough Council.
T Application | Location | Proposal | Comment
T EDB/2011/0431 | Land adj. 14 Mill Lane | Erection of two detached houses with garages | Object - overdevelopment, loss of the Mill Lane hedgerow and poor visibility at the new access
T EDB/2011/0447 | 3 Chapel Lane | Single storey rear extension | No objection
T EDB/2011/0452 | Brindlecote Farm, Tollgate Road | Conversion of stone barn to dwelling (listed building consent) | No objection, provided the stone slate roof is kept
T EDB/2011/0460 | 27 The Crescent | Raised decking and 1.8m fence | Object - overlooking of 25 and 29 The Crescent
R 0652/11 | <b>PLANNING DECISIONS</b> Emberdale Borough Council has granted EDB/2011/0318 (conservatory, 8 Mill Lane) and refused EDB/2011/0344 (two flats, The Old Bakery). The decisions were noted.
R 0653/11 | <b>PLANNING APPEAL - LAND OFF TOLLGATE ROAD</b> The Clerk reported that the appeal against refusal of EDB/2011/0119 will be decided on written representations. Resolved: That the Council's objection be sent to the Planning Inspectorate with a covering letter drafted by Cllr Eddowes.
R 0654/11 | <b>ENFORCEMENT</b> Cllr Fairclough reported that a touring caravan on land at Moss Bank appears to be lived in. Resolved: That the matter be reported to the Borough's enforcement team.
R 0655/11 | <b>LICENSING - PREMISES LICENCE APPLICATION, BRINDLECOTE BOWLS CLUB</b> Cllr Grayling left the room. The club has applied to extend bar hours to 11.30pm on Fridays and Saturdays. Resolved: That no representation be made.
R 0656/11 | <b>LICENSING - TEMPORARY EVENT NOTICE, VILLAGE HALL BEER FESTIVAL</b> A copy of the notice for 14 and 15 October was received. The notice was noted.
R 0657/11 | <b>FINANCE - PAYMENTS</b> Resolved: That the following payments be approved.
G A Radley | Clerk's salary, August | 412.50
G Wendshire Association of Local Councils | Planning training, two places | 60.00
G Tilbrook Play Services | Annual play area inspection | 95.00
G Brindlecote Village Hall | Room hire, July and August | 36.00
R 0658/11 | <b>FINANCE - BANK RECONCILIATION</b> The Clerk presented the reconciliation to 31 August 2011, showing a balance of £9,814.22. The reconciliation was noted.
R 0659/11 | <b>HIGHWAYS</b> Cllr Inchley reported that the potholes on Chapel Lane have been reported to WCC twice without result. Resolved: That WCC be asked for a speed survey on the main road at the Mill Lane bend.
R 0660/11 | <b>FOOTPATHS</b> Cllr Ashworth reported that the stile on footpath 12 at Rook Wood is broken. The Clerk will report it to the WCC rights of way officer.
R 0661/11 | <b>PLAYING FIELD</b> Cllr Hollins reported on the annual inspection, which found two worn swing seats. Resolved: That the quotation of £340 from Tilbrook Play Services be accepted.
R 0662/11 | <b>CORRESPONDENCE</b> Letters from the Emberdale Rural Transport Partnership and the Wendshire Playing Fields Association. Correspondence was noted.
R 0663/11 | <b>CLERK'S REPORT</b> The Clerk reported that the external audit has been completed with no matters raised, and that the notice of conclusion has been posted.
R 0664/11 | <b>MEMBERS' ITEMS FOR INFORMATION</b> Cllr Bligh reported that the hedge on Church Walk is narrowing the path. Cllr Eddowes said that defibrillator training will be held in the Reading Room on 22 September.
R 0665/11 | <b>ITEMS FOR THE NEXT AGENDA</b> Precept timetable for 2012/13; Christmas lights.
R 0666/11 | <b>DATE OF NEXT MEETING</b> Monday 3<super>rd</super> October 2011 at 7.30pm in the Reading Room.
S 10
P The meeting closed at 9.25pm.
P Signed ........................................ Chair&nbsp;&nbsp;&nbsp;&nbsp;Date ....................
