@title Board of Trustees Minutes 0701 - 0727
@font Times-Roman
@fontsize 11
@numcol 16
@header ||Board of Trustees Minutes 0701 – 0727
@footer Page {page} of 3
HC University of Hallowmere
HC BOARD OF TRUSTEES
C Wednesday 2 December 2009
C 4.00 pm Room G12, Chancellor's Building
HC MINUTES
G <b>PRESENT</b> | Mrs Caroline Ashbury-Lyle (Chair) | Mr Edwin Halstow
G  | Mr Dev Malhotra | Ms Ruth Okonjo
G  | Sir Geoffrey Palliser | Professor Alison Treharne
G  | His Honour Judge Martin Crewdson | Mrs Gwen Ellery
G <b>APOLOGIES</b> | Mr Simon Brackenbury |
G <b>IN ATTENDANCE</b> | Professor Richard Vosper (Vice-Chancellor) | Mr Ian Castellan* (Secretary to the Board)
G  | Ms Harriet Ngata* (Director of Finance) | Mr Owen Lathbury* (Director of Estates)
G  | Miss Zoe Petrakis* (Clerk) |
I *not present for BTM 0701 to 0704
H Appointment of the Pro-Vice-Chancellor (Research): Report from the Joint Appointments Committee
R 0701 | The officers marked * were not present for this item. The Vice-Chancellor remained in attendance as a member of the Joint Appointments Committee.
R 0702 | Document BT211 (Confidential), the report of the Joint Appointments Committee (JAC), was before the Board. Sir Geoffrey Palliser, who had chaired the JAC, reported that the committee had interviewed four candidates on 23 November and unanimously recommended the appointment of Professor Maria Lindqvist, currently Dean of Science at the University, for a period of four years from 1 February 2010.
R 0703 | Ms Okonjo asked whether the Dean's post would be filled on an acting basis. The Vice-Chancellor said that he would bring proposals to the Senate in January.
R 0704 | <b>AGREED</b> That Professor Maria Lindqvist be appointed Pro-Vice-Chancellor (Research) for four years from 1 February 2010 on the terms set out in Document BT211.
H Minutes
R 0705 | The minutes of the meeting held on 14 October 2009 (BTM 0650 &#8211; 0700) were approved and signed by the Chair as a correct record.
H Matters Arising
R 0706 | <i>BTM 0671 Pension scheme valuation</i>: The Secretary reported that the actuary's final report would now be available in February rather than December.
R 0707 | <i>BTM 0688 Board effectiveness review</i>: Mrs Ellery reported that all but one member had returned the questionnaire, and that the results would be presented at the Board's away day in March.
H Report of the Vice-Chancellor
R 0708 | The Vice-Chancellor introduced Document BT212, highlighting the results of the National Student Survey, the award of two Research Council centres for doctoral training and the progress of the merger discussions with the Hallowmere College of Art.
R 0709 | Mr Halstow asked about the timetable for the merger. The Vice-Chancellor explained that a joint working group would report to both governing bodies by May 2010 and that no decision would be sought before then.
R 0710 | Professor Treharne commented that staff in the School of Design had asked for more information about the discussions, and the Vice-Chancellor undertook to hold an open meeting in the School before Christmas.
R 0711 | The Board received the report.
H Financial Forecast 2009-10 and Budget Process 2010-11
R 0712 | The Director of Finance presented Document BT213. The forecast surplus for 2009-10 was &#163;2.3m, 1.4% of income, against a budgeted surplus of &#163;1.9m. Overseas student recruitment was 6% above target but home postgraduate numbers had fallen.
R 0713 | Mr Malhotra asked what assumptions had been made about the grant letter for 2010-11. The Director of Finance replied that the planning assumption was a cash reduction of 3%, with a worse case of 6%.
R 0714 | The Board discussed the risks to the budget and the need for an early decision on the voluntary severance scheme. Mrs Ellery stressed that the consultation with the trade unions should start in the new year.
R 0715 | <b>AGREED</b> (i) That the forecast for 2009-10 be noted; (ii) That the budget process and timetable for 2010-11 set out in section 4 of Document BT213 be approved; (iii) That the Finance Committee be asked to bring a full risk assessment to the March meeting.
H Estates: Refurbishment of the North Library
R 0716 | The Director of Estates introduced Document BT214, seeking approval of the full business case for the refurbishment of the North Library at a total cost of &#163;7.85m, of which &#163;1.2m would be met from a donation by the Ferrars Trust.
R 0717 | Judge Crewdson asked whether the library would remain open during the works. The Director of Estates said that the building would be refurbished in two phases and that the ground floor would remain open throughout.
R 0718 | The Board APPROVED the full business case and authorised the Director of Estates to place the contract with the preferred contractor, subject to the tender sum falling within the approved budget.
H Report of the Audit Committee
R 0719 | Mr Halstow, Chair of the Audit Committee, presented the Committee's annual report for 2008-09 (Document BT215), including the opinion of the internal auditors that the University's arrangements for risk management, control and governance were adequate and effective.
R 0720 | The Board NOTED the report and the internal auditors' opinion.
H Hallowmere Students' Union: Budget and Block Grant 2009-10
R 0721 | The Secretary presented Document BT216 on the Students' Union budget for 2009-10, which the Board was required to approve under the Education Act 1994.
R 0722 | Ms Okonjo welcomed the Union's new advice centre but asked that its use be monitored.
R 0723 | <b>AGREED</b> That the Students' Union budget for 2009-10 and a block grant of &#163;684,000 be approved.
H Honorary Degrees 2010
R 0724 | The Board had before it Document BT217 (Confidential), setting out the Honorary Degrees Committee's recommendations.
R 0725 | <b>AGREED</b> That the recommendations be approved and that the names remain confidential until the candidates have accepted.
H Any Other Business
R 0726 | There was no other business.
H Date of Next Meeting
R 0727 | Tuesday 9 February 2010 at 4.00 pm.
