@title Sowerlake Parish Council draft minutes November 2014
@font Times-Roman
@fontsize 11
@footer Draft minutes subject to approval at the next meeting || Page {page}
HC SOWERLAKE PARISH COUNCIL
C <b>DRAFT</b> Minutes of monthly <b>PARISH COUNCIL</b> meeting held <b>NOVEMBER 3rd 2014</b>.
P <b>OPEN SESSION:</b> 9 residents present. Most were interested in Planning and the Pavilion Project. Mrs K Dimmock asked whether the hedge on the Ham Lane footpath would be cut back before the winter; the Chairman said the landowner had been written to. Mr J Organ said the bus shelter lights at Peckitts Cross had not worked since the clocks went back.
P <b>MEETING OPENED:</b> 19.12hrs. <b>PRESENT:</b> Mr G Harland (Chairman), Mr T Bessant, Mr A Pullinger, Mrs J Venning, Mr D Coate. <b>APOLOGIES FOR ABSENCE:</b> Mrs S Fudge. <b>IN ATTENDANCE:</b> Lorna Hebditch (Clerk). Mr M Tapp, County Councillor from 20.10hrs. Mrs P Greed, District Councillor.
P <b>CODE OF CONDUCT AND DECLARATIONS OF INTEREST:</b> Mr Coate declared an interest in the Pavilion Project as a trustee of the Sowerlake Sports Club and took no part in the vote on that item. No other Declarations.
P <b>MINUTES OF THE LAST MEETING</b> The Minutes of the monthly meeting held on October 6th were reviewed. 2014/298 It was proposed by Cllr Venning and unanimously RESOLVED that they are a correct record. The Chairman signed them.
P <b>MATTERS ARISING</b> There were no immediate matters arising. 2014/299 The following ACTION points from previous meetings were reviewed.
P 2010/122 point 4 Dropped kerb at Chapel Row and the Old Forge. ACTION: Included by CC in the minor works list for 2014/15.
P 2012/207, 2013/041 Cllr Pullinger to seek the deeds for the strip of land beside the war memorial. The solicitor has not yet replied. ACTION: Ongoing.
P 2014/211 Clerk to obtain prices for a replacement noticeboard at Peckitts Cross. Two prices received, see Finance. CLOSED.
P 2014/262 Cllr Bessant to meet the drainage engineer at Withy Moor. Meeting held 21st October. TO BE REPORTED under Highways.
P <b>COUNTY AND DISTRICT COUNCILLORS REPORTS</b> Mrs Greed reported that the District Council would consult on garden waste charges in January. Mr Tapp arrived at 20.10hrs and reported that the County had confirmed the winter gritting routes; the route through Sowerlake was unchanged.
P <b>PLANNING</b> The following applications were considered.
P 14/03318/HOU Two storey rear extension, 4 Nettlecombe Close. 2014/300 Proposed by Cllr Pullinger, seconded by Cllr Coate, RESOLVED to support the application.
P 14/03402/FUL Change of use of redundant barn to holiday let, Lower Wyke Farm. Cllr Venning said that the lane was too narrow for extra traffic. 2014/301 Proposed by Cllr Venning, seconded by Cllr Bessant, RESOLVED to object on grounds of access and highway safety.
P 14/02987/LBC Replacement windows, The Old Bakery. Approved by the District Council. Noted.
P <b>HIGHWAYS AND FOOTPATHS</b> Cllr Bessant reported on his meeting at Withy Moor. The culvert under the lane is partly blocked and the County will clear it before Christmas. The Clerk will report the bus shelter lights to the District Council. ACTION: Clerk.
P <b>TO CONSIDER THE REQUEST FROM THE SOWERLAKE SHOW COMMITTEE FOR THE USE OF THE RECREATION GROUND AND PAVILION CAR PARK IN AUGUST 2015</b> The Show Committee asked to use the ground for three days, including setting up. 2014/302 It was proposed by Cllr Harland and RESOLVED that the ground be let for the three days at the usual charge, the Committee to provide its own insurance certificate.
P <b>PAVILION PROJECT</b> Cllr Pullinger reported that the grant application to the lottery fund had passed the first stage and a full bid was due by January 30th. The architect's revised drawings were circulated. After discussion it was agreed that the working group should meet before the December meeting. Cllr Coate did not vote.
P <b>FINANCE</b> <b>BUDGET AND PRECEPT 2015/16</b> The Clerk presented the draft budget. A precept of £14,850 was discussed, an increase of 2.1%. 2014/303 Proposed by Cllr Bessant, seconded by Cllr Venning, it was RESOLVED to set the precept for 2015/16 at £14,850. 4 in favour, 1 against.
P <b>ACCOUNTS FOR PAYMENT</b> 2014/304 It was proposed by Cllr Coate and RESOLVED that the following be paid: L Hebditch salary October £312.40; HMRC £78.10; R Dunster grass cutting £460.00; Westway Signs noticeboard deposit £150.00.
P <b>CORRESPONDENCE</b> Letter from the Police Commissioner about the precept for policing. Circulated. Email from a resident about dog fouling on the Ham Lane footpath; the Clerk will ask the District Council for an extra bin.
P <b>ITEMS FOR NEXT AGENDA</b> Pavilion Project; Christmas tree lighting; review of standing orders.
P <b>DATE OF NEXT MEETING</b> Monday December 1st 2014 at 19.00hrs in the Village Hall.
P Meeting closed 21.18hrs.
S 14
P Signed ……………………………………… Chairman    Date ………………………
