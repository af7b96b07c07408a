@title Ravensfleet Yacht Club - Notice of AGM 1999
@font Times-Roman
@fontsize 11
@numcol 12
@header_first RAVENSFLEET YACHT CLUB || Founded 1921
@header Ravensfleet Yacht Club || Notice of Annual General Meeting 1999
@footer The Hard, Lower Ravensfleet RV3 9QT || Page {page}
HC RAVENSFLEET YACHT CLUB
C The Hard, Lower Ravensfleet
S 6
HC Notice of AGM
S 4
P Notice is hereby given that the Annual General Meeting of this Club will be held in the Clubhouse, Lower Ravensfleet on Saturday 4th December 1999 at 12:00 hours when the attendance of members is requested for the following purpose:
S 4
H Agenda
R 1 | To receive apologies for absence
R 2 | To confirm the minutes of the 1998 Annual General Meeting (previously circulated)
R 3 | To consider matters arising
R 4 | Commodore’s Report
R 5 | To adopt proposed changes to Rules 4.2 (Cadet membership) and 11.6 (Laying-up ashore)
R 6 | Hon. Treasurer Report – 1999 Accounts / 2000 Budget
R 7 | Other Notified Business – proposal from the Dinghy Section that the Rescue Boat Fund be made a separate account
R 8 | Elect Officers 2000
R 9 | Elect Members of Management Committee
R 10 | AOB
R | a) Millennium Cup
R | b) Wherry Shield
R | c) Gannet Trophy
R 11 | Date of next meeting – 2 December 2000 at 12:00 hours
S 6
P Papers for the meeting (the draft minutes of the 1998 AGM, the 1999 Accounts and the text of the proposed Rule changes) may be collected from the Club Office, or will be posted to any member who sends a stamped addressed envelope to the Hon. Secretary.
S 6
H IMPORTANT NOTES:
P If a member of the Club wishes to propose any other business for consideration at the AGM, it must be delivered to the Hon. Secretary by 12:00 hours on Saturday 13th November 1999. Rule 8.3 shall apply. Amendments to resolutions may be submitted to the Hon. Secretary at least 8 clear days before the AGM (Thursday 25th November 1999). Rule 8.4 shall apply.
P At every General Meeting of the Club the Commodore or the senior Flag Officer present or, in their absence, a chairman elected by those present shall preside (Rule 8.7). Unless the Rules provide otherwise a resolution shall be carried by a majority of votes. In the event of an equality of votes the chairman shall have a second or casting vote. A quorum at any General Meeting of the Club shall be 60 persons present and entitled to vote (Rule 8.8).
P Attendance at any General Meeting of the Club shall be restricted to Full, Family and Life Members and to Honorary Members. Cadet and Associate Members may attend but shall not speak or vote.
S 10
P By order of the Management Committee
P <b>P. J. Thirlwell</b><br/>Hon. Secretary<br/>30th October 1999
