@title Individual Executive Decisions June 2009
@font Times-Roman
@fontsize 11
@header_first QUANTMERE DISTRICT COUNCIL
@header Quantmere District Council||Individual Executive Decisions - June 2009
@footer Page {page}
HC INDIVIDUAL EXECUTIVE DECISIONS
C Schedule of decisions taken by individual Members of the Executive, June 2009
P Executive decisions may be taken by the Leader or by a Lead Member in accordance with Part 3 of the Constitution. A decision comes into force, and may be implemented, on the expiry of five working days after its publication unless it is called in under the Overview and Scrutiny Procedure Rules. Each record below is published on the Council's website under Related Documents and may be inspected at West Quay House, Harbury.
S 6
TH Ref | Subject | Decision taken by | Date
T ID/09/14 | Write-off of irrecoverable business rates debts | Lead Member for Resources and Central Support | 3 June 2009
T ID/09/15 | Private Sector Housing Assistance Policy – amendment | Lead Member for Housing, Health and Wellbeing | 10 June 2009
T ID/09/16 | Appointment to the Exmere Coast Partnership | Leader of the Council | 10 June 2009
S 8
I Democratic Services, Quantmere District Council, West Quay House, Harbury QM7 2JS
PB
HC RECORD OF INDIVIDUAL EXECUTIVE DECISION
T Decision Reference | ID/09/14
T Decision taken by | Councillor Humphrey Blaise, Lead Member for Resources and Central Support
T Date of decision | 3 June 2009
T Subject | Write-off of irrecoverable business rates debts
T Decision | The Lead Member agreed to write off business rates debts totalling £18,742.16 in respect of the eleven accounts listed in the confidential schedule, recovery action having been exhausted.
T Reasons for decision | The debts are irrecoverable: the ratepayers have ceased trading, are in liquidation or cannot be traced. Financial Procedure Rules require write-offs above £1,000 to be authorised by the Lead Member.
T Alternative options considered and rejected | To continue recovery action; rejected as the cost of further action would exceed any likely return.
T Consultation undertaken | Corporate Director (Resources); Revenues and Benefits Manager
T Conflict of interest declared by any Executive Member consulted | None
T Dispensation granted | Not applicable
T Date decision published | 5 June 2009
T Call-in expiry | 12 June 2009
S 10
P Signed ............................................ Lead Member&nbsp;&nbsp;&nbsp;&nbsp;&nbsp; Date: 3 June 2009
PB
HC RECORD OF INDIVIDUAL EXECUTIVE DECISION
T Decision Reference | ID/09/15
T Decision taken by | Councillor Marjorie Tullett, Lead Member for Housing, Health and Wellbeing
T Date of decision | 10 June 2009
T Subject | Private Sector Housing Assistance Policy – amendment
T Decision | That the amended Private Sector Housing Assistance Policy, raising the discretionary top-up to mandatory Disabled Facilities Grants to a maximum of £10,000, be approved with effect from 1 July 2009.
T Reasons for decision | Rising adaptation costs mean that a number of approved schemes cannot proceed within the mandatory grant limit.
T Alternative options considered and rejected | No change to the policy; rejected because it would leave disabled residents without adaptations they have been assessed as needing.
T Consultation undertaken | Councillor Nell Atwill, Chairman of the Scrutiny Committee, supported the amendment but asked that take-up be reported to the Committee after twelve months. Housing Enabling Manager; Home Improvement Agency.
T Conflict of interest declared by any Executive Member consulted | None
T Dispensation granted | Not applicable
T Date decision published | 12 June 2009
T Call-in expiry | 19 June 2009
S 10
P Signed ............................................ Lead Member&nbsp;&nbsp;&nbsp;&nbsp;&nbsp; Date: 10 June 2009
PB
HC RECORD OF INDIVIDUAL EXECUTIVE DECISION
T Decision Reference | ID/09/16
T Decision taken by | Councillor Gervase Pollard, Leader of the Council
T Date of decision | 10 June 2009
T Subject | Appointment to the Exmere Coast Partnership
T Decision | The Leader agreed to appoint Councillor Ruth Kellow as the Council's representative on the Exmere Coast Partnership Board until the annual meeting in May 2011.
T Reasons for decision | The previous representative stood down at the May elections and the Partnership meets on 24 June 2009.
T Alternative options considered and rejected | To leave the seat vacant until the next Council meeting; rejected as the Council would not be represented at the June meeting.
T Consultation undertaken | Group Leaders
T Conflict of interest declared by any Executive Member consulted | None
T Dispensation granted | Not applicable
T Date decision published | 12 June 2009
T Call-in expiry | 19 June 2009
S 10
P Signed ............................................ Leader of the Council&nbsp;&nbsp;&nbsp;&nbsp;&nbsp; Date: 10 June 2009
