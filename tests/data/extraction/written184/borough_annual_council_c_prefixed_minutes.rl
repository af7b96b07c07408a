@title Annual Council 13 May 2015
@font Times-Roman
@fontsize 11
@numcol 21
@footer Annual Council – 13 May 2015||{page}
HC BOROUGH OF CORLHAVEN
HC ANNUAL COUNCIL
HC 13 MAY 2015
S 4
P The Council met at the Civic Centre, Corlhaven at 6.00pm.
P <b>Present:</b>
P Councillor Mrs Lutteridge (Mayor)<br/>Councillor Isherwood (Deputy Mayor)<br/>Councillor R Vosper (Sheriff)
P Councillors Ms Ashworth, Bellamy, Miss Corin, Dallow, Mrs Eveleigh, Fairweather, Goldring, Mrs Hatchard, Jerrold (from 6.12pm), Kemble, Mrs Lanyon, Maddox, Nettleford, Mrs Oakhurst, Pennard, Penhallow, Quaife, Mrs Radstock, Sowerby, Tregunna, Mrs Underhill, Varcoe, Wakeham
P Members of the public in attendance: Approximately 12
S 6
R C1.15 | <b>ELECTION OF MAYOR (Decision)</b><br/><br/>Councillor Pennard, the retiring Mayor, presided.<br/><br/>It was proposed by Councillor Bellamy, seconded by Councillor Mrs Hatchard and<br/><br/>RESOLVED that Councillor Mrs Lutteridge be elected Mayor of the Borough of Corlhaven for the ensuing Municipal Year.<br/><br/>Councillor Mrs Lutteridge made the Declaration of Acceptance of Office, took the Chair and thanked the Council for the honour it had done her.
R C2.15 | <b>APPOINTMENT OF DEPUTY MAYOR (Decision)</b><br/><br/>It was proposed by Councillor Goldring, seconded by Councillor Mrs Radstock and<br/><br/>RESOLVED that Councillor Isherwood be appointed Deputy Mayor for the ensuing Municipal Year.<br/><br/>Councillor Isherwood made the Declaration of Acceptance of Office.
R C3.15 | <b>APPOINTMENT OF SHERIFF (Decision)</b><br/><br/>It was proposed by Councillor Maddox, seconded by Councillor Tregunna and<br/><br/>RESOLVED that Councillor R Vosper be appointed Sheriff of Corlhaven for the ensuing Municipal Year.
R C4.15 | <b>VOTE OF THANKS TO THE RETIRING MAYOR (Information)</b><br/><br/>Councillor Mrs Oakhurst moved a vote of thanks to Councillor Pennard for his year of office and to his consort, Mrs Janet Pennard. The vote was seconded by Councillor Sowerby and carried by acclamation. Councillor Pennard replied and presented his Mayor's badge to the Council.
R C5.15 | <b>APOLOGIES FOR ABSENCE</b><br/><br/>Apologies for absence were received from Councillors Whitlock and Mrs Yeandle.
R C6.15 | <b>MINUTES (Decision)</b><br/><br/>RESOLVED that the Minutes of the last Meeting of the Council, held on the 21 April 2015, having been previously circulated, be taken as read, confirmed and signed by the Mayor as a correct record, subject to the following amendments:<br/><br/>MIN. C214.14 Harbourside Regeneration Framework: Report of the Leader<br/>Line nine, second paragraph: delete "suggested", insert "stated".<br/><br/>MIN. C219.14 Council Tax Setting 2015/16<br/>Delete the name of Councillor Quaife from those voting against.
R C7.15 | <b>DECLARATIONS OF INTEREST</b><br/><br/>Councillor Kemble declared a personal interest in Minute C13.15 as a director of the Corlhaven Harbour Trust and left the Chamber during that item.
R C8.15 | <b>MAYOR'S COMMUNICATIONS (Information)</b><br/><br/>The Mayor announced that her charities for the year would be the Corlhaven Lifeboat and the Heathside Young Carers project, and that her Chaplain would be the Reverend Amos Tiller of St Petroc's.
R C9.15 | <b>LEADER OF THE COUNCIL (Information)</b><br/><br/>Councillor Ms Ashworth had been elected as Leader of the Council for a four year term in 2013. She notified Council that Councillor Dallow would continue as her Deputy, and of the following Cabinet Members and their Portfolio Holder responsibilities:
G Councillor Ms Gwen Ashworth | Leader; Budget and Financial Services; Strategic Partnerships
G Councillor Peter Dallow | Deputy Leader; Planning and Regeneration; Harbourside
G Councillor Mrs Carol Eveleigh | Adult Social Care and Health
G Councillor Simon Fairweather | Transport, Highways and Parking
G Councillor Miss Louise Corin | Children's Services and Education
G Councillor Dennis Maddox | Housing, Environment and Leisure
S 6
R C10.15 | <b>APPOINTMENT OF COMMITTEES AND ALLOCATION OF SEATS (Decision)</b><br/><br/>Council considered the report of the Head of Legal and Democratic Services on the political balance rules and the allocation of seats to political groups.<br/><br/>It was proposed by Councillor Ms Ashworth and seconded by Councillor Dallow that the recommendations in the report be approved.<br/><br/>An amendment was moved by Councillor Nettleford and seconded by Councillor Varcoe that the two Overview and Scrutiny Committees be chaired by members of groups not represented on the Cabinet.<br/><br/>A recorded vote was requested and the voting on the amendment was as follows:<br/><br/>For: Councillors Nettleford, Penhallow, Mrs Underhill, Varcoe, Wakeham (5)<br/>Against: Councillors Ms Ashworth, Bellamy, Miss Corin, Dallow, Mrs Eveleigh, Fairweather, Goldring, Mrs Hatchard, Isherwood, Jerrold, Kemble, Mrs Lanyon, Mrs Lutteridge, Maddox, Mrs Oakhurst, Pennard, Mrs Radstock, Sowerby, Tregunna, Vosper (20)<br/>Abstained: Councillor Quaife (1)<br/><br/>The amendment was therefore LOST.<br/><br/>The original proposition was then put and it was<br/><br/>RESOLVED that:<br/>(a) the allocation of seats to political groups set out in Appendix 1 be approved;<br/>(b) the committees listed in Appendix 2 be appointed for the Municipal Year 2015/16; and<br/>(c) members be appointed to those committees in accordance with the nominations of the group leaders.
R C11.15 | <b>APPOINTMENT OF CHAIRMEN AND VICE-CHAIRMEN (Decision)</b><br/><br/>RESOLVED that the Chairmen and Vice-Chairmen of committees for 2015/16 be appointed as set out in the schedule tabled at the meeting.
R C12.15 | <b>REPRESENTATIVES ON OUTSIDE BODIES (Decision)</b><br/><br/>RESOLVED that the representatives on outside bodies for 2015/16 be appointed as set out in the schedule, save that the appointment to the Corlhaven Harbour Trust be deferred until the governance review in Minute C13.15 has been considered.
R C13.15 | <b>CORLHAVEN HARBOUR TRUST – GOVERNANCE REVIEW (Decision)</b><br/><br/>Consideration of this item was deferred to the meeting of the Council on 21 July 2015, at the request of the Trust's board.
R C14.15 | <b>CALENDAR OF MEETINGS 2015/16 (Decision)</b><br/><br/>It was proposed by Councillor Goldring, seconded by Councillor Mrs Lanyon and AGREED that the calendar of meetings for 2015/16 be approved.
R C15.15 | <b>MOTION ON NOTICE – FREE PARKING AFTER 3PM (Decision)</b><br/><br/>Councillor Wakeham moved and Councillor Penhallow seconded the following motion: "That this Council introduces free parking after 3pm in the Quay Street and Fore Street car parks from 1 September 2015."<br/><br/>Councillor Fairweather, Portfolio Holder for Transport, Highways and Parking, said the loss of income would be about £140,000 a year.<br/><br/>On being put to the vote the motion was LOST.
R C16.15 | <b>MOTION ON NOTICE – LIVING WAGE FOR COUNCIL CONTRACTORS (Decision)</b><br/><br/>Councillor Mrs Underhill, with the consent of the Council, WITHDREW her motion, the Leader having agreed that the Cabinet would consider a report on the subject in June.
R C17.15 | <b>MEMBERS' ALLOWANCES 2015/16 (Decision)</b><br/><br/>RESOLVED that the Members' Allowances Scheme for 2015/16 be adopted without change from 2014/15.<br/><br/>Councillors Nettleford and Wakeham asked that their votes against this resolution be recorded.
R C18.15 | <b>URGENT DECISIONS (Information)</b><br/><br/>The Council noted the decision taken by the Chief Executive under the urgency procedure on 30 April 2015, after consulting the Leader and the Chairman of the Overview and Scrutiny Committee, to repair the Town Quay wall at a cost of £62,000.
R C19.15 | <b>DATE OF NEXT MEETING</b><br/><br/>Tuesday 21 July 2015 at 6.00pm.
S 12
P The meeting closed at 8.05pm.
S 20
P MAYOR
