@title Hartcombe Ash Parish Council Minutes 14 May 2019
@font Helvetica
@fontsize 10.5
@footer Hartcombe Ash Parish Council – Parish Meeting and Annual Meeting 14.05.19||Page {page}
HC Hartcombe Ash Parish Council
C Minutes of The Parish Meeting &amp; Annual Meeting of the Parish Council held on 14th May 2019 in the Village Hall at 7.00pm
S 6
HC THE PARISH MEETING
P The Parish Meeting was chaired by the outgoing Chair of the Parish Council, Cllr Fiona Baverstock, who welcomed the 23 residents present. Also present were Cllrs Tom Hiscock, Priya Marwood, Ken Dowling and Alan Vick, Wiltshire Cllr Margaret Offer and the Clerk, Mrs Joanne Pattle.
H Chair's Report
P Cllr Baverstock presented her report on the Parish Council's activities over the past year. She began with thanks. Many residents give their time to keep the village a good place to live: the Village Hall committee, the volunteers who cut the churchyard and the footpath wardens who walk every path in the parish twice a year. She thanked Dennis Orchard for editing the Ash Leaf newsletter for a tenth year.
P The year had been dominated by traffic. The speed survey on the Ashdown road had shown that one car in four was over the limit, and the Council had bought a second speed indicator device with a grant from the Area Board. The bus shelter on the Green had been rebuilt after the lorry strike in August. The Council had also commented on eleven planning applications and had objected to two.
P She ended by saying that she would not stand for the chair again this year, after four years, but would remain a councillor.
H Reports from Village Organisations
P Dennis Orchard reported for the Village Hall. The new kitchen was finished in March and lettings had risen by a third. Sally Greenwood reported for the Recreation Ground trustees. The goal posts had been replaced and the mole problem was, for the moment, under control.
H Questions from Residents
P A resident asked when the dropped kerb by the school would be installed. Wiltshire Cllr Offer said that it was in this year's programme of minor works. Another resident asked about the state of footpath HASH12 below the mill; the Clerk will report it again to the Rights of Way team.
P The Parish Meeting closed at 7.40pm.
S 8
HC THE ANNUAL MEETING OF THE PARISH COUNCIL
P Present: Cllrs Fiona Baverstock, Tom Hiscock, Priya Marwood, Ken Dowling, Alan Vick and Ruth Amesbury. In attendance: Mrs Joanne Pattle (Clerk) and three members of the public.
R 19/21 | <b>Election of Chair for 2019/20</b><br/>Cllr Hiscock was proposed by Cllr Baverstock and seconded by Cllr Vick. There were no other nominations. It was RESOLVED that Cllr Tom Hiscock be Chair for 2019/20. He signed the declaration of acceptance of office and took the chair.
R 19/22 | <b>Election of Vice Chair for 2019/20</b><br/>Cllr Marwood was proposed by Cllr Dowling and seconded by Cllr Amesbury. It was RESOLVED that Cllr Priya Marwood be Vice Chair for 2019/20.
R 19/23 | <b>Apologies for absence</b><br/>All councillors were present.
R 19/24 | <b>Declarations of interest</b><br/>Cllr Vick declared an interest in item 19/31 as a trustee of the Recreation Ground.
R 19/25 | <b>Minutes of the meeting held on 9th April 2019</b><br/>The minutes were approved as a true record and signed by the Chair. Proposed Cllr Dowling, seconded Cllr Marwood.
R 19/26 | <b>Matters arising</b><br/>Bus shelter (minute 18/142): the insurers have paid the claim in full. Salt bins (minute 19/09): the two new bins are in place at Church Lane and Mill Hill.
R 19/27 | <b>Appointment of representatives</b><br/>The following were agreed: Village Hall committee – Cllr Amesbury; Recreation Ground trustees – Cllr Vick; Area Board and CATG – Cllr Hiscock; footpaths – Cllr Dowling; speed indicator device rota – Cllr Marwood.
R 19/28 | <b>Review of Standing Orders and Financial Regulations</b><br/>The Clerk explained that the model documents had been revised by NALC in April. As councillors had not had time to read the changes, the review was deferred to the June meeting.
R 19/29 | <b>Clerk's Report</b><br/>a) The annual return has been sent to the internal auditor.<br/>b) The insurance renewal is due on 1st June; the premium is £412.<br/>c) The grass cutting contract began on 1st May.<br/>d) Two more dog bins have been requested from Wiltshire Council.<br/>e) The defibrillator pads expire in July and have been reordered.<br/>f) The Clerk will attend the WALC finance course on 3rd June.<br/>The report was noted.
R 19/30 | <b>Finance</b><br/>Payments totalling £1,286.40 as listed on the schedule were approved. Proposed Cllr Baverstock, seconded Cllr Amesbury. The bank reconciliation to 30th April was signed by the Chair.
R 19/31 | <b>Recreation Ground grant</b><br/>Having declared an interest, Cllr Vick took no part. Cllr Dowling proposed a grant of £500 towards new fencing; Cllr Marwood seconded. Following a vote it was RESOLVED to award a grant of £500 to the Recreation Ground trustees.
R 19/32 | <b>Date of next meeting</b><br/>Tuesday 11th June 2019 at 7.30pm in the Village Hall.
P The meeting closed at 8.35pm.
S 10
P Signed ................................................ Chair          Date ........................
