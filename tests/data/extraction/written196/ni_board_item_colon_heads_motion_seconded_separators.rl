@title Board Minutes 27 March 2007
@font Helvetica
@fontsize 11
@header - {page} -
@header_first  
HC LOUGH MOYRAN FIRE &amp; RESCUE SERVICE BOARD
S 4
HC MINUTES OF A MEETING
S 4
HC 27 MARCH 2007
HC 1.30 PM
S 8
G <b>PRESENT:</b> | Mr D Kernaghan, Chairman (presiding)
G  | Mr R Tolland, Chief Fire Officer
G  | Cllr P McAlinden
G  | Mrs H Orr
G  | Ald W Gault
G  | Mr S Devenny
G  | Ald Mrs E Lyttle
G  | Mrs C Quinlivan
G <b>APOLOGIES:</b> | Cllr J Magowan
G  | Mr T Beggs
G <b>IN ATTENDANCE:</b> | Mr N Caldwell, Chief Executive
G  | Mr G Heaney, Director of Finance &amp; Performance Management
G  | Mrs A McCrory, Director of Human Resources
G  | Mrs L Hamill, Board Secretary
G  | Mr K Sloan, Departmental Liaison Officer
S 6
P The Chairman welcomed Mrs Quinlivan to her first Meeting of the Board and, on behalf of Members, congratulated the crews from Ballykeeragh and Drumcarne stations on their work at the flooding in the Moyran valley on 3 March.
H Item 1: Apologies
P The apologies listed above were noted.
H Item 2: Declaration of Interests
P The Chairman asked Members to declare any interest in the business before the Board. No interests were declared.
H Item 3: Minutes – 27 February 2007
P The Minutes of the Meeting of 27 February 2007, copies of which had been sent to Members, were approved and signed as a correct record on the motion of Ald Gault, seconded by Mrs Orr.
P <b>Matters Arising from the Minutes:</b>
P <b>Retained Duty System Review</b>
P Mr Devenny asked how far the review had progressed. The Chief Fire Officer told Members that the review team had now visited eleven of the fourteen retained stations and that the remaining visits would be completed by the end of April. A report would be brought to the June Meeting.
P <b>Station Refurbishment Programme</b>
P Mrs Lyttle asked whether the delay to the works at Carnmoyle Fire Station would affect the rest of the programme. The Director of Finance &amp; Performance Management advised Members that the contractor had been given an extension of four weeks and that the other schemes were on programme.
H Item 4: Chairman's Business
P The Chairman reported on his attendance, with the Chief Fire Officer, at the passing-out parade for wholetime recruits on 16 March and on a meeting with the Permanent Secretary on 21 March at which the Board's capital bid for 2007/08 had been discussed.
C - - - - - - - - - -
C The Director of Human Resources joined the Meeting
C - - - - - - - - - -
H Item 5: Chief Fire Officer's Report
P The Chief Fire Officer presented his report for the period 1 February to 28 February 2007, covering operational activity, community fire safety, and the results of the home fire safety check campaign in the Drumcarne area.
P Cllr McAlinden sought clarification on the number of false alarms from automatic systems in commercial premises. The Chief Fire Officer undertook to provide a breakdown by district at the next Meeting. Mr Devenny welcomed the fall in deliberate grass fires compared with the same month last year.
P Members noted the report.
H Item 6: Finance Report – Period 11
P The Director of Finance &amp; Performance Management presented the Finance Report for the eleven months to 28 February 2007 and highlighted a forecast underspend of £142,000 on non-pay costs. He sought approval to move £85,000 of this to the vehicle replacement budget.
P Following a question from Ald Mrs Lyttle on the timing of the delivery of the new appliances, the Board approved the virement of £85,000 to the vehicle replacement budget.
H Item 7: Human Resources Update
P The Director of Human Resources updated Members on sickness absence, which had fallen to 7.9% in the quarter, and on the recruitment campaign for retained firefighters in the western district. Following discussion, the Board noted the position.
C - - - - - - - - - -
C Mr Sloan withdrew from the Meeting
C - - - - - - - - - -
H Item 8: Draft Corporate Plan 2007-2010
P The Chief Executive introduced the draft Corporate Plan, which had been amended to reflect comments made at the Members' workshop on 6 March. Mrs Quinlivan suggested that the section on equality should include targets for the recruitment of women firefighters.
P Following discussion, it was proposed by Cllr McAlinden, seconded by Mrs Quinlivan, and agreed that the draft Plan, as amended, be issued for public consultation for a period of twelve weeks.
H Item 9: Committee Reports
P The Board received the Minutes of the following Committees:
P (a) Audit Committee – 13 March 2007<br/>(b) Policy &amp; Resources Committee – 20 March 2007
P Mrs Orr, as Chair of the Audit Committee, drew Members' attention to the internal audit report on fleet management. The Minutes were noted.
H Item 10: Any Other Business
P There was no other business.
H Item 11: Date of Next Meeting
P The next Meeting of the Board will be held on Tuesday 24 April 2007 at 1.30 pm in the Board Room, Service Headquarters, Ballykeeragh.
S 10
P The Meeting closed at 3.55 pm.
S 20
P CHAIRMAN ____________________________            DATE ____________________
