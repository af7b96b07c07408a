@title Public Session Minutes October 2010
@font Times-Roman
@fontsize 11
@footer {page}
HC PUBLIC SESSION
S 4
C Minutes of the Meeting of Kirk Skyll Parish Commissioners held in the Commissioners' Boardroom on Wednesday October 20th 2010 at 7.00 p.m.
S 6
G In Attendance: | Mrs M Callister | Chairman
G  | Mr R Sloane | Vice-Chairman
G  | Mr T Miles |
G  | Mr A Toohey |
G  | Mr T Cowley |
G  | Mr G Kissack | Clerk
S 6
P <b>1. Apologies</b> – Mr D Kinrade (work commitments).
P <b>2. Visitors</b> – The Chairman welcomed Mr Colby Faragher MHK and Mrs Lorna Kneen, Secretary of the Skyll Playing Fields Association. Mrs Kneen explained that the Association had been offered a grant of £18,000 towards a new changing pavilion provided that the Commissioners, as owners of the land, would grant a lease of at least twenty-one years. Mr Faragher said that he supported the project and would raise the question of a further grant with the Department. Mr Toohey asked who would insure the building, and Mrs Kneen confirmed that the Association would do so. After discussion it was resolved that the Clerk should instruct the Commissioners' advocates to prepare a twenty-one year lease at a peppercorn rent, subject to the Association obtaining planning approval. Mr Faragher and Mrs Kneen left the meeting at 7.40 p.m. with the Board's thanks.
P <b>3. Previous Minutes</b> – The minutes of September 15th 2010 were read, discussed and approved.
P <b>4. Matters Arising</b> – (a) The Clerk reported that the drainage contractor had cleared the culvert at Ballaskyll Bridge and that the invoice (£640) was within the estimate. (b) Mr Miles reported that the bus shelter at the Skyll Road stop had been repaired by Bus Vannin. (c) The replacement bench for the churchyard has been delivered and will be installed by the caretaker.
P <b>5. Planning</b> – 10/01412/B – Erection of a detached garage, 7 Close Skyll – No objection. 10/01450/A – Approval in principle for twelve dwellings, Field 322140, Skyll Road – Members were concerned that the field floods most winters and that the junction with the main road has poor visibility. It was resolved to object to the application on the grounds of flooding and highway safety and to ask to be an interested person at any appeal.
P <b>6. Finance</b> – The schedule of payments for September totalling £8,214.55 was approved. The Clerk reported that the rate income received to date was £61,300, being 93% of the budget.
P <b>7. Correspondence</b> – (a) Department of Infrastructure – consultation on the Local Authority Byelaws (Dogs) Order; (b) Isle of Man Municipal Association – minutes of the September meeting; (c) a letter of thanks from Kirk Skyll School for the donation to the library. The correspondence was noted.
P <b>8. Playing Fields</b> – Mr Cowley reported that the grass had been cut for the last time this season and that the goal posts had been taken down for repainting. He recommended that the hedge along the Skyll Road side be cut in November. It was agreed that three quotations be obtained.
P <b>9. Refuse Collection</b> – The Clerk circulated the Department's proposal to move to fortnightly collections in 2011. Consideration was deferred to the November meeting when the Department's cost figures are expected.
P <b>10. Street Lighting</b> – It was noted that three lamps in Close Skyll remain out of order and have been reported again.
P <b>11. Christmas Lights</b> – Mr Sloane proposed that the Commissioners spend up to £1,200 on lights for the village green, seconded by Mr Miles. Mr Toohey felt that the money would be better spent on the footpaths. On being put to the vote the proposal was carried by three votes to two.
P <b>12. Winter Gritting</b> – Mr Toohey proposed that the Commissioners buy a hand-pushed grit spreader for the village footpaths. There was no seconder and the proposal fell.
P <b>13. Any Other Business</b> – Mr Miles asked that the overgrown hedge at the corner of Ballaskyll Lane be reported to the landowner. The Chairman undertook to speak to the owner.
P <b>14. Date of Next Meeting</b> – Wednesday November 17th 2010 at 7.00 p.m.
S 6
P The public session closed at 9.05 p.m. and the Board moved into private session.
S 30
P Signed ……………………………………… Chairman          Date ………………………
