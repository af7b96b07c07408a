@title Board minutes 3 August 2010
@font Times-Roman
@fontsize 11.5
@footer Page {page}
HC FALLOWHYTHE INTERNAL DRAINAGE BOARD
C Board Meeting held at the Board Office, Carr Lane, Fallowhythe
C August 3, 2010
S 8
P <b>Attendance-</b> Ronald Pickersgill (Chairman), Geoff Tunstall, Ann Mawer, Colin Raistrick, Stuart Wildsmith, Clerk Pauline Hebden and Engineer Tom Nettleship.
P <b>Apologies-</b> Cllr Mrs J Ellwood (District Council appointee).
P <b>Approval of the Minutes:</b> Colin made a motion to approve the minutes of the 6/7/10 Board meeting. Ann Seconded. Motion passed.
P <b>Treasurers Report:</b> The balance in the current account as of 31/07/10 is £48,912.37 and in the reserve account £120,450.00. Drainage rates received to date are 91% of the amount levied.
P Bills for payment:
P Thackray Plant Hire £2,340.00 &nbsp;&nbsp; Eastmarsh Energy (pumping stations) £1,188.62 &nbsp;&nbsp; Clerk's salary and expenses £1,412.50
P Stuart moved that the bills be paid, Geoff seconded. Motion passed 5-0.
S 6
P <b>Old Business:</b>
S 4
H Holmrigg Drain &ndash; Pikestone culvert
P The collapsed section was dug out on 21 July. Tom reported the new 900mm pipe is on order and will be laid when the water is down. Geoff will take the lead.
P 03/2010 &ndash; Ongoing
S 4
H Tenter Lane outfall flap valve
P Valve still sticking open on high tides. Tom has asked the manufacturer to inspect under the warranty. Ann asked that the landowner on the south bank be told before anyone goes on his land.
P ON-GOING &ndash; Tom to take the lead.
S 4
H Sallow Bank pumping station &ndash; pump 2
P Pump 2 was rewound and refitted on 14 July and has run without fault since. Colin proposed that the Board pay the final invoice of £6,870.00 now that the pump has run for a fortnight, Stuart seconded. Motion passed 5-0.
P COMPLETE
S 4
H Weed cutting contract
P Second cut due to start 16 August on the main drains. Geoff reported the contractor's flail mower had been damaged and a hired machine would be used for the first week.
S 4
H Mole Hill Farm &ndash; new access bridge
P Mr and Mrs Foxton's application for consent to bridge the Long Drain was considered. Ronald said the Board had always asked for a clear span on the Long Drain. Item held over to September for the engineer's drawings.
S 8
P <b>New Business:</b>
P &bull; Ann made a motion to write to the District Council about the new houses at Skelgate End draining into the Board's system without consent, Colin seconded.
P &bull; Motion passed 5-0.
P &bull; Stuart raised the condition of the board's Land Rover; the Clerk to get two quotes for a replacement for the next meeting.
S 8
P The next meeting will be on September 7, 2010
S 30
P __________________________ &nbsp;&nbsp;&nbsp;&nbsp;&nbsp;&nbsp;&nbsp;&nbsp;&nbsp;&nbsp;&nbsp;&nbsp; _________________________
P Ronald Pickersgill, Chairman &nbsp;&nbsp;&nbsp;&nbsp;&nbsp;&nbsp;&nbsp;&nbsp;&nbsp;&nbsp;&nbsp;&nbsp;&nbsp;&nbsp;&nbsp;&nbsp;&nbsp;&nbsp;&nbsp;&nbsp; Pauline Hebden, Clerk
