@title Council Minutes 12 May 1998
@font Times-Roman
@fontsize 11
@numcol 24
@header COUNCIL || 12 May 1998
@footer {page}
@pageoffset 416
HC WEALDBRIDGE BOROUGH COUNCIL
HC MINUTES OF THE ANNUAL MEETING OF THE COUNCIL
C Tuesday, 12th May, 1998 at 7.30 pm, Council Chamber, Town Hall, Wealdbridge
P <b>PRESENT:</b> His Worship the Mayor (Councillor Mrs P J Ashdown), Councillors Allcorn, Baverstock, Mrs Chittenden, Cripps, Mrs Dunmall, Fairbrass, Mrs Gurr, Hollands, Jeal, Mrs Kemsley, Luckhurst, Mrs Munn, Noakes, Pattenden, Quested, Mrs Relf, Stanbridge, Mrs Tapsfield, Vidler, Mrs Weeks and Wickenden.
P Apologies for absence were received from Councillors Mrs Ovenden and Tolhurst.
P <b>PART 1 - PUBLIC</b>
R C 98/031 | <b>Election of Mayor</b>
P It was proposed by Councillor Luckhurst, seconded by Councillor Mrs Dunmall and
P RESOLVED: That Councillor D E Hollands be elected Mayor for the ensuing municipal year.
P The Mayor, having made and subscribed the statutory declaration of acceptance of office, was invested by the retiring Mayor with the Badge and Chain of Office, assumed the Chair and thanked Members for his election.
R C 98/032 | <b>Vote of Thanks to Retiring Mayor</b>
P It was proposed by Councillor Fairbrass, seconded by Councillor Mrs Relf and
P RESOLVED: That the Council's sincere appreciation be recorded of the excellent manner in which the retiring Mayor, Councillor Mrs P J Ashdown, had performed her duties both in the Council Chamber and throughout the Borough during the preceding year.
P Councillor Mrs Ashdown responded and presented a cheque for £3,150 to the Wealdbridge Hospice from her charity appeal.
R C 98/033 | <b>Election of Deputy Mayor</b>
P It was proposed by Councillor Jeal, seconded by Councillor Pattenden and
P RESOLVED: That Councillor Mrs S M Kemsley be appointed Deputy Mayor for the ensuing municipal year.
P The Deputy Mayor made and subscribed the statutory declaration of acceptance of office and thanked Members for her appointment.
R C 98/034 | <b>Minutes</b>
P RESOLVED: That the Minutes of the proceedings of the meeting of the Council held on 21 April 1998 be approved as a correct record and signed by the Mayor.
R C 98/035 | <b>Mayor's Announcements</b>
P The Mayor announced that he had appointed the Reverend Alan Pye as his Chaplain and that the Civic Service would be held at St Mary's Church, Wealdbridge on Sunday 14 June 1998. His nominated charities for the year would be the Wealdbridge Talking Newspaper and the Riverside Scout Group.
R C 98/036 | <b>Appointment of Committees</b>
P The Chief Executive submitted the schedule of committee places allocated in accordance with the political balance rules.
P Councillor Cripps moved, and Councillor Mrs Weeks seconded, an amendment that the Leisure Services Committee be increased from 11 to 13 members. On being put to the vote the amendment was LOST.
P It was then proposed by Councillor Luckhurst, seconded by Councillor Stanbridge and
P RESOLVED: That the Committees of the Council for the municipal year 1998/99 be appointed with the membership set out in the schedule circulated at the meeting.
R C 98/037 | <b>Appointment of Chairmen and Vice-Chairmen of Committees</b>
P It was proposed by Councillor Luckhurst, seconded by Councillor Vidler and
P RESOLVED: That the Chairmen and Vice-Chairmen of Committees for 1998/99 be as follows: Policy and Resources, Councillors Luckhurst and Stanbridge; Planning and Transportation, Councillors Quested and Mrs Gurr; Leisure Services, Councillors Mrs Tapsfield and Wickenden; Housing and Environmental Services, Councillors Noakes and Mrs Munn.
R C 98/038 | <b>Calendar of Meetings 1998/99</b>
P RESOLVED: That the calendar of meetings for 1998/99 be approved, subject to the meeting of the Council scheduled for 22 December 1998 being moved to 15 December 1998.
R C 98/039 | <b>Appointments to Outside Bodies</b>
P Councillor Baverstock asked that the appointment to the Wealdbridge Drainage Board be deferred until the Board's review of its membership was complete. This was agreed.
P RESOLVED: That the Council's representatives on outside bodies for 1998/99 be as set out in the schedule, other than the Wealdbridge Drainage Board.
R C 98/040 | <b>Common Seal</b>
P RESOLVED: That the Common Seal of the Council be affixed to any documents necessary to give effect to the decisions taken at this meeting.
P The meeting ended at 8.40 pm
S 30
P Signed ........................................................................... Mayor
