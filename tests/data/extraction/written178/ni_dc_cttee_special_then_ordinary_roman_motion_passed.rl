@title Meeting 03-02 Leisure and Amenities Committee Minutes
@font Times-Roman
@fontsize 11.5
@header_first MOURNEVALE DISTRICT COUNCIL || Leisure and Amenities Committee
@header Meeting 03-02 || Page {page}
@footer Council Offices, Abbey Street, Mournevale  ·  Telephone 01632 960555  ·  www.mournevale.gov.uk // Committee: P. Keenan (Chairman), S. McAleenan (Vice-Chairman), D. Agnew, M. Cassidy, R. Gilmore, T. Rooney, J. Wylie
HC Meeting 03-02
HC SPECIAL AND ORDINARY MEETINGS
HC LEISURE AND AMENITIES COMMITTEE
HC 29 January 2003
S 6
HC MINUTES
S 6
HC SPECIAL MEETING
H I. ROLL CALL
P The Chairman, Councillor P. Keenan, called the meeting to order at 6.05 pm.
P <b>Members Present:</b> Councillors D. Agnew, M. Cassidy, R. Gilmore, P. Keenan, S. McAleenan, T. Rooney and J. Wylie
P <b>Members Absent:</b> None
P <b>Officers Present:</b> H. Dunwoody (Director of Leisure Services), B. McNeice (Parks Manager), L. Orr (Committee Clerk)
H II. IN COMMITTEE
P P. Keenan stated that the Committee would go into committee to discuss Item 1 on the in-committee agenda (tender for the Carnmore pitches). The Committee went into committee at 6.07 pm and came out of committee at 7.25 pm.
S 6
HC ORDINARY MEETING
H III.
P P. Keenan called the Ordinary Meeting to order at 7.32 pm. He announced that the Committee had discussed Item 1 in committee and that no decision had been taken there.
P <b>Additional Officers Present:</b> K. Mallon (Leisure Centres Manager), A. Thompson (Finance Officer)
H IV. DEPUTATIONS—There were none.
H V. ADOPTION OF AGENDA
P <b>Motion:</b> R. Gilmore moved that the Committee adopt the agenda. M. Cassidy seconded and the motion passed 7 to 0.
H VI. MINUTES
P <u>11 December 2002 Ordinary Meeting</u>
P <b>Motion:</b> T. Rooney moved that the Committee approve the minutes of 11 December 2002. J. Wylie seconded and the motion passed 6 to 0. Councillor Agnew abstained, having been absent from that meeting.
H VII. WRITTEN COMMUNICATIONS
P H. Dunwoody reported two letters: one from the Carnmore Residents' Association asking for lighting in the pitch car park, and one from Mournevale Harriers asking to use the track on Sunday mornings.
P <b>Motion:</b> S. McAleenan moved that the Committee accept the draft responses prepared by the Director. D. Agnew seconded and the motion passed 7 to 0.
H VIII. COMMITTEE BUSINESS
P <b>A. Agenda Item No. 1 – Award of Contract for Resurfacing of the Carnmore Pitches; Accept the Tender of Lagan Valley Sports Surfaces Ltd in the Amount of £148,600 – (Report L-03-04)</b>
P B. McNeice presented the report. Five tenders had been received and the lowest was some £11,000 below the estimate. M. Cassidy asked whether the contractor could finish before the start of the summer league. B. McNeice said the programme allowed for completion by 30 May.
P <b>Motion:</b> M. Cassidy moved that the Committee accept the tender of Lagan Valley Sports Surfaces Ltd in the amount of £148,600. R. Gilmore seconded and the motion passed 5 to 2, Councillors Agnew and Wylie voting against.
P <b>B. Agenda Item No. 2 – Opening Hours of Ardcarne Leisure Centre over Easter – (Report L-03-05)</b>
P K. Mallon presented the report, which proposed closing the centre on Easter Sunday and Easter Monday. J. Wylie said that the pool was busiest on bank holidays and closing it would send families out of the district.
P <b>Motion:</b> J. Wylie moved that the centre remain open on both days with reduced hours. T. Rooney seconded. The motion failed 3 to 4.
P <b>C. Agenda Item No. 3 – Grants to Sports Clubs 2003/04; Tentative Adoption of Scoring Scheme – (Report L-03-06)</b>
P A. Thompson presented the proposed scoring scheme. S. McAleenan asked that clubs be given a chance to comment before the scheme was fixed. By consensus, the Committee deferred the item to its February meeting.
H IX. INFORMATIONAL REPORTS
P <b>A. Councillor Reports</b>
P T. Rooney reported on the Sports Council's regional forum held on 17 January. S. McAleenan thanked staff for the Christmas swimming gala.
P <b>B. Officer Reports</b>
P H. Dunwoody reported that the new changing pavilion at Ardcarne would be handed over on 14 February. B. McNeice said that the storm on 2 January had brought down eleven trees in Castle Park.
H X. ADJOURNMENT
P P. Keenan adjourned the meeting at 9.48 pm.
S 12
P Respectfully submitted,
S 10
P Lorna Orr
P Committee Clerk
