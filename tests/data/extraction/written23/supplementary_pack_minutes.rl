@title Supplementary Pack Cabinet 10 March 2026
@font Helvetica
@fontsize 10.5
@header_first 
@header Page {page}||Cabinet - 10 March 2026
@footer 
P <b>Tellingbourne</b>
P Civic Centre, High Road, Wood Hatch, London N27 8LE
S 10
HC CABINET
S 4
HC Tuesday, 10th March, 2026, 6.30 pm - Council Chamber, Civic Centre
S 6
P <b>Members:</b> Councillors Dawn Afolabi (Chair), Rahim Choudhury, Ellen Marchetti, Sean Prowse, Tamsin Achterberg, Kwame Larbi, Nadia Sutcliffe and Owen Teague
P <b>Quorum:</b> 3
S 6
HC SUPPLEMENTARY PACK
S 4
P The following items were marked 'to follow' on the agenda published on 2 March 2026 and are now attached.
R 7. | <b>MINUTES</b> (PAGES 1 - 10)
R  | To confirm and sign the minutes of the meeting held on 10 February 2026 as a correct record.
R 9. | <b>FINANCIAL MONITORING REPORT - QUARTER 3 2025/26</b> (PAGES 11 - 16)
R  | Report of the Director of Finance. To be introduced by the Cabinet Member for Finance and Corporate Services.
R 12. | <b>AWARD OF CONTRACT FOR THE WOOD HATCH ESTATE ROOF REPLACEMENT PROGRAMME</b> (PAGES 17 - 20)
R  | Report of the Director of Housing. To be introduced by the Cabinet Member for Housing Services, Private Renters and Planning.
S 8
P Fiona Aldous, Principal Committee Co-ordinator
P Tel – 020 8489 2011
P Email: fiona.aldous@tellingbourne.gov.uk
P Fiona Alderton, Head of Legal and Governance (Monitoring Officer)
P Civic Centre, Wood Hatch, London N27 8LE
P Wednesday, 04 March 2026
PB
HC MINUTES OF THE MEETING OF THE CABINET HELD ON TUESDAY, 10TH FEBRUARY, 2026, 6.30 - 8.52 PM
P <b>PRESENT:</b>
P Councillors: Dawn Afolabi (Chair), Rahim Choudhury, Ellen Marchetti, Sean Prowse, Tamsin Achterberg, Kwame Larbi, Nadia Sutcliffe and Owen Teague
P <b>ALSO ATTENDING:</b> Councillors Gideon Maris and Philippa Stroud-Hale
R 512. | <b>FILMING AT MEETINGS</b>
R  | The Chair referred to the notice of filming at meetings and this information was noted.
R 513. | <b>APOLOGIES</b>
R  | There were no apologies for absence.
R 514. | <b>URGENT BUSINESS</b>
R  | There were no items of urgent business.
R 515. | <b>DECLARATIONS OF INTEREST</b>
R  | Councillor Teague declared a personal interest in item 520 as a member of the board of Wood Hatch Community Trust. The interest was not prejudicial.
R 516. | <b>MINUTES</b>
R  | <b>RESOLVED</b>
R  | That the minutes of the Cabinet meeting held on 13 January 2026 be confirmed and signed as a correct record.
R 517. | <b>DEPUTATIONS/PETITIONS/QUESTIONS</b>
R  | Ms Hannah Okoro addressed the Cabinet on behalf of the Friends of Lordship Fields, asking that the proposed café concession include a requirement to keep the public toilets open during park hours.
R  | Councillor Prowse, Cabinet Member for Climate Action, Environment and Transport, responded that the draft specification already required this and that he would ask officers to share it with the Friends group before the tender was issued.
R 518. | <b>2026/27 BUDGET AND 2026-2031 MEDIUM TERM FINANCIAL STRATEGY</b>
R  | The Cabinet Member for Finance and Corporate Services, Councillor Choudhury, introduced the report, which set out the final budget proposals following the scrutiny process and consultation.
R  | In response to questions from Councillor Maris, it was noted that the use of £4.1m of reserves was a one-off measure and that the strategy assumed no further use of reserves from 2027/28. The Leader thanked officers for their work on a difficult settlement.
R  | <b>RESOLVED</b>
R  | 1. To recommend to Full Council the General Fund revenue budget for 2026/27 as set out in Appendix 1;
R  | 2. To approve the Housing Revenue Account budget and the rent increase of 4.8% with effect from 6 April 2026.
R  | <b>Reasons for decision</b>
R  | The Council has a statutory duty to set a balanced budget.
R  | <b>Alternative options considered</b>
R  | The options for savings and income were considered during the budget process and are set out in the report.
R 519. | <b>SCHOOL PLACE PLANNING - PROPOSED REDUCTION IN THE PUBLISHED ADMISSION NUMBER AT BRAMBLE HILL PRIMARY SCHOOL</b>
R  | Councillor Larbi, Cabinet Member for Children, Schools and Families, introduced the report. Falling rolls in the west of the borough meant that Bramble Hill had 94 vacant places across its year groups.
R  | Councillor Stroud-Hale asked how the change would affect the breakfast club; the Cabinet Member replied that the school had given assurances that it would continue.
R  | <b>RESOLVED</b>
R  | To approve the reduction of the published admission number at Bramble Hill Primary School from 60 to 30 from September 2027.
R  | <b>Reasons for decision</b>
R  | Surplus places place significant financial pressure on the school's budget.
R  | <b>Alternative options considered</b>
R  | Taking no action was rejected.
R 520. | <b>WOOD HATCH COMMUNITY HUB - LEASE</b>
R  | Councillor Marchetti, Cabinet Member for Communities, introduced the report seeking approval to grant a 25-year lease of the former library building.
R  | <b>RESOLVED</b>
R  | To grant a lease of 25 years to Wood Hatch Community Trust at a peppercorn rent, on the terms set out in the exempt appendix.
R  | <b>Reasons for decision</b>
R  | The Trust has secured capital funding that depends on a lease of at least 25 years.
R  | <b>Alternative options considered</b>
R  | Disposal on the open market was considered and rejected.
R 521. | <b>MINUTES OF OTHER BODIES</b>
R  | <b>RESOLVED</b>
R  | To note the minutes of the Cabinet Member Signing of 20 January 2026.
S 6
P CHAIR: Councillor Dawn Afolabi
P Signed by Chair ……………………………….
P Date ………………………………….
PB
T Report for: | Cabinet 10 March 2026
T Item number: | 9
T Title: | Financial Monitoring Report - Quarter 3 2025/26
T Report authorised by: | Josephine Lyle, Director of Finance (Section 151 Officer)
T Lead Officer: | Dev Raman, Head of Finance (Budgets)
T Ward(s) affected: | All
T Report for Key/Non Key Decision: | Non Key Decision
H 1. Describe the issue under consideration
P 1.1 This report sets out the forecast revenue and capital outturn for 2025/26 as at the end of December 2025 (Quarter 3).
H 2. Cabinet Member Introduction
P 2.1 The forecast overspend has reduced from £6.2m at Quarter 2 to £4.7m, largely because of lower than expected temporary accommodation costs.
H 3. Recommendations
P Cabinet is recommended:
P 3.1 To note the forecast General Fund revenue overspend of £4.7m.
P 3.2 To approve the budget virements set out in Appendix 3.
H 4. Reasons for decision
P 4.1 A strong financial management framework is needed to ensure that the Council remains within its budget.
H 5. Alternative options considered
P 5.1 None; the report is required by the Council's Financial Regulations.
PB
T Report for: | Cabinet 10 March 2026
T Item number: | 12
T Title: | Award of Contract for the Wood Hatch Estate Roof Replacement Programme
T Report authorised by: | Martin Vesey, Director of Housing
T Lead Officer: | Carla Nunes, Head of Asset Investment
T Ward(s) affected: | Wood Hatch
T Report for Key/Non Key Decision: | Key Decision
H 1. Describe the issue under consideration
P 1.1 This report seeks approval to award a contract for the replacement of roofs on eleven blocks on the Wood Hatch Estate.
H 2. Recommendations
P 2.1 To approve the award of the contract to Bidder B, as set out in the exempt appendix, for a sum of £3,486,200.
P 2.2 To approve a client contingency of 10%.
H 3. Reasons for decision
P 3.1 The roofs have reached the end of their life and leaks have been reported in 64 flats since 2024.
