@title Lanthorne Town Council 5 March 2013
@font Helvetica
@fontsize 10.5
@header_first Page {page} of 2||Lanthorne Town Council Tuesday 5 March 2013
@header Lanthorne Town Council Meeting – Tuesday 5 March 2013||Page {page} of 2
H Public Participation
P Two residents spoke: - about the broken steps at Quay Lane, and against closing the bus station toilets over the winter.
H Cornwall Councillor's Report
P Cornwall Councillor Mrs Trebilcock was unable to attend; no written report.
H Police Report
P PCSO Kitto reported two thefts from vehicles in the Riverside car park since the last meeting and asked that residents keep valuables out of sight.
H Minutes of the Meeting
P The Town Council met in the Guildhall, Lanthorne on Tuesday 5 March 2013 at 7pm.
H Councillors present
P Mayor Trethewey, Deputy Mayor Mrs Angove, Councillor Kessell, Councillor Mrs Retallick, Councillor Pengilly, Honoured Burgess Rosevear, Councillor Tonkin, Councillor Mrs Varcoe, Councillor Rundle &amp; Councillor Mrs Hawken.
H In attendance
P Town clerk Mrs Blewett and four members of the public
H 512/12 APOLOGIES FOR ABSENCE
P Councillor Menhinick &amp; Councillor Mrs Sleeman sent apologies, which were accepted.
H 513/12 DECLARATIONS OF INTEREST
P Honoured Burgess Rosevear declared an interest (neighbour) in application PA13/00981 at Tregarrick Road Garage. Councillor Tonkin declared an interest in minute 519/12 as a member of the Carnival Committee.
H 514/12 MINUTES 19 FEBRUARY 2013
P It was resolved that the minutes of 19 February 2013 be approved as a true record; Mayor Trethewey signed them.
H 515/12 NEIGHBOURHOOD PLAN
P (i) a) It was resolved to receive the Steering Group's notes of 26 February 2013. b) Councillor Pengilly reported that the household questionnaire would go out with the April newsletter.
H 516/12 PLANNING DECISIONS
P PA12/10418 Tremena Farm Penhale Road Lanthorne Erection of agricultural building – Approved. PA12/11277 4 Fore Street Lanthorne Replacement shop front – Approved. PA13/00114 Land at Polmenna Lane Lanthorne Outline application for one dwelling – Refused.
P The decisions were noted.
H 517/12 PLANNING APPLICATIONS
P PA13/00981 Tregarrick Road Garage Tregarrick Road Lanthorne Change of use of workshop to dwelling. Councillor Mrs Retallick asked whether the forecourt would be kept for parking. It was resolved to support the application. Honoured Burgess Rosevear took no part in the discussion.
P PA13/01022 12 Penhale Road Lanthorne Two storey side extension. It was resolved to support the application.
H 518/12 FINANCE
P (i) It was resolved to approve the schedule of payments for March 2013 totalling £3,418.27. (ii) Councillor Kessell reported that he had checked the bank reconciliation to 28 February 2013 against the statements. (iii) It was resolved to transfer £5,000 from the reserve account to the current account.
H 519/12 LANTHORNE CARNIVAL 2013
P Councillor Tonkin left the room. A request from the Carnival Committee for a grant towards the cost of the road closures was considered. Councillor Mrs Varcoe proposed a grant of £250; Councillor Rundle felt that £150 would be sufficient. It was resolved by 7 votes to 2 that a grant of £250 is awarded. Councillor Tonkin returned to the meeting.
H 520/12 TOWN FORUM
P Councillor Mrs Hawken asked that a date for the spring Town Forum be set. Deferred to the April meeting when the hall bookings are known.
H 521/12 CORRESPONDENCE
P (i) Cornwall Council – Parish Maintenance Scheme 2013/14. (ii) Lanthorne Bowling Club – thanks for the grant. (iii) Mr P Chapman – overhanging trees in Chapel Square. Noted.
H 522/12 MAYOR'S ENGAGEMENTS
P Mayor Trethewey reported that since the last meeting he had attended the St Piran's Day lunch, the fire station open day and the town and parish conference at Truro.
H 523/12 EXCLUSION OF THE PRESS AND PUBLIC
P It was resolved that under the Public Bodies (Admission to Meetings) Act 1960 the press and public be excluded for the following item as it concerns staffing matters.
H 524/12 STAFFING
P It was resolved to accept the recommendation of the Personnel Committee that the Town Clerk's hours are increased to 25 a week from 1 April 2013.
P The meeting closed at 9.05pm.
S 14
P Signed ………………………………… Mayor &nbsp;&nbsp;&nbsp; Dated ……………………
