@title Meeting of the Authority 16 June 2016
@font Helvetica
@fontsize 10.5
@numcol 12
@footer FCA/Auth/Agenda/0616||{page}
H Ferrisham Coast Inshore Fisheries and Conservation Authority
P Dr Alison Penhaligon - Chief Executive
P ___________________________________________________________________________________
P Unit 7 Gullet Quay Business Park Harbour Road West Ferrisham FX4 2QT Tel/Fax 01632 960471
S 6
P 2 June 2016
P Dear Member
H MEETING OF THE AUTHORITY – 16 JUNE 2016
P You are summoned to a meeting of the Authority in the Council Chamber, Ferrisham Civic Offices, on Thursday 16 June 2016 at 14:00 for the business set out in the Agenda below. Members of the public who plan to attend should let the office know by 14 June.
P Yours sincerely
S 14
P Maureen Tregenza
P Finance and Administration
S 8
HC AGENDA
R 1. | <b>Appointment of Chairman</b> To appoint a Chairman for 2016/17.
R 2. | <b>Appointment of Vice-Chairman</b> To appoint a Vice-Chairman for 2016/17.
R 3. | <b>Apologies</b> Members' apologies for absence.
R 4. | <b>Declaration of Interest</b> Members with a personal or prejudicial interest in any item should declare it and decide whether they need to withdraw while it is discussed.
R 5. | <b>Minutes</b> Minutes of the meeting of 17 March 2016 for confirmation (marked A).
R 6. | <b>Chairman's Announcements</b> Any announcements by the Chairman.
R 7. | <b>Sub-Committees</b> Minutes of the sub-committees below, and any recommendations in them for adoption: -<br/>a. Executive Sub-Committee, 17 March 2016 (marked B, Members only).<br/>b. Science and Technical Sub-Committee, 5 May 2016 (marked C)
R 8. | <b>Progress Report on Outstanding Matters</b> Report on items carried forward from earlier meetings.<br/>a. Verbal updates from the Chief Officer<br/>i. Bass measures<br/>ii. Patrol vessel replacement<br/>b. Shellfish Sampling Update Dr Kitto to report orally.
P <b>ITEMS FOR DECISION</b>
R 9. | <b>Budget Control Statement</b> Income and spending to date against budget (marked D)
R 10. | <b>Annual Return 2015/16</b> To approve the annual return for the year ended 31 March 2016 (marked E)
R 11. | <b>Potting Permit Byelaw – Review</b> Report of IFCO Rosewarne (marked F)
P <b>ITEMS FOR INFORMATION</b>
R 12. | <b>Enforcement Report</b> Report of the Deputy Chief Officer (marked G)
R 13. | <b>Any Other Business</b>
R 14. | <b>Date of Next Meeting</b> Thursday 15 September 2016 at 14:00.
PB
P <b>A</b>
HC FERRISHAM COAST INSHORE FISHERIES AND CONSERVATION AUTHORITY
P Minutes of the meeting of the Authority held on Thursday 17 March 2016 at the Council Chamber, Ferrisham Civic Offices, commencing at 14:00.
P <b>Present:</b> Cllr R Pascoe (Chairman), Cllr D Hosking (Vice-Chairman), Cllr M Jago, Cllr P Trevail, Cllr S Nankivell, Mr J Curnow, Mrs L Bolitho, Mr T Vosper, Dr H Kitto, Mr A Spargo, Ms C Rowe (Environment Agency), Mr G Luscombe (Natural England).
P <b>Officers:</b> Dr Alison Penhaligon (Chief Executive), Mr N Penrose (Deputy Chief Officer), Mrs M Tregenza (Finance and Administration).
R 1. | <b>Apologies</b> Apologies were received from Cllr K Opie, Mr W Treloar and the MMO representative.
R 2. | <b>Declaration of Interest</b> Mr Curnow and Mr Vosper declared personal interests in item 9 as holders of potting permits.
R 3. | <b>Minutes</b> The Minutes of the meeting held on 10 December 2015 were confirmed as a true record and signed by the Chairman.
R 4. | <b>Chairman's Announcements</b> The Chairman welcomed Mrs Bolitho, newly appointed by the MMO, to her first meeting.
R 5. | <b>Sub-Committees</b> a. Executive Sub-Committee, 10 December 2015. The Chairman reported that the recommendations concerned staff matters and were set out in the confidential minutes. RESOLVED that the recommendations of the Executive Sub-Committee be adopted.<br/>b. Science and Technical Sub-Committee, 11 February 2016. The minutes were received.
R 6. | <b>Progress Report on Outstanding Matters</b> The Chief Executive reported that the consultation on bass measures had closed with 212 responses and that the patrol vessel tender would be advertised in April. Mr Spargo asked whether the new vessel would be able to work the upper estuary; the Chief Executive confirmed that shallow draught was in the specification.
R 7. | <b>Budget Control Statement</b> Mrs Tregenza presented the statement to 29 February 2016 which showed a projected underspend of £11,400 on vessel running costs. The statement was noted.
R 8. | <b>Budget 2016/17 and Levy</b> The draft budget had been considered by the Executive Sub-Committee. Cllr Jago proposed that the budget and the levy on the funding councils be approved, seconded by Cllr Trevail. RESOLVED that the budget for 2016/17 of £1,284,500 and the levy of £1,131,000 be approved.
R 9. | <b>Potting Permit Byelaw</b> Having declared interests, Mr Curnow and Mr Vosper took no part in the vote. Dr Kitto presented the review of the first year of the permit byelaw. Mr Luscombe asked that the permit conditions on escape gaps be kept under review. It was proposed by Cllr Hosking and seconded by Mrs Bolitho that the byelaw remain unchanged for a further year; this was carried by 9 votes to 2.
R 10. | <b>Any Other Business</b> There was no other business.
P The meeting closed at 16:20. The next meeting will be held on Thursday 16 June 2016.
