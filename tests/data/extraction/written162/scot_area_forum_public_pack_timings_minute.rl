@title (Public Pack)Agenda Document for Lynedale Area Forum, 22/05/2013
@font Helvetica
@fontsize 10
@footer Page {page}
@numcol 12
I (Public Pack)Agenda Document for Lynedale Area Forum, 22/05/2013
HC Public Document Pack
S 6
HC LYNEDALE AREA FORUM
HC WEDNESDAY, 22 MAY, 2013
S 4
P A MEETING of the LYNEDALE AREA FORUM is to be held in the COMMUNITY CENTRE, MAIN STREET, KIRKLYNN on WEDNESDAY, 22 MAY, 2013 at 6.30 PM
P K. R. DALGLEISH,
P Clerk to the Council,
P 15 May 2013
H BUSINESS
R 1. | Apologies for Absence.
R 2. | Order of Business.
R 3. | Declarations of Interest.
R 4. | Minute. (Pages 2 - 3) 2 mins<br/>Minute of 6 March 2013 to be noted. (Copy attached.)
R 5. | Presentation. Lynedale Rivers Trust – Riverbank Restoration 20 mins
R 6. | Local Environment Small Works 2013/14. (Page 3) 5 mins<br/>Report by the Service Director Environment and Infrastructure on small works proposed for the Lynedale area in 2013/14. (Copy attached.)
R 7. | Litter and Dog Control 10 mins<br/>Locality Manager to report.
R 8. | Questions from the Public.<br/>Members of the public may raise matters that are not on the agenda.
R 9. | Community Council Round-up.
R 10. | Police Scotland. 10 mins<br/>Update by Inspector M. Douglas.
R 11. | Scottish Fire and Rescue Service 10 mins<br/>Update by Station Manager.
R 12. | Other Items Previously Circulated.
R 13. | Urgent Items at the Chairman's Discretion.
R 14. | Date of Next Meeting
H NOTES
R 1. | The times shown are a guide only and are not meant to limit discussion.
R 2. | Any Member with a pecuniary or non-pecuniary interest in an item should declare it before discussion of that item begins.
P Membership of Area Forum:- Councillors G. Elliot (Chairman), W. Brydon, R. Hogg, S. Mactaggart and J. Renwick.
P Please direct any enquiries to Fiona Pringle, Democratic Services Officer, Tel 01750 420187.
PB
HC Agenda Item 4
HC WENDALE COUNCIL
HC LYNEDALE AREA FORUM
P MINUTE of Meeting of the LYNEDALE AREA FORUM held in the Community Centre, Kirklynn on Wednesday, 6 March 2013 at 6.30 p.m.
G Present:- | Councillors G. Elliot (Chairman), W. Brydon, S. Mactaggart, J. Renwick; Community Council representatives: Mrs A. Grieve (Kirklynn), Mr D. Laidlaw (Lynefoot), Mr T. Scott (Lynebank).
G Apologies:- | Councillor R. Hogg; Ms E. Anderson (Ashenlaw Community Council).
G In Attendance:- | Locality Manager (Mr K. Turnbull), Community Safety Officer (Ms L. Oliver), Inspector M. Douglas (Police Scotland), Democratic Services Officer (Mrs F. Pringle).
R 1. | <b>MINUTE</b>
R | The Minute of 5 December 2012 had been circulated.
R | <b>DECISION</b><br/>NOTED the Minute.
R 2. | <b>ORDER OF BUSINESS</b>
R | The Chairman took the items in a different order from the agenda; this Minute follows the order in which they were taken.
R 3. | <b>PRESENTATION – LYNEDALE HERITAGE HUB</b>
R | Mrs Jean Rutherford, project co-ordinator, gave a presentation on the plans to convert the former Kirklynn station building into a heritage centre and café. The trust had secured £46,000 of the £120,000 needed. In answer to Councillor Renwick, she explained that the centre would be run by volunteers for the first two years.
R | <b>DECISION</b><br/>NOTED the presentation and thanked Mrs Rutherford.
R 4. | <b>LOCAL ENVIRONMENT SMALL WORKS</b>
R | A report by the Service Director Environment and Infrastructure listing proposed projects for the rest of 2012/13 had been circulated. Mr Turnbull explained that £11,450 remained in the Lynedale budget. Councillor Brydon asked that the replacement of the bench at Lynefoot war memorial be added to the list.
R | <b>DECISION</b><br/>AGREED to approve the schemes listed in Appendix 1 to the report, with the addition of the Lynefoot bench, within a total of £11,450.
R 5. | <b>LITTER AND DOG CONTROL</b>
R | Ms Oliver reported that 14 fixed penalty notices had been issued in the Lynedale area since April 2012, and that new signs would be put up on the riverside path at Lynebank.
R | <b>DECISION</b><br/>NOTED the report.
R 6. | <b>QUESTIONS FROM THE PUBLIC</b>
R | Mr Scott asked about the proposed closure of the public toilets at Lynebank. Councillor Mactaggart advised that the Council would consult on all rural toilets later in the year.
R | <b>DECISION</b><br/>NOTED.
R 7. | <b>COMMUNITY COUNCIL ROUND-UP</b>
R | Mrs Grieve reported that Kirklynn Community Council had held a successful public meeting on the future of the village shop and had set up a steering group.
R | <b>DECISION</b><br/>NOTED.
R 8. | <b>POLICE SCOTLAND</b>
R | Inspector Douglas gave an update on the first weeks of Police Scotland and on recent incidents in the area, which included two break-ins to farm buildings at Lynefoot. He undertook to send the figures for speeding enforcement on the Lynedale road to the Clerk.
R | <b>DECISION</b><br/>NOTED the update.
R 9. | <b>DATE OF NEXT MEETING</b>
R | The next meeting would be held on Wednesday, 22 May 2013 at 6.30 p.m. in the Community Centre, Kirklynn.
R | <b>DECISION</b><br/>NOTED.
P The meeting concluded at 8.25 p.m.
S 10
HC Agenda Item 6
HC LOCAL ENVIRONMENT SMALL WORKS 2013/14
P Report by Service Director Environment and Infrastructure
P LYNEDALE AREA FORUM
P 22 May 2013
H 1 PURPOSE AND SUMMARY
R 1.1 | This report proposes projects in the Lynedale area to be funded from the Local Environment Small Works budget of £18,000 for 2013/14.
R 1.2 | The projects were suggested by Members, community councils and the Locality Manager and are listed in Appendix 1.
H 2 RECOMMENDATIONS
R 2.1 | I recommend that the Area Forum approves the projects in Appendix 1 at a total cost of £15,200 and retains £2,800 for urgent works during the year.
