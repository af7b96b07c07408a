@title Town Meeting Records 2003
@font Times-Roman
@fontsize 11
@header TOWN OF QUINNAMET – ANNUAL TOWN MEETING 2003||{page}
@pageoffset 213
HC ANNUAL TOWN MEETING HELD MARCH 17, 2003
P Moderator Eleanor V. Prescott opened the meeting in the Quinnamet High School Auditorium 7:32 P.M.
P The Town Clerk, Dennis M. Farraday, began reading the Warrant; on motion of Roland K. Ashby it was voted to dispense with further reading 7:33 P.M.
P The Constable's return of service of the Warrant was read by the Town Clerk 7:34 P.M.
P Town Meeting Members present: 178.
P Invocation offered by the Reverend Anne-Marie Gustafson, Pastor of the First Parish Church 7:35 P.M.
P All Articles were presented by Harold J. Wentworth, Chairman of the Board of Selectmen, except where another presenter is named.
P <b>Article 2.</b> The report and recommendations of the Appropriation Committee were presented by Priscilla D. Hollander. Report accepted and placed on file 7:38 P.M.
P Lawrence T. Kimura, Chairman of the Capital Expenditures Committee, presents the report of that Committee for 2003, with its five-year capital plan. Report accepted and placed on file 7:41 P.M.
P <b>Article 3.</b> Presented by Harold J. Wentworth.
P MOTION: That the following be appointed as members of the Town Celebrations Committee for terms of three years: Carol B. Lindqvist, Frederick J. Okonski and Ruth M. Padgett.
P Carried Unanimously 7:44 P.M.
P <b>Article 4.</b> Presented by Margaret O. Szymanski, Superintendent of Public Works.
P MOTION: That the Town appropriate $186,400 for the reconstruction of Quarry Road from Mill Street to the Ashbrook line, and that to meet this appropriation the Treasurer, with the approval of the Selectmen, be authorized to borrow $186,400 under Chapter 44 of the General Laws.
P Ralph Edvardsen, Precinct 3, questioned why the sidewalk on the north side had been left out of the work. Mrs. Szymanski replied that it would be done under the 2004 sidewalk program.
P Roll call vote: 137 in favor, 38 opposed. More than two-thirds having voted in favor, the motion was declared Carried 8:26 P.M.
P <b>Article 5.</b> Presented by Walter F. Bianchi, Chairman of the School Committee.
P MOTION: That the Town appropriate $32,612,000 for the operation of the public schools for the fiscal year beginning July 1, 2003.
P Judith K. Ostrowski, Precinct 6, offered an amendment to reduce the sum by $150,000, the amount set aside for the new middle school language program. Amendment Lost 8:55 P.M.
P Main motion Carried 9:02 P.M.
P 9:05 P.M. Upon motion of Harold J. Wentworth it was voted to adjourn to Wednesday, March 19, 2003, at 7:30 P.M. in the High School Auditorium.
P A true record. Attest:<br/>Dennis M. Farraday, Town Clerk
S 10
HC ADJOURNED TOWN MEETING HELD MARCH 19, 2003
P Moderator Eleanor V. Prescott opened the meeting 7:34 P.M.
P Town Meeting Members present: 163.
P <b>Article 6.</b> MOTION: That the Town transfer $48,000 from the Stabilization Fund to the Snow and Ice Removal account for the current fiscal year.
P Carried 7:49 P.M.
P <b>Article 7.</b> Presented by Nora J. Whitlock, Chairman of the Planning Board.
P MOTION: That the Zoning By-Law be amended by adding a new Section 11.4, Accessory Apartments, as printed in the Warrant.
P Gerald P. Amaral, Precinct 1, spoke against the motion, saying that the section would allow two-family use in every single-family district. Mrs. Whitlock answered that each apartment would need a special permit.
P Standing vote: 98 in favor, 59 opposed. Not having received a two-thirds vote, the motion was declared Lost 8:40 P.M.
P <b>Article 8.</b> Presented by Harold J. Wentworth.
P MOTION: That this article be referred to the Board of Selectmen for study and report at the 2004 Annual Town Meeting.
P Carried 8:52 P.M.
P 8:55 P.M. Upon motion of Harold J. Wentworth it was voted to adjourn to Monday, March 24, 2003, at 7:30 P.M.
P A true record. Attest:<br/>Dennis M. Farraday, Town Clerk
S 10
HC ADJOURNED TOWN MEETING HELD MARCH 24, 2003
P Moderator Eleanor V. Prescott opened the meeting 7:31 P.M.
P Town Meeting Members present: 151.
P <b>Article 9.</b> Presented by Arthur C. Lindgren, Chairman of the Conservation Commission.
P MOTION: That the Town authorize the Conservation Commission to accept as a gift from the Hollis Farm Trust the parcel of about 11 acres shown as Lot 14 on Assessors' Map 42, for conservation purposes.
P Carried Unanimously 7:45 P.M.
P <b>Article 10.</b> Harold J. Wentworth moved that Article 10 be indefinitely postponed, the Board of Selectmen having reached agreement with the abutters. Carried 7:48 P.M.
P <b>Article 11.</b> Presented by Priscilla D. Hollander, Chairman of the Appropriation Committee.
P MOTION: That the Town appropriate $25,000 for the Reserve Fund, to be raised in the tax levy.
P Carried 7:55 P.M.
P 7:57 P.M. Upon motion of Harold J. Wentworth it was voted to dissolve the meeting.
P A true record. Attest:<br/>Dennis M. Farraday, Town Clerk
