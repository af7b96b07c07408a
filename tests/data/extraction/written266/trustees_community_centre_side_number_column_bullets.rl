@title Minutes of a meeting of the Trustees of the Pellow Down Community Centre
@font Times-Roman
@fontsize 11.5
@numcol 12
@footer Pellow Down Community Centre – Trustees 9.9.04||Page {page}
HC Minutes of a meeting of the Trustees of the Pellow Down Community Centre
C Thursday, 9th September 2004 at 8.00 p.m.
S 6
P Present: K. Ashdown (Chair), R. Tolley, F. Marchetti, S. Okonjo, G. Brannigan
P Apologies: D. Prowse, H. Lyle
S 4
R 1. | <b>Minutes of last meeting</b>
P These were approved, subject to the spelling of Mr Brannigan's name being corrected in item 6.
R 2. | <b>New trustees</b>
P D. Prowse has given notice by letter that she will stand down at the AGM. K. Ashdown signed the letter to show that it had been received by Trustees.
P S. Okonjo was approved as a Trustee. Proposed by R. Tolley, Seconded by K. Ashdown
R 3. | <b>Paperwork</b>
P Health and safety policy: G. Brannigan has a copy from 2001 and will bring it to the next meeting.
P Conditions of hire: certain omissions were noted:
P • no clause covering the return of keys at the end of a hiring.
P • no deposit for hirers who have not used the Centre before.
P • nothing on the use of the kitchen by children's parties.
P F. Marchetti will read through the conditions and send any suggested changes to K. Ashdown.
R 4. | <b>Finance</b>
P R. Tolley reported the overall financial situation:
P • The current account stands at £3,214.60 and the deposit account at £6,050.00.
P • Hire income for the summer was lower than last year because the playgroup did not meet in August.
P • The insurance renewal (£612.40) has been paid.
P The accounts were noted.
R 5. | <b>Heating</b>
P Two quotations had been received for replacing the boiler in the main hall: £1,840 from Harcourt Heating and £2,275 from J. Pedley & Son. It was agreed to accept the quotation from Harcourt Heating, the work to be done during the October half term.
R 6. | <b>Hall floor</b>
P G. Brannigan reported that the floor in the main hall is worn near the stage. Resanding and sealing was estimated at about £900. To be discussed again at the next meeting once a second price has been obtained.
R 7. | <b>Bookings</b>
P There are enquiries from a new dance class (Tuesday evenings) and a short mat bowls club (Friday afternoons). F. Marchetti asked whether the Friday afternoon rate should be reduced to attract more users; this will be looked at with the hire charges in the new year.
R 8. | <b>Car park lighting</b>
P S. Okonjo reported that two of the three lamps on the car park are not working. The electrician has been asked to call.
R 9. | <b>Any other business</b>
P • The Harvest supper is on Saturday 2nd October; R. Tolley will arrange the raffle.
P • The notice board by the main door needs a new lock.
R 10. | <b>Date of next meeting</b>
P Thursday 11th November 2004 at 8.00 p.m.
