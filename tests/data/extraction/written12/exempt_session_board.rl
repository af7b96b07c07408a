@title Governance, Audit and Finance Board 14 January 2026
@font Helvetica
@fontsize 10.5
@header 
@footer Governance, Audit and Finance Board||14 January 2026 // {page}
@pageoffset 17
HC SOLENT MERE BOROUGH COUNCIL
C At a meeting of the Governance, Audit and Finance Board held on 14 January 2026
S 6
G <b>Present</b> | Councillor Mrs L Pattison (Chairman)
G  | Councillors P Gale (Vice-Chairman), N Lowden, Mrs J Threlfall and D Wren
G  | Independent Member: Mr K Osei
G <b>Officers</b> | G Blythe (Section 151 Officer), Mrs C Hoyle (Chief Internal Auditor), S Odell (Revenues Manager) and T Ruane (Democratic Services Officer)
G <b>Also present</b> | Ms R Kaur (Grant Whitfield LLP, External Auditor)
S 6
H 23 Apologies for Absence
P Apologies for absence were received from Councillor F Abbott.
H 24 Minutes
P RESOLVED that the minutes of the meeting of the Governance, Audit and Finance Board held on 12 November 2025 be agreed as a correct record and signed by the Chairman.
H 25 Declarations of Interests
P There were no declarations of interests.
H 26 Chairman's Report
P There was no Chairman's report.
H 27 External Audit - Annual Auditor's Report 2024/25
P Ms Kaur presented the Annual Auditor's Report. She explained that an unqualified opinion had been given on the 2024/25 statement of accounts and that no significant weaknesses had been identified in the Council's arrangements for securing value for money, although one improvement recommendation had been made about the monitoring of the capital programme.
P In response to a question from Mr Osei, Ms Kaur confirmed that the recommendation had been accepted by management with an implementation date of June 2026.
P RESOLVED that the Annual Auditor's Report 2024/25 be noted.
H 28 Internal Audit Progress Report
P Mrs Hoyle presented the report, which set out progress against the 2025/26 internal audit plan. Eleven of the nineteen planned audits had been completed, two with limited assurance: the management of temporary accommodation and the recovery of sundry debts.
P Councillor Threlfall asked whether the temporary accommodation findings had been reported to the Cabinet Lead. Mrs Hoyle said the Head of Housing had been asked to attend the March meeting.
P The Board NOTED the progress against the 2025/26 internal audit plan.
H 29 Treasury Management Mid-Year Review 2025/26
P Mr Blythe introduced the report and explained that all treasury activity in the first half of the year had been within the prudential indicators approved by the Council.
P The recommendation was put to the vote and agreed unanimously.
P RECOMMENDED TO COUNCIL that the Treasury Management Mid-Year Review 2025/26 be approved.
H 30 Risk Management Update
P Mr Blythe presented the updated strategic risk register. Councillor Gale said the risk relating to the regeneration of the Leigh Road site was underestimated and proposed that the register be referred back to the Executive Board for that risk to be rescored. Councillor Lowden seconded the proposal.
P On being put to the vote, the proposal was not carried.
P RESOLVED that the strategic risk register be noted, and that the Board receive a further update at its meeting in March 2026.
H 31 Consideration of any Executive Decisions Called In to the Board (If applicable)
P No executive decisions had been called in to the Board.
H 32 Exclusion of the Public
P It was RESOLVED that the press and public be excluded from the remainder of the meeting because:
P (a) it was likely, in view of the nature of the business to be transacted or the nature of the proceedings, that if members of the public were present during that item there would be disclosure to them of exempt information of the description specified in paragraph 3 of Part 1 of Schedule 12A to the Local Government Act 1972; and
P (b) in all the circumstances of the case, the public interest in maintaining the exemption outweighed the public interest in disclosing the information.
P The Governance, Audit and Finance Board entered exempt session at 7.42 pm.
HC EXEMPT BUSINESS
H 33 Debt Write-Offs over £10,000
P Mr Odell presented the exempt report, which sought approval to write off four business rates debts totalling £61,908 where the companies concerned had been dissolved. Councillor Wren asked whether any director could be pursued personally; Mr Odell said the legal advice was that there was no basis for doing so.
P RESOLVED that the write-offs set out in the exempt appendix to the report be approved.
S 8
P The meeting commenced at 6.00 pm and concluded at 7.58 pm
S 18
P Chairman
