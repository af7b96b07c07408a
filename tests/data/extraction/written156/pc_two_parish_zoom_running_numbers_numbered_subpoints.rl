@title Thornwell PC minutes 16 March 2021
@font Helvetica
@fontsize 10.5
@footer Thornwell St Peter and Thornwell Parva Parish Council – 16 March 2021||Page {page}
HC THORNWELL ST PETER and THORNWELL PARVA PARISH COUNCIL
C Minutes of the meeting held on Tuesday 16 March 2021 at 7.30pm using the Zoom online platform
P <b>Present:</b> Councillors Graham Pettit (Chairman), Ruth Allard, Neil Bowtell, Carol Dennington, Simon Fairweather, Jane Lusher and Alan Mott plus District Councillor Helen Crisp (joined for Item 2363) and County Councillor Peter Wakeling (left after Item 2362).
P <b>In attendance:</b> Margaret Coe (Clerk).
P <b>2358. Apologies for Absence and Declarations of Interest</b>
P Councillors Tom Chaplin and Sarah Hurrell had sent apologies. Councillor Jane Lusher declared a non-pecuniary interest in Item 2366.3 as a member of the Village Hall committee.
P <b>2359. Public Forum</b> - There were no members of the public in the meeting.
P <b>2360. Confirmation of the Minutes of the meeting on 19 January 2021</b>
P These were approved; the Chairman will sign them once meetings return to the Village Hall.
P <b>2361. Matters arising from the January PC meeting</b>
P 1. <b>Thornwell Parva Community Orchard project (Item 2344.2)</b> – Councillor Ruth Allard reported that the Diocese had agreed in principle to the use of the corner of the glebe field but wanted a formal licence before any planting. Members agreed that she should continue the discussions and report back in May.
P 2. <b>County salt bag scheme for 2021 (Item 2346.3)</b> – Mr Keith Ambrose has kindly offered to keep the salt bags at Hill Farm again and members asked that he be thanked. Twenty bags had been delivered and a list of where they are kept would go in the April newsletter.
P 3. <b>Village sign repairs (Item 2349.1)</b> – Two quotations had been circulated. After discussion it was agreed to accept the quotation of £385 from Wenvale Joinery for repairing and repainting the Thornwell St Peter sign.
P <b>2362. County Councillor's Report</b>
P County Councillor Peter Wakeling reported that the Highways Local Panel had £20,000 available for the district this year and bids should be in by the end of April. He also reported that the footway at Mill Corner was programmed for resurfacing in the summer.
P <b>2363. District Councillor's Report</b>
P District Councillor Helen Crisp reported that the District Council had frozen its share of the council tax and that the garden waste service would restart on 6 April. She answered questions from Councillor Simon Fairweather about the delay in the Local Plan examination.
P <b>2364. Planning</b>
P 21/00233/HH – Two storey rear extension, Rose Cottage, The Street, Thornwell St Peter. The Council had no objection.
P 21/00301/FUL – Erection of four dwellings, land east of Hollins Road, Thornwell Parva. Councillor Neil Bowtell outlined the concerns raised by neighbours about drainage and the site being outside the settlement boundary. It was resolved to object to the application for these reasons.
P <b>2365. Highways and Footpaths</b>
P Councillor Alan Mott reported that the footpath sign at Brook Meadow had been knocked down again and that the ditch along Sandy Lane was overflowing onto the road. The Clerk would report both matters to Highways.
P <b>2366. Finance</b>
P 1. <b>Payments</b> – The following payments were approved: M Coe, salary and expenses £298.14; HMRC £61.20; Wenvale Joinery (deposit) £100.00; Zoom subscription £14.39.
P 2. <b>Bank reconciliation to 28 February 2021</b> – The reconciliation, showing £11,206.55 across both accounts, was noted.
P 3. <b>Grant request from Thornwell Village Hall</b> – Councillor Carol Dennington proposed a grant of £250 towards the new boiler and this was seconded by Councillor Simon Fairweather. The proposal was carried with one abstention.
P <b>2367. Correspondence</b>
P Rural Community Council – spring training dates; Wenvale Project – volunteer tree planting; Police – March newsletter. All items were noted.
P <b>2368. Date of next meeting</b>
P Tuesday 18 May 2021 at 7.30pm (Annual Meeting of the Parish Council), venue to be confirmed.
S 10
P The meeting closed at 9.05pm.
S 16
P Signed ........................................ (Chairman)     Date ........................
