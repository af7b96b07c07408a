@title Harbor Commission Study Session Minutes 08-08-2012
@font Times-Roman
@fontsize 11.5
@footer Corvina Bay Harbor Commission Study Session Minutes || August 8, 2012 // Page {page}
HC CORVINA BAY HARBOR COMMISSION
HC STUDY SESSION MINUTES
C City Council Chambers
C August 8, 2012
S 8
H 1) CALL MEETING TO ORDER
P The meeting was called to order at 4:30 p.m.
H 2) ROLL CALL
P Commissioners: Leland Farrow, Chair
P Nadia Ostrowski (arrived at 4:42 p.m.)
P Curtis Blaylock
P Joanne Whitcombe
P Ravi Menon
P Sybil Hartigan
P Trent Dunagan
P Staff Members: Kevin Lockhart, Harbor Resources Manager
P Marisa Quintero, Harbor Resources Supervisor
P Council Liaison: Mayor Pro Tem Gloria Ashby
H 3) PUBLIC COMMENTS
P This item was heard after Item No. 4 of the meeting.
H 4) CURRENT BUSINESS
H A. Harbor Commission Objectives for 2012-2013
P Chair Farrow reported that the purpose of the study session is to review the draft objectives prepared by the sub-committee of himself, Commissioner Menon and Commissioner Whitcombe. He noted that no decisions would be made at the study session and that the objectives would be taken up at the regular meeting later in the evening.
P Commissioner Menon presented the four proposed objectives: (1) a review of the mooring permit transfer rules; (2) a plan for the replacement of the public piers at Gull Point and Harbor Street; (3) an anchorage management plan for the summer season; and (4) a public outreach program on boater safety. He said the sub-committee had tried to keep the list short so that each objective could be completed within the year.
P Commissioner Blaylock asked whether the pier replacement belonged with the Harbor Commission or with the Public Works Department. Mr. Lockhart said the Commission's role would be to recommend design priorities and that construction would remain with Public Works.
P Commissioner Ostrowski arrived at 4:42 p.m.
P Commissioner Hartigan suggested adding a review of the live-aboard permit fees. Following discussion, the Commission agreed by consensus to add the live-aboard fee review to the second objective as a sub-task.
H B. Mooring Permit Transfer Rules
P Ms. Quintero summarized the current transfer rules and the number of transfers processed in 2011 (37) and in the first half of 2012 (22). Commissioner Dunagan said the Commission should hear from the Mooring Association before drafting any changes. Commissioner Whitcombe agreed and asked staff to schedule a joint workshop in October.
P The Commission agreed by consensus to ask staff to schedule a joint workshop with the Mooring Association in October.
H C. Format of Future Study Sessions
P Chair Farrow asked Commissioners to consider holding study sessions quarterly rather than before every regular meeting. Mayor Pro Tem Ashby noted that the Council would welcome a short written summary after each study session. No action was taken.
H PUBLIC COMMENTS (Continued)
P Brent Kowalczyk, a resident of Bayside Drive, asked that the anchorage plan include enforcement of the overnight limit at the east anchorage. Lorna Pettibone, representing the Corvina Bay Sailing Club, said the club would be willing to help with the boater safety outreach program.
H 5) ADJOURNMENT
P The study session was adjourned at 5:52 p.m.
