@title Askerby Parish Council Annual Meeting 18 May 1999
@font Times-Roman
@fontsize 11.5
@numcol 10
@footer {page}
P <b>MINUTE</b> of the <b>ANNUAL MEETING</b> of <b>ASKERBY PARISH COUNCIL</b> held in the <b>MOOT HALL, MARKET PLACE, ASKERBY</b> on <b>TUESDAY 18th MAY 1999.</b>
S 4
H PRESENT
G Councillor Armstrong | Councillor Lowther
G Councillor Bell | Councillor Nixon
G Councillor Dodd | Councillor Routledge
G Councillor Graham | Councillor Tinniswood
G Councillor Hetherington | Councillor Wannop
S 4
P <b>IN ATTENDANCE</b> – The Clerk.
P <b>ALSO ATTENDING</b> - Councillor Mrs Jean Bewley, District Council. Mr David Sowerby, Rural Community Support Officer, Carrdale District Council
S 4
HC PART A – HELD IN PUBLIC
R 1 | <b>APOLOGIES FOR ABSENCE</b> – Councillor Glaister.
R 2 | <b>DECLARATIONS OF INTEREST</b> – None.
R 3 | <b>ELECTION OF CHAIRMAN</b>
P Councillor Nixon seconded by Councillor Hetherington moved that Councillor Armstrong be elected to the office of Chairman of the Council.
P Councillor Graham seconded by Councillor Lowther moved that Councillor Bell be elected to the office of Chairman of the Council.
P There were no other nominations.
P The Clerk having received two nominations for the post arranged a vote. This being a signed ballot.
P The results were as follows: Councillor Armstrong 8votes Councillor Bell 6 votes
P Councillor Armstrong was duly elected as Chairman for the ensuing year.
R 4 | <b>DECLARATION OF ACCEPTANCE OF OFFICE OF CHAIRMAN</b>
P Councillor Armstrong in the presence of the Council, signed the Declaration of Acceptance of Office of Chairman of the Council.
P Councillor Armstrong thanked the Council for its support and paid tribute to Councillor Bell for the work he had done as Chairman over the past three years.
R 5 | <b>ELECTION OF VICE CHAIRMAN</b>
P Councillor Bell, seconded by Councillor Graham moved that Councillor Hetherington be elected to the office of Vice Chairman of the Council.
P It was AGREED unanimously to the election of Councillor Hetherington to the office of Vice Chairman.
R 6 | <b>DECLARATION OF ACCEPTANCE OF OFFICE OF VICE CHAIRMAN</b>
P Councillor Hetherington signed the Declaration of Acceptance of Office of Vice Chairman of the Council.
R 7 | <b>APPOINTMENT OF COMMITTEES</b>
P It was AGREED that the Finance and General Purposes Committee comprise the Chairman, the Vice Chairman and Councillors Dodd, Nixon and Wannop, and that the Moot Hall Committee comprise Councillors Bell, Graham, Routledge and Tinniswood.
R 8 | <b>REPRESENTATIVES ON OUTSIDE BODIES</b>
P Askerby Community Centre – Councillor Dodd. Carrdale Association of Local Councils – Councillors Armstrong and Lowther. Askerby Fair Committee – Councillor Tinniswood. Lanty's Trust – Councillor Wannop.
P RESOLVED that the representatives listed be appointed for 1999/2000.
R 9 | <b>MINUTES</b>
P The minutes of the meeting held on 20th April 1999 were approved as a correct record and signed by the Chairman.
R 10 | <b>DATES OF MEETINGS 1999/2000</b>
P It was AGREED that the Council meet on the third Tuesday of each month except August at 7.30 p.m. in the Moot Hall.
R 11 | <b>STANDING ORDERS</b>
P Councillor Lowther said that the Council's Standing Orders had not been reviewed since 1990 and did not deal with questions from the public. It was AGREED that Councillors Lowther and Nixon and the Clerk prepare a revised draft for the July meeting.
R 12 | <b>INSURANCE</b>
P The Clerk reported that the Council's insurance had been renewed from 1st June 1999 at a premium of £684.22. Noted.
R 13 | <b>MOOT HALL CLOCK</b>
P Councillor Bell reported that the clock had stopped twice since Easter and that the repairer had quoted £1,150 for a new drive. Councillor Routledge asked whether a second quotation could be obtained. The matter was deferred to the June meeting pending a second quotation.
R 14 | <b>EXCLUSION OF PRESS AND PUBLIC</b>
P RESOLVED that under the Public Bodies (Admission to Meetings) Act 1960 the press and public be excluded for the following item as it concerns a member of staff.
HC PART B – NOT OPEN TO THE PUBLIC
R 15 | <b>CLERK'S SALARY</b>
P RESOLVED that the Clerk's salary be increased in line with the national scale from 1st April 1999.
S 6
P The meeting closed at 9.15 p.m.
S 16
P Chairman ……………………………………………      Date ……………………………
