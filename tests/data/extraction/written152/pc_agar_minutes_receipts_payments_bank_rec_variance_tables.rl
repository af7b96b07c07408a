@title Thurnfield Parish Council Minutes 14 June 2022
@font Helvetica
@fontsize 10
@numcol 12
@header Thurnfield Parish Council||Minutes – 14 June 2022
@footer Chairman's signature ........................ Date ............||Page {page}
HC THURNFIELD PARISH COUNCIL
C Minutes of the Parish Council meeting held on Tuesday 14th June 2022 at 7.30pm in Thurnfield Village Hall
S 4
P <b>Present:</b> Cllrs A. Beales (Chairman), C. Twite, M. Rix, S. Oakes and J. Lubbock.
P <b>In attendance:</b> Mrs E. Haylett (Clerk and RFO) and two members of the public.
S 4
R 1. | <b>Apologies for absence.</b> Cllr P. Gotts (work) – reason accepted.
R 2. | <b>Declarations of interest.</b> None.
R 3. | <b>Minutes of the meeting held on 10th May 2022.</b> Approved as a correct record and signed by the Chairman. Proposed Cllr Rix, seconded Cllr Oakes.
R 4. | <b>Public participation.</b> A resident asked when the hedge along Church Lane footpath would be cut; the Clerk will ask the landowner. No other matters.
R 5. | <b>Annual Governance and Accountability Return (AGAR) 2021/22</b>
R 5.1 | <u>Internal auditor's report.</u> The report from the internal auditor, which raised no issues, was circulated before the meeting and was noted.
R 5.2 | <u>Annual Governance Statement (Section 1).</u> Each of the eight assertions was read out and answered. RESOLVED to approve Section 1 of the AGAR, which was signed by the Chairman and the Clerk.
R 5.3 | <u>Accounting Statements (Section 2).</u> The summary of receipts and payments below was presented by the RFO.
TH Receipts and Payments 2021/22 | £
T Balance brought forward 1 April 2021 | 14,226.18
T Precept | 9,500.00
T Other receipts (VAT refund, CIL, interest) | 1,418.77
T Staff costs | 3,106.40
T Other payments | 7,940.31
T Balance carried forward 31 March 2022 | 14,098.24
P RESOLVED to approve Section 2 of the AGAR (Accounting Statements), signed by the Chairman.
R 5.4 | <u>Certificate of Exemption.</u> As gross income and expenditure were both below £25,000, RESOLVED that the Council certifies itself exempt from a limited assurance review for 2021/22.
R 5.5 | <u>Period for the exercise of public rights.</u> Agreed as Monday 20th June to Friday 29th July 2022; the notice to be displayed on the noticeboard and website.
R 6. | <b>Finance</b>
R 6.1 | <u>Bank reconciliation to 31st May 2022.</u>
TH Bank reconciliation | £
T Balance per bank statement 31.05.22 (current account) | 8,214.07
T Balance per bank statement 31.05.22 (reserve account) | 10,001.62
T Less unpresented payment 300421 | (96.00)
T Balance per cash book | 18,119.69
P The bank reconciliation was approved and signed by Cllr Twite.
R 6.2 | <u>Budget variances to 31st May 2022.</u>
TH Budget heading | Budget 22/23 £ | Spent to date £ | Variance £
T Grass cutting | 1,400.00 | 560.00 | 840.00
T Clerk salary and PAYE | 3,250.00 | 541.66 | 2,708.34
T Insurance | 420.00 | 412.18 | 7.82
T Jubilee celebrations | 500.00 | 611.30 | (111.30)
P Cllr Lubbock asked about the overspend on the Jubilee celebrations; the Clerk explained that the extra bunting had been bought after the budget was set. The variances were noted.
R 6.3 | <u>Payments for approval.</u>
TH Payee | Detail | £
T Mrs E. Haylett | Salary June | 270.83
T HMRC | PAYE | 54.20
T Thurnfield Village Hall | Hall hire April–June | 45.00
T Fieldside Mowing | Grass cutting (2 cuts) | 280.00
P Proposed Cllr Beales, seconded Cllr Lubbock, all agreed. Payments to be made by online banking and authorised by two councillors.
R 7. | <b>Playing field.</b> Cllr Oakes reported that the monthly inspection had found a cracked seat on the cradle swing. It was agreed that the Clerk obtain two quotations for replacement seats.
R 8. | <b>Highways.</b> The potholes on Back Street have been repaired. No other matters.
R 9. | <b>Platinum Jubilee.</b> Cllr Twite thanked all those who had helped with the picnic on the playing field on 4th June, which over 140 people had attended.
R 10. | <b>Date of next meeting.</b> Tuesday 12th July 2022 at 7.30pm.
S 8
P The meeting closed at 8.48pm.
