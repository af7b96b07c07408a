@title Agenda for Monksfold Parish Council meeting 9th May 2013
@font Helvetica
@fontsize 11
@header Monksfold Parish Council - 9th May 2013
@footer Page {page}
P <b>Agenda for Monksfold Parish Council's meeting to be held on Thursday 9th May 2013 at 7.30pm in Monksfold Village Hall</b>
S 6
P 1. Election of Chair. It was RESOLVED that Councillor Pardoe be Chair for 2013/14. Proposed by Councillor Hince, seconded by Councillor Botfield. Councillor Pardoe signed the declaration of acceptance of office and took the chair.
P 2. Appointment of representatives. It was RESOLVED to appoint the following:
P - Vice Chair: Cllr Botfield
P - SALC area committee: any member who is free on the night.
P - Tree and hedge warden: Mr Jack Ellery (not a councillor).
P - Village Hall trustees: Cllr Jukes.
P - Rights of way: Cllr Lloyd-Price.
P - Playing field: Cllr Tasker.
P - Local Joint Committee: Cllr Hince.
P - Flood and snow plan: Cllr Pardoe.
P 3. Co-option to the remaining vacancy. Two residents had applied. Councillor Hince proposed Mr Alan Roden and Councillor Jukes proposed Mrs Sheila Oakley; each spoke briefly about why they wished to serve. On a ballot Mr Roden received 4 votes and Mrs Oakley 2, and it was RESOLVED that Mr Alan Roden be co-opted. He signed the declaration of acceptance of office. The Chair thanked Mrs Oakley and hoped she would stand at the next election.
P 4. Annual review of policies. It was RESOLVED to readopt Standing Orders, Financial Regulations, the risk assessment and the complaints and data policies unchanged.
P 5. Meeting dates 2013/14. It was RESOLVED to meet on the second Thursday of every month but August and December.
P 6. Public Session. One member of the public asked about the condition of the bridleway from Holdgate Lane; the Chair said it would be taken under Roads.
P 7. Apologies: Councillor Mathers (holiday) – accepted. Councillors present: Pardoe, Hince, Botfield, Jukes, Lloyd-Price, Tasker and Roden.
P 8. Dispensations: no requests.
P 9. Shropshire Council Report. Unitary Councillor Mrs Wendy Marsh reported that the county's budget for minor highway works would be cut by a fifth and that parish councils would be asked to take on some grass cutting. Councillor Tasker asked whether the parish lengthsman scheme would continue; Mrs Marsh said she would find out.
P 10. Minutes of 11th April 2013. It was RESOLVED that these be signed as correct; the Chair signed the copy dated 11th Aprl 2013.
P 11. Matters Arising: none not covered below.
P 12. Playing Field: Councillor Tasker reported that the goalposts had failed the annual inspection. Councillor Tasker proposed that new posts be bought at £640, seconded by Councillor Lloyd-Price. The vote was 3 for and 3 against; the Chair used her casting vote against and the motion was lost. Councillor Tasker will ask the Playing Field Association whether it can meet half the cost.
P 13. Roads:
P a. New defects. The Mill Lane name plate is broken and a fallen ash blocks the Holdgate Lane bridleway. Clerk to report.
P b. Defects reported earlier. All have been logged; Shropshire Council expects to patch the worst stretches in the parish this month.
P c. Speeding. The Safer Roads Partnership speed data for the B4368 has not yet been received. Deferred to the June meeting.
P 14. Planning: 13/01457/FUL Erection of an agricultural building, Netchwood Farm. Councillor Botfield explained the applicant's plans for a lambing shed. It was RESOLVED to support the application.
P 15. Accounts: It was RESOLVED that these payments be made: Clerk's salary April £186.00; Shropshire ALC subscription £97.42; Village Hall hire £15.00. The Clerk reported a balance of £6,214.83 at 30th April.
P 16. Date of next meeting: Thursday 13th June 2013 at 7.30pm.
S 10
P Meeting closed at 9.20pm.
S 12
P Signed ................................................ Chair &nbsp;&nbsp;&nbsp; Date ........................
