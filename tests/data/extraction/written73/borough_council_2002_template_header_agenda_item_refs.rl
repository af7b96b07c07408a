@title Council 24 July 2002
@font Times-Roman
@fontsize 11
@header Name of Committee Here
@footer {page}
@pageoffset 160
HC LONDON BOROUGH OF WANDLEBURY
HC ORDINARY COUNCIL MEETING 24 JULY 2002 (7.15pm – 10.40pm)
P <b>PRESENT:</b> The Mayor (Councillor Doreen Achterberg) (in the Chair); Councillors: Desmond Akers, Nigel Amory, Kwame Asante, Frances Beddall, Brian Cottle, Hugh Darracott, Martin Esslemont, Patrick Fennimore, Iris Gantley, Samira Haddad, Heather Lindqvist, Peter Loxley, Lorna McTeer, Anjali Mistry, Ruth Okonedo, Terence Ould, Malcolm Pettifer, Jean Puddephatt, Vikram Sohal, Gareth Spiller, Olive Tennant, Yvonne Trask and Colin Wragg.
P Apologies for absence were received from: Councillors Alan Braybrooke, Margaret Fitch and Sunil Varma; and for lateness from Councillor Iris Gantley.
S 6
R 301 | <b>TO RECEIVE ANY ANNOUNCEMENTS FROM THE MAYOR, LEADER OF THE COUNCIL, MEMBERS OF THE CABINET OR THE CHIEF EXECUTIVE</b> (Agenda Item 2)
R  | Announcements were tendered as follows: The Mayor drew Members’ attention to the list of her civic engagements for the period 3 July to 24 July 2002, which had been circulated around the Council Chamber, and thanked all those who had supported the Mayor’s Jubilee Tea at Morden Lodge. The Leader of the Council, Councillor Malcolm Pettifer, announced that the Council’s housing repairs service had been short-listed for a national award and congratulated the staff concerned.
R 302 | <b>DECLARATIONS OF INTEREST</b> (Agenda Item 3)
R  | Councillor Ruth Okonedo declared a personal interest in Agenda Item 9 as a governor of Hollyfield Primary School. Councillor Colin Wragg declared a personal and prejudicial interest in Agenda Item 10 as an employee of a rail freight operator, and said that he would leave the Chamber during that item.
R 303 | <b>MINUTES</b> (Agenda Item 4)
R  | RESOLVED: That the minutes of the meeting of the Council held on 3 July 2002 be agreed as a correct record and signed by the Mayor.
R 304 | <b>PETITIONS</b> (Agenda Item 5)
R  | Councillor Samira Haddad presented a petition of 212 signatures from residents of Tolworth Rise asking the Council to introduce a residents’ parking zone. The petition was referred to the Cabinet Member for Environment and Transport.
R 305 | <b>QUESTIONS FROM MEMBERS OF THE PUBLIC</b> (Agenda Item 6)
R  | Four questions had been received from members of the public in accordance with Standing Order 11. The written replies<super>1</super> were circulated in the Chamber and there were no supplementary questions. The questions and replies were noted.
R 306 | <b>COUNCILLORS’ QUESTIONS TO CABINET MEMBERS</b> (Agenda Item 7)
R  | Councillor Brian Cottle asked the Cabinet Member for Housing, Councillor Anjali Mistry, how many empty council homes had been brought back into use since April. Councillor Mistry replied that 64 homes had been re-let and that void turnaround times had fallen to 31 days. Councillor Heather Lindqvist asked a supplementary question about sheltered housing voids, and Councillor Mistry undertook to provide a written answer.
R 307 | <b>REPORT OF THE CABINET: REVENUE AND CAPITAL OUTTURN 2001/02</b> (Agenda Item 8)
R  | Councillor Malcolm Pettifer moved and Councillor Gareth Spiller seconded the recommendations of the Cabinet as set out in the report. Councillor Terence Ould spoke on the level of the general fund balance.
R  | RESOLVED: That the revenue and capital outturn for 2001/02 be noted and that the carry-forward of £412,000 of unspent budgets into 2002/03 be approved.
R 308 | <b>STRATEGIC THEME MOTION: SCHOOL PLACES IN THE WEST OF THE BOROUGH</b> (Agenda Item 9)
R  | Councillor Patrick Fennimore moved and Councillor Ruth Okonedo seconded the motion as set out on the agenda. Councillor Jean Puddephatt moved and Councillor Desmond Akers seconded an amendment to delete the second paragraph and insert a request for a report to the Cabinet in October.
R  | The amendment was put to the vote and was LOST.
R  | The substantive motion was put to the vote and was CARRIED.
R 309 | <b>MOTION: WANDLE MEADS RAIL FREIGHT DEPOT</b> (Agenda Item 10)
R  | Councillor Colin Wragg, having declared a prejudicial interest, left the Chamber. Councillor Lorna McTeer moved and Councillor Vikram Sohal seconded the motion opposing the extension of operating hours at the Wandle Meads depot. Councillor Gareth Spiller spoke against the motion.
R  | The motion was put to the vote and was LOST. Councillor Wragg returned to the Chamber.
R 310 | <b>APPOINTMENTS TO OUTSIDE BODIES</b> (Agenda Item 11)
R  | Councillor Frances Beddall, the Chief Whip, moved the appointments set out in the report.
R  | RESOLVED: That Councillor Nigel Amory be appointed to the Wandle Valley Parklands Trust and Councillor Olive Tennant to the South London Waste Partnership Scrutiny Panel for the remainder of the municipal year.
R 311 | <b>URGENT BUSINESS</b> (Agenda Item 12)
R  | There was no urgent business.
S 10
I <super>1</super> The questions and written replies are set out in Appendix A to these minutes and are available from Democratic Services, Wandlebury Civic Centre.
PB
HC CABINET 29 JULY 2002 (7.15pm – 8.50pm)
P <b>PRESENT:</b> Councillor Malcolm Pettifer (Leader of the Council) (in the Chair); Councillors Gareth Spiller (Deputy Leader), Kwame Asante, Hugh Darracott, Anjali Mistry and Yvonne Trask.
P <b>ALSO PRESENT:</b> Councillors Brian Cottle and Jean Puddephatt; Alison Greatorex (Director of Finance), Head of Democratic Services.
S 6
R 312 | <b>DECLARATIONS OF INTEREST</b> (Agenda Item 1)
R  | None were made.
R 313 | <b>MINUTES</b> (Agenda Item 2)
R  | RESOLVED: That the minutes of the meeting held on 8 July 2002 be agreed as a correct record.
R 314 | <b>REFERENCE FROM COUNCIL: SCHOOL PLACES IN THE WEST OF THE BOROUGH</b> (Agenda Item 3)
R  | The Cabinet considered the motion carried by the Council on 24 July 2002 (minute 308). Councillor Kwame Asante, Cabinet Member for Education, said that the pupil place forecasts for the western wards would be refreshed in September with the new birth data.
R  | RESOLVED: That the Director of Education report to the October meeting of the Cabinet on the options for additional primary places in the west of the borough.
R 315 | <b>RESIDENTS’ PARKING ZONE: TOLWORTH RISE</b> (Agenda Item 4)
R  | Councillor Yvonne Trask, Cabinet Member for Environment and Transport, introduced the report responding to the petition presented to the Council (minute 304). Councillor Jean Puddephatt spoke as a ward member in support of consultation.
R  | RESOLVED: That informal consultation be carried out with all households in Tolworth Rise and the adjoining roads.
R 316 | <b>BUDGET MONITORING 2002/03 – FIRST QUARTER</b> (Agenda Item 5)
R  | The Director of Finance, Alison Greatorex, presented the first quarter monitoring report, which forecast an overspend of £186,000 on children’s placements offset by savings on capital financing.
R  | RESOLVED: That the report be noted.
R 317 | <b>HOUSING REVENUE ACCOUNT: REPAIRS PARTNERING CONTRACT</b> (Agenda Item 6)
R  | Councillor Anjali Mistry introduced the report on the procurement of a repairs partnering contract. Councillor Brian Cottle asked how tenants had been involved in the evaluation panel.
R  | The decision was deferred to the September meeting to allow the tender evaluation to be completed.
R 318 | <b>EXCLUSION OF THE PRESS AND PUBLIC</b> (Agenda Item 7)
R  | There was no exempt business and the item was not required.
