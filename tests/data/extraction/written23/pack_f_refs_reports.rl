@title Finance and Resources Committee 16 March 2026 - Public Pack
@font Helvetica
@fontsize 10.5
@header Felbridge Town Council||Finance and Resources Committee
@header_first 
@footer Page {page}
@numcol 16
HC FELBRIDGE TOWN COUNCIL
C Town Hall, Market Square, Felbridge FB4 2LT
C Tel: 01762 340118   email: office@felbridge-tc.gov.uk
S 8
P To: Members of the Finance and Resources Committee – Cllrs R Hartigan (Chair), M Osei (Vice-Chair), T Brackley, S Fennimore, G Lowther, A Pask and H Tulloch
P Date: 9 March 2026
P You are hereby summoned to attend a meeting of the <b>Finance and Resources Committee</b> to be held in the Council Chamber, Town Hall, on <b>Monday 16 March 2026 at 6.00 pm</b> for the purpose of transacting the business set out below.
P Joanna Pellow
P Town Clerk
S 6
HC AGENDA
R 1. | <b>Apologies for absence</b> – to receive apologies and to note any substitutions. Standing Order 30(a)(v) permits the appointment of substitute Councillors to a Committee.
R 2. | <b>Declarations of Interest</b> – Members are reminded to declare any disclosable pecuniary interests in the items under consideration at this meeting in accordance with the Town Council's code of conduct.
R 3. | <b>Minutes</b> – to receive and approve the minutes of the meeting held on 19 January 2026 (attached).
R 4. | <b>Public Participation</b> – members of the public may address the Committee on any item on this agenda for up to three minutes each.
R 5. | <b>Budget Monitoring to 28 February 2026</b> – to receive and consider the report of the Office Manager (attached).
R 6. | <b>Community Grants Round Two 2025/26</b> – to receive and consider the report of the Office Manager containing the recommendations of the Grants Panel (attached).
R 7. | <b>Exclusion of the Press and Public</b> – to resolve that, in view of the confidential nature of the business about to be transacted, the press and public be excluded under the Public Bodies (Admission to Meetings) Act 1960.
R 8. | <b>Staffing Matters</b> – to consider the recommendation of the Staffing Sub-Committee (confidential, not for publication).
R 9. | <b>Date of next meeting</b> – Monday 18 May 2026 at 6.00 pm.
S 4
I Members of the public are welcome to attend. Please note that this meeting may be recorded.
PB
C Agenda Item 3
HC FELBRIDGE TOWN COUNCIL
HC DRAFT MINUTES OF THE MEETING OF THE FINANCE AND RESOURCES COMMITTEE HELD IN THE COUNCIL CHAMBER, TOWN HALL ON MONDAY 19 JANUARY 2026 AT 6.00 PM
P <b>Present:</b> Cllr R Hartigan (Chair), Cllr M Osei (Vice-Chair), Cllr T Brackley, Cllr S Fennimore, Cllr A Pask and Cllr H Tulloch
P <b>Officers:</b> Mrs J Pellow (Town Clerk) and Mr D Kirwan (Office Manager)
P <b>Also present:</b> Cllr P Vaughan-Lee and two members of the public
R F231 | <b>Apologies for absence</b>
R  | An apology for his absence was received from Cllr Lowther. No substitutes had been appointed.
R F232 | <b>Declarations of Interest</b>
R  | Cllr Fennimore declared a non-pecuniary interest in item F237 as a trustee of the Felbridge Youth Band, and said she would take no part in the discussion of that application.
R F233 | <b>Minutes</b>
R  | The Committee received and considered the minutes of the meeting held on 17 November 2025. Cllr Brackley asked that the final figure in F226 be corrected from £14,250 to £14,520, which was accepted.
R  | On being proposed by Cllr Brackley and seconded by Cllr Osei it was
R  | RESOLVED: that, subject to the correction at F226, the minutes be approved and signed by the Chair as a correct record.
R F234 | <b>Public Participation</b>
R  | Mr K Amory, representing the Allotment Holders' Association, asked when the water troughs at Mill Lane would be replaced. The Town Clerk replied that the contractor had been instructed and the work was expected before the start of the growing season.
R F235 | <b>Schedule of Payments and Bank Reconciliation</b>
R  | Members received and considered the report of the Office Manager along with the payment schedules for November and December 2025 and the bank statements to 31 December 2025.
R  | Mr Kirwan explained that the reconciliation showed a timing difference of £612.40, relating to a card payment for the Christmas lights electrician which had cleared on 2 January. Cllr Tulloch asked whether the Unity Trust deposit account was still earning the advertised rate; the Office Manager confirmed that it was and that interest was credited quarterly. The Chair thanked the office for the clear presentation.
R  | RESOLVED: that the schedules of payments for November and December 2025 be approved and the bank reconciliation to 31 December 2025 be noted.
R F236 | <b>Draft Budget and Precept 2026/27</b>
R  | The Town Clerk introduced the third draft of the budget, which incorporated the changes requested at the November meeting, including a £5,000 earmarked reserve for the replacement of the Town Hall boiler.
R  | Cllr Pask proposed that the events budget be reduced by £2,000 and the sum transferred to the play area reserve. This was seconded by Cllr Osei. Cllr Vaughan-Lee, attending at the invitation of the Chair, spoke against the reduction, noting that the summer fair had broken even for the first time. On being put to the vote the amendment was LOST, with two votes in favour and four against.
R  | RESOLVED: to recommend to Full Council a budget of £412,860 for 2026/27 and a precept of £398,400, representing an increase of 3.9% on a Band D property.
R F237 | <b>Community Grants Round One</b>
R  | The Chair gave an update on the recommendations of the Grants Panel, which had met on 8 January. Seven applications had been received, totalling £9,340 against a remaining budget of £6,000. Cllr Tulloch asked that future applicants be required to supply their latest accounts.
R  | RESOLVED: that grants be awarded as set out in Appendix 1 to the report, totalling £5,850, and that the application form be amended as suggested by Cllr Tulloch.
R F238 | <b>Internal Audit Interim Report</b>
R  | The Office Manager reported that the internal auditor had completed her interim visit on 12 December and had raised no matters requiring action. The interim report was noted.
R F239 | <b>Insurance Renewal</b>
R  | The Town Clerk reported that the three-year long-term agreement with the Council's insurers would end on 31 May 2026 and that three quotations had been sought through the broker. Cllr Fennimore asked whether cover for the new CCTV cameras had been included; it had.
R  | Members agreed that the Town Clerk be authorised to accept the lowest compliant quotation, subject to it being within the budget provision.
R F240 | <b>Date of next meeting</b>
R  | Monday 16 March 2026 at 6.00 pm in the Council Chamber.
P The meeting closed at 7.41 pm.
P Signed ........................................ Chair          Date ........................
PB
C Agenda Item 5
T Report to: | Finance and Resources Committee
T Date: | 16 March 2026
T Report of: | Office Manager
T Subject: | Budget Monitoring to 28 February 2026
S 4
H 1. Purpose of Report
P 1.1 To inform Members of income and expenditure against the approved budget for the eleven months to 28 February 2026.
H 2. Background
P 2.1 The Committee receives a budget monitoring statement at each meeting. The statement at Appendix A shows the position by cost centre, with variances above £1,000 explained in section 3.
H 3. Variances
P 3.1 Income from hall hire is £3,420 above profile, reflecting the return of two regular weekday bookings. Expenditure on grounds maintenance is £2,180 above profile because of the additional tree works at Church Walk approved under delegated powers in October.
P 3.2 Staff costs are within budget. The vacant caretaker hours have been partly covered by overtime.
H 4. Financial Implications
P 4.1 The Council is forecast to end the year with a surplus of approximately £6,900, which would be transferred to the general reserve.
H 5. Recommendation
P 5.1 That the Committee notes the budget monitoring statement to 28 February 2026.
S 6
HC Appendix A – Budget Monitoring Statement (summary)
TH Cost centre | Budget 2025/26 | Actual to 28/02/26 | Variance
T Town Hall | £61,200 | £55,930 | £-5,270
T Grounds and open spaces | £48,500 | £46,640 | £2,180
T Events | £14,000 | £13,120 | £-880
T Grants | £12,000 | £5,850 | £-6,150
PB
C Agenda Item 6
T Report to: | Finance and Resources Committee
T Date: | 16 March 2026
T Report of: | Office Manager
T Subject: | Community Grants Round Two 2025/26
S 4
H 1. Purpose of Report
P 1.1 To present the recommendations of the Grants Panel, which met on 2 March 2026, on the second round of community grant applications.
H 2. Applications
P 2.1 Five applications were received, requesting a total of £7,015. The remaining budget for the year is £6,150.
TH Applicant | Purpose | Requested | Panel recommendation
T Felbridge Men's Shed | Dust extraction unit | £1,800 | £1,800
T Wickham Road Residents | Street party equipment | £450 | £450
T Felbridge Youth Band | Replacement uniforms | £2,400 | £1,500
T Carers Café | Room hire for 2026/27 | £1,365 | £1,365
T St Aidan's Bell Ringers | Rope replacement | £1,000 | nil (not eligible)
H 3. Recommendations
P 3.1 That grants totalling £5,115 be awarded as set out in the table at paragraph 2.1.
P 3.2 That the unallocated balance of £1,035 be carried forward to the 2026/27 grants budget.
