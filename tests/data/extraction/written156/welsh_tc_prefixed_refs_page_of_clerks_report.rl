@title Pontrhydwen Town Council minutes 14 October 2013
@font Helvetica
@fontsize 11.5
@numcol 24
@header Page {page} of 2
H PONTRHYDWEN TOWN COUNCIL
P Minutes of a meeting held on Monday 14th October 2013 in the Council Chamber, Town Hall
P <b>Present:</b> Cllr R Meredith (Chair), A Bevan, H Davies, S Gittins, M Pugh, D Rees, S Lloyd, E Powell, J Watkins, C Hamer
P <b>Apologies:</b> Cllr G Jarman, T Vaughan
P <b>Absent:</b> Cllr K Morgan
R TC 121/13 | <b>Declarations</b> Cllr A Bevan – TC 125/13b; Cllr M Pugh – TC 126/13
R TC 122/13 | <b>Minutes</b> Confirmed and signed as a true record (meeting of 9th September 2013).
R TC 123/13 | <b>Clerk's Report/Information from Meeting:</b>
R  | <b>Summer Carnival Craft Fair</b> Forty-one stalls were booked for the Town Hall on Carnival Saturday, 24th August, and the hall was busy all day. Two stallholders have already asked to book for next year and I have started a waiting list. My thanks go to the members who helped set up the tables.
R  | The Chair told members that the raffle held on the Council's stand had raised £164 for the Air Ambulance.
R  | <b>Code of Conduct Training</b> One Voice Wales will run a session in the Council Chamber on Monday 4th November at 6.00pm. Five members have booked so far and I would ask the rest to let me know by the end of the month.
R  | <b>Town Hall Heating</b> The new boiler was fitted on 30th September within the agreed price. The report was noted.
R TC 124/13 | <b>Finance</b> a) Payments for October totalling £6,118.40 as per the schedule were approved. b) The budget monitoring statement to 30th September 2013 was noted.
R TC 125/13 | <b>Planning</b> The following applications were considered: a) P/2013/0871 Single storey extension, 4 Brynheulog – no objection. b) P/2013/0902 Change of use of shop to hot food takeaway, 17 High Street – Cllr A Bevan left the room. Members were concerned about late opening next to houses and it was resolved to object. Cllr Bevan returned.
R TC 126/13 | <b>Town Hall Clock</b> Cllr M Pugh reported that the clock had stopped twice in September and that the winding mechanism was badly worn. It was proposed by Cllr D Rees and seconded by Cllr S Lloyd that the quotation of £1,480 from Cambrian Turret Clocks be accepted. Carried.
R TC 127/13 | <b>Christmas Lights</b> Cllr S Gittins reported that the switch-on would be on Friday 29th November. It was agreed to spend up to £900 on new motifs for Market Street.
R TC 128/13 | <b>Correspondence</b> One Voice Wales – area committee dates; the Health Board – winter services; Mr & Mrs Price – thanks for the Christmas lights last year. Noted.
R TC 129/13 | <b>Reports from Representatives</b> Cllr E Powell reported on the Sports Council meeting of 2nd October and the plans to resurface the tennis courts.
R TC 130/13 | <b>Items for next agenda</b> Allotment rents; CCTV; Remembrance Sunday arrangements.
R TC 131/13 | <b>Date of next meeting</b> Monday 11th November 2013 at 7.00pm.
S 10
P The meeting closed at 9.15pm.
