@title Avonmere Pension Fund Committee - 12 December 2014 - Public document pack
@font Helvetica
@fontsize 10
@footer Page {page}
C <b>Wansmere and North Avonmere Council</b>
P Democratic Services<br/>Corn Exchange, Market Street, Wansmere WN1 5AW<br/>Telephone: (01632) 960000 main switchboard<br/>Direct Lines - Tel: 01632 960090<br/>Web-site - http://www.wansmere.gov.uk<br/>E-mail: Democratic_Services@wansmere.gov.uk
P 4 December 2014
P <b>To: All Members of the Avonmere Pension Fund Committee</b>
P <b>Wansmere and North Avonmere Councillors:</b> Roger Ashdown (Chair), Helen Tregear (Vice-Chair), Mark Ferrand, Lesley Openshaw and Tariq Bhatti
P <b>Co-opted Voting Members:</b> Councillor Alison Drewe (Severnside City Council), Councillor Mervyn Coles (North Mendale Council), Councillor Bridget Yeo (South Avonmere Council), Anil Desai (HFE Employers), Ruth Ormsby (Trade Unions), Kathleen Moss (Independent Member) and Philip Scarisbrick (Independent Member)
P <b>Co-opted Non-voting Members:</b> Jean Halloran (Parish and Town Councils), Dennis Carr (Trade Unions) and Wendy Stannard (Trade Unions)
P Chief Executive and other appropriate officers<br/>Press and Public
P Dear Member
P <b>Avonmere Pension Fund Committee: Friday, 12th December, 2014</b>
P You are invited to attend a meeting of the <b>Avonmere Pension Fund Committee</b>, to be held on <b>Friday, 12th December, 2014</b> at <b>2.00 pm</b> in the <b>Council Chamber - Corn Exchange, Wansmere</b>
P The agenda is set out overleaf.
P Yours sincerely
P Hannah Prowse<br/>for Chief Executive
P If you need to access this agenda or any of the supporting reports in an alternative accessible format please contact Democratic Services or the relevant report author whose details are listed at the end of each report.
I This Agenda and all accompanying reports are printed on recycled paper
PB
H NOTES:
P 1. <b>Inspection of Papers:</b> Any person wishing to inspect minutes, reports, or a list of the background papers relating to any item on this Agenda should contact Hannah Prowse who is available by telephoning Wansmere 01632 960090 or by calling at the Corn Exchange, Wansmere (during normal office hours).
P 2. <b>Public Speaking at Meetings:</b> The Council has a scheme to encourage the public to make their views known at meetings. They may make a statement relevant to what the meeting has power to do. They may also present a petition or a deputation on behalf of a group. Advance notice is required not less than two full working days before the meeting (this means that for meetings held on Fridays notice must be received in Democratic Services by 4.30pm the previous Tuesday).
P 3. <b>Details of Decisions taken at this meeting</b> can be found in the minutes which will be published as soon as possible after the meeting, and also circulated with the agenda for the next meeting. In the meantime details can be obtained by contacting as above.
P 4. <b>Attendance Register:</b> Members should sign the Register which will be circulated at the meeting.
P 5. <b>Emergency Evacuation Procedure:</b> When the continuous alarm sounds, you must evacuate the building by one of the designated exits and proceed to the named assembly point. The designated exits are sign-posted. Arrangements are in place for the safe evacuation of disabled people.
PB
HC Avonmere Pension Fund Committee - Friday, 12th December, 2014
C at 2.00 pm in the Council Chamber - Corn Exchange, Wansmere
HC AGENDA
R 1. | <b>EMERGENCY EVACUATION PROCEDURE</b><br/>The Chair will draw attention to the emergency evacuation procedure as set out under Note 5.
R 2. | <b>DECLARATIONS OF INTEREST</b><br/>At this point in the meeting declarations of interest are received from Members in any of the agenda items under consideration at the meeting.
R 3. | <b>TO ANNOUNCE ANY APOLOGIES FOR ABSENCE AND SUBSTITUTIONS</b>
R 4. | <b>TO ANNOUNCE ANY URGENT BUSINESS AGREED BY THE CHAIR</b>
R 5. | <b>ITEMS FROM THE PUBLIC OR COUNCILLORS - TO RECEIVE DEPUTATIONS, STATEMENTS, PETITIONS OR QUESTIONS RELATING TO THE BUSINESS OF THIS MEETING</b><br/>At the time of publication no notifications had been received.
R 6. | <b>ITEMS FROM COUNCILLORS AND CO-OPTED AND ADDED MEMBERS</b><br/>To deal with any petitions or questions from Councillors and where appropriate Co-opted and Added Members.
R 7. | <b>MINUTES: 26 SEPTEMBER 2014</b> (Pages 4 - 5)
R 8. | <b>REVIEW OF INVESTMENT PERFORMANCE FOR PERIODS ENDING 30 SEPTEMBER 2014</b> (Page 6)
R 9. | <b>BUDGET AND SERVICE PLAN 2015/18</b> (Page 7)
R 10. | <b>PENSION FUND ADMINISTRATION - PERFORMANCE REPORTS</b> (Page 8)
R 11. | <b>WORKPLANS</b> (Page 9)
P The Committee Administrator for this meeting is Hannah Prowse who can be contacted on 01632 960090.
PB
HC AVONMERE PENSION FUND COMMITTEE
C Minutes of the Meeting held<br/>Friday, 26th September, 2014, 2.00 pm
P <b>Wansmere and North Avonmere Councillors:</b> Roger Ashdown (Chair), Helen Tregear (Vice-Chair), Mark Ferrand and Lesley Openshaw
P <b>Co-opted Voting Members:</b> Councillor Alison Drewe (Severnside City Council), Councillor Bridget Yeo (South Avonmere Council), Anil Desai (HFE Employers), Ruth Ormsby (Trade Unions) and Kathleen Moss (Independent Member)
P <b>Co-opted Non-voting Members:</b> Jean Halloran (Parish and Town Councils) and Dennis Carr (Trade Unions)
P <b>Advisors:</b> Rupert Haines (Thornbury Advisory)
P <b>Also in attendance:</b> Tessa Harwood (Head of Business, Finance and Pensions), Lydia Okonkwo (Investments Manager), Geoff Tanner (Pensions Manager) and Callum Reid (Harcourt Lyle LLP, External Auditor)
H 38 EMERGENCY EVACUATION PROCEDURE
P The Democratic Services Officer read out the procedure.
H 39 DECLARATIONS OF INTEREST
P There were none.
H 40 TO ANNOUNCE ANY APOLOGIES FOR ABSENCE AND SUBSTITUTIONS
P Apologies were received from Councillor Tariq Bhatti, Councillor Mervyn Coles, Philip Scarisbrick and Wendy Stannard.
H 41 TO ANNOUNCE ANY URGENT BUSINESS AGREED BY THE CHAIR
P There was none.
H 42 ITEMS FROM THE PUBLIC OR COUNCILLORS - TO RECEIVE DEPUTATIONS, STATEMENTS, PETITIONS OR QUESTIONS RELATING TO THE BUSINESS OF THIS MEETING
P Mr Tobias Wren made a statement on behalf of Fossil Free Avonmere asking the Committee to set a date by which the Fund would sell its holdings in the two hundred largest fossil fuel companies. A copy of the statement is attached to these minutes as Appendix 1.
P The Chair thanked Mr Wren for his statement and said that the Committee would consider the Fund's approach to climate risk as part of the investment strategy review in 2015.
H 43 ITEMS FROM COUNCILLORS AND CO-OPTED AND ADDED MEMBERS
P There were none.
H 44 MINUTES: 27 JUNE 2014
P The public and exempt minutes of the meeting of 27 June 2014 were approved as a correct record and signed by the Chair.
H 45 AVONMERE PENSION FUND ANNUAL REPORT AND ACCOUNTS 2013/14
P The Head of Business, Finance and Pensions presented the report. Callum Reid, External Auditor, reported that Harcourt Lyle LLP expected to issue an unqualified opinion on the Fund's accounts.
P <b>RESOLVED</b>
P (i) To approve the Avonmere Pension Fund Annual Report and Accounts 2013/14.<br/>(ii) To note the External Auditor's report on the audit of the Fund's accounts.
H 46 REVIEW OF INVESTMENT PERFORMANCE FOR PERIODS ENDING 30 JUNE 2014
P The Investments Manager introduced the report. The Fund's assets had increased in value by £61m over the quarter to £3,712m, and the Fund had returned 2.4% against its benchmark of 2.1%.
P Rupert Haines (Thornbury Advisory) commented on the performance of the Fund's diversified growth managers, two of which had underperformed cash plus 4% over three years.
P Anil Desai asked whether the managers would be asked to attend a future meeting. The Investments Manager replied that both would present to the Investment Panel in November.
P <b>RESOLVED</b> to note the information as set out in the report.
H 47 INVESTMENT STRATEGY - ALLOCATION TO INFRASTRUCTURE
P Tessa Harwood presented the report, which recommended a 5% strategic allocation to infrastructure funded from the Fund's equity holdings.
P Councillor Mark Ferrand moved, seconded by Ruth Ormsby, an amendment that the allocation be limited to 3% until the Investment Panel had reviewed the pooled fund options. The amendment was put to the vote and was LOST (3 votes for, 6 against).
P <b>RESOLVED</b> (8 votes for, 1 against):
P (i) To approve a 5% strategic allocation to infrastructure, to be funded from the Fund's global equity holdings.<br/>(ii) To delegate the selection of the infrastructure managers to the Investment Panel.
H 48 PENSION FUND ADMINISTRATION - PERFORMANCE REPORTS
P Geoff Tanner presented the report. 96% of retirement cases had been processed within the target of ten working days.
P <b>RESOLVED</b> to note the administration performance for the period 1 April to 30 June 2014.
H 49 WORKPLANS
P <b>RESOLVED</b> to note the workplans for the period to 30 June 2015.
P The meeting ended at 4.35 pm
P Chair(person) ..............................................<br/>Date Confirmed and Signed ..............................................
P Prepared by Democratic Services
PB
T Wansmere and North Avonmere Council | 
T MEETING: | Avonmere Pension Fund Committee
T MEETING DATE: | 12 December 2014
T AGENDA ITEM NUMBER | 8
T TITLE: | Review of Investment Performance for Periods Ending 30 September 2014
T WARD: | ALL
T AN OPEN PUBLIC ITEM | 
T List of attachments to this report: | Appendix 1 - Fund valuation; Appendix 2 - Thornbury Advisory performance monitoring report
H 1 THE ISSUE
P 1.1 This paper reports on the performance of the Fund's investments to 30 September 2014.
H 2 RECOMMENDATION
P That the Committee notes the information as set out in the report.
PB
T Wansmere and North Avonmere Council | 
T MEETING: | Avonmere Pension Fund Committee
T MEETING DATE: | 12 December 2014
T AGENDA ITEM NUMBER | 9
T TITLE: | Budget and Service Plan 2015/18
T WARD: | ALL
T AN OPEN PUBLIC ITEM | 
T List of attachments to this report: | Appendix 1 - Service Plan 2015/18; Appendix 2 - Budget 2015/16
H 1 THE ISSUE
P 1.1 The Committee is asked to approve the budget and service plan for the next three years.
H 2 RECOMMENDATION
P That the Committee approves the Service Plan and Budget for 2015/18.
PB
T Wansmere and North Avonmere Council | 
T MEETING: | Avonmere Pension Fund Committee
T MEETING DATE: | 12 December 2014
T AGENDA ITEM NUMBER | 10
T TITLE: | Pension Fund Administration - Performance Reports
T WARD: | ALL
T AN OPEN PUBLIC ITEM | 
T List of attachments to this report: | Appendix A - Summary Performance Report; Appendix B - Employer Performance
H 1 THE ISSUE
P 1.1 This report sets out the administration performance for the period 1 July to 30 September 2014.
H 2 RECOMMENDATION
P That the Committee notes the administration performance for the period.
PB
T Wansmere and North Avonmere Council | 
T MEETING: | Avonmere Pension Fund Committee
T MEETING DATE: | 12 December 2014
T AGENDA ITEM NUMBER | 11
T TITLE: | Workplans
T WARD: | ALL
T AN OPEN PUBLIC ITEM | 
T List of attachments to this report: | Appendix 1 - Workplans to 31 December 2015
H 1 THE ISSUE
P 1.1 This report sets out the workplans of the Committee and the Investment Panel to the end of 2015.
H 2 RECOMMENDATION
P That the Committee notes the workplans for the period to 31 December 2015.
