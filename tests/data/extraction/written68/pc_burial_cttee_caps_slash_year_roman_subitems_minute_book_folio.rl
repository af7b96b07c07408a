@title Burial Grounds and Amenities Committee 26 March 2012
@font Times-Roman
@fontsize 12
@footer ||{page}
@pageoffset 248
HC HOLLINGDEN AND MARSHAM PARISH COUNCIL
HC BURIAL GROUNDS AND AMENITIES COMMITTEE
HC MONDAY 26 MARCH 2012 AT 7.15 PM AT PARISH COUNCIL OFFICES, HOLLINGDEN
P <b>PRESENT:</b> Mrs Clarkson (Chairman), Dr Huggins, Ms Kiftley, Mr Rivett, Mr Taverner and Mr Waterfield.
P The Clerk and Administrative Officer were in attendance. Mr Davey representing Agriscape (Parish Council's Contractor) was present in relation to the cemetery at Tanyard Lane.
H 01/12&nbsp;&nbsp;&nbsp;&nbsp;APOLOGIES FOR ABSENCE
P Apologies for absence had been received from Mrs Holmwood and Mr Ridgeley.
H 02/12&nbsp;&nbsp;&nbsp;&nbsp;DISCLOSURE OF INTERESTS
P Members disclosed the following interests:-
P Ms Kiftley disclosed a prejudicial interest in respect of Tanyard Lane allotments as she is an allotment holder.
P Mr Waterfield disclosed a prejudicial interest in respect of matters affecting Hollingden Funeral Services as a Director of the Company.
H 03/12&nbsp;&nbsp;&nbsp;&nbsp;MINUTES
P <b>RESOLVED:</b> That the minutes of the meeting held on 28 November 2011 having been previously circulated, be signed by the Chairman as a correct record.
H 04/12&nbsp;&nbsp;&nbsp;&nbsp;MATTERS ARISING
P There were none.
H 05/12&nbsp;&nbsp;&nbsp;&nbsp;ST BARTHOLOMEW'S BURIAL GROUND
P The Committee considered the following matters relating to the burial ground:
P (i)&nbsp;&nbsp;<u>Verbal report on Burial Inspection held in January 2012</u> An inspection had taken place in January when wreaths and dying flowers were removed. Two headstones had been identified as being loose; one had been laid flat and the owners had been informed.
P (ii)&nbsp;&nbsp;<u>To consider quote for repairs to memorial J2</u> Mr Rivett reported that only one mason had been willing to quote. It was RESOLVED to accept the quote of £340 from Weald Memorials.
P (iii)&nbsp;&nbsp;<u>To consider engraving for Ghyll Garden GL6</u> The Committee had received a copy of a rose engraving for a memorial stone in the Ghyll Garden. It was RESOLVED to approve the engraving.
H 06/12&nbsp;&nbsp;&nbsp;&nbsp;HOLLINGDEN CEMETERY AND ALLOTMENTS, TANYARD LANE
P (i)&nbsp;&nbsp;<u>Drainage of the lower plots</u> Mr Davey reported that the land drain installed in the autumn was working well, although the lowest row of the lawn section remained soft after heavy rain. Mr Taverner asked whether a second drain would be needed; Mr Davey advised waiting until the summer.
P (ii)&nbsp;&nbsp;<u>Allotment rents 2012/13</u> Ms Kiftley left the room for this item. It was RESOLVED to recommend to Council that the rent remain at £30 per full plot.
H 07/12&nbsp;&nbsp;&nbsp;&nbsp;MARSHAM CHURCHYARD (CLOSED)
P The Clerk reported that the Diocese had confirmed the Council's responsibility for the boundary wall. The report was noted.
H 08/12&nbsp;&nbsp;&nbsp;&nbsp;PUBLIC CONVENIENCES, HIGH STREET
P Dr Huggins reported complaints about the condition of the ladies' convenience. It was agreed that the Clerk obtain three quotations for redecoration for the June meeting.
H 09/12&nbsp;&nbsp;&nbsp;&nbsp;TO CONSIDER THE SCALE OF BURIAL FEES AND CHARGES FOR 2012/13 AND TO MAKE A RECOMMENDATION TO THE FULL COUNCIL
P The Administrative Officer presented a comparison with neighbouring burial authorities. Mrs Clarkson proposed an increase of 3%, which was seconded by Mr Waterfield.
P It was <b>RESOLVED</b> to recommend to Council that burial fees and charges be increased by 3% from 1 April 2012.
H 10/12&nbsp;&nbsp;&nbsp;&nbsp;DATE OF NEXT MEETING
P Monday 25 June 2012 at 7.15 pm.
P The meeting closed at 8.40 pm.
S 20
P Chairman ……………………………………………&nbsp;&nbsp;&nbsp;&nbsp; Date …………………………
