@title Report pack 13.09.16
@font Times-Roman
@fontsize 11.5
@footer ||Page {page}
H REPORT PACK FOR TOWN COUNCIL MEETING ON 13 SEPTEMBER 2016
H Agenda item 1. Mayors Report 13th September
P Since the last meeting I have attended the following events:-
P 16th July – Bainford Show, presentation of the Town Council Cup for the best young handler.
P 23rd July – Opening of the refurbished changing rooms at the Recreation Ground.
P 6th August – Lifeboat Day at Marshby Haven with the Mayor of Wyrham.
P 20th August – Bainford Carnival procession and fun day.
P 4th September – Civic Service of the Mayor of Wyrham.
P Date for your diary – Bainford Civic Service will be on Sunday 9th October at 3pm.
S 8
H Agenda item 4.
P Title: Guest speaker from the Bainford Community Rail Partnership
P 1. Mr Ian Claxby, chairman of the Bainford Community Rail Partnership, has been invited to speak about the Partnership's plans for the station building and the proposed Sunday service.
P 2. The Partnership has asked the Town Council to consider supporting a bid to the Railway Heritage Fund for the restoration of the waiting room.
P 3. Members will be able to ask questions after the presentation.
S 8
H Agenda item 5. NOTES
P <b>Please be advised that these are notes of the meeting taken by the Clerk and cannot in any way be regarded as the official minutes of Council proceedings until they are approved and signed at the next meeting</b>
HC MINUTES OF THE BAINFORD TOWN COUNCIL MEETING HELD ON 12 JULY 2016 AT 7.00PM IN THE CORN HALL
P In the chair: Councillor Gilliatt
P Present: Councillors Amcotts, Brackenbury, Dymoke, Enderby, Hansard, Lunn, Scrope and Welby
P In attendance: • R Tuplin - Town Clerk • 4 members of the public • K Danby – Bainford News • Councillor Maltby - District Councillor for Bainford • PCSO Gail Harrop
P <b>Presentation to the retiring caretaker:</b> Councillor Gilliatt presented a clock to Mr Dennis Overton on his retirement after 22 years as caretaker of the Corn Hall, and thanked him on behalf of the Council.
P <b>Public participation:</b> A resident asked when the loose cobbles in the Market Place would be repaired. The Clerk answered that the County Council had programmed the work for October.
P <b>45. CHAIRMAN'S REMARKS</b> Cllr Gilliatt asked any member of the public recording the meeting to say so. He reported that he had attended the Bainford Show and the opening of the changing rooms at the Recreation Ground.
P <b>46. APOLOGIES FOR ABSENCE AND REASONS GIVEN</b> Councillor Oldroyd (work commitments). RESOLVED that the apology be accepted.
P <b>47. DECLARATION OF INTERESTS AND DISPENSATIONS</b> There were no declarations of interest or requests for dispensations.
P <b>48. MINUTES OF THE MEETING HELD ON 14 JUNE 2016</b> RESOLVED that the minutes be approved and signed as a true record.
P <b>49. POLICE REPORT</b> PCSO Harrop reported a rise in thefts of diesel from farm yards and asked residents to report suspicious vehicles. Councillor Welby asked about the parking on the zig-zag lines outside the primary school and PCSO Harrop agreed to carry out checks at school times.
P <b>50. DISTRICT COUNCILLOR'S REPORT</b> Councillor Maltby reported that the District Council had approved the new car parking charges and that Bainford's short stay car park would remain free for the first hour.
P <b>51. PLANNING APPLICATIONS</b> B/16/0412 – 9 Watermill Lane – two storey rear extension; B/16/0428 – Old Maltings, Tanyard Street – conversion to three dwellings. Councillor Lunn asked that the District Council be told of the lack of parking at the Old Maltings. RESOLVED to support both applications, with a comment on parking for B/16/0428.
P <b>52. FINANCE</b> The Clerk presented the payments for June and July and the budget report to 30 June 2016. RESOLVED that payments totalling £9,115.40 be approved.
P <b>53. PLAY AREA AT BOWLING GREEN LANE</b> Two quotations had been received for replacing the safety surfacing under the swings. Councillor Dymoke proposed and Councillor Hansard seconded that the lower quotation be accepted. RESOLVED to accept the quotation of £3,840 from Playsafe Surfaces Ltd.
P <b>54. TOWN CLOCK</b> The Clerk reported that the clock had stopped twice in June. It was agreed that the Clerk arrange for the clockmaker to service it and to report the cost.
P <b>55. CORRESPONDENCE</b> The list of correspondence was received and noted.
P <b>56. DATE OF NEXT MEETING</b> Tuesday 13 September 2016 at 7.00pm in the Corn Hall.
P The meeting closed at 8.55pm.
S 8
H Agenda item 7.
P Title: Finance report to 31 August 2016
P 1. Income to 31 August is £118,240 against a budget of £121,500, the shortfall being in Corn Hall lettings during the summer closure for redecoration.
P 2. Expenditure is £61,902, which is within budget. The redecoration of the Corn Hall came in £640 under the estimate.
P 3. Members are asked to note the report and to approve the payments listed in the appendix.
S 8
H Agenda item 9.
P Title: Allotment rents 2017/18
P 1. The Council must give tenants twelve months' notice of any rent increase. The current rent is £28 a year for a full plot.
P 2. The Allotment Society has been consulted and would accept an increase of £2 a year for a full plot.
P 3. Members are asked to decide the rent to apply from 1 October 2017.
S 8
H Agenda item 11.
P Title: Christmas lights 2016
P 1. The contractor has inspected the lights and reports that 14 of the motifs need rewiring at a cost of £1,260.
P 2. The switch-on is planned for Friday 25 November with the market and the schools' lantern parade.
P 3. Members are asked to approve the repairs and the switch-on arrangements.
