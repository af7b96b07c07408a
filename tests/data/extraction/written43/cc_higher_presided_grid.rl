@title Minutes 19 November 2015
@font Helvetica
@fontsize 10.5
@numcol 14
@footer Cilgwrach Higher Community Council – 19.11.15||Page {page}
HC CILGWRACH HIGHER COMMUNITY COUNCIL
HC MINUTES OF THE COUNCIL MEETING HELD AT PENGWERN COMMUNITY CENTRE, PENGWERN
HC ON THURSDAY, 19th NOVEMBER, 2015 AT 7.00 P.M.
S 6
P <b>Present: -</b> Councillor E Prosser (Chair) Presided
G Councillors: | Councillors: | Councillors:
G R Bowden | J Gammon | C Lewis
G D L Harries | P Gammon | A Morse-Pritchard
G M Howell | K Jenkins | S Twomey
P <b>Officers: -</b> J Pengelly – Clerk to the Council
P <b>Also Present: -</b> Mr I Roderick, Mrs B Watkins.
S 6
R 88. | <b>APOLOGIES FOR ABSENCE</b>
P Apologies for absence were received from Councillors T Beynon and W Daniel.
R 89. | <b>DISCLOSURES OF PERSONAL AND PREJUDICIAL INTERESTS</b>
P In accordance with the Code of Conduct adopted by Cilgwrach Higher Community Council on 2nd May 2008, Councillor K Jenkins declared a personal and prejudicial interest in planning application 2015/1822 (Minute No. 95) as a neighbour of the applicant. No other interests were declared.
R 90. | <b>MINUTES</b>
P RESOLVED that the Minutes of the meeting of the Community Council held on 15th October 2015 be signed by the Chair and accepted as a correct record.
R 91. | <b>MATTERS ARISING</b>
P The following matters arising from the Minutes were reported:
P <b>Bench at Pengwern Square</b> – The bench had been fully repaired by the Council’s contractor.
P <b>Prices for Dog Fouling Signs</b> – Prices for signs were discussed. RESOLVED to purchase two aluminium signs to be placed at the entrances to the Recreation Ground at a total cost of £140.
P <b>Councillor D L Harries</b> – Councillor D L Harries confirmed that he had withdrawn his letter of resignation and would continue as a Councillor.
P <b>Investigations into Burial Grounds</b> – Councillors M Howell and R Bowden reported on their visit to the cemetery at Bryn Seion to look at options for a cremated remains section. Discussions took place regarding the future options at both burial grounds. RESOLVED that the Clerk requests the Council contractor provides a price for extending the burial ground at Bryn Seion.
R 92. | <b>CHAIR’S ANNOUNCEMENTS</b>
P The Chair reported that he had laid a wreath on behalf of the Council at the Remembrance Service at the Pengwern War Memorial on 8th November, and thanked Councillors who had attended.
R 93. | <b>PUBLIC QUESTION TIME</b>
P Mr I Roderick asked whether the Council could do anything about the surface water that collects outside the shop on Heol y Felin after heavy rain. The Chair replied that the matter had been reported to the County Borough Council’s highways section twice and that the Clerk would write again, copying in the local member.
R 94. | <b>REPORTS OF THE CLERK</b>
P The Clerk presented his reports as follows:
P (a) <b>Accounts for Payment</b> – RESOLVED that the accounts listed, totalling £2,864.17, be approved for payment.
P (b) <b>Budget Monitoring 2015/16</b> – The budget monitoring statement to 31st October 2015 was noted.
P (c) <b>Correspondence</b> – A letter had been received from the County Borough Council about the review of community council boundaries. Members asked the Clerk to circulate the consultation paper.
P (d) <b>Council Action Tracker</b> – The updated tracker was noted.
R 95. | <b>COUNTY BOROUGH ISSUES</b>
P (a) <b>General Matters</b> – Councillor S Twomey reported that the street lights on Lôn Cwrt had been repaired.
P (b) <b>Planning Applications for Consideration</b> – Councillor K Jenkins left the meeting.
P 2015/1822 – Ty Gwyn, Heol y Felin – two storey rear extension. RESOLVED that no objection be raised.
P 2015/1840 – Land off Lôn Cwrt – erection of six dwellings. Members were concerned about the additional traffic on a lane without footways. RESOLVED to object to the application on highway safety grounds.
P Councillor K Jenkins returned to the meeting.
R 96. | <b>SUB-COMMITTEE / WORKING GROUP REPORTS</b>
P Councillor C Lewis reported on the meeting of the Finance Sub-Committee held on 9th November 2015, at which the draft budget for 2016/17 had been considered. RESOLVED that the precept for 2016/17 be set at £38,500, as recommended by the Sub-Committee.
R 97. | <b>COUNCIL PROPERTY / COMMUNITY PROJECTS / BURIAL GROUNDS</b>
P Councillor A Morse-Pritchard reported that the new safety surfacing at Pengwern Playground had been laid and the playground had reopened on 2nd November. Noted.
R 98. | <b>REPORTS OF DELEGATES ON OUTSIDE BODIES</b>
P Councillor J Gammon reported on the meeting of the Area Forum held on 4th November.
R 99. | <b>DATE OF NEXT MEETING</b>
P Thursday, 17th December 2015 at 7.00 p.m. at Pengwern Community Centre.
S 8
P The meeting closed at 8.55 p.m.
S 10
P Signed ………………………………………… Chair          Date ……………………………
