@title Minutes 13 March 2003
@font Times-Roman
@fontsize 12.5
@header_first Fieldgate, 14 Orchard Rise, Wexbury WX12 7HD   Tel: 01632 960 436||Chairman: Mr. A. Loveday   Clerk: Mrs. J. Penhallow
@header Minutes 13th March 2003||continued
@footer Chairman's initials ………||Page {page}
P Minutes of the meeting of Hollingcombe Parish Council held at the village hall Hollingcombe on Thursday 13th March 2003 at 7.30pm.
P <b>Present:</b> Councillors Alan Loveday, Colin Stirrup, Wendy Pask, Rhys Ambler and Nick Trevithick.
P <b>In attendance:</b> The Parish Clerk Mrs. Jane Penhallow.
P <b>Public Question Time</b> (Public Bodies (Admission to Meetings) Act 1960, s 1.) Resolved: no members of the public attended.
P <b>02/216 Acceptance of apologies for absence</b> Schedule 12 to the Local Government Act 1972 requires the minutes to record who was present. Members unable to attend should send apologies, with the reason, to the Clerk, and under section 85(1) of the Act the Council decides whether to approve the reason given. Resolved: Councillor Bryony Marsh had sent apologies (at work). Council resolved her apology. Councillor Philip Odell had sent apologies (unwell). Council resolved his apology. Councillor Ray Dunstan was absent.
P <b>02/217 Chairman's announcements</b> Resolved: nothing to announce
P <b>02/218 Dispensations</b> Resolved: no requests received
P <b>02/219 Declarations of interest in items on the agenda</b> Resolved: Councillor Rhys Ambler declared a personal interest in item 02/224 as a trustee of the village hall.
P <b>02/220 Minutes of the last meeting</b> To approve as a correct record the minutes of the meeting held on 13th February 2003. Resolved: the minutes were approved as a correct record and signed by the Chairman.
P <b>02/221 Matters arising</b> Resolved: the Clerk reported that the replacement dog bin at the recreation ground had been installed by the District Council and that the bus shelter repair was booked for April.
P <b>02/222 Planning</b> To consider the following applications received from the District Council. (a) 03/00412/FUL Lower Barn, Coombe Lane – conversion of barn to dwelling. Councillor Nick Trevithick said that the access onto Coombe Lane was on a blind bend. Resolved: to object on highway safety grounds. (b) 03/00466/LBC 2 Church Cottages – replacement windows. Resolved: no objection.
P <b>02/223 Finance</b> (a) To approve payments: Clerk's salary and expenses £212.40; Wexbury Printing (newsletter) £86.00; village hall hire £24.00. Resolved: the payments were approved and cheques signed. (b) The Clerk reported a bank balance of £4,318.62 at 28th February 2003.
P <b>02/224 Village hall car park</b> One quotation for resurfacing had been received (£3,950). Councillor Wendy Pask asked that a second quotation be obtained. Resolved: deferred to the April meeting pending a second quotation.
P <b>02/225 Highways and footpaths</b> Councillor Colin Stirrup reported that the footpath stile at Mill Lane was broken and that the ditch on Wexbury Road was blocked again. Resolved: the Clerk to write to the County Council Highways Area Office.
P <b>02/226 Annual Parish Meeting</b> The Chairman proposed that the Annual Parish Meeting be held on Thursday 15th May 2003 in the village hall, with a talk by the Wexbury Wildlife Trust on the churchyard survey. Resolved: agreed, the Clerk to book the hall and the speaker.
P <b>02/227 Best Kept Village Competition</b> Councillor Wendy Pask offered to co-ordinate a litter pick on Saturday 26th April and to ask the school to help with the planters. Resolved: that the Council enter the 2003 competition (small village class).
P <b>02/228 Correspondence</b> (a) County Council – Rural Transport Survey (b) Police – quarterly report (c) CPRE – newsletter. Resolved: the correspondence was noted.
P <b>02/229 Date of next meeting</b> Resolved: Thursday 10th April 2003 at 7.30pm in the village hall.
S 6
P The meeting closed at 9.15pm.
