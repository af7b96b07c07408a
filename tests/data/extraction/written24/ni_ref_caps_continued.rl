@title Minutes of Council Meeting 6 March 2017
@font Times-Roman
@fontsize 11
@numcol 30
@header – {page} –
HC BANNVALE BOROUGH COUNCIL
HC MINUTES OF COUNCIL MEETING HELD IN THE COUNCIL CHAMBER, CIVIC CENTRE, RIVERSIDE ROAD, BANNVALE ON MONDAY 6 MARCH 2017 AT 7.00PM
S 6
R PRESENT: | The Worshipful the Mayor, Councillor R Haddock
R | The Deputy Mayor, Councillor Ms A Toner
R Aldermen |
G Alderman S J Gilpin | Alderman Mrs E Mulligan | Alderman T R Kerr
R Councillors |
G Councillor J G Buckley | Councillor C Devlin | Councillor P McAteer
G Councillor Mrs H Orr | Councillor D Quinn | Councillor L Russell BA (Hons)
G Councillor Ms F Sloan | Councillor W Trimble | Councillor K Walsh (14)
R APOLOGIES: | Alderman J Magowan, Councillors M Hegarty and N Lavery
R IN ATTENDANCE: | Chief Executive (Mr D Fleming), Director of Corporate Services (Mrs R Kane), Director of Environmental Services (Mr P Gault), Member Services Officer (Miss L Conlon)
S 6
H OPENING ANNOUNCEMENTS
R C201/2017 | <b>WELCOME</b>
P The Mayor, Councillor Haddock, welcomed Members to the meeting and welcomed a group of pupils from Riverside Integrated College who were seated in the public gallery as part of their citizenship course.
R C202/2017 | <b>CONDOLENCES</b>
P Alderman Gilpin conveyed condolences to the family of the late Mr Robert Steele, who had served as Town Clerk of the former Bannvale Urban District Council for almost twenty years, and paid tribute to his dedication to the town. Councillor Quinn associated himself and his party with the remarks.
P It was AGREED that a letter of sympathy be sent to the Steele family on behalf of the Council.
H MINUTES
R C203/2017 | <b>MINUTES OF COUNCIL MEETING HELD ON 6 FEBRUARY 2017</b>
P Proposed by Alderman Kerr
P Seconded by Councillor Ms Sloan and
P RESOLVED: That the Minutes of the Council Meeting held on 6 February 2017 be taken as read, confirmed and signed.
R C204/2017 | <b>MINUTES OF ENVIRONMENTAL SERVICES COMMITTEE MEETING HELD ON 14 FEBRUARY 2017</b>
P Councillor Buckley, referring to minute ES19/2017, asked whether the reduced winter opening hours at the Tullyvarn Household Recycling Centre would be reviewed before the summer. The Director of Environmental Services, Mr Gault, advised that a report on visitor numbers would be brought to the April meeting of the Committee. Councillor Walsh asked that the report also cover the queues at the site on Saturday mornings, which were backing up onto the main road.
P Proposed by Councillor Buckley
PB
R C204/2017 | <b>MINUTES OF ENVIRONMENTAL SERVICES COMMITTEE MEETING HELD ON 14 FEBRUARY 2017 Continued</b>
P Seconded by Councillor Walsh and
P RESOLVED: That the Minutes of the Environmental Services Committee Meeting held on 14 February 2017 be approved and adopted.
R C205/2017 | <b>MINUTES OF LEISURE AND COMMUNITY SERVICES COMMITTEE MEETING HELD ON 20 FEBRUARY 2017</b>
P Proposed by Councillor Walsh
P Seconded by Councillor Mrs Orr and
P RESOLVED: That the Minutes of the Leisure and Community Services Committee Meeting held on 20 February 2017 be approved and adopted.
H CORRESPONDENCE
R C206/2017 | <b>DEPARTMENT FOR INFRASTRUCTURE – CONSULTATION ON THE RURAL ROAD SAFETY STRATEGY FOR NORTHERN IRELAND</b>
P The Chief Executive drew Members' attention to correspondence from the Department for Infrastructure seeking the Council's views on its draft Rural Road Safety Strategy. Responses were to be submitted by 31 March 2017.
P Councillor McAteer said that the strategy said very little about the narrow roads around Derrylane and Ballyoran, where three people had lost their lives in the past five years, and asked that the Council's response press for lower speed limits near rural schools. Councillor Mrs Orr supported this and asked that the response also refer to the lack of footways on the approaches to the villages.
P It was AGREED that officers prepare a response to the consultation reflecting the comments made and circulate it to Members before submission.
R C207/2017 | <b>SCHEDULE OF DOCUMENTS REQUIRING CORPORATE SEAL</b>
P RESOLVED: That the Corporate Seal be affixed to the documents listed in the Schedule circulated with the agenda.
H NOTICES OF MOTION
R C208/2017 | <b>NOTICE OF MOTION – RURAL BROADBAND</b>
P The following Notice of Motion was proposed by Councillor Devlin and seconded by Councillor Russell:
I "That this Council calls on the Department for the Economy to publish a timetable for the delivery of superfast broadband to the 4,200 premises in the Borough that are still without it, and writes to the Minister to request a meeting."
P Councillor Devlin said that farms and small businesses in the west of the Borough were being left behind. Alderman Mulligan said she supported the aim of the motion but believed a meeting with the Minister was premature. Councillor Trimble spoke in support.
P On a vote being taken there voted 9 Members for and 7 Members against.
P The Mayor declared the motion carried.
R C209/2017 | <b>NOTICE OF MOTION – SUNDAY OPENING OF LEISURE CENTRES</b>
P The following Notice of Motion was proposed by Councillor Trimble and seconded by Alderman Kerr:
I "That this Council opens the Bannvale and Tullyvarn Leisure Centres on Sunday afternoons from 1 June 2017 on a twelve month trial basis."
P Councillor Quinn said that the cost of the trial had not been set out and that staff had not been consulted.
P On a vote being taken there voted 6 Members for and 10 Members against.
P The Mayor declared the motion lost.
H IN COMMITTEE
R C210/2017 | <b>EXCLUSION OF PUBLIC AND PRESS</b>
P Proposed by Councillor Ms Sloan
P Seconded by Councillor Quinn and
P RESOLVED: That the Council go 'In Committee' to consider the following item which contained information relating to the financial or business affairs of any particular person.
R C211/2017 | <b>TENDER FOR GROUNDS MAINTENANCE EQUIPMENT</b>
P The Director of Corporate Services, Mrs Kane, reported on the tenders received for the supply of ride-on mowers and associated equipment.
P Proposed by Alderman Gilpin
P Seconded by Councillor Devlin and
P RESOLVED: That the tender submitted by Lagan Turf Care Ltd be accepted.
S 8
P There being no further business the meeting concluded at 9.05pm.
S 20
G Mayor ______________________ | Date ______________________
