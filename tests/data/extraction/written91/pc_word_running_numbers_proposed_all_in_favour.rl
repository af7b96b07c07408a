@title Minutes July 2018
@font Times-Roman
@fontsize 12.5
@numcol 12
@footer Chairman's initials .......||Page {page}
P Minutes of the meeting of <b>MAYWICK PARISH COUNCIL</b> held in the Fennick Park Hall on Tuesday 10th July 2018 at 7.02 p.m.
P <b>Present:</b> Cllr Harrow (Chairman) Cllr Pettican Cllr Spurling Cllr Bragg Cllr Edney Cllr Tillotson
P <b>Clerk:</b> Mrs K Dunmore
P <b>In attendance:</b> D/Cllr Ruth Chalkwell, 2 members of the public
R 61 | <b>Members' Apologies for Absence</b> Apologies from Cllr Oakley due to holiday.
R 62 | <b>Declarations of Interests</b> Cllr Edney declared a non-pecuniary interest in item 69 as a member of the Maywick Bowls Club.
R 63 | <b>Minutes of the Previous Meeting</b> Cllr Spurling proposed accepting the minutes from the meeting held on 12th June 2018. Cllr Bragg seconded the proposal. All in favour. The minutes were signed and dated as a true record.
R 64 | <b>Public Discussion</b> D/Cllr Ruth Chalkwell reported that the District Council had agreed to extend the free parking period in Fennick Road car park to two hours from September, and that the Local Development Plan inspector's report was expected in the autumn. A resident raised the overgrown hedge on the footpath between Creek Road and the school; the Clerk will write to the landowner.
R 65 | <b>Chairman's Report</b> Cllr Harrow reported that the Parish Council stand at the Summer Fete had been well attended and thanked the councillors who had helped on the day.
R 66 | <b>Clerk's Report</b> The Clerk reported that the internal audit for 2017/18 had been completed with no issues raised, and that the notice of the period for the exercise of public rights had been displayed.
R 67 | <b>Finance</b> a) The bank reconciliation to 30th June 2018 was received. b) Cllr Pettican proposed approving the payments listed on the schedule totalling £2,318.46. Cllr Tillotson seconded the proposal. All in favour.
R 68 | <b>Planning</b> 18/00644/HOUSE 14 Saltings Way – single storey rear extension. Cllr Bragg proposed no objection. Cllr Edney seconded the proposal. All in favour.
R 69 | <b>Recreation Ground – Bowls Club Lease</b> Cllr Spurling proposed that a new lease of 21 years be offered to the Bowls Club at the current rent, with a review after seven years. Cllr Harrow seconded the proposal. 4 in favour, 1 against. Cllr Edney did not vote. The proposal was carried.
R 70 | <b>Highways</b> Cllr Tillotson reported that the 30 mph repeater sign on Steeple Road was still missing and that the drain outside the Post Office was blocked. Clerk to report both on the Highways portal.
R 71 | <b>Village Hall Car Park Resurfacing</b> Cllr Pettican proposed accepting the quotation of £6,480 from Creekside Surfacing Ltd. Cllr Spurling proposed an amendment that a third quotation be obtained first; the amendment was not seconded. The original proposal was seconded by Cllr Bragg. All in favour.
R 72 | <b>Correspondence</b> The correspondence list was circulated and noted.
R 73 | <b>Items for the Next Agenda</b> Defibrillator training; Christmas lights.
R 74 | <b>Date of the Next Meeting</b> Tuesday 11th September 2018 at 7.00 p.m. in the Fennick Park Hall.
P The meeting closed at 8.47 p.m.
