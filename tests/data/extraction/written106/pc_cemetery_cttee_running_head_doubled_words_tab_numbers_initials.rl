@title Cemetery and Churchyard Committee 8 December 2010
@font Helvetica
@fontsize 10.5
@numcol 12
@header Netherby Magna Parish Council
@footer C&C Committee 08.12.10||Page {page}
HC Minutes of the of the Cemetery and Churchyard Committee
C Meeting held on Wednesday 8th December 2010
C in the parish council meeting room
C Old School House, Church Lane
C at 18.00
S 6
P <b>Present:</b> Roger Blythe, Chairman (RB), Carol Hewlett, (CH), Barry Hume, (BH), Ann Sowerby (AS)
P <b>In Attendance:</b> Tessa Royle, clerk
S 4
R 1 | Apologies for absence
R  | Received from Cllr Denholm (work commitment).
R 2 | To accept the minutes of the meeting held on the 8th September 2010.
R  | It was agreed to accept the minutes as being a true record of the meeting.
R 3 | Matters arising or ongoing from the last meeting
R 3.1 | Repair to the Tranter family tomb
R  | A second quote for the repair has been received and a decision is needed. RB reported that he and CH had visited the tomb last week and it is in a poor state, with the east panel now leaning outwards. It was decided to contact the diocese for advice on how the parish council should proceed and whether faculty consent is required.
R  | RB proposed that £8,000 should be allowed in the 2011/12 budget for repairs to the tomb and any other memorials which fail the annual safety test. It was agreed that this be recommended to the Finance Committee.
R 3.2 | Update on the replacement of the hedge between the cemetery and the churchyard
R  | CH reported that this is work in progress; 40 of the 65 whips have been planted.
R 3.3 | To readdress the matter of kerbing and items placed on graves contrary to the regulations now that the three months notified to the next of kin has ended
R  | AS reported that only one grave still has kerbing around it. It was agreed to remove the kerbing and any other items placed outside the cemetery rules and regulations. The items will be placed at the head of the grave for collection and, if not collected, disposed of after three months.
R 3.4 | Cemetery notice board
R  | The new notice board is now in place at the cemetery gate. BH proposed that a summary of the rules and regulations be displayed on it; seconded by CH. RESOLVED that the summary prepared by the clerk be displayed.
R 4 | Burials and reservations since the last meeting
R  | The clerk reported three burials, one interment of ashes and one reservation of a plot. Noted.
R 5 | Fees and charges 2011/12
R  | The clerk presented a comparison of the fees of four neighbouring councils. After discussion it was RESOLVED to recommend to Council that fees for residents be increased by 3% from 1st April 2011 and that the charge for non-residents remain at double the resident fee.
R 6 | Memorial applications
R  | Two applications were approved as submitted. A third, for a black granite headstone with a photograph, was refused as it does not meet regulation 14.
R 7 | Churchyard trees
R  | BH reported that the lime by the lychgate has dropped two large limbs. It was agreed that the clerk obtain a tree survey before the Council meeting in January.
R 8 | Items for the next agenda
R  | Cemetery extension – RB asked that the land valuation be an item for the next meeting.
R 9 | Date of next meeting
R  | Wednesday 9th March 2011 at 18.00.
S 8
P The meeting closed at 19.25.
