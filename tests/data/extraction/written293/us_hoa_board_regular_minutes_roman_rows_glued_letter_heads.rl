@title Larkspur Glen Community Association - Regular Meeting Minutes October 24, 2012
@font Times-Roman
@fontsize 11
@header Larkspur Glen Community Association HOA, Inc.||Regular Meeting Minutes – October 24, 2012
@footer Page {page}
HC Larkspur Glen Community Associates HOA, Inc.
HC Regular Meeting Minutes
HC October 24, 2012
S 6
P The Board of Directors met in the Hollins House clubroom, Aldergate, Maryland, on Wednesday, October 24, 2012, beginning at 7:00 p.m.
TH Present | Absent | Others Present
T Karen Voss, President; Tom Dunleavy, Vice President; Rita Archuleta, Treasurer; Sam Okafor, Secretary; Linda Berg, Director | | Jason Pike, Keystone Community Management; 3 homeowners
S 6
T <b>I. CALL TO ORDER</b>
T With a quorum present, President Karen Voss opened the regular meeting at 7:03 p.m.
T <b>II. MINUTES</b>
T The September 26, 2012 minutes were reviewed by the Board.
T <b>III. HOMEOWNER FORUM</b>
T A homeowner raised the condition of the path between Wheatfield Court and the pond, where the asphalt has lifted over tree roots, and asked that it be repaired before winter. A second homeowner reported geese droppings on the play area. <i>Action: Management to obtain a quote for the path and to ask the landscaper about deterrents for the geese.</i> <i>(Management)</i>
T <b>IV. MANAGEMENT REPORT</b>
T A. Leaf Collection: B. *******/ Fence Violation: C. 2013 Final Budget: D. Reserve Study Update: E. Mailbox Replacement: F. Collections Report/*******:
T <b>V. COMMITTEE REPORTS</b>
T A. Architectural Review: two deck applications under review B. Pool Committee: Pool closed for the season on September 9; the cover is on and the furniture stored. C. Welcome Committee: none D. Grounds Committee: The storm drain on Wheatfield Court is blocked with leaves; the contractor has been called. E. Social Committee: The fall festival raised $412 for the Food Bank.
T <b>VI. OLD BUSINESS</b>
T Entrance sign lighting: the electrician has replaced the timer and both signs are lit again.
T <b>VII. NEW BUSINESS</b>
T Mr. Pike presented the final 2013 budget, which keeps the assessment at $186 per quarter and increases the reserve contribution by $4,000. Motion to approve the 2013 Final Budget as presented was made by Mr. Dunleavy and seconded by Ms. Archuleta. Motion carried 5-0.
T Ms. Berg asked whether the Annual Meeting could be held in the school cafeteria to allow more room. The Board agreed to hold the Annual Meeting on December 5, 2012 at Aldergate Elementary. <i>(Management)</i>
T <b>VIII. EXECUTIVE SESSION</b>
T The Board went into executive session at 8:20 p.m. to discuss delinquent accounts and the payment plan request, and came out of executive session at 8:41 p.m.
T <b>IX. ADJOURNMENT</b>
T Motion to adjourn made by Mr. Okafor, seconded by Ms. Voss. Motion carried. The meeting was adjourned at 8:44 p.m.
S 10
P Respectfully submitted,
P Sam Okafor, Secretary
