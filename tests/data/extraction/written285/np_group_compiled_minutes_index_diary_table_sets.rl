@title Scarlow Neighbourhood Plan - Minutes of meetings
@font Helvetica
@fontsize 10.5
@footer Scarlow Neighbourhood Plan March 2017||Minutes of meetings
HC Scarlow Neighbourhood Plan
C Minutes of meetings.
S 10
H Index
G Scarlow Neighbourhood Plan March 2017 | Page 1 | List of groups and members
G  | Page 2 | Meetings Diary
G  | Page 3 | Start of meeting agenda and minutes. 3 sets are re-produced in this volume.
S 8
P Page 1. The Scarlow Neighbourhood Plan was produced using the following groups:
P <b>Steering Group:</b> Ruth Pennock, Alun Hextall, Maggie Strode, Colin Verrall, Dinah Ashby.
P <b>Community Provision:</b> Tamsin Ollerhead, Piers Wadebridge, Nell Corscadden, Oswin Fairlie, Kit Brannigan.
P <b>Built Environment:</b> Hester Ruddle, Barnaby Quayle, Ivo Pendry, Sally Anne Dimmock, Gregory Tull.
P <b>Economy and Tourism:</b> Fenella Jory, Rowan Ackery, Tobias Lidstone, Marnie Cheal.
P <b>Rural and Renewables:</b> Austin Penhale, Wren Gaskarth, Orla Tidmarsh, Hal Bexley, Juno Stannard.
P Members came and went over the four years, but each working group was kept to about five people so that it could meet monthly in someone's front room. The Steering Group named one of its own members as the link to each working group; the link attended when he or she could and reported back.
PB
P Page 2.
H Scarlow Neighbourhood Plan. Diary of Steering Group meetings and events.
TH Date | Group | Location | Prime Points | Date minutes circulated
T 11/04/2012 | Steering Group | “Copperbeech”, Lowen Lane | Group formed. Plan area to be the whole parish. | No minutes taken
T 15/08/2012 | Steering Group | “Shearwater”, Bishop's Row | Themes settled. Public meeting date chosen. | 20/08/2012
T 19/09/2012 | Steering Group | “Copperbeech”, Lowen Lane | Public meeting arrangements. Working group links. Funding. | 24/09/2012
T 29/09/2012 | Public meeting | Memorial Hall | Drop-in exhibition and first questionnaire. | n/a
T 10/10/2012 | Built Environment | “Kiln Cottage”, Pound Lane | First meeting of the working group. | 15/10/2012
T 07/11/2012 | Steering Group | “Copperbeech”, Lowen Lane | Feedback from public meeting. Area application. Website. | 12/11/2012
T 05/12/2012 | Steering Group | “Shearwater”, Bishop's Row | Questionnaire results. Budget for 2013. | 11/12/2012
PB
P Page 3.
H Steering Group – Agenda for Wednesday 19th September 2012, 7.30pm at “Copperbeech”, Lowen Lane
P 1 Apologies. 2 Notes of the meeting of 15th August. 3 Public meeting arrangements. 4 Working group links. 5 Funding. 6 Any other business. 7 Next meeting.
S 6
H Steering Group – Minutes of the meeting held on 19th September 2012 at “Copperbeech”, Lowen Lane
P Present: Ruth Pennock (Chair), Alun Hextall, Maggie Strode, Colin Verrall, Dinah Ashby.
P <b>1. Apologies:</b> None. All members were present.
P <b>2. Notes of the meeting of 15th August:</b> Agreed as a fair record.
P <b>3. Public meeting, Saturday 29th September:</b> The Memorial Hall is booked from 10am to 3pm and the Parish Council has lent its display boards. MS presented a draft leaflet and questionnaire; two questions about parking were merged. It was agreed that 1,500 leaflets be printed at a cost of £148 and delivered with the parish magazine. AH to collect the boards on the Friday.
P <b>4. Working group links:</b> Each Steering Group member will act as link to one working group: CV – Built Environment, DA – Community Provision, AH – Economy and Tourism, MS – Rural and Renewables. This was agreed.
P <b>5. Funding:</b> RP reported that the Parish Council had set aside £2,000 in this year's budget and that the national support programme would pay up to £7,000 in grants. CV proposed that the group apply for the first grant in October, seconded DA, carried unanimously.
P <b>6. Any other business:</b> DA asked whether the primary school could be involved; RP will write to the head teacher.
P <b>7. Next meeting:</b> Wednesday 7th November, 7.30pm, at “Copperbeech”.
PB
H Built Environment Working Group – Agenda, Wednesday 10th October 2012, 7pm at “Kiln Cottage”, Pound Lane
P 1 Welcome. 2 Convenor. 3 Character areas. 4 Housing sites. 5 Conservation area. 6 Date of next meeting.
S 6
H Built Environment Working Group – Notes of meeting held 10th October 2012 at “Kiln Cottage”, Pound Lane
P Present: Colin Verrall (Steering Group link), Hester Ruddle, Barnaby Quayle, Ivo Pendry, Sally Anne Dimmock. Apologies: Gregory Tull.
P <b>1. Welcome:</b> CV explained the part the working groups would play and the timetable set by the Steering Group, which aims at a draft plan by the end of 2013.
P <b>2. Convenor:</b> HR offered to convene the group for its first year. Proposed IP, seconded BQ, and agreed.
P <b>3. Character areas:</b> SAD suggested that the group walk the village in four parts and photograph each street. It was agreed to meet at the church gate at 10am on Saturday 27th October with cameras and a copy of the 1990s village design statement.
P <b>4. Housing sites:</b> BQ reported on the district's land availability study, which lists three sites in the parish, two of them outside the settlement boundary. The study was noted.
P <b>5. Conservation area:</b> IP pointed out that the conservation area appraisal dates from 2004 and no longer shows the new houses at Wheelwright's Yard. To be raised with the Steering Group.
P <b>6. Date of next meeting:</b> Wednesday 31st October, 7pm, at Kiln Cottage.
PB
H Steering Group – Agenda for Wednesday 7th November 2012, 7.30pm at “Copperbeech”, Lowen Lane
P 1 Apologies. 2 Notes of last meeting. 3 Public meeting feedback. 4 Area application. 5 Website. 6 Spending to date. 7 Any other business. 8 Next meeting.
S 6
H Steering Group – Minutes of the meeting held on 7th November 2012 at “Copperbeech”, Lowen Lane
P Present: Ruth Pennock (Chair), Alun Hextall, Maggie Strode, Dinah Ashby.
P <b>1. Apologies:</b> Colin Verrall.
P <b>2. Notes of last meeting:</b> The notes of 19th September were agreed and signed. The notes of the Built Environment group of 10th October were received.
P <b>3. Public meeting feedback:</b> MS reported that 212 people came to the exhibition and 148 questionnaires had been handed in, most asking for small homes for local families and for the bus to run on Sundays. It was agreed that a one-page summary be put on the notice boards and in the magazine. DA to type the summary.
P <b>4. Area application:</b> RP reported that the application to designate the whole parish as the plan area was sent to Hessary Island Council on 30th October; the Council will consult for six weeks. Noted.
P <b>5. Website:</b> AH presented three quotes for a simple website. AH proposed the lower quote of £260, seconded MS; agreed.
P <b>6. Spending to date:</b> RP tabled a statement showing £412 spent on printing and hall hire. The statement was noted.
P <b>7. Any other business:</b> None.
P <b>8. Next meeting:</b> Wednesday 5th December at “Shearwater”, Bishop's Row.
