@title LRC Board Minutes 17 March 2017
@font Helvetica
@fontsize 10
@numcol 14
@footer LRC Board Minutes 17 March 2017||{page}
HC LARKHAVEN REGENERATION CORPORATION
HC BOARD MEETING NO. 41 – 17 MARCH 2017 10:00
HC LARKHAVEN SITE OFFICE
HC MINUTES
S 4
P <b>CHAIRMAN:</b> Desmond Faulkner (DF)
P <b>BOARD:</b> Una Brannock (UB); Gerard Lavery [(GL) left at 12:10]; Moira Killen (MK); Hugh Stitt (HS); Patricia Corr (PC); Alastair Wylie [(AW) left at 11:35]; Siobhan Devenney (SD)
P <b>STAFF:</b> Niall Cargin [(NC) – Chief Executive]; Roisin Quigg [(RQ) – Director of Development]; Brian Hegarty [(BH) – Director of Finance &amp; Corporate Services]; Laura Mawhinney [(LM) – Head of Communications]; Colm Toner [(CT) – Secretary]
S 4
R 41.1 | <b>WELCOME</b><br/>DF welcomed all to the meeting, in particular SD, who was attending her first meeting since her appointment by the Department. DF thanked MK for chairing the Audit &amp; Risk Assurance Committee in February while he was on leave.
R 41.2 | <b>APOLOGIES</b><br/>Raymond Glass; Deirdre Haslett
R 41.3 | <b>CONFLICTS OF INTEREST</b><br/>HS declared an interest in item 41.9 as a non-executive director of a firm that had been sub-contracted by one of the tenderers. It was agreed that HS would leave the meeting for that item.
R 41.4 | <b>MINUTES OF 3 FEBRUARY 2017 BOARD MEETING</b><br/>The Board approved the minutes of the meeting held on 3 February 2017 subject to one correction at 40.6 (the figure should read £1.84m). (Proposed by PC, seconded by UB)
R 41.5 | <b>MATTERS ARISING</b><br/>AP 39-06-02 – NC confirmed that the revised delegated authority limits had been issued to all budget holders.<br/>AP 40-04-01 – Chairman said that he would circulate three possible dates for the Board's away day before the end of the month.<br/>The Board noted the action taken on the other matters arising.
R 41.6 | <b>RESERVED MATTERS</b><br/>There were no reserved matters to be discussed.
R 41.7 | <b>CHAIRMAN'S BUSINESS</b><br/>DF advised the Board that he, NC and RQ had met the Department's Permanent Secretary on 8 March. The meeting had been positive; the Department had confirmed the capital allocation for 2017/18 and asked for an updated business case for the exhibition hall by the summer. DF had also met the Chief Executive of the Borough Council to discuss the planning timetable for the access road.
R 41.8 | <b>CHIEF EXECUTIVE'S REPORT</b><br/>NC presented his report. Key points were:<br/>• the site security contract had been extended for six months;<br/>• two further expressions of interest had been received for the business park plots;<br/>• the heritage survey of the control tower was complete and the report would come to the April Board.<br/>GL asked whether the expressions of interest were from local firms. NC said one was local and one was from outside the region. The Board noted the report.
R 41.9 | <b>DRAINAGE AND ACCESS ROAD – CONTRACT AWARD</b><br/>HS left the meeting. RQ presented the paper on the evaluation of the five tenders received. The evaluation panel had recommended the most economically advantageous tender, which was within the approved budget. MK asked about the contractor's record on safety; RQ confirmed it had been checked as part of the evaluation. The Board approved the award of the contract to the recommended tenderer, subject to Department approval of the business case addendum. (Proposed by MK, seconded by AW) HS rejoined the meeting.
R 41.10 | <b>FINANCE REPORT – PERIOD 11</b><br/>BH presented the finance report to the end of February. A year-end underspend of around £46,000 was forecast on resource, mainly from a vacant post; capital was forecast to be fully spent. The Board noted the finance report.
R 41.11 | <b>CORPORATE RISK REGISTER</b><br/>BH took the Board through the changes to the register since the last meeting. UB suggested that the delay to the access road planning decision be shown as a separate risk. The Board agreed that a new risk on the planning timetable be added and rated amber.
R 41.12 | <b>COMMUNICATIONS AND EVENTS</b><br/>LM reported that the spring open day would be held on Saturday 20 May and that the website would be relaunched in April. Members were asked to let LM know if they could attend the open day.
R 41.13 | <b>ANY OTHER BUSINESS</b><br/>PC asked that the Board receive a short update on community engagement at each meeting. This was agreed.
R 41.14 | <b>DATE OF NEXT MEETING</b><br/>The next Board meeting will be held on Friday 28 April 2017 at 10:00 in the Larkhaven Site Office.
S 8
P Signed: ______________________ Chairman&nbsp;&nbsp;&nbsp;&nbsp;Date: ______________
