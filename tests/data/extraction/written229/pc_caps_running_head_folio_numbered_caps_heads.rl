@title OXENWOLD PARISH COUNCIL 7 SEPTEMBER 2009
@font Times-Roman
@fontsize 11
@numcol 12
@header OXENWOLD PARISH COUNCIL 7 SEPTEMBER 2009||PARISH COUNCIL
@footer 2009/6{page}
HC MINUTES OF THE MEETING OF OXENWOLD PARISH COUNCIL HELD AT THE METHODIST SCHOOLROOM ON 7 SEPTEMBER 2009 AT 7.30PM
S 6
P Present: Councillors R. Gatenby (Chairman), A. Blakey, M. Coupland, J. Dunwell, S. Harrop, T. Kitching, E. Mawson
P In attendance: Lorna Fewster (Clerk to the Council), Ward Cllr. Derek Ashworth, 4 members of the public
S 6
R 1 | <b>PUBLIC FORUM</b>
P A resident raised the state of the footpath between Town Street and the playing field, which had become badly overgrown over the summer. Another resident asked when the revised bus timetable would be posted in the shelter.
P Ward Cllr. Ashworth said that he would take up both matters with officers and would report back at the October meeting.
P Ward Cllr. Ashworth and three members of the public left the meeting.
R 2 | <b>APOLOGIES FOR ABSENCE</b>
P Cllr. Northgraves - work commitments     Cllr. Ripley - illness
R 3 | <b>DECLARATIONS OF INTEREST IN ACCORDANCE WITH THE CODE OF CONDUCT</b>
R 3.1 | Declarations of Interest
P Cllr. Kitching – item 9 – Village Hall – personal
P Cllr. Harrop – item 7.1 – planning application 09/02214/PLF – personal and prejudicial (adjoining owner)
R 3.2 | Requests for dispensation – None
R 4 | <b>APPROVAL AND ADOPTION OF MINUTES</b>
P Resolved: that the minutes of the meeting held on 3 August 2009 be signed as a correct record.
R 5 | <b>FINANCE</b>
R 5.1 | Approval of Payments
G L. Fewster | Salary and expenses, August | £286.40
G Oxenwold Methodist Church | Room hire, July and August | £18.00
G Yorwold Grounds Ltd | Grass cutting, playing field and churchyard | £210.00
P Resolved: that the payments listed be approved.
R 5.2 | Budget Statement
P The Clerk presented the budget statement to 31 August 2009. Spending was in line with the budget apart from the churchyard wall repair, which had cost £450 more than the estimate. The statement was noted.
R 6 | <b>CORRESPONDENCE</b>
P Letters received since the last meeting were circulated. Cllr. Blakey will attend the rural transport forum on 30 September.
R 7 | <b>PLANNING</b>
R 7.1 | 09/02214/PLF – Single storey rear extension, 12 Westgate
P Cllr. Harrop left the room. Resolved: that no objection be raised. Cllr. Harrop returned.
R 7.2 | 09/02301/LBC – Replacement of rear door, Manor Farmhouse, Town Street
P Resolved: to support the application, provided the new door is of painted timber.
R 8 | <b>PLAYING FIELD</b>
P Cllr. Mawson reported that the seat of the junior swing had cracked and had been taken down. Resolved: that the Clerk orders a replacement seat at a cost not exceeding £85.
R 9 | <b>VILLAGE HALL</b>
P Cllr. Kitching reported that the hall committee had been offered a grant of £2,000 towards the new kitchen and that work would start in November.
R 10 | <b>HIGHWAYS</b>
P Cllr. Coupland asked for the overhanging hedge on the bend of Beverley Lane to be reported to the highways authority. The Clerk will report it.
R 11 | <b>ANY OTHER BUSINESS (FOR INFORMATION ONLY)</b>
P Cllr. Dunwell reported a fly-tip of builders' rubble on Cliff Lane near the old quarry.
R 12 | <b>DATE OF NEXT MEETING</b>
P Monday 5 October 2009 at 7.30pm in the Methodist Schoolroom.
S 8
P The meeting closed at 9.10pm.
