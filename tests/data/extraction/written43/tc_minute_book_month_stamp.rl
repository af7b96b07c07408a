@title Castlegarth Town Council minutes 16 January 2017
@font Times-Roman
@fontsize 11
@numcol 27
@header CASTLEGARTH TOWN COUNCIL||Page {page} - 2016/17
@pageoffset 41
C Minutes of the meeting of the Town Council held in the Council Chamber, Finkle Street,
C Castlegarth on Monday, 16 January 2017 at 7.00pm.
S 6
R PRESENT | Councillor Mrs J. Pickersgill (Town Mayor) in the Chair; Councillors T. Aykroyd, B. Coverdale, Mrs E. Dunwell, G. Fothergill, K. Marwood, P. Outhwaite, Mrs S. Ravenhill, D. Thwaite. Also Mrs R. Gowland (Town Clerk) and Mr T. Hebden (Deputy Clerk).
S 4
R 131. (01/17) | <b>APOLOGIES</b>
P (a) Apologies received and noted by the Clerk; Councillor Mrs A. Kettlewell.
R 132. (01/17) | <b>GUEST SPEAKER</b>
P Members welcomed Sergeant Dawn Haxby of the Castlegarth Neighbourhood Policing Team, who had agreed to speak on rural crime. Sergeant Haxby explained that thefts of quad bikes and tools from farm buildings around the town had risen over the autumn, and that the team was working with the Farmwatch scheme to mark equipment. Councillor Fothergill asked what could be done about speeding on Priory Road after dark. Sergeant Haxby said that the speed camera van would be asked to attend at least twice in February. The Mayor thanked Sergeant Haxby for attending.
R 133. (01/17) | <b>PUBLIC SESSION</b>
P District Councillor Mrs P. Sowerby reported that the District Council's consultation on the future of the Castlegarth tourist information point would close on 10 February, and encouraged members to respond. Noted by members.
P Mr Colin Brearey, a member of the public, complained that the grit bin at the top of Kirkgate had been empty throughout the cold spell. In reply it was stated that the bin belonged to the County Council and that the Clerk would report it the following morning. The Mayor thanked Mr Brearey for his comments.
R 134. (01/17) | <b>DECLARATIONS OF INTEREST</b>
P Councillor Marwood declared a personal interest in agenda item 11 (minute 141), Scout Hut Lease, as a leader of the 1st Castlegarth Scout Group. No Councillor declared any pecuniary interest.
R 135. (01/17) | <b>CONFIRMATION OF MINUTES</b>
P RESOLVED that the Minutes of the Town Council meeting held on Monday, 19 December 2016 (Minutes 114 to 130 inclusive) be confirmed and signed by the Chairman.
R 136. (01/17) | <b>MATTERS ARISING FROM MINUTES 114 TO 130 INCLUSIVE</b>
P (a) Minute 118(b) – Market Place Bollards. The Clerk reported that the County Council had agreed to replace the two damaged bollards by the end of March, at no cost to the Town Council.
P (b) Minute 123 – Christmas Lights. The Mayor thanked the volunteers who had put up and taken down the lights, and reported that the switch-on had raised £612 for the Air Ambulance.
P Members noted the updates.
R 137. (01/17) | <b>CLERK’S REPORT</b>
P <i>Skatepark Maintenance</i> – The annual inspection of the skatepark had found two loose ramp panels, which had since been secured by the contractor.
P <i>Riverside Seating</i> – Quotations had been obtained for three replacement benches on the riverside walk. The lowest was £1,185 for all three.
P <i>Annual Return</i> – The internal auditor had been booked for 4 May 2017.
P RESOLVED that the Clerk’s report be received and that three benches be ordered from the lowest quotation.
R 138. (01/17) | <b>PLANNING</b>
P RESOLVED that the District Council be informed that the Town Council has no objection to the following applications:
P (a) 16/01544/HOUSE – 7 Howe Lane – erection of a single storey rear extension.
P (b) 16/01561/ADV – 22 Market Place – display of one illuminated fascia sign.
P (c) 16/01578/FUL – Unit 3, Mill Yard – change of use from workshop to gymnasium.
R 139. (01/17) | <b>FINANCE</b>
P (a) Accounts for Payment. RESOLVED that the accounts for payment totalling £6,218.40, as listed, be approved and paid.
P (b) Budget and Precept 2017/18. Councillor Coverdale, Chairman of the Finance Committee, presented the draft budget, which had been considered by the Finance Committee on 9 January. He explained that the increase was largely due to the cost of the new grounds maintenance contract. RESOLVED that the budget be approved and the precept for 2017/18 be set at £142,600.
R 140. (01/17) | <b>GRANTS TO VOLUNTARY ORGANISATIONS</b>
P Members considered nine applications, totalling £4,750, against a budget of £3,500.
P An amendment, moved by Councillor Outhwaite and seconded by Councillor Thwaite, that the grant to the Castlegarth Players be increased from £250 to £500, was put to the vote and lost (4 for, 6 against).
P RESOLVED that grants be awarded as follows: Castlegarth Players £250; Moorside Community Transport £600; Castlegarth Foodbank £500; St Hild’s Luncheon Club £300; Castlegarth Bowling Club £250; Kirkgate Playgroup £400; Castlegarth Carnival Committee £600; Castlegarth Wheelers £200; Riverside Gardeners £400.
R 141. (01/17) | <b>SCOUT HUT LEASE</b>
P Councillor Marwood left the room for this item.
P The Clerk reported that the lease of the Scout Hut on the Recreation Ground to the 1st Castlegarth Scout Group would expire on 31 March 2017, and that the Group had asked for a further ten years.
P RESOLVED that the lease be renewed for a term of ten years at a peppercorn rent, on the existing terms.
P Councillor Marwood returned to the meeting.
R 142. (01/17) | <b>CORRESPONDENCE</b>
P (a) County Association of Local Councils – newsletter and spring training programme.
P (b) Castlegarth Bowling Club – letter of thanks for the new green-keeping mower.
P (c) County Council Highways – notice of temporary road closure, Howe Lane, 6 to 10 February.
P Noted by members.
R 143. (01/17) | <b>REPORTS FROM REPRESENTATIVES ON OUTSIDE BODIES</b>
P Councillor Mrs Dunwell reported that the Castlegarth Almshouse Trustees had appointed a new warden and that the roof repairs at Pennyman Cottages were complete. Councillor Ravenhill reported on the last meeting of the Moorside Community Transport board. The reports were noted.
R 144. (01/17) | <b>DATE OF NEXT MEETING</b>
P Monday 20 February 2017 at 7.00pm in the Council Chamber.
S 8
P There being no further business the meeting closed at 8.52pm.
S 14
P Signed ........................................... Town Mayor          Date ..............................
