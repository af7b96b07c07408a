@title Ardmorven Council - Statutory Meeting 19 May 2022
@fontsize 10.2
@header Ardmorven Council – 19 May 2022||Page {page}
@footer Minute of Statutory Meeting – subject to approval
HC ARDMORVEN COUNCIL
HC MINUTE OF STATUTORY MEETING OF ARDMORVEN COUNCIL HELD IN THE COUNCIL CHAMBERS, COUNTY BUILDINGS, DRUMALLOCHY, ON THURSDAY 19 MAY 2022 AT 10.00 AM
S 4
P <b>PRESENT:</b> Councillors Ailsa Baird, Hamish Rennie, Catriona Fyfe, Douglas Mowat, Ewan Gilchrist, Fiona Lindores, Graeme Sclater, Isla Orr, Kenneth Drysdale, Lorna Urquhart, Malcolm Tennant, Morven Galbraith, Neil Haldane, Pauline Kerracher, Ross Dunsmuir, Shona McCuaig, Stuart Auchterlonie, Tom Birrell, Una Lauder, Alasdair Gow, Brian Affleck, Carol Niven, Derek Imrie, Elspeth Rintoul, Gordon Tosh, Heather Ballantyne, Iain Mochrie, Jean Pringle, Kirsty Wardrop and Lewis Strachan.
P <b>ATTENDING:</b> Morag Lennie, Chief Executive; Alan Cruickshank, Depute Chief Executive and Director of Place; Gillian Summers, Head of Finance; Robert Kinnaird, Head of Democratic Services; Sheena Pattullo, Head of Legal Services; and Fraser Dalgetty, Committee Services Officer.
P <b>APOLOGIES:</b> Councillors Moira Cowan and Peter Hendry.
P <b>CHAIR:</b> Chief Executive (Items 1 and 2.1) and Provost Ewan Gilchrist (Items 2.2 to 10).
S 6
H COUNCIL ELECTIONS – 5 MAY 2022
P 1. There was submitted and noted a report dated 9 May 2022 (circulated) by the Chief Executive, as Returning Officer, which gave the results of the Council elections held on Thursday 5 May 2022 in each of the nine multi-member wards, as shown in Appendix I to this Minute. The Chief Executive congratulated all Members on their election and welcomed the eleven Members who were joining the Council for the first time.
H PROVOST/DEPUTE PROVOST
P <b>2.1 ELECTION OF PROVOST</b> The Chief Executive invited nominations for the office of Provost. Councillor Rennie, seconded by Councillor Baird, moved that Councillor Gilchrist be elected as Provost. Councillor Fyfe, seconded by Councillor Sclater, moved as an amendment that Councillor Lindores be elected as Provost.
P Councillor Sclater asked for a roll call vote. More than one third of the Members present having signified their support by a show of hands (12), the roll was called in terms of Standing Order 34.3 with the following result:-
P <i>Motion (17)</i> – Councillors Affleck, Auchterlonie, Baird, Ballantyne, Birrell, Drysdale, Galbraith, Gilchrist, Gow, Haldane, Imrie, Mowat, Niven, Orr, Rennie, Tennant and Wardrop.
P <i>Amendment (13)</i> – Councillors Dunsmuir, Fyfe, Kerracher, Lauder, Lindores, McCuaig, Mochrie, Pringle, Rintoul, Sclater, Strachan, Tosh and Urquhart.
P The motion was accordingly carried and Councillor Gilchrist was declared elected as Provost of Ardmorven Council. Provost Gilchrist then took the Chair.
P <b>2.2 ELECTION OF DEPUTE PROVOST</b> Provost Gilchrist invited nominations for the office of Depute Provost. Councillor Baird, seconded by Councillor Mowat, nominated Councillor Orr. There being no other nominations, the Council agreed that Councillor Orr be appointed as Depute Provost.
H LEADER AND DEPUTE LEADER OF THE COUNCIL
P 3. Provost Gilchrist invited nominations for the offices of Leader and Depute Leader of the Council. Councillor Haldane, seconded by Councillor Wardrop, nominated Councillor Rennie as Leader and Councillor Mowat as Depute Leader. There being no other nominations, the Council agreed to these appointments. Councillor Rennie thanked Members and said that the new administration would publish its programme for the coming five years at the June meeting of the Council.
H STANDING ORDERS, SCHEME OF ADMINISTRATION AND SCHEME OF DELEGATION
P 4. There was submitted a report dated 10 May 2022 (circulated) by the Head of Democratic Services which sought approval to continue the Council's Standing Orders, Scheme of Administration and Scheme of Delegation to Officers until they had been reviewed by the Policy and Resources Committee later in the year. The Council agreed (a) that the existing Standing Orders, Scheme of Administration and Scheme of Delegation continue in force; and (b) that a cross-party working group of five Members review them and report back by December 2022.
H COMMITTEE STRUCTURE AND MEMBERSHIP
P 5. There was submitted a report dated 10 May 2022 (circulated) by the Head of Democratic Services which set out the proposed committee structure and the membership of each committee, based on nominations from the political groups. Councillor Lindores, seconded by Councillor Sclater, moved as an amendment that the membership of the Planning Committee be increased from 9 to 11 Members. On a show of hands, 12 Members voted for the amendment and 17 against, and the amendment accordingly fell. The Council thereafter agreed the committee structure and memberships set out in Appendix 2 to the report.
H CONVENERS AND DEPUTE CONVENERS
P 6. Provost Gilchrist invited nominations for the Conveners and Depute Conveners of the Council's committees. After the nominations had been moved and seconded, the Council agreed the following appointments:- Policy and Resources Committee – Councillor Rennie (Convener) and Councillor Mowat (Depute); Planning Committee – Councillor Haldane (Convener) and Councillor Niven (Depute); Education and Children's Services Committee – Councillor Baird (Convener) and Councillor Affleck (Depute); Audit and Scrutiny Committee – Councillor Fyfe (Convener) and Councillor Tosh (Depute); and Licensing Committee – Councillor Galbraith (Convener) and Councillor Imrie (Depute).
H APPOINTMENTS TO JOINT BOARDS AND OUTSIDE BODIES
P 7. There was submitted a report dated 11 May 2022 (circulated) by the Head of Democratic Services which listed the joint boards, partnerships and outside bodies to which the Council appoints Members. The Council agreed to appoint Councillors Rennie, Drysdale, Lauder and Tennant to the Ardmorven and Glenlorne Valuation Joint Board; Councillors Baird, Birrell and Rintoul to the Strathmorven Integration Joint Board; and the remaining appointments as set out in the Appendix to this Minute.
H TIMETABLE OF MEETINGS 2022/23
P 8. There was submitted a report dated 11 May 2022 (circulated) by the Head of Democratic Services which proposed a timetable of meetings for the period to June 2023. Councillor Pringle asked whether meetings of the Council could continue to be held in hybrid form; the Head of Democratic Services confirmed that the chamber equipment would remain in use. The Council agreed the timetable of meetings set out in the Appendix to the report.
H ELECTED MEMBERS' REMUNERATION – SENIOR COUNCILLOR POSTS
P 9. There was submitted a report dated 12 May 2022 (circulated) by the Head of Finance which set out the number of senior councillor posts permitted under the Local Governance (Scotland) Act 2004 (Remuneration) Regulations and the proposed allocation of the remuneration available. Councillor Mowat asked how the proposals compared with the previous term; Gillian Summers explained that the total remained within the national limit and that one additional senior post was proposed for the Convener of the Audit and Scrutiny Committee. The Council agreed the designation of senior councillors and the rates of remuneration set out in the report.
H MEMBERS' INDUCTION PROGRAMME
P 10. There was submitted and noted a report dated 12 May 2022 (circulated) by the Head of Democratic Services which outlined the induction programme for Members from May to September 2022, including sessions on the Councillors' Code of Conduct, planning, licensing and the Council's budget. Councillor Strachan welcomed the inclusion of a session on community council liaison.
S 2
P The meeting ended at 12.20 pm.
