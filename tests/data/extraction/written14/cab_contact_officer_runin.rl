@title Cabinet 17 March 2026
@font Helvetica
@fontsize 10.5
@numcol 14
@header CAB{page} || Contact Officer: Janet Sykes  Tel. 01409 226170 (860 6170)
@footer Minutes of Cabinet - 17 March 2026
HC SPENHOLME COUNCIL
HC CABINET
S 6
H Tuesday 17 March 2026
P <b>Present:</b> Cllr Karen Royston (Chair)
P Cllrs Beaumont, Haigh, Ilyas, Thewlis, Turner and Wadsworth
P <b>Observers:</b> Cllrs Lockwood and Sugden
S 6
R 88 | <b>Membership of Cabinet</b><br/>Apologies for absence were submitted by Cllr Ruth Garside.
R 89 | <b>Minutes of Previous Meeting</b><br/>RESOLVED – That the Minutes of the meeting of the Cabinet held on 10 February 2026 be approved as a correct record.
R 90 | <b>Interests</b><br/>Cllr Amjad Ilyas declared an 'other' interest in Agenda Item 12 – Land at Thornbury Road, Spenholme, on the grounds that he is a director of Spenholme Active Ltd.
R 91 | <b>Admission of the Public</b><br/>Agenda Item 12 was considered in private session; all other items were considered in public session.
R 92 | <b>Deputations/Petitions</b><br/>Cabinet received a deputation from Mr Colin Ackroyd, on behalf of the Friends of Lindley Moor, in relation to Agenda Item 9 (Minute No. 96 refers).
R 93 | <b>Public Question Time</b><br/>Cabinet received a question from Ms Parveen Akhtar regarding the timetable for the resurfacing of Westfield Lane, Scholemoor. The Cabinet Member for Highways and Streetscene, Cllr Mark Haigh, advised that the scheme would begin in June 2026.
R 94 | <b>Member Question Time</b><br/>No questions were asked.
R 95 | <b>Scrutiny Report – School Readiness and Speech, Language and Communication Needs in the Early Years</b><br/>Cabinet received Cllr Diane Lockwood who presented the findings of the Ad Hoc Scrutiny Panel on school readiness. The report set out the evidence taken from early years settings, health visitors and parents, and the Panel's nine recommendations.
R  | Cllr Peter Wadsworth, Cabinet Member for Children, responded that the Cabinet accepted seven of the recommendations in full and would report back within six months on the two concerning speech and language therapy capacity.
R  | RESOLVED – (1) That the report be received and the response of the Cabinet Member to the recommendations be endorsed. (2) That the Members of the Panel be thanked for their work in producing the report.
R 96 | <b>Lindley Moor Country Park – Management Plan 2026-2031</b><br/>Cabinet gave consideration to a report which set out the proposed management plan for Lindley Moor Country Park, including the restoration of the upland heath and the future of the visitor car park.
R  | Cllr Sarah Thewlis, Cabinet Member for Environment, presented the report and responded to the points raised by the deputation (Minute No. 92 refers), confirming that the car park would not be closed before a review of visitor numbers in 2027.
R  | Cllr Martin Sugden asked whether the Friends group would be represented on the steering group. Cllr Thewlis confirmed that a place would be offered.
R  | RESOLVED – (1) That the Lindley Moor Country Park Management Plan 2026-2031 be approved. (2) That authority be delegated to the Service Director – Culture and Visitor Economy to make minor amendments to the Plan in consultation with the Cabinet Member. (3) That a review of car parking at the Park be submitted to Cabinet in 2027.
R 97 | <b>Bereavement Services – Fees and Charges 2026/27</b><br/>The report on Bereavement Services – Fees and Charges 2026/27 was withdrawn from the Agenda.
R 98 | <b>Council Tax Reduction Scheme 2026/27 – Outcome of Consultation</b><br/>Cabinet received a report setting out the outcome of the consultation on changes to the Council Tax Reduction Scheme for working age claimants, to which 1,184 responses had been received.
R  | Cllr Graham Turner, Cabinet Member for Finance, explained that the banded scheme would reduce the administrative burden on claimants whose income changed frequently, and that the hardship fund would be retained at £250,000.
R  | RESOLVED – That the outcome of the consultation be noted and that it be recommended to Council that the revised Council Tax Reduction Scheme for 2026/27, as set out at Appendix B, be adopted.
R 99 | <b>Exclusion of the Public</b><br/>RESOLVED – That, acting under Section 100A(4) of the Local Government Act 1972, the public be excluded from the meeting during the following item of business, on the grounds that it involves the likely disclosure of exempt information as defined in Part 1 of Schedule 12A of the Act, as specifically stated in the undermentioned Minute.
R 100 | <b>Land at Thornbury Road, Spenholme – Proposed Acquisition</b><br/>(Exempt information within Part 1 of Schedule 12A of the Local Government Act 1972, namely that the report contains information relating to the financial or business affairs of any particular person (including the authority holding that information).)
R  | Cabinet gave consideration to the exempt report. Cllr Ilyas left the meeting during consideration of this item (Minute No. 90 refers).
R  | RESOLVED – That the Strategic Director for Growth and Regeneration be authorised to acquire the land at Thornbury Road, Spenholme, on the terms set out in the exempt report.
