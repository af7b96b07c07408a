@title Coldmere & Wyvelstone Parish Council Minutes 12 March 2019
@font Helvetica
@fontsize 10
@numcol 16
@footer Signed: ................................. Chair    Date: .................||Page {page}
HC COLDMERE &amp; WYVELSTONE PARISH COUNCIL
HC MINUTES OF THE ANNUAL PARISH MEETING AND MINUTES OF THE PARISH COUNCIL MEETING HELD ON TUESDAY 12 MARCH 2019
P <b>Attendees:</b> Councillors: Nigel Fathers (Chair), Margaret Quenby (Vice Chair), Colin Dudeney, Ann Marie Rowlatt and Stuart Gell. Parish Clerk/Responsible Finance Officer: Derek Inskip
P <b>Public:</b> Six residents attended for the Annual Parish Meeting and two stayed for the rest of the business
P <b>Action</b>
R 12/19 | <b>Parishioners' Question Time</b><br/>(a) A resident of Mill Row reported that the drainage ditch behind the allotments had not been cleared since the autumn and water was now standing on the path. The matter would be reported to the Internal Drainage Board. &nbsp;&nbsp;&nbsp;<b>PC</b><br/>(b) A resident asked whether the parish would be taking part in the spring litter pick; this was confirmed for Saturday 6 April. &nbsp;&nbsp;&nbsp;<b>Note</b>
R 13/19 | <b>Apologies for Absence</b><br/>Borough Councillor Ruth Barwell sent apologies. &nbsp;&nbsp;&nbsp;<b>Note</b>
R 14/19 | <b>Declaration of Interests</b><br/>Cllr. Gell declared an interest in item 21/19 as a tenant of the adjoining field. &nbsp;&nbsp;&nbsp;<b>Note</b>
R 15/19 | <b>Annual Parish Meeting</b>
R | <b>(a) Chairperson's Introduction</b><br/>The Chair, Cllr. Fathers, welcomed everyone to the yearly meeting of the parish's electors, where village groups give an account of their year and anyone on the register may bring up a local concern. He reminded those present that the Council would consider, but was not bound by, anything the meeting voted for. &nbsp;&nbsp;&nbsp;<b>Note</b>
R | <b>(b) Village Hall Management Committee</b><br/>Mrs Pauline Gotch, Chair of the Village Hall Management Committee, reported that bookings had risen by a fifth and that the kitchen had been refitted with the help of a grant of £2,000 from the Parish Council. The committee needs two new trustees. &nbsp;&nbsp;&nbsp;<b>Note</b>
R | <b>(c) Playing Field Association</b><br/>Mr Alan Whitbread reported that the association had replaced the swing seats and would repaint the pavilion in May. He thanked the Parish Council for the annual grass cutting contribution. &nbsp;&nbsp;&nbsp;<b>Note</b>
R | <b>(d) Neighbourhood Watch</b><br/>The co-ordinator had sent a written report which was read by the Clerk. There had been three reported thefts from outbuildings during the year. &nbsp;&nbsp;&nbsp;<b>Note</b>
R | <b>(e) Questions from Parishioners</b><br/>Mr Keith Lucking asked whether the Parish Council would consider a 20mph limit past the school. Cllr. Quenby explained that the Borough Council had refused a similar request in 2017 but that the Council would ask again. It was agreed by those present that the Parish Council be asked to pursue the request. &nbsp;&nbsp;&nbsp;<b>PC</b>
R 16/19 | <b>Approval of Minutes of Parish Council Meeting Held on 15 January 2019</b><br/>The draft minutes had been circulated with the agenda.<br/>Members approved the minutes of 15 January 2019, which the Chair then signed. &nbsp;&nbsp;&nbsp;<b>Note</b>
R 17/19 | <b>Borough Councillor's Report</b><br/>Borough Councillor Ruth Barwell had circulated a written report covering the Borough Council budget, the new recycling collection days and the consultation on the Local Plan review. &nbsp;&nbsp;&nbsp;<b>Note</b>
R 18/19 | <b>Planning Applications</b><br/>(a) 19/00311/FUL – Erection of a detached garage, The Paddocks, Wyvelstone Road. The Parish Council resolved to raise no objection. &nbsp;&nbsp;&nbsp;<b>PC</b><br/>(b) 19/00402/LBC – Replacement windows, Church Cottage, Coldmere. Cllr. Rowlatt asked that the Conservation Officer be consulted on the glazing bars. The Parish Council resolved to support the application subject to that consultation. &nbsp;&nbsp;&nbsp;<b>PC</b>
R 19/19 | <b>Highways</b><br/>(a) The pothole on Wyvelstone Road at the bridge had been repaired on 20 February. &nbsp;&nbsp;&nbsp;<b>Note</b><br/>(b) Cllr. Dudeney reported that the 30mph roundel at the Coldmere entrance had worn away and would be reported. &nbsp;&nbsp;&nbsp;<b>CD</b>
R 20/19 | <b>Finance</b><br/>(a) Payments: The payments listed in the schedule circulated with the agenda, totalling £1,146.82, were considered and it was resolved that they be approved. &nbsp;&nbsp;&nbsp;<b>PC</b><br/>(b) Budget monitoring: The statement to 28 February 2019 showed expenditure in line with budget. &nbsp;&nbsp;&nbsp;<b>Note</b>
R 21/19 | <b>Riverside Meadow Lease</b><br/>Cllr. Gell left the meeting. The grazing lease expires on 31 March. It was resolved that the lease be renewed for a further three years at £180 per annum, with the existing conditions on the footpath headland. Cllr. Gell returned to the meeting. &nbsp;&nbsp;&nbsp;<b>PC</b>
R 22/19 | <b>Correspondence</b><br/>Correspondence received since the last meeting was circulated and noted. &nbsp;&nbsp;&nbsp;<b>Note</b>
R 23/19 | <b>Date of Next Meeting</b><br/>The next meeting of the Parish Council will be held on Tuesday 14 May 2019 (Annual Meeting of the Parish Council). &nbsp;&nbsp;&nbsp;<b>Note</b>
S 8
P The meeting closed at 9.10pm.
