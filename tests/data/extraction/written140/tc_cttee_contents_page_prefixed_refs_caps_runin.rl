@title EMO Committee minutes 27 April 2021
@font Helvetica
@fontsize 10.5
@header MILNFORD TOWN COUNCIL
@footer {page}
HC MINUTES OF THE REMOTE (ZOOM) ENVIRONMENT, MARKETS AND OPEN SPACES COMMITTEE MEETING HELD ON TUESDAY 27 APRIL 2021
S 6
G <b>PRESENT</b> | Councillors Hollins (Chair), Mahmood, Tideswell, Garbutt, J Renshaw, P Renshaw, D Kirkland and Ogden.
G <b>IN ATTENDANCE</b> | Karen Doughty (Town Clerk) and 5 members of the public
S 10
H Table of Contents
P EMO41 APOLOGIES .................................................................................. 2
P EMO42 ORDER OF BUSINESS .................................................................... 2
P EMO43 MEMBERS’ INTERESTS ................................................................... 2
P EMO44 EXCLUSION OF PRESS AND PUBLIC ................................................ 2
P EMO45 QUESTIONS FROM THE PUBLIC ....................................................... 2
P EMO46 MINUTES OF THE MEETING HELD ON 23 MARCH 2021 .......................... 2
P EMO47 TEXTILE RECYCLING BANKS ........................................................... 2
P EMO48 SATURDAY MARKET ...................................................................... 2
P EMO49 COMMUNITY ORCHARD AT MILL MEADOW ......................................... 2
P EMO50 PUBLIC TOILETS ......................................................................... 2
P EMO51 ELECTRIC VEHICLE CHARGERS ........................................................ 2
P EMO52 LITTER PICKS ............................................................................. 2
P EMO53 GRIT BIN REQUEST – BEECH AVENUE ................................................ 2
P EMO54 FRIENDSHIP BENCHES ................................................................... 2
P EMO55 HERITAGE WALK LEAFLET ............................................................... 2
P EMO56 MATTERS FOR THE NEXT AGENDA ..................................................... 2
P EMO57 DATE OF NEXT MEETING ................................................................ 2
PB
P <b>EMO41 APOLOGIES</b> None – every member was present
P <b>EMO42 ORDER OF BUSINESS</b> The Chair took item 10 before item 7
P <b>EMO43 MEMBERS’ INTERESTS</b> Cllr D Kirkland – item 11(b), as the car park is let by MVBC to a firm that employs him; he would stay but not speak or vote on it. Cllrs Mahmood, Hollins, Ogden and P Renshaw – item 10, as members of the Borough Council – would take no part in that item.
P <b>EMO44 EXCLUSION OF PRESS AND PUBLIC</b> Not required
P <b>EMO45 QUESTIONS FROM THE PUBLIC</b> Mr R Salt spoke for the Friends of Mill Meadow in favour of the orchard and offered volunteers for planting day. Another resident wanted to know when the bus station toilets would reopen.
P <b>EMO46 MINUTES OF THE MEETING HELD ON 23 MARCH 2021</b> Confirmed as a correct record. Proposed Cllr Garbutt, seconded Cllr J Renshaw, all in favour.
P <b>EMO47 TEXTILE RECYCLING BANKS</b> The Town Clerk reported that the charity running the banks will now empty them weekly and take away the broken one by 7 May. Noted.
P <b>EMO48 SATURDAY MARKET</b> Cllr Tideswell presented the market group’s report: footfall had been good since reopening, but three stallholders had given notice. Cllr Ogden suggested a craft market on the last Saturday of each month. It was <b>RESOLVED</b> to run a monthly craft market from June to September 2021 within the existing market budget.
P <b>EMO49 COMMUNITY ORCHARD AT MILL MEADOW</b> Members welcomed the Friends’ offer. It was agreed that the Town Clerk order 12 heritage fruit trees at a cost not exceeding £480 for planting in the autumn.
P <b>EMO50 PUBLIC TOILETS</b> MVBC has not yet published its review of the bus station toilets. Deferred to the May meeting.
P <b>EMO51 ELECTRIC VEHICLE CHARGERS</b> (a) Cllr P Renshaw reported that two suppliers would install chargers at the Coppice car park free of charge in return for a share of the income. (b) MVBC, which owns the car park, has no objection in principle. <b>RESOLVED</b> to recommend to Full Council that the Town Clerk seek formal proposals from both suppliers.
P <b>EMO52 LITTER PICKS</b> The 17 April pick filled 46 sacks and members thanked everyone who took part. Noted.
P <b>EMO53 GRIT BIN REQUEST – BEECH AVENUE</b> Residents had asked the Council to take on the grit bin. Cllr Kirkland proposed that the Council adopt it and refill it each November, seconded Cllr Mahmood. Carried 6 for, 1 against.
P <b>EMO54 FRIENDSHIP BENCHES</b> Cllr Garbutt described benches with a small sign inviting passers-by to sit and talk. Agreed to put signs on three benches at a cost of £90.
P <b>EMO55 HERITAGE WALK LEAFLET</b> Cllr J Renshaw asked members to send her their suggested stopping points by the end of May.
P <b>EMO56 MATTERS FOR THE NEXT AGENDA</b> Publicity for the craft market; summer litter pick dates.
P <b>EMO57 DATE OF NEXT MEETING</b> Tuesday 25 May 2021 at 7pm, by Zoom.
S 10
P The meeting closed at 8.52pm.
