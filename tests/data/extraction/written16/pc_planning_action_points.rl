@title Planning Committee Minutes 4 September 2025
@font Helvetica
@fontsize 10.5
@header Ogbourne Chase Parish Council – Planning Committee||Minutes 4 September 2025
@footer Chair’s initials ...........||Page {page}
H Minutes of the Planning Committee meeting held on Thursday 4th September 2025 at 19.00 in the Pavilion, Chase Recreation Ground
P <b>Present:</b> Cllr Ian Hollis (Chair), Cllr Dee Brady, Cllr Joe Pratt, Cllr Eve Mills (from 19.04)
P <b>In attendance:</b> Ms Sarah Venn (Clerk), 3 members of the public
H 25/31 Apologies for absence.
P Cllr Keane (holiday). These were accepted by all.
H 25/32 Declarations of Interest.
P Cllr Pratt declared a non-pecuniary interest in S/HOU/25/0712 as the applicant is known to him.
H 25/33 Public recess.
P Two residents of Draycot Lane spoke against application S/25/0688, raising the width of the lane, the lack of a footway to the school and surface water flooding at the bottom of the lane.
H 25/34 Minutes of meeting of 7th August 2025
P No changes.
P The minutes of the meeting held on 7th August 2025 were then proposed by Cllr Hollis, seconded by Cllr Brady and all those at the meeting were in favour.
H 25/35 Matters arising and action points
P Matters arising –
P The Clerk is to remind Swindon Borough Council that the committee has still not received the revised plans for the shop signage at 2 High Street.
P Cllr Eve Mills arrives at 19.04
P - 25/19. Ask SBC whether the barn conversion at Chase Farm needs listed building consent. COMPLETED – NOT REQUIRED
P - 25/22. Write to the owners of The Old Forge about the unauthorised fence. COMPLETED – NO REPLY – CHASE
P - 25/27. Send the August minutes to the Neighbourhood Plan consultant. COMPLETED
P Cllr Hollis:
P - 25/24. Draft a local list of heritage assets for the October meeting. ONGOING
P No other outstanding actions
H 25/36 Outstanding Applications
P The committee considered the following applications received from Swindon Borough Council:
P <b>S/HOU/25/0712 Single storey rear extension, 3 The Crescent</b>
P Cllr Pratt left the meeting. There was no objection to these plans from the committee. A proposal was raised to reply to SBC with “No objection” by Cllr Brady. Cllr Hollis seconded this and all Cllrs present were in favour. Cllr Pratt returned to the meeting.
P <b>S/25/0688 Outline application for up to 40 dwellings with access, Land at Draycot Lane</b>
P Cllr Mills said that the site was outside the settlement boundary in the made Neighbourhood Plan and that the highway evidence did not address the points made by residents. Cllr Mills proposed that the committee object on the grounds of conflict with Policy H1 of the Neighbourhood Plan, highway safety and flood risk. Cllr Brady seconded this. Three were in favour and one against, and the proposal was carried. The Clerk to submit the objection by 12th September.
H 25/37 Applications determined by SBC
P S/25/0541 Garage conversion, 9 Barrow Close – approved. S/25/0560 Replacement windows, Chase Cottage – approved. Noted.
H 25/38 Neighbourhood Plan – site assessment report
P Cllr Hollis introduced the consultant’s site assessment report for the Neighbourhood Plan review. Cllr Brady asked that the assessment of the Draycot Lane site be updated to refer to the current application. It was resolved to accept the report with that amendment and to publish it on the council website.
H 25/39 Correspondence and items for information
P Appeal notice APP/U3935/W/25/3361002, Land at Chase Farm – written representations by 30th September. The Clerk to circulate the appeal documents to all councillors.
H 25/40 Date of next meeting
P Thursday 2nd October 2025 at 19.00 in the Pavilion.
P Meeting closed at 20.25.
