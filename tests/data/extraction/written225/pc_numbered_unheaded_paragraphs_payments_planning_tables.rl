@title Coldmarten PC minutes March 2025
@font Helvetica
@fontsize 11
@footer Coldmarten Parish Council – draft minutes 13.03.25||{page}
HC Minutes of Coldmarten Parish Council Meeting
C Thursday, 13th March 2025
S 4
P Present: Cllrs Joan Threlfall (Chair), Peter Ainsworth, Bev Catterall, Sunil Mistry, Ray Oldroyd and Wendy Yelland. Clerk: Mrs Dawn Kitson. Three members of the public.
P 1. Cllr Threlfall opened the meeting thanking everyone for attending and for braving the weather. Apologies were received from Cllr Hardcastle (work) and accepted.
P 2. Cllr Mistry declared an interest in planning application 25/00318/HH as a neighbour of the applicant and took no part in that part of paragraph 6.
P 3. The minutes of the meeting held on 13th February were approved as a true record and signed by the Chair.
P 4. A resident asked when the grit bin at Carr Lane would be refilled. The Clerk said the district council had been asked twice and she would ask again. A second resident thanked the council for the new bench at the playing field.
P 5. The Clerk gave the bank balance at 28th February as £14,206.55 and presented the following payments:
TH Payee | Details | Amount
T D Kitson | Clerk salary March (net) | £612.40
T HMRC | PAYE March | £153.10
T Greenway Grounds | Grass cutting, February | £240.00
T Coldmarten Village Hall | Room hire Jan – Mar | £54.00
T Ridgeline Signs | Dog bin signs (6) | £47.94
P Payments approved, proposed Cllr Catterall, seconded Cllr Oldroyd.
P 6. The following planning applications were considered:
TH Reference | Site | Proposal | Comment
T 25/00318/HH | 4 Orchard Rise | Two storey side extension | No objection
T 25/00341/FUL | Land east of Mill Farm | Two holiday lodges | Object – access onto blind bend
T 25/00355/TCA | The Old Rectory | Fell one sycamore | No objection
P It was RESOLVED to submit the comments in the table above to the district council.
P 7. Highways. Cllr Oldroyd reported six new potholes on Back Street and the verge damage at Pinfold Corner. The Clerk will report them through the county's online system.
P 8. The village hall committee had asked for a grant of £500 towards new chairs. Cllr Ainsworth proposed a grant of £500, seconded by Cllr Yelland. On a vote, 4 for and 1 against, the proposal was carried.
P 9. It was agreed that the Annual Parish Meeting be held on Thursday 15th May at 7pm, before the Annual Meeting of the Council.
P 10. Cllr Yelland outlined the draft vision for the parish plan....'a village where people of all ages can stay, work and get about safely'. Highlights of the survey replies were give. Members noted the draft and will send comments to Cllr Yelland by 31st March.
P 11. The Clerk reported correspondence. The following websites were mentioned for residents:
P www.coldmartenparish.org.uk/plan – parish plan survey results
P www.coldmartenparish.org.uk/grit – grit bin locations and how to ask for a refill
P 12. The next meeting will be held on Thursday 10th April 2025 at 7.30pm in the Village Hall.
