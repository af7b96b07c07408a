@title F&GP Committee 14 January 2025 - agenda and reports
@font Helvetica
@fontsize 10.5
@header Wrayford Town Council||F&GP Committee 14 January 2025
@footer Page {page}
HC WRAYFORD TOWN COUNCIL
C The Town Hall, Sheep Street, Wrayford &#183; 01632 960 220 &#183; townclerk@wrayford-tc.gov.uk
S 6
P <b>Members of the Finance and General Purposes Committee:</b> Cllrs A Haldane (Chair), P Venables (Vice-Chair), R Ashby, M Cheung, T Dollimore, S Garrard, L Whitcombe; the Town Mayor (ex officio).
P You are hereby summoned to a meeting of the Finance and General Purposes Committee which will be held in the Council Chamber, Wrayford Town Hall on <b>Tuesday 14 January 2025 at 7.00pm</b> for the purpose of transacting the business below.
P <b>Members of the public:</b> Members of the public are welcome to attend and may address the Committee, following item three on the agenda, when the meeting is adjourned.
P <b>Reporting on Meetings:</b> Except where members of the public have been excluded due to the confidential nature of the business, any person may film, photograph, audio record or use social media to report on meetings of the Council. Would any person intending to report please give notice to the Town Clerk before the start of the meeting.
P Sarah Penhale, Town Clerk &#8211; 7 January 2025
HC AGENDA
P - To receive any apologies for absence.
P 2. To receive, from Members, any declarations of interest in items on the agenda in accordance with the Council’s Code of Conduct.
P 3. To approve the minutes of the meeting of the Committee held on 12 November 2024.
P 4. Adjournment for:<br/>4.1 County Councillor’s report.<br/>4.2 District Councillor’s report.<br/>4.3 Public comment and/or questions.
P - Town Clerk’s Report (Report FGP/25/01 attached).
P 6. Budget 2025/26:<br/>6.1 To consider the draft budget and to recommend a precept for 2025/26 to Council (Report FGP/25/02 attached).<br/>6.2 To note the schedule of earmarked reserves.
P 7. Grants: To consider applications under the Community Grants Scheme (Report FGP/25/03 attached).
P 8. To consider quotations for the town centre CCTV maintenance contract (Report FGP/25/04 attached).
P 9. To authorise payments as presented and to note income received.
P 10. Date of next meeting: Tuesday 11 March 2025 at 7.00pm.
PB
HC REPORT FGP/25/01
G Report to: | Finance and General Purposes Committee
G Meeting date: | 14 January 2025
G Agenda item: | 5
G Subject: | Town Clerk’s Report
G Author: | Sarah Penhale, Town Clerk
P 1.1 <b>Internal audit.</b> The interim internal audit visit took place on 9 December 2024. The auditor raised one point: the asset register had not been reconciled with the insurance schedule. This has now been done.
P 1.2 <b>Town Hall heating.</b> The replacement boiler was commissioned on 2 December 2024 within the approved budget of £8,400.
P 1.3 <b>Training.</b> The Deputy Clerk has enrolled on the CiLCA qualification; the cost of £450 is met from the training budget.
P <b>Recommendation:</b> That the Committee notes the report.
S 10
HC REPORT FGP/25/02
G Report to: | Finance and General Purposes Committee
G Meeting date: | 14 January 2025
G Agenda item: | 6.1
G Subject: | Draft Budget and Precept 2025/26
G Author: | Sarah Penhale, Town Clerk (Responsible Financial Officer)
P 2.1 The draft budget for 2025/26 (Appendix A) totals £418,950 in expenditure against other income of £21,300. A transfer of £12,000 from general reserves to the Play Areas earmarked reserve is included.
P 2.2 The tax base notified by the District Council is 3,912.4 Band D equivalents, an increase of 0.8%.
T Budget head | 2024/25 budget | 2025/26 draft
T Staffing | £196,400 | £207,250
T Premises (Town Hall) | £61,300 | £63,900
T Open spaces and play areas | £72,800 | £78,100
T Grants | £18,000 | £18,000
T Administration | £47,900 | £51,700
P 2.3 A precept of £397,650 would mean a Band D charge of £101.64, an increase of £4.12 (4.2%) on 2024/25.
P <b>Recommendation:</b> That the Committee recommends to Council a precept of £397,650 for 2025/26.
PB
HC REPORT FGP/25/03
G Report to: | Finance and General Purposes Committee
G Meeting date: | 14 January 2025
G Agenda item: | 7
G Subject: | Community Grants Scheme – Applications January 2025
G Author: | Kieran Moss, Deputy Town Clerk
P 3.1 Four applications have been received in this round. The budget remaining for 2024/25 is £6,250.
T Applicant | Purpose | Requested
T Wrayford Youth Football Club | Goalposts for the under-9s pitch | £1,200
T Sheep Street Community Garden | Raised beds and tools | £850
T Wrayford Carnival Committee | Public liability insurance | £600
T Friends of Wrayford Library | Summer reading challenge | £400
P 3.2 All four applicants meet the criteria of the scheme. Officers have no concerns about the applications.
P <b>Recommendation:</b> That the Committee determines the applications.
S 10
HC REPORT FGP/25/04
G Report to: | Finance and General Purposes Committee
G Meeting date: | 14 January 2025
G Agenda item: | 8
G Subject: | Town Centre CCTV Maintenance Contract
G Author: | Sarah Penhale, Town Clerk
P 4.1 The current three-year maintenance contract for the eight town centre cameras ends on 31 March 2025. Three quotations have been obtained for a further three years:
T Contractor | Annual cost | Response time
T Vantage Security Systems | £3,960 | 4 hours
T Brightline CCTV Ltd | £4,380 | 4 hours
T Ferncroft Vision | £3,720 | 24 hours
P 4.2 Officers consider a 24-hour response time unsuitable for a system used by the police.
P <b>Recommendation:</b> That the Committee accepts the quotation from Vantage Security Systems at £3,960 a year.
