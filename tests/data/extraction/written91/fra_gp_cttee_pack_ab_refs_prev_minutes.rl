@title General Purposes Committee 8 November 2016
@font Helvetica
@fontsize 10.5
@footer {page}
S 120
HC WEALDMARSH AND MEDBURGH FIRE AND RESCUE AUTHORITY
S 30
HC General Purposes Committee
S 20
HC Tuesday, 8 November 2016
S 10
HC 10.30 am
PB
HC AGENDA
HC WEALDMARSH AND MEDBURGH FIRE AND RESCUE AUTHORITY GENERAL PURPOSES COMMITTEE
P Tuesday 8 November 2016, 10.30 am Ask for: Jenna Brackenbury/Alan Sillitoe Service Headquarters, Bramble Hill, Medburgh, MD4 7QT
P Telephone: (01893) 441200 ext: 8214/8230
P Members:- Mr Ashdown (Chairman), Mr Calloway, Mrs Crane, Mr Fenwright, Mr Halloway, Mrs Kettering, Mr Northam, Mrs Ormsby and Mr Pettigrew.
HC UNRESTRICTED ITEMS
C (During these items the meeting is likely to be open to the public)
H A Routine Business
R A1. | Membership and Substitutes To note that, following Mrs Dolan's resignation from the Authority, Mr B Northam has been appointed to serve on the Committee in her place.
R A2. | Election of Vice-Chairman of Committee Following Mrs Dolan's resignation, the Committee needs to elect a new Vice-Chairman for the remainder of 2016/17.
R A3. | Declarations of Interest in Items on this Agenda
R A4. | Minutes of the Meeting held on 12 July 2016 (Pages 3 - 4 for approval)
H B For Decision
R B1. | Revenue and Capital Budget Monitoring Report 2016/17 (Pages 5 - 5)
R B2. | Review of Contract Standing Orders (Pages 6 - 6)
H C For Information
R C1. | Treasury Management Mid-Year Review 2016/17 (Pages 7 - 7)
H D Exempt Items
C (At the time of preparing this agenda there were no exempt items. During any such items which may arise the meeting is likely NOT to be open to the public)
S 12
P Alan Sillitoe<br/>Clerk to the Authority
P 31 October 2016
PB
HC WEALDMARSH AND MEDBURGH FIRE AND RESCUE AUTHORITY
P <b>MINUTES</b> of a meeting of the General Purposes Committee held at Service Headquarters, Bramble Hill, Medburgh on Tuesday, 12 July 2016.
P <b>PRESENT:</b> Mr D Ashdown (Chairman), Mrs K Dolan (Vice-Chairman), Mr S Calloway, Mrs E Crane, Mr T Fenwright, Mr R Halloway, Mrs P Kettering, Mrs L Ormsby and Mr G Pettigrew.
P <b>IN ATTENDANCE:</b> Mr N Redfern (Chief Executive), Mrs R Pellow (Director, Finance and Corporate Services), Mr A Sillitoe (Clerk to the Authority) and Ms J Brackenbury (Democratic Services Officer).
HC UNRESTRICTED ITEMS
H 7. Membership and Substitutes (Item A1)
P (1) It was noted that Mr S Calloway had been appointed to serve on the Committee in place of Mr H Voss.
H 8. Election of Chairman of Committee (Item A2)
P (1) Mr R Halloway proposed, and Mrs L Ormsby seconded, that Mr D Ashdown be elected Chairman of the Committee. There were no other nominations.
P (2) RESOLVED that Mr D Ashdown be elected Chairman of the Committee for 2016/17.
H 9. Election of Vice-Chairman of Committee (Item A3)
P (1) Mr Ashdown proposed, and Mr Fenwright seconded, that Mrs K Dolan be elected Vice-Chairman of the Committee.
P (2) RESOLVED that Mrs K Dolan be elected Vice-Chairman of the Committee for 2016/17.
H 10. Declarations of Interest in Items on the Agenda (Item A4)
P (1) Mr G Pettigrew declared an interest in Item B2 as his son is employed by one of the brokers named in the report. He took no part in the discussion or vote on that item.
H 11. Minutes (Item A5)
P (1) RESOLVED that the Minutes of the meeting of the Committee held on 15 March 2016 be approved as a correct record and signed by the Chairman.
H 12. Final Accounts 2015/16 (Item B1)
P (1) Mrs Pellow presented the final revenue and capital outturn for 2015/16, which showed an underspend of £412,000 on the revenue budget, largely from vacancy savings in fire control and lower than expected fuel prices.
P (2) In response to a question from Mr Fenwright about the level of reserves, Mrs Pellow explained that the general reserve remained at the minimum recommended level of 5% of net expenditure and that the underspend was proposed for the Equipment Reserve.
P (3) RESOLVED that the outturn for 2015/16 be noted and the transfer of £412,000 to the Equipment Reserve be approved.
H 13. Insurance Arrangements 2016 - 2019 (Item B2)
P (1) The Committee considered a report on the retendering of the Authority's insurance cover, which included the evaluation of four tenders received through the brokers' framework.
P (2) Mr Halloway moved, and Mrs Ormsby seconded, the recommendation in the report.
P (3) Mr Calloway moved an amendment that the award be deferred until the Authority's claims history had been reviewed by the Audit and Governance Committee. The amendment was put to the vote and was lost.
P (4) RESOLVED that the contract for the Authority's insurance cover for 2016 - 2019 be awarded to the preferred insurer set out in the report.
H 14. Annual Report on Complaints and Compliments 2015/16 (Item C1)
P (1) Mr Sillitoe introduced the annual report, which recorded 31 complaints and 212 compliments received during the year. Mrs Crane asked that future reports show the response times for each station area.
P (2) Members noted the report.
H 15. Calendar of Meetings 2017 (Item C2)
P (1) RESOLVED that the dates of meetings of the Committee for 2017 be noted.
S 10
P CHAIRMAN
PB
P <b>WEALDMARSH AND MEDBURGH FIRE AND RESCUE AUTHORITY</b>
P General Purposes Committee - 8 November 2016
G Item Number: | B1
G By: | Director, Finance and Corporate Services
G To: | General Purposes Committee - 8 November 2016
G Subject: | REVENUE AND CAPITAL BUDGET MONITORING REPORT 2016/17
G Classification: | Unrestricted
P <b>FOR DECISION</b>
P <b>SUMMARY</b> This report sets out the forecast revenue and capital outturn for 2016/17 based on spending to the end of September 2016. A revenue underspend of £286,000 is forecast, mainly from on-call firefighter costs, together with slippage of £1.1m in the vehicle replacement programme.
P <b>RECOMMENDATION</b> Members are asked to note the forecast outturn and to approve the carry forward of £1.1m of capital budget into 2017/18 (paragraph 12 refers).
P 1. The revenue budget for 2016/17 was set at £71.8m at the meeting of the Authority in February 2016. Spending to date is broadly in line with the profile, with the exception of the on-call pay budget, where fewer call-outs than expected have been recorded.
P 2. Delivery of six new pumping appliances has been delayed by the supplier until spring 2017, and the related capital budget will need to be carried forward.
PB
P <b>WEALDMARSH AND MEDBURGH FIRE AND RESCUE AUTHORITY</b>
P General Purposes Committee - 8 November 2016
G Item Number: | B2
G By: | Clerk to the Authority
G To: | General Purposes Committee - 8 November 2016
G Subject: | REVIEW OF CONTRACT STANDING ORDERS
G Classification: | Unrestricted
P <b>FOR DECISION</b>
P <b>SUMMARY</b> Contract Standing Orders were last reviewed in 2013. This report proposes changes to the thresholds for quotations and tenders and to the arrangements for waiving the Standing Orders in an emergency.
P <b>RECOMMENDATION</b> Members are asked to recommend the revised Contract Standing Orders at Appendix 1 to the Authority for adoption.
P 1. The main changes are an increase in the threshold for three written quotations from £10,000 to £25,000, and a requirement that any waiver be reported to the next meeting of this Committee.
PB
P <b>WEALDMARSH AND MEDBURGH FIRE AND RESCUE AUTHORITY</b>
P General Purposes Committee - 8 November 2016
G Item Number: | C1
G By: | Director, Finance and Corporate Services
G To: | General Purposes Committee - 8 November 2016
G Subject: | TREASURY MANAGEMENT MID-YEAR REVIEW 2016/17
G Classification: | Unrestricted
P <b>FOR INFORMATION</b>
P <b>SUMMARY</b> This report reviews treasury management activity for the first half of 2016/17. All investments have been made in line with the approved strategy and no new borrowing has been taken.
P <b>RECOMMENDATION</b> Members are asked to note the report.
P 1. The average rate of return on investments for the period was 0.61%, compared with a benchmark of 0.36%. The Authority's total external debt remains at £9.4m.
