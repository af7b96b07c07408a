@title GPC Clerk's Notes Extraordinary Meeting 10 July 2025
@font Times-Roman
@fontsize 11
@numcol 14
@header Gadsthorpe Parish Council||Clerk’s Notes – subject to approval
@footer GPC EOM 10.07.2025||Page {page}
H Clerk’s Notes of GPC Extraordinary Meeting held Thursday 10 July 2025 at 7 pm in the Reading Room, Church Street
P Present: Councillors Ian Tolley (Chairman), Mary Quine, Owen Blakey, Sue Dransfield; Mrs Ruth Ancell (Clerk and RFO); one member of the public.
S 4
R 1 | To note apologies – Councillors Ben Harland (work) and Clare Stott (holiday), County Councillor Neil Fairbairn and District Councillor Tom Pickles sent apologies.
R 2 | To record declarations of interest in items on this agenda – none.
R 3 | Year-end papers 2024/25 (Clerk and RFO) – to receive and approve
R 3.1 | Bank reconciliation at 31 March 2025 – to accept. The reconciliation had been sent to members with the agenda. It was RESOLVED unanimously to accept it, and the Chairman signed the reconciliation and the bank statement.
R 3.2 | Internal audit report 2024/25 – to note. The internal auditor’s report and action list had been sent to members. Members considered the two points raised:
R 3.2.1 | Point 1. Minutes of the March meeting had been signed but not initialled on each page. The Clerk said that all pages are now initialled.
R 3.2.2 | Point 2. The VAT reclaim for 2023/24 was submitted late. Cllr Quine asked that the reclaim be put on the October agenda each year.
R  | The report was noted.
R 3.3 | Annual Governance Statement 2024/25 – to approve. The Chairman took members through the nine statements in turn. It was RESOLVED to approve Section 1, proposed Cllr Tolley, seconded Cllr Quine, all in favour.
R 3.4 | Accounting Statements 2024/25 – to approve. The RFO presented the statements: receipts £19,842, payments £17,316. It was RESOLVED to approve Section 2, proposed Cllr Dransfield, seconded Cllr Blakey, all in favour; the Chair and the RFO signed.
R 3.5 | Public rights period – to agree. The Clerk proposed Monday 4 August to Friday 12 September 2025. Agreed; the notice will go on both boards and the website.
R 4 | Playground – to consider quotations for a new climbing frame. Cllr Blakey presented three quotations and explained the differences in surfacing. It was RESOLVED to accept Holmewood Play Ltd’s quotation of £4,380 plus VAT, paid from the playground earmarked fund. Proposed Cllr Blakey, seconded Cllr Dransfield. 3 for, 1 abstention.
R 5 | Public participation – a resident asked whether the old frame could go to the school. The Chairman agreed to ask the head teacher.
R 6 | Date of next meeting – Thursday 11 September 2025 at 7.30 pm, Reading Room.
S 8
P The meeting closed at 8.05 pm.
