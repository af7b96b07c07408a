@title AVICC minute 18 April 2015
@font Times-Roman
@fontsize 11
@header Minute adopted at the AVICC meeting on 12-09-15
@footer {page}
HC ASSOCIATION OF VORRAN ISLES COMMUNITY COUNCILS
C Minute of the Meeting held on Saturday 18 April 2015 at 10.30 am in the Pierhead Hall, Skarport
S 6
H Present:
G Norravoe CC | Mr Hector Rennie (Chairman), Mrs Ruth Manson
G Skarport CC | Mr Alec Linklater, Mrs Wilma Nicolson
G Hamarsgeo CC | Mr Bertie Williamson
G Quendaness CC | Ms Joan Rendall, Mr Kenny Arthur
G Skeldavoe CC | Mr Derek Tait
H In Attendance:
G Vorran Isles Council | Cllr Magnus Wishart
G  | Mrs Carol Flett, Community Council Liaison Officer
G  | Mr Robbie Fraser, Executive Manager, Transport Planning
G Clerk | Mrs Brenda Couper
S 6
H 1. Welcome and Apologies
P The Chairman welcomed everyone to the meeting, and in particular Cllr Wishart who was attending an Association meeting for the first time.
P Apologies: Stennabrough CC; Ollasta CC; Mr Jim Garriock (Chairman, Ollasta CC).
H 2. Minute of Previous Meeting
P On the proposal of Mrs Ruth Manson, seconded by Mr Alec Linklater, the minute of the meeting of 13th September 2014 was adopted as a correct record.
H 3. Updates
H 3.1 Inter-Island Ferry Fares Review
P Mr Robbie Fraser had asked to bring members up to date on the review of inter-island fares.
P Mr Fraser said that the consultation would close on 29th May and that every Community Council had been sent the options paper. The Council is looking at a flat fare for foot passengers and a reduced number of bands for vehicles. Any change would not take effect before April 2016.
P Mr Bertie Williamson asked whether the concession for island residents attending hospital appointments would continue. Mr Fraser said that it would, and that it was not part of the review.
P Mrs Wilma Nicolson said that the evening service to Skarport was often full in the summer and asked that capacity be looked at alongside fares. Mr Fraser undertook to pass this to the ferry operations team.
P The Chairman thanked Mr Fraser for coming.
H 3.2 Update from Clerks' Meeting
P Mrs Brenda Couper reported on the Clerks' meeting of 14th March 2015, where Clerks had been shown the new year-end accounts template that all Community Councils will use from this year. Several Clerks would like the guidance on grant claims made simpler.
P Members noted the update.
H 3.3 Mobile Phone Coverage
P Ms Joan Rendall reported that the mast at Quendaness had been out of service for most of March and that there had been no signal at all in the north of the island. Other members reported similar problems.
P It was agreed that the Association would write to the network operator and copy the letter to the local MSP.
H 4. Community Council Funding 2015/16
P Mrs Carol Flett reported that the Council had set the core grant to Community Councils for 2015/16 at 5% below the previous year. The discretionary fund for projects would remain at its current level.
P Mr Kenny Arthur said that the smaller Community Councils would find it hard to meet insurance and hall costs if the core grant were reduced again.
P After discussion it was agreed that the Chairman would write to the Council's Chief Executive to express the Association's concern at any further reduction.
H 5. Review of the Scheme for the Establishment of Community Councils
P Cllr Magnus Wishart explained that the Council must review the Scheme and that a draft would be issued to all Community Councils in the autumn, with a period of eight weeks for comments. The number of members for each area would be part of the review.
P Members noted the draft timetable for the review.
H 6. Representation on Outside Bodies
P Mr Hector Rennie was re-appointed as the Association's representative on the Isles Health Forum, on the proposal of Mr Derek Tait, seconded by Ms Joan Rendall.
P No nomination had been received for the Transport Partnership and this will be carried forward to the September meeting.
H 7. Any Other Business
P Mrs Wilma Nicolson raised the poor state of the waiting room at the Skarport ferry terminal, where the heating had not worked all winter. Cllr Wishart agreed to take this up with the Ports department.
H 8. Date of Next Meeting
P Saturday 12th September 2015 at 10.30 am in the Pierhead Hall, Skarport.
S 12
P Signed .......................................... Chairman          Date ..........................
