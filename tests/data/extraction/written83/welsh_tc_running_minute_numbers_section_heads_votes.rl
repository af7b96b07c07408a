@title Minutes 12 November 2019
@font Helvetica
@fontsize 10.5
@numcol 16
@header_first 
@header Aberdewi Town Council||Minutes 12.11.19
@footer Page {page}
HC CYNGOR TREF ABERDEWI TOWN COUNCIL
S 4
P To all members of Council: - Minutes of an ABERDEWI TOWN COUNCIL MEETING held at the Council Chamber, Neuadd y Dref, Aberdewi on the 12th November 2019 at 6.30pm.
S 4
R 19702 | <b>Present:</b> Cllr E. Davies (Mayor), Cllr G. Baines, Cllr R. Fisk, Cllr T. Hughes, Cllr N. Jenkins, Cllr S. Lloyd, Cllr D. Owen, Cllr P. Roberts. In attendance: Mrs C. Meredith (Town Clerk).
R 19703 | <b>Apologies:</b> Cllr A. Price (work), Cllr J. Walters (unwell).
R 19704 | <b>Code of Conduct/Declaration of Interest.</b> Cllr T. Hughes declared a personal and prejudicial interest in item 19712 as a member of Aberdewi Sea Rowing Club.
R 19705 | <b>Public Participation</b> – Mrs Alys Pennant of Aberdewi Sea Rowing Club spoke to the Council in support of the club's grant application, describing the new junior section and the need to replace two sets of oars. The Mayor thanked Mrs Pennant for attending.
H COUNCIL ADMINISTRATION
R 19706 | <b>Ratification of the minutes of the meeting held on 22nd October 2019.</b> The minutes of the meeting of the 22nd October were ratified. Proposed: Cllr Baines Seconded: Cllr Fisk Voting: Unanimous.
R 19707 | <b>Matters arising from the meeting held on 22nd October 2019:</b>
R  | 19668 Bus Shelter, Ffordd y Môr – The Clerk reported that the insurer had accepted the claim for the damaged panels and the repair had been booked. 19681 Christmas Wish Tree – The lights have been tested and the community bus has been booked for the event (see also item 19715).
R 19708 | <b>Signing of the minutes of 22nd October 2019.</b> The minutes were signed as a true record of the meeting.
R 19709 | <b>Report on Outstanding Action Log Items.</b> The Action Log was distributed to Councillors, which appraised them of the progress of current and outstanding work. Item 19640 (noticeboard at Pen y Bont) is complete. The report was noted.
H FINANCE
R 19710 | <b>Payments for approval.</b> The schedule of payments for October totalling £4,318.22 was approved. Proposed: Cllr Owen Seconded: Cllr Lloyd Voting: Unanimous.
R 19711 | <b>Budget 2020/21 – first draft.</b> The Clerk presented the first draft budget. Cllr Roberts asked that provision be made for the replacement of the Christmas motifs. Cllr Baines proposed that the draft be adopted as the basis for setting the precept, with an increase of 3%. Proposed: Cllr Baines Seconded: Cllr Owen Voting: 6 for, 2 against.
R 19712 | <b>Grant Applications.</b> Cllr T. Hughes left the meeting. (i) Aberdewi Sea Rowing Club – £500 towards oars. Approved. Proposed: Cllr Jenkins Seconded: Cllr Fisk Voting: Unanimous. (ii) Aberdewi Youth Theatre – £250 towards hire of the hall. Approved. Proposed: Cllr Lloyd Seconded: Cllr Roberts Voting: Unanimous. Cllr T. Hughes returned to the meeting.
H PLANNING
R 19713 | <b>Planning Applications.</b> 0/46512 – 3 Rhes y Capel – two storey rear extension: no objections. 0/46530 – Tan y Graig Caravan Park – ten additional static pitches: the Council resolved to object on the grounds of the increased traffic on Lôn Isaf.
R 19714 | <b>Replacement Local Development Plan – Preferred Strategy consultation.</b> Cllr Jenkins suggested that a working group prepare a response. Deferred to the December meeting.
H PROJECTS
R 19715 | <b>Christmas Wish Tree Event.</b> The Clerk reported that the event would be held on Saturday 30th November from 4pm. Cllr Fisk offered to coordinate the volunteers on the day.
R 19716 | <b>Defibrillator at the Promenade.</b> It was noted that the defibrillator had been installed in the old telephone kiosk and registered with the ambulance service.
R 19717 | <b>Correspondence.</b> The list of correspondence was circulated and noted.
R 19718 | <b>Date of next meeting.</b> Tuesday 10th December 2019 at 6.30pm in the Council Chamber.
S 6
P The meeting closed at 8.25pm.
