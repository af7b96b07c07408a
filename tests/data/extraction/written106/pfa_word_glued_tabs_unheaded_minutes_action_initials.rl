@title Committee Minutes 15.6.99
@font Times-Roman
@fontsize 11
@footer C:\My Documents\PFA\Minutes 15 June 1999.doc
HC ASHWELL END PLAYING FIELD ASSOCIATION
HC Minutes of the Committee Meeting held on Tuesday 15 June 1999 in the Cricket Pavilion
S 6
P Present:Graham Tuffnell (Chairman), Margaret Tuffnell, Alan Prior, Joan Wetherall, Derek Mayhew, Sally Ogundipe
P Apologies:Keith Venables, Brian Crouch (Parish Council representative)
S 4
P The Meeting commenced at 7.45pm and the Minutes of 20 April, 1999were agreed.
P Proposed: Alan PriorSeconded: Joan Wetherall
H Matters Arising
P Margaret Tuffnell went through the Matters Arising and summarised what had been done since April.
P Swing seats – the two replacement seats have been delivered and fitted.DM
P Goal nets – still awaited from the supplier. Alan Prior to chase.AP
H Pavilion
P Graham Tuffnell reported that the pavilion roof had leaked again during the storm on 3 June and that the ceiling tiles in the changing room were stained. It was agreed that Derek Mayhew would obtain two quotations for re-felting the flat roof before the next meeting.DM
H Vandalism
P Sally Ogundipe reported that the litter bin by the gate had been set alight twice in May. A short discussion took place and it was agreed that the village police officer should be asked to include the field in evening patrols during the school holidays.SO
P The Chairman also asked the Committee to remind their neighbours that the gate must be locked after dusk.
H Grass Cutting
P Alan Prior reported that the May and June cuts had been done and the invoices paid. The contractor has offered to cut the outfield every ten days in July for the same price.
H Treasurer's Report
P Joan Wetherall presented the accounts to 31 May 1999, showing a balance of £2,418.60 at the bank and £36.20 petty cash. The accounts were accepted.
P Proposed: Derek MayhewSeconded: Sally Ogundipe
H Parish Council Grant
P The Chairman reported that the Parish Council would consider its annual grants at the July meeting. It was agreed that a letter asking for £750 towards the roof and the play area be sent to the Parish Clerk.GT
H Fun Day 1999
P Margaret Tuffnell asked whether the Committee still wished to hold a Fun Day now that the fete has moved to the school. After discussion it was agreed to hold the Fun Day on Saturday 21 August with a dog show and tug of war.All
H Any Other Business
P Derek Mayhew asked whether the cricket club had returned the signed hire agreement for the season. It had not; Graham Tuffnell will speak to their secretary.GT
H Date of Next Meeting
P Tuesday 17 August 1999 at 7.45pm in the Pavilion.
S 10
P Signed ……………………………… Chairman            Date ……………………
