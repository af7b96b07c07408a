@title Finance Committee Minutes 17 April 2012
@font Times-Roman
@fontsize 11
@footer Finance Committee 17.04.12 || Page {page}
HC Fallowden Parish Council
C PO Box 412, Ditchford, West Sussex RH14 9QX
C Tel: 01403 781202 Email: clerk@fallowdenpc.org.uk
S 8
HC Minutes of the Finance Committee Meeting
C Held on Tuesday 17th April 2012
C at 7.30pm in the Parish Room
S 6
H 041/12 Attendance and Apologies for Absence
P Those present: Councillors P Garnett (Chairman), L Whitlock, R Osgood, H Pennell and A Tremlett. Also present: Parish Clerk S Marchant.
P Apologies - Cllr J Fairweather (holiday)
H 041/12 Declarations of Interests and Change to Register of Members’ Interests
P Cllr. Osgood declared an interest in 043/12c (the Pavilion reserve) as treasurer of Fallowden Cricket Club. There were no other declarations of interests or changes to Register of Members’ Interests notified.
H 042/12 Update and Matters Arising from the Finance Committee Meeting on 6th December 2011.
P ·  219/11 - Precept of £38,450 agreed by HDC;
P ·  220/11 - Reserves updated and reflected for year end (043/12c);
P ·  221/11 - The Nationwide 90 day account has been opened and £20,000 transferred from the current account. The Clerk reported that the rate had since fallen from 1.9% to 1.6%;
P ·  222/11 - Mr K Dunstable has been appointed as internal auditor; the provisional audit date is 24th April 2012;
P ·  223/11 - The Risk Assessment will be reviewed at this meeting (045/12c);
P ·  224/11 - Standing Orders - see 045/12a.
H 043/12 Year-End Accounts at 31 March 2012
P Documents relating to year-end, having been circulated in advance, were reviewed. Cllr Garnett took members through the summary of receipts and payments, which showed a surplus of £3,118 against the budget. The Finance Committee recommend that the Parish Council approve the following:
P i.  Bank Reconciliations – all accounts as detailed in Appendix A and that £15,000 is transferred to a Unity Trust deposit account for a period of 6 months;
P ii.  Income and Expenditure - annual return for the auditors, Village Hall accounts and Annual Governance Statement (Statement of Assurance). Detailed accounts are given in Appendix B;
P iii.  Reserves – a) General reserve £22,400; b) Elections reserve £3,000; c) Pavilion reserve £6,750; d) Play area renewal reserve £8,200;
P iv.  VAT reclaim of £2,964.18 for 2011/12 to be submitted by the Clerk.
P It was agreed that these recommendations be put to the full Parish Council on 1st May 2012.
H 044/12 Internal Audit
P The Clerk reported that Mr Dunstable had carried out an interim visit on 3rd April and had asked that the asset register show the date of acquisition for each item. The internal auditor’s interim report was noted.
H 045/12 Review of Financial Documents
P a) Standing Orders – no changes are required this year.
P b) Financial Regulations – Cllr Pennell reported that the NALC model had not been revised since 2011 and the Council’s regulations remain current.
P c) Risk Assessment – Cllr Whitlock had reviewed the assessment and proposed that the fidelity guarantee cover be increased from £50,000 to £75,000 to reflect the level of reserves.
P d) Asset Register – deferred to the September meeting, to include the auditor’s point (044/12).
P It was agreed to recommend the revised Risk Assessment to the Parish Council.
H 046/12 Bank Mandate and Signatories
P RESOLVED that Cllr Tremlett be added to the bank mandate in place of Cllr Fairweather, who has asked to stand down as a signatory.
H 047/12 Payments for Approval
TH Chq No | Payee | Details | Amount £
T 101344 | S Marchant | Salary April (net) | 642.18
T 101345 | HMRC | PAYE / NI April | 160.54
T 101346 | Downland Mowing | Grass cutting April | 288.00
T 101347 | WSALC | Annual subscription 2012/13 | 391.40
T 101348 | K Dunstable | Interim internal audit | 95.00
T | | Total | 1,577.12
P The payments listed above were approved and the cheques signed by Cllrs Garnett and Osgood.
H 048/12 Date of Next Meeting
P Tuesday 11th September 2012 at 7.30pm in the Parish Room.
P The meeting closed at 9.05pm.
S 10
P Signed …………………………………… Chairman          Date ……………………
PB
H Appendix A – Bank Reconciliation at 31 March 2012
TH Account | Balance per statement £ | Unpresented cheques £ | Reconciled balance £
T Barclays current account | 9,412.63 | (288.00) | 9,124.63
T Barclays business premium | 18,036.50 | – | 18,036.50
T Nationwide 90 day | 20,164.92 | – | 20,164.92
T Total | 47,614.05 | (288.00) | 47,326.05
P Unpresented cheque: 101339 Downland Mowing £288.00 (March cutting), presented 4th April 2012.
P Cash book balance at 31 March 2012: £47,326.05.
