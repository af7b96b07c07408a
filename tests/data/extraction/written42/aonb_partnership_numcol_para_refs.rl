@title Ravensedge Hills AONB Partnership - Minutes 14 March 2017
@font Times-Roman
@fontsize 11
@numcol 14
@header Ravensedge Hills AONB Partnership – 14 March 2017||DRAFT
@footer Contact: Bethan Corfield, Committee Officer, 01999 000 472 // Page {page}
HC RAVENSEDGE HILLS AONB PARTNERSHIP
C Minutes of the meeting held on 14 March 2017 at 2.00 pm in the Market Hall, Bishops Ravensedge
S 6
P <b>Present:</b> Councillor Bridget Lowe (Chair, Marches County Council), Councillor Dennis Heighway (Ravensedge Town Council), Anne Bromage (Town &amp; Parish Council Rep), Colin Tuffley (Ravensedge Geological Society), Hugh Oakley-Price (Individual Member), Sarah Pinches (Ravensedge Tourism), Margaret Venables (Historic Environment Forum)
P <b>Officers:</b> Philip Garbett (AONB Partnership Manager), Kate Millichap (AONB Funding Officer), Bethan Corfield (Committee Officer)
R 53 | <b>Welcome and Apologies for Absence</b>
P 53.1 The Chair welcomed everyone to the meeting and thanked the Market Hall trustees for the use of the room.
P 53.2 Apologies for absence were received from Gwen Rowson (Caring for Churchyards), Martin Tasker (Individual Member), Councillor Alan Purslow (Marches County Council) and Ivor Lello (Town &amp; Parish Council Rep).
R 54 | <b>Minutes of the last meeting</b>
P 54.1 The AONB Partnership Manager pointed out that some extraneous words had been left at the end of paragraph 50.4 and it was agreed that these be deleted.
P RESOLVED: That, subject to the above, the note of the meeting of the Ravensedge Hills AONB Partnership held on 15 November 2016 be agreed as a true record.
R 55 | <b>Update on the Conservation Board proposal</b>
P 55.1 The AONB Partnership Manager confirmed that the formal submission to create a Conservation Board had been made to the Department and that an informal meeting had since been held with officials.
P 55.2 He advised that the criteria for new Conservation Boards were being revised and that the Partnership would have a chance to comment. Councillor Heighway asked whether the town and parish councils would be consulted separately; the Manager said that they would.
P RESOLVED: That the update be noted.
R 56 | <b>Management Plan Review 2019-2024</b>
P 56.1 The AONB Partnership Manager introduced the proposed timetable for reviewing the Management Plan, with consultation on a draft in the spring of 2018.
P 56.2 Colin Tuffley asked that geodiversity be given a chapter of its own in the new Plan. Margaret Venables supported this and suggested the same for the historic environment.
P RESOLVED: That the timetable for the review of the Management Plan be approved, and that the draft include separate chapters on geodiversity and the historic environment.
R 57 | <b>Partnership Funding 2017/18</b>
P 57.1 The AONB Partnership Manager presented the funding position for 2017/18. The contribution from one of the three councils had not yet been confirmed.
P 57.2 Hugh Oakley-Price asked what would happen if the contribution were reduced. The Manager said that the project budget would be cut first.
P 57.3 It was agreed that the Chair and the Manager write to the three councils to thank them for their support and to seek early confirmation of contributions for 2018/19.
R 58 | <b>Sustainable Development Fund</b>
P 58.1 Kate Millichap presented the list of grants awarded since November, which included £4,500 towards the restoration of the Hope Mill leat and £1,200 for a village orchard at Clee Ashton.
P 58.2 The Partnership noted the grants awarded and congratulated the groups concerned.
R 59 | <b>Reports from Partners</b>
P 59.1 Sarah Pinches reported that visitor numbers at the information centre had risen by 8% in 2016 and that a new walking festival would be held in June.
P 59.2 Anne Bromage reported that three parish councils had adopted the AONB's guidance on dark skies.
R 60 | <b>Any Other Business</b>
P 60.1 There was no other business.
R 61 | <b>Date of Next Meeting</b>
P 61.1 The next meeting will be held on Tuesday 11 July 2017 at 2.00 pm at a venue to be confirmed.
