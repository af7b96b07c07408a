@title Minutes of the June 11 2025 Full Parish Council Meeting
@font Times-Roman
@fontsize 11
@header_first ATHERWELL PARISH COUNCIL
@header
@footer {page}     Chairman ………………………     9th July 2025
HC MINUTES OF THE FULL PARISH COUNCIL MEETING HELD ON WEDNESDAY 11th JUNE 2025 AT 7.00PM IN ATHERWELL VILLAGE HALL
P PRESENT: Cllr. Alan Gosden (Chairman), Cllr. P Mabey, Cllr R Abbott, Cllr. S Leal, Cllr K Brading and Cllr T Jolliffe. Mrs Wendy Seely (clerk). Cllr. Roger Penfold (Ward Councillor). Fourteen members of the public were present.
P 1. APOLOGIES FOR ABSENCE. Cllr Dyer and Cllr Whitewood.
P 2. DECLARATIONS OF INTEREST. To be declared as appropriate at agenda items.
P 3. MINUTES. The Minutes of the Full Council Meeting of 14th May which had been prior circulated and read, were confirmed as a correct record, and signed by the Chairman.
P The Minutes of the Planning Meeting of the 28th May, which had been prior circulated and read, were confirmed as a correct record, and signed by the Chairman.
P 4. CLERK’S REPORT AND UPDATES i. Bus Shelter, Atherwell Lane – The highways contractor has inspected the shelter and will replace the two broken roof panels before the end of July. The clerk has asked for the seat to be repainted at the same time. ii. Litter Bins – The bin at the recreation ground entrance has been replaced by the island council. A second bin for the car park has been requested but the island council has no budget for new bins this year. iii. Parking on Main Road – Residents have complained again about vehicles parked on both sides of Main Road near the shop, which makes it difficult for buses to pass. Councillors requested that this be an agenda item at next month’s meeting.
P 5. PUBLIC PARTICIPATION, ON GENERAL MATTERS, AT THE DISCRETION OF THE CHAIRMAN. A member of the public asked whether the parish council would support a community speedwatch group. The Chairman replied that the council would welcome volunteers and asked that names be given to the clerk. Another member of the public thanked the council for the new noticeboard at Chilling Corner.
P 6. WARD COUNCILLOR’S REPORT. Cllr. Penfold reported that the island council’s consultation on the draft island plan would close on 25th July and urged parishioners to respond. He had raised the condition of the Coast Road verges with the highways contractor and was awaiting a reply.
P 7. PLANNING APPLICATIONS. 25/00731/HOU, Ivy Cottage, Main Road, Atherwell. Householder Application – Single storey side extension and alterations to porch. Atherwell Parish Council have no objection. All councillors agreed.
P 7.32pm.Cllr Mabey declared a pecuniary interest, signed the Declarations of Interest book and left the room.
P 25/00748/FUL, Little Barn, Mill Lane, Atherwell. Conversion of barn to form one holiday let with parking. Atherwell Parish Council object to this application on the grounds of the narrow access onto Mill Lane and the loss of the barn’s open setting. All councillors agreed.
P 7.41pm. Cllr Mabey returned to the room.
P 8. FINANCE. i. The payments listed on the schedule circulated before the meeting, totalling £2,618.40, were approved. All councillors agreed. ii. The Annual Governance and Accountability Return for 2024/25 was approved and the Chairman and the clerk were authorised to sign it. All councillors agreed.
P 9. CEMETERY. Cllr Abbott reported that the hedge along the north boundary of the cemetery had been cut and that two memorials near the gate were leaning. The clerk will write to the families concerned.
P 10. RECREATION GROUND AND PLAY AREA. Three quotations had been received for replacing the safety surface under the swings. It was agreed to accept the quotation of £1,940 from Islandplay Surfaces Ltd. All councillors agreed.
P 11. CORRESPONDENCE. A letter from the island association of local councils about training for new councillors was noted. A letter from a resident about overhanging trees in Church Lane was passed to the landowner.
P 12. COUNCILLORS’ REPORTS AND ITEMS FOR NEXT AGENDA. Cllr Leal reported that the village hall committee would hold its open day on 19th July. Cllr Brading asked for the footpath map to be put on the next agenda.
P 13. DATE OF NEXT MEETING. Wednesday 9th July 2025 at 7.00pm in Atherwell Village Hall.
P The meeting closed at 8.52pm.
