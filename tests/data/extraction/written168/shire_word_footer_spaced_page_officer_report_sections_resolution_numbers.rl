@title Ordinary Meeting of Council - MINUTES - 16 November 2016
@font Helvetica
@fontsize 9.5
@numcol 16
@footer Shire of Wongerup Ordinary Meeting of Council – MINUTES - 16 November 2016||{page} | P a g e
HC SHIRE OF WONGERUP
HC ORDINARY MEETING OF COUNCIL – 16 November 2016
HC MINUTES
S 6
H DISCLAIMER
I The Shire of Wongerup accepts no liability for anything said or done at a Council or Committee meeting. Anyone who relies on a statement made at a meeting does so at their own risk and should wait for written notice of the Council's decision before acting on it.
R 1. | DECLARATION OF OPENING
P The Shire President, Cr N Pollard, declared the meeting open at 1.00pm.
R 2. | RECORD OF ATTENDANCE
G Present | Cr N Pollard | Shire President
G | Cr A Fenwick | Deputy Shire President
G | Cr R Gatti | Councillor
G | Cr S Nyberg | Councillor
G | Cr T O'Dea | Councillor
G | Cr W Blaxell | Councillor
G Staff | Mr C Randall | Chief Executive Officer
G | Mrs L Hatton | Deputy Chief Executive Officer
G | Mr D Kerslake | Manager of Works
G Apologies | Cr M Jupp |
G Leave of Absence (previously approved) | Nil |
G Public Gallery | Mr K Dalby |
R 3. | RESPONSE TO PREVIOUS PUBLIC QUESTIONS TAKEN ON NOTICE
P Nil
R 4. | PUBLIC QUESTION TIME
P Mr K Dalby asked when the gravel re-sheeting of Koolbin Road east of the bridge would be done, as the corrugations are bad after the harvest traffic. The Chief Executive Officer replied that Koolbin Road is in the 2016/17 program and the crew expects to be there in March.
R 5. | APPLICATIONS FOR LEAVE OF ABSENCE
P Nil
R 6. | DISCLOSURE OF INTEREST
P Cr Gatti declared a financial interest in item 10.1.1 Accounts for Payment, as Gatti Rural Supplies appears on the list of creditors.
R 7. | PETITIONS, DEPUTATIONS AND PRESENTATIONS
P Nil
R 8. | ANNOUNCEMENTS BY THE PRESIDING PERSON WITHOUT DISCUSSION
P Nil
R 9. | CONFIRMATION OF MINUTES
R 9.1 | Ordinary Meeting of Council – 19 October 2016 (as circulated)
H Council Resolution 20161101
P MOVED Cr Fenwick SECONDED Cr O'Dea
P That the minutes of the Ordinary Meeting of Council held 19 October 2016 be confirmed as a true and correct record.
P <b>CARRIED 6/0</b>
R 9.2 | Special Meeting of Council – 2 November 2016 (as circulated)
H Council Resolution 20161102
P MOVED Cr Nyberg SECONDED Cr Blaxell
P That the minutes of the Special Meeting of Council held 2 November 2016 be confirmed as a true and correct record.
P <b>CARRIED 6/0</b>
R 10. | MANAGEMENT REPORTS
R 10.1 | FINANCE REPORTS
R 10.1.1 | Accounts for Payment
P File: ADM0075 (Attachment 10.1.1 – List of Creditors Due &amp; Submitted)
P Cr Gatti left the meeting at 1.14pm.
H SUMMARY
P A list of accounts paid since the last meeting is presented for endorsement.
H STATUTORY ENVIRONMENT
P Local Government (Financial Management) Regulations 1996, regulation 13.
H VOTING REQUIREMENTS
P Simple Majority
H Council Resolution 20161103
P MOVED Cr Blaxell SECONDED Cr Fenwick
P That the accounts paid from the Municipal Fund (EFT 4410 to EFT 4476 and cheques 9921 to 9930) totalling $286,904.12 and from the Trust Fund totalling $1,150.00 be endorsed.
P <b>CARRIED 5/0</b>
P Cr Gatti returned to the meeting at 1.16pm.
R 10.1.2 | Financial Reports to 31 October 2016
P File: ADM0070 (Attachment 10.1.2 – Monthly Statement of Financial Activity)
H SUMMARY
P The Statement of Financial Activity for the period ending 31 October 2016 is presented. Operating revenue is $64,210 above the year-to-date budget, mainly from the early payment of the Financial Assistance Grant.
H VOTING REQUIREMENTS
P Simple Majority
H Council Resolution 20161104
P MOVED Cr O'Dea SECONDED Cr Gatti
P That Council receive the Monthly Statement of Financial Activity for the period ending 31 October 2016.
P <b>CARRIED 6/0</b>
R 10.2 | WORKS REPORTS
R 10.2.1 | Plant Replacement – Grader
P File: WKS0112
H SUMMARY
P Tenders were called for the replacement of the Shire's 2004 grader. Three tenders were received, the lowest being $389,500 excluding GST with a trade-in of $62,000.
H COMMENT
P The Manager of Works advised that the existing grader has done 14,200 hours and had two hydraulic failures in the last year. Cr Nyberg said the purchase should wait until the mid-year review, as the road reserve had already been drawn on for the Koolbin Road bridge. Cr Fenwick spoke in favour of buying now before the seeding works.
H FINANCIAL IMPLICATIONS
P $340,000 is provided in the 2016/17 budget (Plant Replacement Reserve).
H VOTING REQUIREMENTS
P Absolute Majority
H OFFICER RECOMMENDATION
P That Council accept the tender from Midwest Earthmoving Sales for a new grader at $389,500 excluding GST, with the trade-in of the existing grader for $62,000.
H Council Resolution 20161105
P MOVED Cr Nyberg SECONDED Cr Blaxell
P That the purchase of a replacement grader be deferred to the mid-year budget review in February 2017.
P <b>CARRIED BY ABSOLUTE MAJORITY 4/2</b>
P Reason for change to Officer Recommendation: Council wished to review the Plant Replacement Reserve at the mid-year budget review before committing.
R 10.3 | ADMINISTRATION REPORTS
R 10.3.1 | Policy Review – Elected Member Allowances
P File: ADM0031
H SUMMARY
P The Salaries and Allowances Tribunal has set new ranges from 1 July 2016. The policy currently pays the minimum of the range.
H OFFICER RECOMMENDATION
P That the Elected Member Allowances policy be amended to pay members at the mid-point of the Tribunal's range.
H MOTION
P MOVED Cr Gatti SECONDED Cr O'Dea
P That the Elected Member Allowances policy be amended to pay members at the mid-point of the Tribunal's range.
P <b>LOST 2/4</b>
R 11. | ELECTED MEMBERS MOTIONS OF WHICH PREVIOUS NOTICE HAS BEEN GIVEN
P Nil
R 12. | NEW BUSINESS OF AN URGENT NATURE
P Nil
R 13. | CLOSURE
P There being no further business the Shire President declared the meeting closed at 2.41pm.
