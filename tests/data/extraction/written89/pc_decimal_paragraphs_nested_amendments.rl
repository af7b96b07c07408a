@title Storridge Hollow Parish Council - Minutes 17 June 2025
@fontsize 10.5
@footer Storridge Hollow Parish Council – Minutes 17th June 2025 – Page {page}
H Minutes of the Meeting of the Parish Council held on Tuesday 17th June 2025 at 7pm in Storridge Hollow Village Hall
P <b>Present:</b> Councillors Heather Lydiate, Owen Bransford (chair), Nadia Kessler, Tom Ankerdine, Gwen Hollings (vice-chair), Rhys Pomeroy, Bethan Suckley, Colin Walwyn (arrived at 7.40pm)
P <b>In attendance:</b> Fiona Linton (Clerk), Ward Councillor Graham Tedstone, 4 members of the public
H 1. Apologies for absence
P 1.1. It was RESOLVED to accept the request from Councillor Ivor Stanbrook for leave of absence until September for health reasons. All in favour.
P 1.2. Councillors Edith Cradock (holiday), Paul Whitbourne (work commitment)
H 2. Declarations of interest and written requests for dispensation
P 2.1. Rhys Pomeroy – Storridge Hollow Village Hall (trustee).
H 3. Minutes of the previous meeting held on 20th May 2025
P 3.1. It was RESOLVED to adopt the minutes subject to the following amendments:
P 3.1.1 Item 6.2 The dog bins are emptied by the District Council at a cost of £194.20 per annum.
P 3.1.2 Item 9 Nadia Kessler "presented" the report on the footpaths survey and did not read it aloud.
H 4. Planning Matters
P 4.1. 251188 – Land at Hollins Green – proposed erection of two holiday lodges and access track. Heather Lydiate said that the track would cross a public footpath.
P PC comment: The council objects to the application. The access track crosses public footpath SH12 and the lodges would be visible from the Hollow View ridge path. Proposed Heather Lydiate, seconded Tom Ankerdine, all in favour.
P 4.2. 251240 – 2 Orchard Cottages – replacement porch. No objection.
H 5. Website
P 5.1. To consider the renewal of the website hosting contract and the accessibility statement.
P Gwen Hollings reported that the hosting company had offered a two-year renewal at £216 a year including the accessibility audit. It was RESOLVED to accept the two-year renewal. All in favour.
H 6. Ward Councillor's report
P 6.1. Ward Councillor Tedstone reported that the resurfacing of the C1042 through the village had been brought forward to August. Colin Walwyn asked whether the bus stop would be moved during the works; Ward Councillor Tedstone will ask the highways team.
H 7. Finance
P 7.1. The Clerk presented the bank reconciliation to 31st May 2025, which was noted.
P 7.2. It was RESOLVED to approve the payments on the schedule, totalling £1,184.62. Proposed Bethan Suckley, seconded Owen Bransford.
H 8. Village Hall car park
P 8.1. Rhys Pomeroy, having declared an interest, left the room. Tom Ankerdine reported that three quotes had been obtained for resurfacing. The matter was deferred to July so that a fourth quote can be obtained.
P 8.2. Rhys Pomeroy returned.
H 9. Date of next meeting
P 9.1. Tuesday 15th July 2025 at 7pm, Storridge Hollow Village Hall.
P The meeting closed at 9.05pm.
