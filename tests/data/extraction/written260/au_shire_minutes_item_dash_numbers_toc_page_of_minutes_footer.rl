@title Minutes - Ordinary Council Meeting - 20 June 2017
@font Helvetica
@fontsize 10
@header MINUTES of the duly convened Ordinary Meeting of The Greywood Shire Council held in the Council Chambers on 20 June 2017
@footer This is Page {page} of the Minutes of the Ordinary Meeting of The Greywood Shire Council held on 20 June 2017
HC MINUTES of the duly convened Ordinary Meeting of The Greywood Shire Council held in the Council Chambers on 20 June 2017
S 6
TH ITEM | SUBJECT | PAGE
T ITEM-1 | CONFIRMATION OF MINUTES | 2
T ITEM-2 | PLANNING PROPOSAL - 12-16 REDGUM PARADE, CALLOWAY HILL (18/2016/PLP) | 2
T ITEM-3 | LOCAL TRAFFIC COMMITTEE RECOMMENDATIONS - MAY 2017 | 3
T ITEM-4 | DRAFT OPERATIONAL PLAN AND BUDGET 2017-2018 - OUTCOME OF EXHIBITION | 3
T ITEM-5 | INVESTMENT REPORT - MAY 2017 | 3
T ITEM-6 | TENDER T17/09 - CONSTRUCTION OF AMENITIES BUILDING, FERNLEIGH OVAL | 3
T ITEM-7 | NAMING OF NEW RESERVE - KESTREL RISE | 3
T ITEM-8 | NOTICE OF MOTION - FREE GREEN WASTE WEEKEND | 3
T ITEM-9 | CONFIDENTIAL - PROPOSED ACQUISITION OF LAND, 9 DROVERS LANE, BOX FLAT | 4
G QUESTIONS WITHOUT NOTICE | | 3
PB
P <b>PRESENT</b>
P Mayor Councillor Dr G L Pennington, Deputy Mayor Councillor R J Hadley, Councillor A M Ferraro, Councillor K P Nguyen, Councillor S D Oakes, Councillor Mrs J E Calder, Councillor B T Voss, Councillor L R Markovic, Councillor D C Whitehouse, Councillor H A Sayed, Councillor M F Dwyer
P <b>IN ATTENDANCE</b>
P General Manager Mr P Wrightson, Group Manager - Corporate Services Mr T Ellery, Group Manager - Infrastructure Mr N Castellano, Group Manager - Planning Ms R Lindqvist, Chief Financial Officer Mr G Hanlon, Manager - Governance Ms F Okonkwo, Executive Assistant Mrs V Tran
P The meeting opened at 7:00pm with prayer by Pastor Dale Kemp of Calloway Hill Baptist Church, followed by the Acknowledgement of Land by the Mayor.
H APOLOGIES AND LEAVE OF ABSENCE
P A MOTION WAS MOVED BY COUNCILLOR OAKES AND SECONDED BY COUNCILLOR VOSS THAT the apology of Councillor Dr E W Farnham be accepted and leave of absence be granted.
P THE MOTION WAS PUT AND CARRIED.
H 201 RESOLUTION
P The apology of Councillor Dr E W Farnham be accepted and leave of absence be granted.
H DECLARATIONS OF INTEREST
P Councillor Markovic declared a non-pecuniary, less than significant interest in Item 6 as a member of the Fernleigh Football Club and remained in the Chamber.
H COMMUNITY FORUM
P Mr Owen Radcliffe of Calloway Hill addressed Council on Item 2 and asked that the height limit on the eastern part of the site be retained. Ms Lucia Bertolini of Kestrel Rise addressed Council on Item 7 in support of the proposed name.
H CALL OF THE AGENDA
P A MOTION WAS MOVED BY COUNCILLOR HADLEY AND SECONDED BY COUNCILLOR NGUYEN THAT Items 2, 3, 5 and 6 be moved by exception and the recommendations contained in the reports be adopted.
P THE MOTION WAS PUT AND CARRIED.
H 202 RESOLUTION
P Items 2, 3, 5 and 6 be moved by exception and the recommendations contained in the reports be adopted.
H ITEM-1 CONFIRMATION OF MINUTES
P A MOTION WAS MOVED BY COUNCILLOR CALDER AND SECONDED BY COUNCILLOR DWYER THAT the Minutes of the Ordinary Meeting of Council held on 23 May 2017 be confirmed.
P THE MOTION WAS PUT AND CARRIED.
H 203 RESOLUTION
P The Minutes of the Ordinary Meeting of Council held on 23 May 2017 be confirmed.
H ITEM-2 PLANNING PROPOSAL - 12-16 REDGUM PARADE, CALLOWAY HILL (18/2016/PLP)
H 204 RESOLUTION
P 1. The planning proposal to increase the maximum height of buildings on the western part of the site from 16 metres to 22 metres be forwarded to the Department of Planning and Environment for a Gateway Determination.
P 2. The height limit on the eastern part of the site remain at 16 metres.
P <b>Being a planning decision, the names of Councillors voting for and against the motion are recorded below:</b>
P For: Councillors Pennington, Hadley, Ferraro, Nguyen, Oakes, Calder, Voss, Markovic, Whitehouse, Sayed and Dwyer. Against: Nil.
H ITEM-3 LOCAL TRAFFIC COMMITTEE RECOMMENDATIONS - MAY 2017
H 205 RESOLUTION
P The recommendations of the Local Traffic Committee meeting held on 10 May 2017 be adopted.
H ITEM-5 INVESTMENT REPORT - MAY 2017
H 206 RESOLUTION
P The report be received.
H ITEM-6 TENDER T17/09 - CONSTRUCTION OF AMENITIES BUILDING, FERNLEIGH OVAL
H 207 RESOLUTION
P Council accept the tender from Westvale Constructions Pty Ltd for the construction of the amenities building at Fernleigh Oval for the sum of $1,148,600 (excluding GST).
H ITEM-8 NOTICE OF MOTION - FREE GREEN WASTE WEEKEND
P A MOTION WAS MOVED BY COUNCILLOR WHITEHOUSE AND SECONDED BY COUNCILLOR SAYED THAT Council hold a free green waste drop-off weekend at the Box Flat depot in September 2017, at an estimated cost of $18,500 to be funded from the Domestic Waste Reserve.
P Councillor Ferraro asked whether the depot could take the extra traffic. The Group Manager - Infrastructure advised that the depot had handled a similar weekend in 2015 with traffic control in place.
P THE MOTION WAS PUT AND CARRIED.
H 208 RESOLUTION
P Council hold a free green waste drop-off weekend at the Box Flat depot in September 2017, at an estimated cost of $18,500 to be funded from the Domestic Waste Reserve.
H ITEM-4 DRAFT OPERATIONAL PLAN AND BUDGET 2017-2018 - OUTCOME OF EXHIBITION
P A MOTION WAS MOVED BY COUNCILLOR HADLEY AND SECONDED BY COUNCILLOR OAKES THAT the Recommendation contained in the report be adopted.
P AN AMENDMENT WAS MOVED BY COUNCILLOR SAYED AND SECONDED BY COUNCILLOR WHITEHOUSE THAT the allocation for footpath construction in the draft budget be increased by $150,000, funded by a reduction in the allocation for the Civic Centre refurbishment.
P THE AMENDMENT WAS PUT AND LOST.
P THE MOTION WAS PUT AND CARRIED.
H 209 RESOLUTION
P 1. Council adopt the Operational Plan and Budget 2017-2018 as exhibited, with the amendments detailed in Attachment 2.
P 2. Council make the rates and charges for 2017-2018 as set out in Attachment 3.
H ITEM-7 NAMING OF NEW RESERVE - KESTREL RISE
P A MOTION WAS MOVED BY COUNCILLOR MARKOVIC AND SECONDED BY COUNCILLOR FERRARO THAT the Recommendation contained in the report be adopted.
P THE MOTION WAS PUT AND CARRIED.
H 210 RESOLUTION
P The name "Whistler Reserve" be submitted to the Geographical Names Board for the new reserve at Kestrel Rise.
H QUESTIONS WITHOUT NOTICE
P Councillor Nguyen asked when the resurfacing of Fernleigh Road would start. The General Manager said the work was programmed for August and would take about three weeks.
P Councillor Mrs Calder asked whether the library would open on Sundays during the school holidays. The General Manager took the question on notice.
H ITEM-9 CONFIDENTIAL - PROPOSED ACQUISITION OF LAND, 9 DROVERS LANE, BOX FLAT
P A MOTION WAS MOVED BY COUNCILLOR VOSS AND SECONDED BY COUNCILLOR DWYER THAT the meeting be closed to the public under section 10A(2)(c) of the Local Government Act 1993 to consider Item 9.
P THE MOTION WAS PUT AND CARRIED.
H 211 RESOLUTION
P Council proceed to acquire Lot 4 DP 1120935, 9 Drovers Lane, Box Flat, for road widening on the terms set out in the confidential report.
P The meeting closed at 8:41pm.
