@title Minutes October 2016
@font Times-Roman
@fontsize 11
@footer - {page} -
HC MINUTES OF THE MEETING OF FELBECK PARISH COUNCIL HELD ON WEDNESDAY 5 TH OCTOBER, 2016 AT 7.30 PM IN THE METHODIST CHURCH ROOMS, MILL ROAD, FELBECK
P Present:- Chairman - Cllr. H. Rudling, Vice-Chairman - Cllr. P. Gotts, Cllr. D. Amis, Cllr. S. Bircham, Cllr. M. Cubitt, Cllr. E. Neave, Cllr. R. Pegg and Cllr. W. Thirtle.
P County Councillor K. Dyball. District Councillor J. Sayer.
P Moira Lansdell - Clerk.
P Three members of the public also attended the meeting.
H 1. APOLOGIES FOR ABSENCE
P Apologies for absence were received from Cllr. T. Howes.
H 2. DECLARATIONS OF INTEREST AND DISPENSATIONS
P Cllr. Pegg declared a pecuniary interest in item 8.2 as the applicant's neighbour and took no part in that item.
H 3. MINUTES OF THE MEETING HELD ON WEDNESDAY 7 TH SEPTEMBER 2016
P The minutes were approved as a true record, proposed by Cllr. Gotts and seconded by Cllr. Neave, and signed by the Chairman.
H 4. COUNTY AND DISTRICT COUNCILLORS' REPORTS
P 4.1 County Councillor's Report:- Attached.
P 4.2 District Councillor's Report:- District Councillor Sayer said the district council had adopted its new waste collection contract and that garden waste charges would rise by £3 from April. She would find out whether the mobile library would keep its Felbeck stop.
P Cllr. Amis asked why the gully outside the school had not been cleared since the spring. County Councillor Dyball said he would raise it with Highways again.
H 5. PUBLIC PARTICIPATION
P A resident of Back Lane asked whether the Council would support a request for a salt bin at the top of the hill. The Chairman said the item would go on the November agenda.
H 6. MATTERS ARISING
P 6.1 Bus shelter:- The Clerk reported that the replacement glass panel had been fitted at a cost of £186.
P 6.2 Dog bin, Church Loke:- Still awaited from the district council. Clerk to chase.
H 7. FINANCE
P 7.1 The Clerk presented the bank reconciliation to 30 th September 2016, showing £14,212.63 in the current account and £8,004.11 in the deposit account.
P 7.2 It was RESOLVED to pay the following accounts: M. Lansdell, salary and expenses, £412.20; Felbeck Village Hall, room hire, £45.00; Coastline Grounds, mowing, £330.00. Proposed by Cllr. Cubitt and seconded by Cllr. Bircham.
H 8. PLANNING
P 8.1 PF/16/1142 - 3 Orchard Close - single storey rear extension. No objection.
P 8.2 PF/16/1190 - Land adjacent to Hall Farm - erection of two dwellings. After discussion it was agreed to object on the grounds of access onto the Mundesley road, Cllr. Thirtle voting against.
H 9. PLAYING FIELD
P Cllr. Bircham reported that the annual inspection had found the cradle swing chains worn. It was agreed to replace both chains at a cost not exceeding £120.
H 10. CORRESPONDENCE
P The list of correspondence had been circulated and was noted.
H 11. ITEMS FOR THE NEXT AGENDA
P Salt bin at Back Lane; budget and precept 2017/18.
H 12. DATE OF NEXT MEETING
P Wednesday 2 nd November 2016 at 7.30 pm in the Methodist Church Rooms.
P The meeting closed at 9.05 pm.
S 20
P Signed .................................................... Chairman          Date ....................
