@title Minutes 04-12-05
@font Times-Roman
@fontsize 11.5
@header_first  
@header MEETING MINUTES - JOINT BURIAL COMMITTEE||HOLMWICK AND SALLOWBY, 12 APRIL 2005
@footer {page}
@numcol 16
HC MINUTES OF THE JOINT BURIAL COMMITTEE MEETING
HC HELD IN THE COMMITTEE ROOM, HOLMWICK TOWN HALL
HC ON TUESDAY, 12 APRIL 2005 AT 7.00 P.M.
S 8
H PRESENT
G Derek Pomfret, Chairman | Holmwick Town Council
G Janice Ulley, Vice Chairman | Sallowby Parish Council
G Keith Ashworth | Holmwick Town Council
G Beryl Nuttall | Holmwick Town Council
G Trevor Openshaw | Sallowby Parish Council
G Harry Whitlam, Cemetery Superintendent |
G Margaret Dunkerley, Clerk to the Committee |
S 6
R I. | <b>CALL TO ORDER</b>
P Chairman Pomfret called the meeting to order at 7.00 p.m.
R II. | <b>ATTENDANCE</b>
P The Clerk reported that all members were present except Councillor Lowther (Sallowby), who had sent apologies. She welcomed Mr. Whitlam and a reporter from the Holmwick Advertiser.
R III. | <b>ELECTION OF OFFICERS</b>
P Postponed
R IV. | <b>AGENDA APPROVAL</b>
I Motion
P Mr. Ashworth moved to approve the Agenda, which was seconded by Mrs. Nuttall and carried unanimously.
R V. | <b>APPROVAL OF MINUTES - 22 FEBRUARY 2005</b>
P Chairman Pomfret called for a motion for approval of the minutes of the 22 February 2005 meeting.
I Motion
P Mr. Openshaw moved to approve the minutes as submitted. Motion seconded by Vice Chairman Ulley that was unanimously approved.
R VI. | <b>RECEIPT OF ACCOUNTS - OCTOBER 2004 TO MARCH 2005 (tabled)</b>
P Chairman Pomfret asked for a motion to remove the item from the table.
I Motion
P Vice Chairman Ulley moved to remove the accounts for October 2004 to March 2005 from the table, which was seconded by Mr. Openshaw and carried unanimously.
P Mrs. Nuttall pointed out that two invoices for grave digging in November did not appear on the schedule and asked the Clerk whether they had now been paid. The Clerk said that both had been paid in January and would appear on the next schedule. Mr. Ashworth asked that the accounts in future show the two councils' contributions separately.
I Motion
P Mrs. Nuttall moved to receive the accounts for October 2004 to March 2005, seconded by Mr. Ashworth and carried unanimously.
R VII. | <b>GROUNDS MAINTENANCE CONTRACT 2005-2008</b>
P The Superintendent reported that three tenders had been received. The lowest, from Sallowby Landscapes, was £7,480 a year; the other two were £8,115 and £9,020. Mr. Openshaw declared that the owner of Sallowby Landscapes was a neighbour and took no part in the vote.
I Motion
P Mr. Ashworth moved to award the contract to Sallowby Landscapes for three years at £7,480 a year, seconded by Mrs. Nuttall and carried 4-0.
R VIII. | <b>MEMORIAL SAFETY TESTING</b>
P Mr. Whitlam reported that 212 memorials in the old section had been tested and that 17 had been laid flat as unsafe. Letters had been sent to the families where an address was known. The report was received.
R IX. | <b>FEES AND CHARGES 2005/06</b>
I Motion
P Vice Chairman Ulley moved to increase all fees by 5% from 1 May 2005. The motion was seconded by Mr. Openshaw. The motion failed 2-3.
I Motion
P Mrs. Nuttall moved to increase all fees by 3% from 1 May 2005 and to keep the charge for children's graves at nil, seconded by Mr. Ashworth and carried 4-1.
PB
R X. | <b>CHAPEL ROOF</b>
P Mr. Whitlam reported that slates had slipped again over the north porch. Chairman Pomfret said that a full survey was needed before the committee spent more money on patching. It was the consensus of the committee that the Clerk obtain prices for a survey and report to the next meeting.
R XI. | <b>NEXT MEETING</b>
P The next meeting will be held on Tuesday, 14 June 2005 at 7.00 p.m. in the Committee Room, Holmwick Town Hall.
R XII. | <b>ADJOURNMENT</b>
P There being no further business, the meeting properly adjourned at 8.47 p.m.
S 24
P Respectfully submitted,
S 18
P Margaret Dunkerley
P Clerk to the Committee
