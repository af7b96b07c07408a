@title 03-11-09 and 03-18-09 Board Minutes
@font Times-Roman
@fontsize 11
@numcol 12
@header_first  
@header {page}
HC MINUTES OF THE<br/>SPECIAL MEETING OF THE BOARD OF DIRECTORS OF THE<br/>LOMACITA WATER DISTRICT
HC March 11, 2009
S 6
R 1. | The meeting was called to order by President Garrido at 2:00 p.m.
R 2. | ROLL CALL<br/>Directors Present: Castellano, Garrido, Holloway, Whitcomb and Ybarra<br/>Staff Present: General Manager Dennis Arkwright, General Counsel Lauren Sandoval, Chief Financial Officer Marcus Tellez and District Secretary Pamela Ruiz
R 3. | PLEDGE OF ALLEGIANCE
R 4. | PUBLIC PARTICIPATION – OPPORTUNITY FOR MEMBERS OF THE PUBLIC TO SPEAK TO THE BOARD ON ANY SUBJECT MATTER WITHIN THE BOARD'S JURISDICTION<br/>No one wished to be heard.
R 5. | CLOSED SESSION<br/>The Board recessed to closed session at 2:04 p.m. to discuss the following matters:<br/>a) CONFERENCE WITH LEGAL COUNSEL – EXISTING LITIGATION [GOVERNMENT CODE §54956.9(a)] – SIERRA PIPE AND SUPPLY v. LOMACITA WATER DISTRICT<br/>b) CONFERENCE WITH REAL PROPERTY NEGOTIATORS [GOVERNMENT CODE §54956.8] – PROPERTY: 14.2 ACRES, APN 588-210-07; AGENCY NEGOTIATOR: DENNIS ARKWRIGHT
R 6. | RETURN TO OPEN SESSION AND REPORT ON ANY ACTIONS TAKEN IN CLOSED SESSION<br/>The Board reconvened in open session at 3:10 p.m. General Counsel Sandoval reported that the Board had given direction to counsel on item 5(a) and to the negotiator on item 5(b), and that no reportable action had been taken.
R 7. | ADJOURNMENT<br/>With no further business to come before the Board, President Garrido adjourned the meeting at 3:12 p.m. to the adjourned regular meeting of Wednesday, March 18, 2009 at 3:30 p.m.
S 18
P ______________________________<br/>President
P ATTEST:<br/><br/>______________________________<br/>District Secretary
PB
HC MINUTES OF THE<br/>ADJOURNED REGULAR MEETING OF THE BOARD OF DIRECTORS OF THE<br/>LOMACITA WATER DISTRICT
HC March 18, 2009
S 6
R 1. | The meeting was called to order by President Garrido at 3:30 p.m.
R 2. | ROLL CALL<br/>Directors Present: Castellano, Garrido, Holloway and Ybarra<br/>Directors Absent: Whitcomb<br/>Staff Present: General Manager Dennis Arkwright, Assistant General Manager Operations Hector Bravo, General Counsel Lauren Sandoval, Chief Financial Officer Marcus Tellez, District Engineer Yolanda Pruitt, District Secretary Pamela Ruiz and others per attached list.
R 3. | PLEDGE OF ALLEGIANCE
R 4. | APPROVAL OF AGENDA<br/>A motion was made by Director Ybarra, seconded by Director Holloway and carried with the following vote:<br/>Ayes: Directors Castellano, Garrido, Holloway and Ybarra<br/>Noes: None<br/>Abstain: None<br/>Absent: Whitcomb<br/>to approve the agenda.
R 5. | APPROVAL OF MINUTES OF THE REGULAR BOARD MEETING OF FEBRUARY 4, 2009 AND THE SPECIAL BOARD MEETING OF MARCH 11, 2009<br/>A motion was made by Director Castellano, seconded by Director Ybarra and carried with the following vote:<br/>Ayes: Directors Castellano, Garrido, Holloway and Ybarra<br/>Noes: None<br/>Abstain: None<br/>Absent: Whitcomb<br/>to approve the minutes of the regular board meeting of February 4, 2009 and the special board meeting of March 11, 2009.
R 6. | PUBLIC PARTICIPATION – OPPORTUNITY FOR MEMBERS OF THE PUBLIC TO SPEAK TO THE BOARD ON ANY SUBJECT MATTER WITHIN THE BOARD'S JURISDICTION BUT NOT AN ITEM ON TODAY'S AGENDA<br/>Mr. Arturo Lemus, a resident of the Vista Ridge area, asked when the pressure reducing station on Vista Ridge Road would be replaced. General Manager Arkwright said that the project was in the 2009-10 capital budget and that staff would contact Mr. Lemus with a schedule.
H CONSENT CALENDAR
R 7. | ITEMS TO BE ACTED UPON WITHOUT DISCUSSION, UNLESS A REQUEST IS MADE BY A MEMBER OF THE BOARD OR THE PUBLIC TO DISCUSS A PARTICULAR ITEM:<br/>a) ADOPT RESOLUTION NO. 4131 DECLARING THE RESULTS OF THE ANNEXATION PROCEEDINGS FOR TRACT 6104<br/>b) AWARD A CONTRACT TO PACIFIC COAST METER SERVICES FOR METER TESTING IN AN AMOUNT NOT TO EXCEED $46,200<br/>c) APPROVE THE DISTRICT'S INVESTMENT REPORT FOR THE QUARTER ENDING DECEMBER 31, 2008<br/>Director Holloway asked that item 7c be held for a question. Chief Financial Officer Tellez answered that the drop in interest earnings was due to the fall in short-term rates and not to any loss of principal.<br/>A motion was made by Director Holloway, seconded by Director Castellano and carried with the following vote:<br/>Ayes: Directors Castellano, Garrido, Holloway and Ybarra<br/>Noes: None<br/>Abstain: None<br/>Absent: Whitcomb<br/>to approve the consent calendar items 7a through 7c.
H ACTION ITEMS
R 8. | ADOPT ORDINANCE NO. 512 AMENDING THE DISTRICT'S CODE OF ORDINANCES TO ESTABLISH STAGE 2 WATER SUPPLY SHORTAGE RESTRICTIONS<br/>District Engineer Pruitt presented the ordinance. She said that the State's allocation had been cut and that Stage 2 would limit landscape watering to three days a week. Director Ybarra said he was concerned about the effect on the two golf courses and asked that staff meet with them before May. Director Castellano said he would not support the ordinance until the allocation figures were final.<br/>A motion was made by Director Holloway, seconded by Director Ybarra and carried with the following vote:<br/>Ayes: Directors Garrido, Holloway and Ybarra<br/>Noes: Director Castellano<br/>Abstain: None<br/>Absent: Whitcomb<br/>to adopt Ordinance No. 512, to take effect on April 1, 2009.
R 9. | APPROVE A PROFESSIONAL SERVICES AGREEMENT WITH HALVERSON ENGINEERING FOR THE DESIGN OF THE RESERVOIR NO. 3 REHABILITATION IN AN AMOUNT NOT TO EXCEED $187,500<br/>District Engineer Pruitt said that four proposals had been received and that Halverson Engineering was ranked first. A motion was made by Director Castellano, seconded by Director Holloway and carried with the following vote:<br/>Ayes: Directors Castellano, Garrido, Holloway and Ybarra<br/>Noes: None<br/>Abstain: None<br/>Absent: Whitcomb<br/>to approve the agreement.
H INFORMATIONAL ITEMS
R 10. | THE FOLLOWING ITEMS ARE PROVIDED TO THE BOARD FOR INFORMATIONAL PURPOSES ONLY:<br/>a) SECOND QUARTER FISCAL YEAR 2009 BUDGET STATUS REPORT<br/>Chief Financial Officer Tellez reported that operating revenues were 3.1% below budget because of lower sales, and that expenses were 4.6% below budget. No action was required.
H REPORTS
R 11. | GENERAL MANAGER'S REPORT<br/>General Manager Arkwright reported on the state water allocation, the recruitment of a new water conservation specialist and the open house planned for Saturday, May 2, 2009.
R 12. | DIRECTORS' REPORTS/REQUESTS<br/>Director Ybarra reported on the regional water agencies' spring conference. Director Holloway asked for a future item on the district's solar project.
R 13. | PRESIDENT'S REPORT/REQUESTS<br/>President Garrido reported that she had attended the county water authority's March 12 meeting.
R 14. | ADJOURNMENT<br/>With no further business to come before the Board, President Garrido adjourned the meeting at 5:06 p.m.
S 18
P ______________________________<br/>President
P ATTEST:<br/><br/>______________________________<br/>District Secretary
