@title Agenda - Regular Drainage Meeting 08/14/2019
@font Helvetica
@fontsize 10.5
@numcol 14
@footer Winnebrook County Drainage • 1215 Edgar Street • Page {page}
C WINNEBROOK COUNTY
HC AGENDA
HC REGULAR DRAINAGE MEETING
HC AUGUST 14, 2019 AT 8:30 AM
C Board Room, Winnebrook County Courthouse
S 10
R 1. | Open Meeting
R 2. | Approve Agenda
R 3. | Approve Minutes<br/>-July 24, 2019 Regular Drainage Meeting<br/>-July 31, 2019 DD 14 Landowner Meeting<br/>-August 7, 2019 Regular Drainage Meeting
R 4. | DD 27 - Discuss, With Possible Action, Project Update<br/>Last week: Gehring Excavating finished the open ditch cleanout from Sta. 12+00 to Sta. 31+50.<br/>This week: tile crossings at 190th Street; road closed Wednesday and Thursday.<br/>Seeding of spoil banks to follow once the crossings are complete.
R 5. | DD 9 - Discuss, With Possible Action, Annexation Hearing Date<br/>- Engineer's annexation report received August 5, 2019.<br/>- Hearing must be set at least 30 days after notice is mailed.<br/>- Suggested dates: September 18 or September 25, 2019.
R 6. | DD 41 - Discuss, With Possible Action, Repair Bids<br/>Two bids received for the main tile repair near Outlet 3:<br/>- Van Wyk Drainage: $18,420.00<br/>- Prairie Tile &amp; Trench: $21,975.50
R 7. | Drainage Utility Permit #2019-6 - Discuss, With Possible Action<br/>Fiber optic crossing of DD 14 Lateral B and DD 27 Main. Applicant has asked for approval before August 30.
R 8. | Other Business
R 8.I. | Regular Drainage Meeting 8/21/19<br/>-Drainage clerk will be at training.<br/>-Cancel meeting or have deputy auditor attend?
R 9. | Adjourn Meeting
S 16
I Any person needing an accommodation to take part in this meeting should contact the Auditor's Office at least 24 hours before the meeting.
