@title Minutes Town Council 15 November 2011
@font Times-Roman
@fontsize 11
@footer Signed ……………………………… Chairman      Date ………………… || Page {page}
HC WENSCOMBE TOWN COUNCIL
P Minutes of the Meeting of Wenscombe Town Council held on Tuesday 15 November 2011 at 7pm at the Wenscombe Centre, Mill Lane, Wenscombe, NR9 4QT
P <b>PRESENT:</b> Cllrs K Blofeld (Chairman), A Rudd (Vice-Chair), M Crane, P Dunthorne, S Ellingham, G Farrow, J Gedge, L Howes, T Kett, B Loades, N Pegg, W Sayer; R Thirkettle (Town Clerk). District Cllr D Bunting and County Cllr H Mallett were also present. 3 members of the public attended.
P <b>TO RECEIVE APOLOGIES</b> 412/11: Apologies were accepted from Cllrs F Utting (work commitments) and C Wymer (unwell).
P <b>TO RECEIVE DECLARATIONS OF INTEREST</b> 413/11: Min: 420/11: Planning: Cllrs K Blofeld and P Dunthorne declared an "other" interest in planning matters as members of the District Council's Development Management Committee. 414/11: Min: 418/11: Cllr T Kett declared a personal interest as a season ticket holder of the Mill Lane car park.
P <b>TO ADJOURN THE MEETING FOR 15 MINUTES' PUBLIC PARTICIPATION</b> 415/11: The meeting was adjourned at 7.04pm. A resident of Tollhouse Road asked when the footpath to the school would be resurfaced; the Clerk undertook to chase the County Council. The meeting was reconvened at 7.12pm.
P <b>TO APPROVE THE MINUTES OF THE MEETING HELD ON 18 OCTOBER 2011</b> 416/11: It was proposed by Cllr A Rudd, seconded by Cllr S Ellingham and RESOLVED that the minutes of the meeting held on 18 October 2011 be approved and signed by the Chairman as a true record.
P <b>TO RECEIVE THE CLERK'S REPORT</b> 417/11: The Town Clerk reported that the new play equipment at Ferrybank Green had been installed and inspected, and that the insurance renewal had been received. The report was noted.
P <b>TO CONSIDER THE TOWN COUNCIL PRECEPT FOR 2012/13</b> 418/11: Cllr G Farrow presented the draft budget prepared by the Finance Working Group, which required a precept of £187,400, an increase of 1.9%. Cllr N Pegg proposed an amendment that the precept be frozen at the 2011/12 level of £183,900 and that the shortfall be met from general reserves; this was seconded by Cllr B Loades. The amendment was put to the vote: 4 for, 8 against. The amendment was lost. The original proposal, proposed by Cllr G Farrow and seconded by Cllr A Rudd, was then put to the vote: 9 for, 2 against, 1 abstention. Carried.
P <b>TO CONSIDER THE MOTION SUBMITTED BY CLLR W SAYER ON CAR PARKING CHARGES AT MILL LANE</b> 419/11: Cllr W Sayer explained that his motion asked the Council to write to the District Council opposing the proposed introduction of evening charges. Following advice from the Clerk that the District Council had already withdrawn the proposal, Cllr Sayer withdrew his motion.
P <b>PLANNING</b> 420/11: Cllrs K Blofeld and P Dunthorne took no part in the discussion. Cllr A Rudd took the chair for this item.
P i) 2011/1488: 22 Fennel Close – two storey side extension. It was RESOLVED to recommend approval.
P ii) 2011/1502: Land adjacent to 4 The Street – erection of one dwelling. Cllr L Howes spoke against the loss of the hedge. It was RESOLVED to recommend refusal on the grounds of overdevelopment and loss of the hedgerow (7 for, 3 against).
P <b>TO RECEIVE REPORTS FROM THE DISTRICT AND COUNTY COUNCILLORS</b> 421/11: District Cllr D Bunting reported on the consultation on the Joint Core Strategy. County Cllr H Mallett reported on the winter gritting routes, which now included Tollhouse Road. The reports were received and noted.
P <b>TO CONSIDER THE RESPONSE TO THE BOUNDARY COMMISSION CONSULTATION ON DISTRICT WARDS</b> 422/11: Cllr M Crane reported that the Working Group had not completed its draft response as the Commission had not yet published the revised electorate figures. This item was deferred to the December meeting.
P <b>TO APPROVE ACCOUNTS FOR PAYMENT</b> 423/11: The schedule of payments totalling £14,206.37 was proposed by Cllr J Gedge, seconded by Cllr T Kett and approved unanimously.
P <b>TO RECEIVE CORRESPONDENCE</b> 424/11: It was noted that the County Association of Local Councils' annual conference would be held on 3 March 2012. A letter of thanks from Wenscombe Bowls Club for the Council's grant was read.
P <b>DATE OF NEXT MEETING</b> 425/11: Tuesday 20 December 2011 at 7pm at the Wenscombe Centre.
P The meeting closed at 9.02pm.
