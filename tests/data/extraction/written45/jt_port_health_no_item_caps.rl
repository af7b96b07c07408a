@title Skelmouth and Fennick Port Health Authority - minutes 11 June 2019
@font Times-Roman
@fontsize 11
@numcol 16
@header Port Health Authority – 11th June 2019||{page}
@footer Chair's initials ..........
HC SKELMOUTH AND FENNICK PORT HEALTH AUTHORITY
C 11th June 2019
C (The meeting was held in the Mansion House, Skelmouth)
S 6
P <b>PRESENT:</b> Councillors Ashdown, Crowther, Lumb, Nevison, Pettifer and Sowerby.
P <b>IN ATTENDANCE:</b> R. Quarmby (Chief Port Health Inspector), S. Marwood (Deputy Chief Port Health Inspector), A. Haigh (Finance – Skelmouth City Council), J. Fairburn (Clerk to the Authority, Legal Services – Skelmouth City Council) and D. Oxley (Democratic Services Officer).
P <b>APOLOGIES:</b> Councillors Dowson and Keld.
S 4
R No. | <b>Item</b>
R 2081 | <b>APPOINTMENT OF CHAIR</b> – Resolved – That Councillor Pettifer be appointed as Chair of the Authority for the ensuing municipal year.
R 2082 | <b>APPOINTMENT OF DEPUTY CHAIR</b> – Resolved – That Councillor Mrs Ashdown be appointed as Deputy Chair of the Authority for the ensuing municipal year.
R 2083 | <b>DECLARATIONS OF INTEREST</b> – Councillor Sowerby declared a non-pecuniary interest in minute 2089 as a director of the Fennick Haven Trust, which lets berths to vessels that need ship sanitation certificates, and took no part in the vote on that item.
R 2084 | <b>MINUTES</b> – Resolved – That the minutes of the meeting of the Authority held on 12th March, 2019, which had been circulated, be agreed as a true record and signed by the Chair.
R 2085 | <b>EMERGENCY SUB-COMMITTEE</b> – Resolved – That the Chair, the Deputy Chair and Councillor Lumb form the Emergency Sub-Committee for the ensuing municipal year.
R 2086 | <b>REPRESENTATION ON OUTSIDE BODIES</b> – Councillor Pettifer put forward the names of those who would represent the Authority on outside bodies, which were unchanged from the previous year apart from the Resilience Forum.<br/>Resolved – That the following be appointed to represent the Authority for the coming year:<br/>(i) Estuary Pest Control Liaison Group – Chief Port Health Inspector;<br/>(ii) North Coast Health Protection Forum – Chief Port Health Inspector;<br/>(iii) Skelmouth Local Resilience Forum – Deputy Chief Port Health Inspector;<br/>(iv) Association of Port Health Authorities – Councillor Pettifer and the Chief Port Health Inspector.
R 2087 | <b>CHIEF PORT HEALTH INSPECTOR'S ANNUAL REPORT 2018/19</b> – The Chief Port Health Inspector presented his annual report, which gave the inspection figures for the year: 412 vessels boarded, 96 ship sanitation certificates issued and 1,288 consignments of products of animal origin checked at the Border Inspection Post.<br/>In answer to Councillor Crowther, he explained that the fall in boardings reflected the closure of No. 3 Quay for dredging between October and January. Councillor Nevison asked whether the Authority had enough staff to cope with any increase in checks at the port; the Chief Port Health Inspector replied that two temporary posts had been funded by the constituent councils until March 2020 and that the position would be reviewed in the autumn.<br/>Resolved – That the report be received and that the thanks of the Authority be conveyed to the Chief Port Health Inspector and his staff for their work during the year.
PB
R No. | <b>Item</b>
R 2088 | <b>IMPORTED FOOD SAMPLING PROGRAMME 2019/20</b> – The Deputy Chief Port Health Inspector outlined the sampling programme for the coming year, which would concentrate on spices, dried fruit and frozen seafood, with a smaller number of samples of rice from new suppliers. Sampling would be carried out by the Authority's officers and analysed by the Public Analyst under the existing contract.<br/>Resolved – That the imported food sampling programme for 2019/20 be approved.
R 2089 | <b>SHIP SANITATION CERTIFICATE CHARGES</b> – The Authority considered a report recommending that the charges for ship sanitation certificates be increased in line with the scale recommended to its members by the Association of Port Health Authorities, the first increase since 2016.<br/>Resolved – That the revised scale of charges set out in the appendix to the report be adopted with effect from 1st July, 2019.<br/>(Councillor Sowerby, having declared an interest, did not vote on this item.)
R 2090 | <b>FINAL ACCOUNTS 2018/19</b> – The Head of Finance (Skelmouth City Council) submitted the unaudited accounts for 2018/19, which showed net expenditure of £14,220 below the approved budget, mainly as a result of a vacant post. Councillor Lumb asked how the charges to the constituent councils would be adjusted; A. Haigh explained that the shares of Skelmouth City Council and Fennick District Council would be credited in the first quarter's invoices.<br/>Resolved – (a) That the unaudited accounts for 2018/19 be approved.<br/>(b) That the underspend of £14,220 be transferred to the equipment replacement reserve.
R 2091 | <b>ANNUAL GOVERNANCE STATEMENT 2018/19</b> – Resolved – That the Annual Governance Statement for 2018/19 be approved and signed by the Chair and the Clerk to the Authority.
R 2092 | <b>CORPORATE RISK REGISTER</b> – The Clerk to the Authority reported that the register had been reviewed with the Chief Port Health Inspector and that the risk rating for the Border Inspection Post building had been lowered following repairs to the roof. The updated risk register was noted.
R 2093 | <b>DATE OF NEXT MEETING</b> – Resolved – That the next meeting of the Authority be held on Tuesday, 10th September, 2019 at 2.00 p.m. at the Fennick Haven Office.
S 12
P The meeting closed at 3.05 p.m.
