@title Statutory Meeting 6 February 2019
@font Helvetica
@fontsize 10
@numcol 16
@footer Slieau Ree Parish District Commissioners - Statutory Meeting 06.02.19 || Page {page} of 2
HC SLIEAU REE PARISH DISTRICT COMMISSIONERS
C Statutory Meeting
C Wednesday 6th February 2019, 7.00 pm
HC Agenda
P <b>Present:</b> Mr R. Corlett (RC), Chairman, Mrs A. Skillicorn (AS), Mr D. Gelling (DG), Mrs H. Cowin (HC), Mr J. Teare (JT), Mr W. Callister (WC), Ms E. Moore (EM). <b>In Attendance:</b> Officers: Mr K. Shimmin (KS), Clerk, Mrs L. Crellin (LC), Deputy Clerk/RFO, Mr P. Costain (PC) Housing Manager. <b>Apologies:</b>
R 218/18 | <b>Planning Matters</b> Planning Applications a) PA 19/00071/B - 4 Close ny Chibbyr, Ballarhenny, Installation of replacement windows and front door. b) PA 19/00088/B - Thie Veg, Croit Road, Erection of a detached garage. c) PA 19/00102/A - Field 431207, Port Curragh Road, Approval in principle for two dwellings. Notices d) PA 18/01344/B - The Old Forge, Mill Lane - Approved 28.01.19. Refusal Notices - ntr. Planning Enforcement - ntr.
R 219/18 | <b>Approval of Minutes</b> a) Approval of minutes of the meeting of 23rd January 2019.
R 220/18 | <b>Matters Arising &amp; Other Business</b> a) Casual vacancy, Ballarhenny Ward - progress. b) Rating assessment of the harbour kiosk, Quay Road.
R 221/18 | <b>General Correspondence</b> As per schedule circulated.
R 222/18 | <b>Finance</b> a) Schedule of payments for January 2019. b) Budget monitoring to 31st January 2019.
R 223/18 | <b>Housing Matters</b> a) Voids report. b) Kitchen replacement programme, Croit Road.
R 224/18 | <b>Commissioners' Reports</b>
R 225/18 | <b>Date of Next Meeting</b>
I The Board will be asked to resolve that the public be excluded for the following item, which concerns staff.
R 226/18 | <b>Staffing (Private)</b> Recommendation of the Staffing Sub-Committee.
S 10
C K. Shimmin, Clerk to the Commissioners, 31st January 2019
PB
HC SLIEAU REE PARISH DISTRICT COMMISSIONERS
P <b>Minutes</b> of the Statutory Meeting held on Wednesday 6th February 2019 at 7.00 pm in the Commissioners' Office, Quay Road, Port Curragh.
P <b>Present:</b> Mr R. Corlett (RC), Chairman, Mrs A. Skillicorn (AS), Mr D. Gelling (DG), Mrs H. Cowin (HC), Mr J. Teare (JT), Mr W. Callister (WC). <b>In Attendance:</b> Officers: Mr K. Shimmin (KS), Clerk, Mrs L. Crellin (LC), Deputy Clerk/RFO, Mr P. Costain (PC) Housing Manager. <b>Apologies:</b> Ms E. Moore (EM). One member of the public was present.
P The meeting commenced at 7.02 pm.
R 218/18 | <b>Planning Matters</b> The Board considered the applications listed. a) PA 19/00071/B, 4 Close ny Chibbyr - no objection. b) PA 19/00088/B, Thie Veg - DG asked whether the garage would be used for a business; KS advised that the application described it as domestic storage only. No objection. c) PA 19/00102/A, Field 431207 - HC spoke against the proposal, which lies outside the settlement boundary and would take access from a blind bend. It was resolved to object to application c) on highway safety grounds and to request that the Commissioners be notified of any appeal. Proposed: HC. Seconded: DG. d) The approval notice for The Old Forge was noted.
R 219/18 | <b>Approval of Minutes</b> The minutes of the meeting of 23rd January 2019 were approved as a correct record and signed by the Chairman. Proposed: WC. Seconded: AS.
R 220/18 | <b>Matters Arising &amp; Other Business</b> a) KS reported that the notice of vacancy for Ballarhenny Ward had been published and that nominations would close on 22nd February. Mr K. Shimmin was nominated as Returning Officer. b) JT asked about the re-rating of the harbour kiosk. KS advised that the Assessor had acknowledged the request but had not yet given a date for the revaluation.
R 221/18 | <b>General Correspondence</b> The schedule of correspondence was received and noted. HC drew attention to the letter from the highways department about winter gritting routes and asked that the Clerk seek an explanation for the omission of Croit Road.
R 222/18 | <b>Finance</b> a) LC presented the schedule of payments for January 2019. It was resolved to approve payments totalling £18,412.66. Proposed: AS. Seconded: JT. b) LC presented the budget monitoring report to 31st January 2019, which showed expenditure within budget apart from the street lighting cost centre. The report was noted.
R 223/18 | <b>Housing Matters</b> a) PC reported that two properties were void, one of which would be relet by the end of the month. b) PC reported that the kitchen replacement programme at Croit Road was three weeks behind owing to the supply of worktops. WC asked that tenants be kept informed. It was resolved that the Housing Manager write to all affected tenants with a revised timetable. Proposed: WC. Seconded: RC.
R 224/18 | <b>Commissioners' Reports</b> DG reported on the Harbour Users' Forum of 30th January. AS reported that the Ballarhenny play area fence had been repaired by the contractor at no cost.
R 225/18 | <b>Date of Next Meeting</b> Wednesday 20th February 2019 at 7.00 pm.
P It was resolved under Standing Order 3.4 that the public be excluded for the following item. The member of the public left the meeting.
R 226/18 | <b>Staffing (Private)</b> The Board considered the recommendation of the Staffing Sub-Committee. It was resolved to accept the recommendation of the Staffing Sub-Committee on the grading of the Deputy Clerk's post. Proposed: RC. Seconded: HC.
P The meeting closed at 8.41 pm.
S 18
P Signed ................................................ Chairman      Date ....................
