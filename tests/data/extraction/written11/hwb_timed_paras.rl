@title Health and Wellbeing Board 26.06.2025
@font Helvetica
@fontsize 10.5
@numcol 14
@header Health and Wellbeing Board 26.06.2025
@footer Page {page} of 2
HC DUNSFORD CITY COUNCIL
HC Health and Wellbeing Board
C Meeting held 26 June 2025
S 6
P <b>PRESENT:</b> Councillor Angela Brightwell (Chair), Councillor Tom Pickersgill, Councillor Ruth Ndlovu, Joanne Fairclough (Director of Public Health), Helen Corrigan (Strategic Director of Adult Care), Dr Sunil Mehra (NHS South Dunsford Integrated Care Board), Martin Oyelaran (Healthwatch Dunsford), Superintendent Paul Rudd (Dunsford Police) and Lisa Trowbridge (Voluntary Action Dunsford)
S 4
H 1.   WELCOME AND APOLOGIES FOR ABSENCE
R 1.1 | The Chair welcomed everyone to the meeting, and in particular Lisa Trowbridge, who was attending her first meeting of the Board.
R 1.2 | Apologies for absence were received from Councillor Imran Shah and from Andrew Keeble (Dunsford Teaching Hospitals), with Dr Mehra also representing the Hospitals.
H 2.   DECLARATIONS OF INTEREST
R 2.1 | There were no declarations of interest.
H 3.   PUBLIC QUESTIONS
R 3.1 | Mr Brian Lowther asked what the Board was doing about the waiting time for autism assessments for adults. Helen Corrigan said that a new assessment service had been commissioned from April and that the waiting list had fallen by a fifth since then. She would send Mr Lowther the latest figures.
H 4.   MINUTES OF PREVIOUS MEETING
R 4.1 | <b>RESOLVED:</b> That the minutes of the meeting of the Board held on 27 March 2025 be approved as a correct record.
H 5.   TAKING STOCK OF THE JOINT HEALTH AND WELLBEING STRATEGY (15 mins)
R 5.1 | Joanne Fairclough gave a verbal update on the progress made against the Strategy's ambitions, and highlighted the widening gap in healthy life expectancy between the east and west of the city.
R 5.2 | Martin Oyelaran said that residents told Healthwatch that the Strategy felt distant from their daily lives, and asked that the next refresh be written with residents. Councillor Ndlovu agreed and offered the help of the ward forums.
R 5.3 | The Board noted the update.
H 6.   BETTER CARE FUND PLAN 2025-27 (20 mins)
R 6.1 | Helen Corrigan and Dr Sunil Mehra presented the report, which set out the joint plan for the Better Care Fund for the two years from April 2025 and the metrics to be reported to NHS England.
R 6.2 | Superintendent Rudd asked whether the plan covered people discharged from police custody with care needs. Helen Corrigan said that it did not, but that she would take the point to the discharge group.
R 6.3 | <b>RESOLVED:</b> That the Board:-
R | (a) approves the Better Care Fund Plan 2025-27 for submission to NHS England;
R | (b) delegates to the Strategic Director of Adult Care, in consultation with the Chair, the approval of any minor changes required before submission; and
R | (c) notes the quarterly reporting arrangements set out in section 5 of the report.
H 7.   PHARMACEUTICAL NEEDS ASSESSMENT 2025 (10 mins)
R 7.1 | Joanne Fairclough introduced the draft Pharmaceutical Needs Assessment, which the Board was required to publish by October.
R 7.2 | Agreed that –
R | 1. the draft Pharmaceutical Needs Assessment be published for the statutory 60-day consultation; and
R | 2. the final Assessment be brought to the Board's meeting in September.
H 8.   CHILDREN'S HEALTHY WEIGHT PLAN (15 mins)
R 8.1 | The Chair reported that the lead officer was unwell. It was agreed that the item be deferred to the September meeting.
H 9.   HEALTHWATCH DUNSFORD ANNUAL REPORT
R 9.1 | Martin Oyelaran presented the Healthwatch annual report for 2024/25. Councillor Pickersgill asked how many of the reports' recommendations had been taken up by providers; Martin Oyelaran said that 14 of 19 had been accepted.
R 9.2 | The Board noted the report.
H 10.   DATE AND TIME OF NEXT MEETING
R 10.1 | The next meeting of the Board will be held on Thursday 25 September 2025 at 2.00 pm at the Town Hall.
