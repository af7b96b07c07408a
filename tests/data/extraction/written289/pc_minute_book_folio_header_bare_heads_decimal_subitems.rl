@title Roughmere PC Minutes 04 October 2011
@font Helvetica
@fontsize 11
@header 04 October 2011||{page}
@pageoffset 70
H Minutes of the Meeting of Parish Council held on 04 October 2011 at 7.00 pm at Roughmere Village Hall
P Present: Chairman Cllr. B. Dunthorne, Vice Chairman Cllr. E. Sayer, Cllr. K. Bussey, Cllr. M. Cubitt, Cllr. D. Hewitt-Page, Cllr. J. Lubbock, Cllr. T. Neave
P Clerk Mrs A. Baxter PSLCC District Cllr. Yvonne Seaman 7 members of the public
H 1. Minutes of the Parish Council Meeting held on 06 September 2011
P It was AGREED that the minutes of the Parish Council meeting held on 06 September 2011 be APPROVED as a true record. The minutes were signed by the Chairman.
H 2. Apologies for absence
P Apologies were accepted from Cllr. Wace. Apologies were noted from County Councillor Eke.
H 3. Declarations of Interest
P Members made the following declarations: Cllr. Cubitt – Allotments; Cllr. Neave – item 7.2 (neighbour).
H 4. Public Participation
P Mr Lacey of Hall Lane asked whether the Council had heard anything more about the broadband cabinet. The Chairman said BT had still not given a date. A second resident asked about the state of the bus shelter on Cromer Road; this is covered under item 10.
H 5. Police matters
P <b>5.1 Monthly Newsletter</b> Members were in receipt of the monthly newsletter. Two thefts of fuel and one of a trailer were reported in the parish during September.
P <b>5.2 Any other police matters (for information only)</b> Cllr. Lubbock reported cars parked on the pavement outside the school at home time. The Clerk will pass this on to the Safer Neighbourhood Team.
H 6. District Council and County Council
P <b>6.1 County and District Councillor Reports.</b> District Cllr. Seaman made her report (refer attached). She drew attention to the consultation on the coastal management plan, which closes on 30 November. County Cllr. Eke had circulated a report to members prior to the meeting (refer attached).
P <b>6.2 Coast Road speed limit.</b> Cllr. Sayer reported that the County Council had agreed to survey the speed of traffic through the village before the end of the year. It was noted that two members had seen a near miss at the junction with Hall Lane during the summer.
H 7. Planning
P <b>7.1 PF/11/0934 Oak Tree Farm, Hall Lane</b> – erection of agricultural building. It was AGREED to support the application.
P <b>7.2 PF/11/0962 4 Church Close</b> – two storey side extension. Cllr. Neave left the room. Cllr. Hewitt-Page said the extension would overlook the garden of 5 Church Close. It was AGREED to object on the grounds of overlooking. Cllr. Neave returned.
H 8. Finance
P <b>8.1 Receipts and payments.</b> The Clerk presented the statement of accounts to 30 September 2011. It was AGREED to approve the payments on the list, including the grass cutting (£640.00) and the Clerk's salary (£402.50).
P <b>8.2 Budget 2012/13.</b> The Clerk circulated a first draft budget. It was noted that the precept will be set at the December meeting.
H 9. Allotments
P Cllr. Cubitt, having declared an interest, did not take part. Cllr. Bussey reported that two plots were vacant and there were three people on the waiting list. It was AGREED that the vacant plots be offered to the first two on the list.
H 10. Bus shelter, Cromer Road
P Cllr. Dunthorne reported that the roof of the shelter was leaking and one side panel was cracked. The Clerk will seek quotes for repair and for replacement.
H 11. Correspondence
P A list of correspondence received was circulated. Noted.
H 12. Date of next meeting
P Tuesday 01 November 2011 at 7.00 pm. The meeting closed at 8.50 pm.
