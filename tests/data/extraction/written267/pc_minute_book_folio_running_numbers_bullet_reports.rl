@title Minutes Council 2004-07-28
@font Times-Roman
@fontsize 11.5
@header {page}
@pageoffset 411
@numcol 14
HC NAILSBY PARISH COUNCIL
C Minutes of Parish Council Meeting held at Brockholt Village Hall on Wednesday 28th July 2004 at 7.30 pm.
P Present: Mr J Welbourne, Mr F Harrop, Mr G Lount, Mrs E Cawthorne, Mr R Sillitoe, Mrs P Jeffcote and Mr K Ancell and Mrs V Stobart for part of the meeting
P Apologies: Mr D Tunnadine.
P 5 members of the public were present.
R 301. | <b>Declaration of Members Interests:</b> Mr Harrop declared a personal interest in item 306 as a trustee of the village hall.
R 302. | Minutes of the meeting of 26th May 2004 were signed as a correct record.
R 303. | <b>Report from the County Councillor and District Councillor:</b> Mr Ancell gave the following report:
R  | • The County Council has agreed a further year of funding for the Nailsby to Brockholt community bus, with a review of passenger numbers in the autumn.
R  | • Highways have been asked to look again at the 40 mph limit on the Odsworth road following the accident in June.
R  | Mrs Stobart gave the following report:
R  | • The District Council's consultation on the local development framework opens on 2nd August; parishes will receive a pack by post.
R  | • New recycling boxes for glass will be delivered to every household in September.
R  | Mr Ancell and Mrs Stobart left the meeting at 8.05 pm.
R 304. | <b>Matters arising:</b> An enquiry had been received from a resident about why the minutes of May had not been put in the notice board. The Clerk explained that the board lock had been broken and a new lock has now been fitted.
R 305. | <b>Finance:</b> The following accounts were approved for payment, proposed by Mr Lount, seconded by Mrs Cawthorne: Clerk's salary April-June £330.00; Rural Community Council subscription £38.50; R Hemsley, grass cutting £225.00. The bank reconciliation to 30th June was checked and signed by the Chairman.
R 306. | <b>Village Hall:</b> The hall trustees asked whether the Council would contribute to new kitchen units. After discussion it was resolved to give a grant of £400 from the s.137 budget. Mr Harrop did not vote.
R 307. | <b>Planning:</b> The following applications were considered:
R  | 04/00512/FUL Conservatory, 11 Church View - no objection.
R  | 04/00530/FUL Change of use of barn to holiday let, Manor Farm, Odsworth Lane - the Council objects because of the poor visibility at the farm entrance.
R 308. | <b>Footpaths:</b> Mrs Jeffcote reported that the stile on footpath S27 near the canal bridge is broken. It was agreed that the Clerk should report it to the County rights of way officer.
R 309. | <b>Playing Field:</b> Mr Sillitoe reported that the new swing seats have been fitted. The annual safety inspection is booked for 19th August.
R 310. | <b>Speeding:</b> The Council noted the police speed check results for Main Street: 212 vehicles checked, 37 over the limit, highest speed 49 mph.
R 311. | <b>Correspondence:</b> The Clerk read a letter from the Brockholt Canal Society asking for volunteers for the towpath clear-up on 11th September. It was agreed to put a notice in the parish magazine.
R 312. | <b>Councillors' items:</b> Mrs Cawthorne asked for the bus timetable in the shelter to be replaced as it is out of date. Mr Welbourne would contact the operator.
R 313. | <b>Date of next meeting:</b> Wednesday 22nd September 2004 at 7.30 pm at Brockholt Village Hall.
P The meeting closed at 9.25 pm.
S 18
P Signed ..................................... Chairman                Date ..........................
