@title Merrow Bay & Tarrant Islands Electric Cooperative Board Minutes October 14, 2010
@font Times-Roman
@fontsize 11
@header_first  
@header Merrow Bay & Tarrant Islands Electric Cooperative, Inc.   October 14, 2010 Board of Directors Meeting Minutes
@footer Page {page}
HC Merrow Bay &amp; Tarrant Islands Electric Cooperative, Inc.
HC Board of Directors/Executive Committee
HC Open Session Meeting Minutes
HC Thursday, October 14, 2010
S 6
P The Board of Directors and Executive Committee of the Merrow Bay &amp; Tarrant Islands Electric Cooperative, Inc. met in Open Session on Thursday, October 14, 2010 at 9:30 a.m. in Conference Room 4, County Administration Building, 1120 Harbor Road, Merrow.
P <b>PRESENT WERE:</b>
P 1. Walter Hennessey, President/Executive Committee Member/Director, Merrow<br/>2. Linda Farias, Vice President/Executive Committee Member/Director, West Tarrant<br/>3. Robert Medeiros, Treasurer/Executive Committee Member/Director, Tarrant Isle County<br/>4. Thomas Kowalski, Executive Committee Member/Clerk/Director, Hollings Neck<br/>5. Joseph Souza, Director, Oxbury<br/>6. Eileen Baptiste, Director, Pell Harbor<br/>7. Manuel Coelho, Director, East Merrow<br/>8. Gail Fontes, Director, Tarrant Center<br/>9. Richard Amaral, Director, Scallop Point<br/>10. Paula Tavares, Director, Merrow Bay Power Compact
P <b>ABSENT WERE:</b>
P 11. Steven Oliveira, Director, Great Weir<br/>12. Harbor Falls, Vacant
P <b>STAFF PRESENT:</b>
P Nora Quintal, Program Manager<br/>Antonio Ribeiro, Energy Efficiency Consultant<br/>Diane Pacheco, Recording Clerk
H 1. CALL TO ORDER
P Pres. Hennessey called the meeting to order at 9:34 a.m. stating that the Meeting Notice/Agenda had been duly posted pursuant to the Open Meeting Law on October 8, 2010 @ 2:15 p.m. on the Cooperative website and on the exterior meeting notice board at the County Administration Building.
H 2. PUBLIC COMMENT
P There were no members of the public present.
H 3. CONSIDERATION OF MEETING MINUTES
P L. Farias moved the Board vote to approve the September 9, 2010 Open Session Meeting Minutes as presented, seconded by T. Kowalski. Motion carried unanimously.
H 4. TREASURER'S REPORT
P R. Medeiros reviewed the balance sheet and the statement of revenues and expenses for the period ending September 30, 2010. Operating expenses are within budget. Member town dues for FY2011 have been received from all but two towns.
P J. Souza moved the Board vote to accept the Treasurer's Report as presented, seconded by E. Baptiste. Motion carried unanimously.
H 5. ROUND 2 SOLAR PV PROJECTS &ndash; STATUS REPORT
P N. Quintal reported that the engineering reviews for the seven Round 2 sites have been completed and that interconnection applications have been filed for the five sites on capped landfills. The two school roof sites are waiting for structural reports. Director Coelho asked whether the East Merrow landfill site could still be ready for construction in the spring; N. Quintal said that depends on the utility's interconnection study. Discussion ensued regarding the schedule and the risk to the federal grant deadline.
H 6. APPROVAL OF POWER PURCHASE AGREEMENT WITH SEAWALL SOLAR PARTNERS, LLC
P N. Quintal summarized the terms of the proposed Power Purchase Agreement for the Round 2 sites, including a fixed price of 12.9 cents per kWh for twenty years. Director Amaral asked about the decommissioning security. Counsel's memorandum of October 6, 2010 was reviewed.
P T. Kowalski moved the Board vote to approve the Power Purchase Agreement with Seawall Solar Partners, LLC, in substantially the form presented, and to authorize the President to execute the agreement, seconded by P. Tavares.
P Roll call vote: W. Hennessey &ndash; Yes; L. Farias &ndash; Yes; R. Medeiros &ndash; Yes; T. Kowalski &ndash; Yes; J. Souza &ndash; Yes; E. Baptiste &ndash; Yes; M. Coelho &ndash; Yes; G. Fontes &ndash; Abstain; R. Amaral &ndash; Yes; P. Tavares &ndash; Yes.
P Motion carried: 9 Yes, 0 No, 1 Abstain.
H 7. ENERGY EFFICIENCY PROGRAM &ndash; UPDATE
P A. Ribeiro gave an update on the residential energy efficiency program. 412 home energy assessments were completed in the third quarter, and the waiting list for insulation work is now about six weeks. Director Fontes asked that the next update show the figures by town.
H 8. OTHER BUSINESS
P Pres. Hennessey reminded Directors that the annual meeting of members will be held on December 9, 2010. No other business was raised.
H 9. EXECUTIVE SESSION
P At 11:02 a.m. T. Kowalski moved the Board vote to enter into Executive Session under G.L. c. 30A, &sect;21(a)(3) to discuss strategy with respect to litigation, as an open meeting may have a detrimental effect on the litigating position of the Cooperative, and not to return to Open Session, seconded by L. Farias.
P Roll call vote: W. Hennessey &ndash; Yes; L. Farias &ndash; Yes; R. Medeiros &ndash; Yes; T. Kowalski &ndash; Yes; J. Souza &ndash; Yes; E. Baptiste &ndash; Yes; M. Coelho &ndash; Yes; G. Fontes &ndash; Yes; R. Amaral &ndash; Yes; P. Tavares &ndash; Yes. Motion carried unanimously.
S 8
P Respectfully submitted,<br/>Diane Pacheco, Recording Clerk
H LIST OF DOCUMENTS AND EXHIBITS USED BY THE BOARD
P &bull; Meeting Notice/Agenda for October 14, 2010<br/>&bull; September 9, 2010 Draft Open Session Meeting Minutes<br/>&bull; Balance Sheet and Statement of Revenues and Expenses for the period ending September 30, 2010<br/>&bull; Round 2 PV Project Status Report dated October 12, 2010<br/>&bull; Draft Power Purchase Agreement with Seawall Solar Partners, LLC<br/>&bull; Counsel's memorandum dated October 6, 2010
