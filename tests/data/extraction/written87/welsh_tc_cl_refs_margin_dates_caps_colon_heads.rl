@title Minutes of Ordinary Meeting November 2022
@font Helvetica
@fontsize 10
@numcol 20
@footer Aberdysynni Town Council – Ordinary Meeting 9th November 2022||{page}
HC MINUTES OF AN ORDINARY MEETING OF ABERDYSYNNI TOWN COUNCIL HELD ON WEDNESDAY 9TH NOVEMBER 2022 AT NEUADD GOFFA, ABERDYSYNNI AT 7.00PM
S 6
P <b>PRESENT:</b> Councillor: Gwenllian Rees (Chair)
P Councillors: Huw Davies, Rhian Hughes, Tom Ellis, Owain Jenkins, Mair Vaughan, Alun Bowen, Catrin Parry, Steffan Roberts
P <b>ALSO PRESENT:</b> County Councillor Geraint Howells
P <b>OFFICERS PRESENT:</b> Elin Tudur (Town Clerk)
S 6
R Cl. 112<br/>09.11.22 | <b>APOLOGIES:</b><br/>Councillors: Dafydd Morgan, Sian Pugh
R Cl. 113<br/>09.11.22 | <b>DECLARATION OF INTEREST:</b><br/>Councillor Owain Jenkins – Item 12
R Cl. 114<br/>09.11.22 | <b>PRESENTATION BY MEGAN LLOYD, COASTAL PATH OFFICER, REGARDING THE PROPOSED RE-ALIGNMENT OF THE COASTAL PATH AT TRAETH GWYN</b><br/>Megan Lloyd explained that winter storms had undercut the dune section of the coastal path north of Traeth Gwyn and that a 400 metre stretch would be moved inland onto the old railway embankment. The landowner had agreed in principle and works were planned for February and March 2023, outside the bird nesting season.
R | Councillor Huw Davies asked whether the embankment route would be suitable for wheelchairs and pushchairs. Megan Lloyd said that the new surface would be compacted stone with no stiles, and that a bench would be placed at the viewpoint. Councillor Mair Vaughan asked for the diversion to be signed in Welsh and English at both ends. This would be done.
R Cl. 115<br/>09.11.22 | <b>MINUTES OF THE PREVIOUS MEETING:</b><br/>The minutes of the Ordinary Meeting held on 12th October 2022 were approved as a true record.
R | Proposed: Councillor Rhian Hughes  Seconded: Councillor Tom Ellis
R Cl. 116<br/>09.11.22 | <b>MATTERS ARISING:</b><br/>Cl. 101 – Bus shelter, Ffordd y Môr: the Town Clerk reported that the County Council had confirmed the replacement shelter would be installed before Christmas.
R | Cl. 106 – Defibrillator at the station: the cabinet has been fitted and the unit registered with the ambulance service.
R Cl. 117<br/>09.11.22 | <b>COUNTY COUNCILLOR’S REPORT:</b><br/>County Councillor Geraint Howells reported on the gritting routes for the winter, the consultation on second homes and the flooding at Pont Dysynni in October, which had been referred to Natural Resources Wales.
R Cl. 118<br/>09.11.22 | <b>FINANCE – PAYMENTS FOR APPROVAL:</b><br/>The schedule of payments for October and November had been circulated.
R | RESOLVED to approve payments totalling £6,412.37 as listed in the schedule.
R | Proposed: Councillor Alun Bowen  Seconded: Councillor Catrin Parry
R Cl. 119<br/>09.11.22 | <b>BUDGET 2023/24 – FIRST DRAFT:</b><br/>The Town Clerk presented a first draft budget showing a shortfall of £3,800 on current income, mainly from higher energy costs at the public toilets. Councillor Tom Ellis suggested that the toilets be closed at 6pm in winter to reduce costs.
R | It was agreed that the Finance Committee meet on 23rd November to prepare a full budget and precept recommendation for December.
R Cl. 120<br/>09.11.22 | <b>PLANNING APPLICATIONS:</b><br/>NP5/73/412C – Single storey rear extension, 4 Maes Dysynni – No objection.
R | NP5/73/98B – Change of use of former chapel vestry to holiday let, Capel Bethania – Councillor Steffan Roberts said that the site had no parking and that the lane was already congested in summer.
R | RESOLVED to object to application NP5/73/98B on the grounds of parking and highway safety.
R Cl. 121<br/>09.11.22 | <b>CHRISTMAS LIGHTS 2022:</b><br/>Councillor Rhian Hughes reported that the switch-on would take place on Saturday 26th November at 5pm with the school choir. Two quotations had been received for the replacement of the damaged rope lights on the High Street.
R | It was RESOLVED to accept the lower quotation of £1,180 from Goleuadau Meirion.
R Cl. 122<br/>09.11.22 | <b>CORRESPONDENCE:</b><br/>(a) One Voice Wales – area committee meeting, 17th November. (b) County Council – consultation on the Local Toilets Strategy. (c) Letter of thanks from Aberdysynni Carnival Committee for the grant.
R | The correspondence was noted.
R Cl. 123<br/>09.11.22 | <b>CEMETERY – MEMORIAL SAFETY INSPECTION:</b><br/>Having declared an interest, Councillor Owain Jenkins left the meeting for this item.
R | The Town Clerk reported that the inspection had found eleven unstable memorials. Owners would be contacted and the memorials laid flat where no owner could be traced.
R | It was agreed that the inspector’s recommendations be implemented.
R Cl. 124<br/>09.11.22 | <b>REPORTS FROM REPRESENTATIVES ON OUTSIDE BODIES:</b><br/>Councillor Catrin Parry reported on the Ysgol Dysynni governors’ meeting. Councillor Alun Bowen reported on the Harbour Users Group.
R Cl. 125<br/>09.11.22 | <b>DATE OF NEXT MEETING:</b><br/>Wednesday 14th December 2022 at 7.00pm.
