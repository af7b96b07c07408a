@title Agenda 9 February 2026
@font Helvetica
@fontsize 11
@header Low Dinthorpe Parish Council    clerk@lowdinthorpe-pc.org.uk    07700 914226    www.lowdinthorpe-pc.org.uk
@footer
S 6
P To Members of the Council
S 4
P You are summoned to a meeting of Low Dinthorpe Parish Council to be held in the Parish Meeting Room on Monday 9th February 2026 at 6.30pm to transact the business below. Residents are welcome to attend and may speak to the council at the Chairman's discretion.
S 6
HC AGENDA
S 4
P 1. Apologies for absence
P 2. Declarations of interest in agenda items
P 3. To approve the Minutes of the meeting held on 12th January 2026
P 4. Matters arising from the Minutes not covered elsewhere on this agenda
P 5. Neighbourhood Plan
P &nbsp;&nbsp;&nbsp;&nbsp;&nbsp;&nbsp;a. Regulation 14 consultation responses
P &nbsp;&nbsp;&nbsp;&nbsp;&nbsp;&nbsp;b. Steering Group
P &nbsp;&nbsp;&nbsp;&nbsp;&nbsp;&nbsp;c. Working Groups
P 6. Co-option of Parish Councillor
P &nbsp;&nbsp;&nbsp;&nbsp;&nbsp;&nbsp;See attached statements
P &nbsp;&nbsp;&nbsp;&nbsp;&nbsp;&nbsp;Applicants Hebburn and Okafor
P &nbsp;&nbsp;&nbsp;&nbsp;&nbsp;&nbsp;Ballot papers will be available at the meeting
P 7. Station Road footbridge – update on handrail repaint
P 8. The Beck Walk – revised costs for the boardwalk and who oversees the project from March
P 9. Outside Bodies
P &nbsp;&nbsp;&nbsp;&nbsp;&nbsp;&nbsp;a. Northern Dales in Bloom – MR
P &nbsp;&nbsp;&nbsp;&nbsp;&nbsp;&nbsp;b. PACT – notes of the 28th January 2026 meeting – DW
P 10. Playing Field
P &nbsp;&nbsp;&nbsp;&nbsp;&nbsp;&nbsp;a. Safety inspection report for January
P &nbsp;&nbsp;&nbsp;&nbsp;&nbsp;&nbsp;b. Play area subcommittee with Dinthorpe Village Hall
P &nbsp;&nbsp;&nbsp;&nbsp;&nbsp;&nbsp;c. Replacement goal nets – AP
P 11. Planning Applications –
P &nbsp;&nbsp;&nbsp;&nbsp;&nbsp;&nbsp;25/01122/FUL – 14 Garth Road. Single storey rear extension with roof lights
P &nbsp;&nbsp;&nbsp;&nbsp;&nbsp;&nbsp;25/01187/TPO – The Old Vicarage. Reduce crown of beech (T3) by 2m
P &nbsp;&nbsp;&nbsp;&nbsp;&nbsp;&nbsp;26/00019/FUL – Beckside Farm. Conversion of cart shed to holiday let
P &nbsp;&nbsp;&nbsp;&nbsp;&nbsp;&nbsp;APP/X4725/D/25/3366012 APPEAL – 2 Kirk Close. Dormer window. Council's earlier comment: dormer too large for the street scene
P 12. Change of May Meeting Date – to Tuesday 5th May because of the bank holiday
P 13. Finance – to approve the following:
P &nbsp;&nbsp;&nbsp;&nbsp;&nbsp;&nbsp;i) Payments for February (schedule attached)
P &nbsp;&nbsp;&nbsp;&nbsp;&nbsp;&nbsp;ii) Bank reconciliation to 31st January 2026
P &nbsp;&nbsp;&nbsp;&nbsp;&nbsp;&nbsp;iii) Grant request from 1st Dinthorpe Scouts towards a new tent (letter attached)
P 14. Correspondence (list circulated with this agenda)
P 15. Date of next meeting – Monday 9th March 2026 at 6.30pm
S 14
P Mrs Carol Pennock
P Clerk to the Council
P 2nd February 2026
