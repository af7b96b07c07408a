@title Microsoft Word - F&GP 20.03.17 minutes
@font Helvetica
@fontsize 10.5
@numcol 22
@header ||{page}
@footer F&GP 20.03.17
HC ASHLOW TOWN COUNCIL
C Minutes of a meeting of the Finance and General Purposes Committee held in the Council Chamber, Market Hall, Lee Street, Ashlow on Monday 20 March 2017 commencing at 7.30pm
P <b>PRESENT:</b> Councillors: C. Rooney (in the Chair), M. Bardsley, J. Bulloch, S. Chaddock, K. Denby, R. Greaves, P. Holden, J. Kellet, K. McKeown, S. Rushworth, K. Scholes, P. Wray
P Town Clerk, C. Hutchings
P Borough Ward Councillors: A. Cunliffe-Hart, S. Pickles
P Bill Parkin, Operations Manager – Moorland Buses
P 1 member of the public
H CHAIR TO EXPLAIN THE ARRANGEMENTS IN THE EVENT OF A FIRE ALARM:
R FG 6630 | Councillor Rooney explained where the fire exits and assembly point were.
H APOLOGIES FOR ABSENCE – TO RECEIVE AND, IF THOUGHT FIT, APPROVE:
R FG 6631 | Resolved to approve the apologies given by Councillor Jarvie.
H CONFIRMATION OF THE MINUTES OF THE MEETING OF 20 FEBRUARY 2017:
R FG 6632 | Resolved that the minutes of the meeting of 20 February 2017 be signed as a correct record.
P Resolved to take item FG 6635 before item FG 6634.
H DECLARATIONS BY MEMBERS OF ANY PECUNIARY OR OTHER INTEREST IN THE BUSINESS OF THIS MEETING:
R FG 6633 | Councillor Scholes declared a personal interest in item FG 6639(b) as a committee member of Ashlow Carnival.
H PUBLIC QUESTION TIME. A PERIOD OF NOT MORE THAN 15 MINUTES IN WHICH RESIDENTS MAY ASK QUESTIONS OR MAKE STATEMENTS ON THE BUSINESS OF THE COMMITTEE:
R FG 6634 | None.
H PRESENTATION BY MOORLAND BUSES ON THE 516 SERVICE:
R FG 6635 | Bill Parkin, Operations Manager of Moorland Buses, explained that the evening journeys on the 516 would be withdrawn from April because of low use. Councillor Wray asked whether the Town Council could subsidise a later journey; Mr Parkin said he would provide a costing. Councillor Rooney thanked Mr Parkin for attending.
H TO RECEIVE THE NOTES OF THE PERSONNEL PANEL OF 2 MARCH 2017 AND CONSIDER ITS RECOMMENDATIONS:
R FG 6636 | Resolved to receive the notes and adopt the Personnel Panel's recommendations on the staff handbook.
H TO APPROVE THE ACCOUNTS FOR PAYMENT FOR FEBRUARY 2017:
R FG 6637 | The Town Clerk presented the list of payments.
T Date | Payee | Detail | Amount
T 02/02/17 | Ashlow Office Supplies | Stationery | £84.20
T 09/02/17 | Pennine Power | Market Hall electricity | £612.77
T 16/02/17 | Greenscape Ltd | Planters, Lee Street | £1,140.00
T 28/02/17 | Salaries | February | £6,402.15
P Resolved to approve the accounts for payment totalling £8,239.12.
H TO RECEIVE THE BUDGET MONITORING REPORT TO 28 FEBRUARY 2017:
R FG 6638 | Councillor Greaves queried the overspend on the Market Hall heating budget. The Town Clerk explained that the boiler had been repaired twice in January. The report was noted.
H TO CONSIDER APPLICATIONS FOR FINANCIAL ASSISTANCE:
R FG 6639 | (a) Ashlow Brass Band – request for £500 towards new uniforms. Resolved to award £400.
R | (b) Ashlow Carnival Committee – request for £750 towards insurance. Councillor Scholes left the room. Resolved to award £750.
R | (c) Moor Road Residents' Association – request for £200 for bulbs. Resolved to defer pending receipt of the association's accounts.
H TO CONSIDER THE RENEWAL OF THE COUNCIL'S INSURANCE:
R FG 6640 | The Town Clerk reported that the long term agreement ends on 31 May 2017 and that three quotations had been obtained. Resolved to recommend to Council that the quotation from Parish Mutual at £3,480 be accepted for a three year term.
H EXCLUSION OF THE PRESS AND PUBLIC:
R FG 6641 | Resolved that the press and public be excluded for the next item, which concerns a named employee, under the Public Bodies (Admission to Meetings) Act 1960.
H STAFFING – TOWN CLERK'S ANNUAL APPRAISAL (CONFIDENTIAL):
R FG 6642 | The Chair reported on the appraisal meeting held with the Town Clerk on 2 March 2017. Resolved to accept the Personnel Panel's recommendation that the Town Clerk progress one spinal column point from 1 April 2017.
H DATE AND TIME OF NEXT MEETING:
R FG 6643 | Monday 24 April 2017 at 7.30pm.
S 10
P There being no further business the meeting closed at 9.12pm.
P Chair ……………………………………… Date ………………………
