@title Parks and Greenspaces Citizens Subcommittee minutes 031903
@font Times-Roman
@fontsize 12
@header_first
@header
HC KELLOWAY BASIN REGIONAL GOVERNMENT
C 1200 Harbor Street, Kelloway
S 10
HC Parks and Greenspaces Citizens Subcommittee
C Wednesday, March 19, 2003
C Room 375
S 10
P Members present: Elspeth Varga, Donal Finnerty, and Jocelyn Marchbanks.
P Also present: Reid Okamura, Public Affairs Specialist, and Saffron Hale, Volunteer Coordinator, Parks and Greenspaces.
S 6
P Meeting was called to order at 6pm by Chairman Marchbanks.
S 6
P Approval of Agenda – Donal Finnerty made a motion to approve the agenda with the addition of Saffron Hale as a speaker. Motion approved.
S 6
P The February 19, 2003 Meeting Minutes were approved.
S 6
P Public Comment
P There was no public comment.
S 6
P Parks Volunteers
P Ms. Hale reported to the subcommittee on the parks volunteer program. She handed out the 2002 Volunteer Services Report and gave examples of the information in it: 1,180 volunteers in 2002, giving 16,400 hours at 31 different sites. This would equal roughly $255,000 if the volunteers were paid staff. Elspeth Varga asked whether the hours at the nature center were included; Ms. Hale said they were.
S 6
P Budget
P Reid Okamura reported that the budget was still in flux. It would go to the Council on March 27. He will report back at the next subcommittee meeting.
S 6
P Intergovernmental Agreements
P There was discussion on including wording about citizen involvement in IGAs. The subcommittee voted to propose to the Council that IGAs comply with the Greenspaces Master Plan and with State Goal 1, which defines citizen involvement and how it should be accounted for.
S 6
P Meeting was adjourned at 7:05 p.m.
S 12
P Respectfully submitted,
S 4
P Jocelyn Marchbanks
