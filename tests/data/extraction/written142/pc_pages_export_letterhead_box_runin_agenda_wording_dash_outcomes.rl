@title Minutes 12 November 2014
@font Helvetica
@fontsize 10.5
@footer {page}
G <b>Parish Council of Cadlow and Tresford</b> | Clerk: Mrs H Vane, Pear Tree Cottage, Church End, Cadlow
S 10
P Minutes of the meeting of the full Parish Council in the Reading Room, Tresford, on Wednesday 12 November 2014.
P Present: Cllr G Fordham (Chairman), Cllr N Neale, Cllr Ruth Pearce, Cllr M Vaughan
P In attendance: The Parish Clerk, DC Cllr E Fennell, CC Cllr T Marchant and two members of the public
P Public Participation: A resident of Mill Lane reported that the ford had been impassable for four days after the October storm and asked whether depth boards could be put up. The contractor has still not repaired the stile on footpath CT12. The school has been offered free bulbs for the verges by the bulb scheme.
P 1. To receive apologies – received and accepted from Cllr P Yates and Cllr S Corder.
P 2. To record declarations of interest – Cllrs Neale and Vaughan, as Reading Room trustees, declared a pecuniary interest in item 9c, which will therefore be taken at a later meeting.
P 3. To approve the minutes of 8 October 2014 – agreed as correct and signed.
P 4. To hear the County Councillor’s report – CC Cllr t Marchant spoke to his written report, which is filed with these minutes. Cllr Pearce asked about the gritting route; CC Cllr Marchant will find out whether Church End is on it this winter.
P 5. To hear the District Councillor’s report – DC Cllr E Fennell summarised the district’s draft budget and the new garden waste charge.
P 6. To receive the Clerk’s report – noted. The Clerk reported that the new bank mandate had been accepted and that the external auditor had signed off the annual return with no matters raised; the notice of conclusion of audit is on the noticeboards and the website.
P 7. To receive any other correspondence – none.
P 8. To consider planning matters – no decisions received since the last meeting; S.14/2207/HH, Tresford Mill, replacement windows in a listed building – no objection.
P 9. Finance:
P a. to authorise payments – Clerk’s salary October and November £312.00; Reading Room hire £18.00; Edgecombe Mowing, final cut £145.00. Approved, proposed Cllr Fordham, seconded Cllr Pearce.
P b. to receive the budget report to 31 October – noted.
P c. to decide on the Reading Room trustees’ grant request – held over (see item 2).
P 10. Highways and footpaths – Cllr Pearce reported that the gully at the bottom of Tresford Hill had been cleared but that the verge on the bend is now breaking up. Clerk to report it to the County Council.
P 11. Precept 2015/16 – the draft budget had been circulated. RESOLVED that the precept be set at £7,800, an increase of £200 (proposed Cllr Fordham, seconded Cllr Vaughan).
P 12. Date of next meeting – Wednesday 10 December 2014 at 7.30pm in the Reading Room.
S 6
P The meeting closed at 9.20pm.
S 24
P Signed ……………………………… Chairman        Date ………………
