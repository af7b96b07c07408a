@title Agenda papers LPB 18 March 2026
@font Helvetica
@fontsize 10.5
@footer Harrowdale Pension Fund – Local Pension Board||{page}
HC Harrowdale Pension Fund Local Pension Board meeting
C 18th March 2026
C Committee Room 3, Town Hall, Harrowdale at 10am
HC Agenda
R 1. | Welcome, apologies, introductions and declarations of interest
R 2. | Presentation: the Fund's new member self-service portal
R 3. | Minutes of meeting held on 2nd December 2025
R 4. | Matters arising
R 5. | Breaches Register (report circulated) <b>Decision required</b>
R 6. | Administration Performance – Quarter 3 2025/26 (report circulated)
R 7. | Decisions of the Pension Fund Committee since the last meeting
R 8. | Board training log and knowledge assessment
R 9. | Any Other Business
R 10. | Dates for your diary and dates of future meetings
S 8
I Tea and coffee will be served
I 12.30pm finish
PB
HC Harrowdale Pension Fund Local Pension Board
C Meeting Tuesday 2nd December 2025 at 10.00am
C Town Hall, Harrowdale
HC M I N U T E S
P <b>Attending Members of the Board:</b>
G Keith Ambrose (Chair) | Independent Chair
G Cllr Sandra Vickery | Employer Representative (Harrowdale Council)
G Lorraine Hebden | Employer Representative (Harrowdale College)
G Dean Oyelaran | Scheme Member Representative (UNISON)
G Patricia Mellor | Scheme Member Representative (Pensioner Members)
P <b>In attendance:</b>
G Colin Atherley | Head of Pensions
G Shabana Rauf | Pensions Administration Manager
G Mark Ibbotson | Governance Officer (minutes)
P <b>Apologies:</b>
G Neil Fairclough | Scheme Member Representative (GMB)
H 1. Welcome, apologies, introductions and declarations of interest
P The Chair welcomed members. Apologies were noted as above. Dean Oyelaran declared that he is a deferred member of the Fund; no other interests were declared.
H 2. Minutes of the meeting held on 9th September 2025
P The minutes were agreed as a true record and signed by the Chair.
H 3. Matters arising
P Item 6 (annual benefit statements): Shabana Rauf confirmed that the 212 statements issued late had now all been sent and that the breach had been recorded.
P Item 8 (cyber security): Colin Atherley said the Fund's cyber assessment would be reported to the March meeting.
H 4. Breaches Register
P Colin Atherley presented the breaches register. Two new breaches had been recorded since September: late payment of contributions by one academy trust, and the late annual benefit statements.
P Patricia Mellor asked whether the academy trust had paid interest on the late contributions. Colin Atherley said that interest had been charged and paid.
P The Board agreed that neither breach was materially significant and that neither needed to be reported to the Pensions Regulator.
H 5. Administration Performance – Quarter 2 2025/26
P Shabana Rauf presented the report. 91% of cases were completed within the target times, against a target of 95%. The backlog of aggregation cases had fallen from 640 to 410.
P Lorraine Hebden asked what was being done to reduce the backlog further. Shabana Rauf said two temporary staff had been appointed until March.
P The Board noted the report.
H 6. Pension Fund Committee decisions
P Cllr Sandra Vickery reported on the Committee's meeting of 14th November, at which the Committee had approved the revised Funding Strategy Statement and agreed to move 5% of the Fund into the pool's infrastructure sub-fund.
P The Board agreed to recommend to the Pension Fund Committee that the Board's views on the infrastructure move be sought in future before such decisions are made.
H 7. Board training
P Mark Ibbotson reminded members that the Pensions Regulator's toolkit modules should be completed by the end of March. Two members had still to complete the knowledge assessment.
H 8. Any Other Business
P None.
H 9. Dates of future meetings
P 18th March 2026, 8th July 2026 and 30th September 2026, all at 10am in the Town Hall.
P Meeting closed at 12.10pm.
PB
G <b>Agenda item 5</b> |
T Report to: | Local Pension Board
T Date: | 18 March 2026
T Subject: | Breaches Register
T Report of: | Head of Pensions
T Decision required: | Yes
H 1. Purpose of report
P 1.1 To present the Fund's breaches register for the period 1 December 2025 to 28 February 2026 and to ask the Board to consider whether any breach is materially significant.
H 2. Recommendation
P 2.1 That the Board considers the breaches recorded and agrees that none is of material significance to the Pensions Regulator.
H 3. Breaches recorded
P 3.1 One new breach has been recorded: a scheme employer (a parish council) failed to provide year-end data by the deadline. The data has since been received.
PB
G <b>Agenda item 6</b> |
T Report to: | Local Pension Board
T Date: | 18 March 2026
T Subject: | Administration Performance – Quarter 3 2025/26
T Report of: | Pensions Administration Manager
T Decision required: | No
H 1. Purpose of report
P 1.1 To report the Fund's administration performance for the quarter October to December 2025.
H 2. Recommendation
P 2.1 That the Board notes the report.
H 3. Performance
P 3.1 93% of cases were completed within the target times. The aggregation backlog stands at 288 cases and is expected to be cleared by June 2026.
