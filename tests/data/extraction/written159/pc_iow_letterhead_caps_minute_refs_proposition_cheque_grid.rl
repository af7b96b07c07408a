@title Hollowmead Parish Council Minutes 3 November 2014
@font Times-Roman
@fontsize 11
@footer Signed ............................................ Chairman          Date ..........................          Page {page}
HC HOLLOWMEAD PARISH COUNCIL
C Clerk Martin Yelland
C Fernside, Station Lane, Hollowmead, Isle of Wight PO99 4ZQ Tel 01000 862117
S 8
H A MEETING OF HOLLOWMEAD PARISH COUNCIL WAS HELD AT THE READING ROOM, HOLLOWMEAD AT 7.30 PM ON MONDAY 3RD NOVEMBER 2014.
P MEMBERS PRESENT: Councillors Coombes, Ferrar (Chairman), Lacey, Orchard and Quennell.
P ALSO IN ATTENDANCE: M Yelland (Clerk), IW Councillor Rayner and four members of the public..
P 7.00pm to 7.30pm time allocated for residents of Hollowmead Parish to speak to the Council on Parish Council matters.
P Mrs Pelham asked when the hedge alongside the footpath to Shepherds Down would be cut back, as pushchairs could no longer pass. Mr Gosden thanked the Council for the new bench at the bus stop and asked whether a litter bin could be placed beside it.
P ..
H 171/14 APOLOGIES FOR ABSENCE
P Councillor Sibley (work commitments).
H 172/14 DECLARATIONS OF INTEREST
P Mr Coombes declared a personal interest in item 176/14 as a neighbour of the applicant.
H 173/14 CONFIRMATION OF MINUTES OF MEETING HELD 6TH OCTOBER 2014.
P On the proposition of Mrs Ferrar, seconded by Mr Lacey it was -
P RESOLVED: That the minutes be approved.
H 174/14 MATTERS ARISING
P The Clerk reported that the highways contractor had inspected the footpath hedge and would cut it back before the end of November. The replacement noticeboard for Church Corner had been ordered and would be delivered in January. All other matters were covered elsewhere on the Agenda.
H 175/14 FINANCE – ACCOUNTS FOR PAYMENT
P On the proposition of Mr Quennell seconded by Miss Orchard, the following cheque payments were approved –
G CHEQUE NO | PAYEE | AMOUNT £
G 0000642 | POST OFFICE – HMRC (THREE MONTHS) | 187.20
G 0000643 | DOWNSIDE CLEANING – TOILETS CONTRACT | 412.00
G 0000644 | M YELLAND – EXPENSES | 28.65
G 0000645 | POPPY APPEAL – WREATH | 25.00
G 0000646 | P GOSDEN – BENCH FIXINGS | 43.10
P The bank balance at 31st October 2014 was reported as £11,904.37.
H 176/14 PLANNING APPLICATIONS
P Mr Coombes left the room. The following planning application was considered – TCP/33012 Rowan Barn, Shepherds Down Lane. Proposed conversion of barn to holiday let.
P RESOLVED: No objection, but the Council asks that the passing place on the lane is kept clear during the works.
P Mr Coombes returned to the meeting.
H 177/14 PLANNING DECISIONS
P The following decisions of the IW Council were noted – TCP/32881 Ivy Cottage, The Street (conservatory) – granted; TCP/32904 Land at Nodes Farm (two dwellings) – refused.
H 178/14 IW COUNCILLOR'S REPORT
P IW Councillor Rayner reported that the budget consultation for 2015/16 was open until 12th December and that the bus service review would be discussed at the scrutiny committee on 20th November. Miss Orchard asked whether the Sunday service to the county town was at risk; Councillor Rayner said it was one of the routes being looked at.
H 179/14 PARSONAGE FIELD – PLAY EQUIPMENT
P Mrs Ferrar reported that the annual inspection had found the timber frame of the climbing unit to be rotten at the base. The unit has been taped off. Mr Lacey suggested that the whole unit should be replaced rather than repaired. After discussion it was –
P RESOLVED: The Clerk to obtain three quotations for a replacement unit for the January meeting.
H 180/14 CORRESPONDENCE
P A letter from the Hollowmead Village Hall Trustees inviting the Council to the Christmas lights switch-on on 6th December. Mrs Ferrar agreed to attend on behalf of the Council.
H 181/14 DATE OF NEXT MEETING
P Monday 1st December 2014 at 7.30pm in the Reading Room.
P The meeting closed at 9.05 pm.
