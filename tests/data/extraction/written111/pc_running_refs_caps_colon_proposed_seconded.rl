@title Brambledown Parish Council minutes 12 November 2014
@font Helvetica
@fontsize 10.5
@header_first {page}
@header {page}
@footer Signed ........................................ Chairman          Date ...............................
HC BRAMBELDOWN PARISH COUNCIL
HC MINUTES OF A MEETING OF BRAMBLEDOWN PARISH COUNCIL HELD AT THE PARISH OFFICE, MILL ROAD ON WEDNESDAY, 12TH NOVEMBER 2014 AT 10 AM
S 4
P <b>Present:</b> Cllrs A Ferris (Chair), J Kitson, R Dore
P County Cllr M Tasker
P Members of the public: 2 for the whole meeting and 3 for part of it.
P The Clerk, Mrs S Pinnock, was in attendance.
S 4
P <b>089/14-15 APOLOGIES FOR ABSENCE:</b> Cllr Whitcombe (family commitment).
P <b>090/14-15 DECLARATIONS OF INTEREST IN ITEMS ON THE AGENDA:</b> Cllr Dore declared a personal and prejudicial interest in item 095/14-15 (planning application P/01187/14, which adjoins his property).
P <b>091/14-15 REQUESTS FOR DISPENSATIONS:</b> None.
P <b>092/14-15 TO CONFIRM THE MINUTES OF THE LAST TWO MEETINGS:</b>
P 8TH OCTOBER 2014 – Proposed: Cllr Kitson Seconded: Cllr Dore Resolved.
P 22ND OCTOBER 2014 (EXTRAORDINARY) – Proposed: Cllr Dore Seconded: Cllr Kitson Resolved.
P The Chairman then signed both sets of Minutes as a true record.
P <b>093/14-15 POLICE REPORT:</b> October report noted. County Cllr Tasker said he had been told that the Safer Neighbourhood Team for the west of the island would lose one PCSO post from April, and that he had asked for the decision to be reviewed. Cllr Kitson asked that the speeding on Marsh Lane be raised again at the next police liaison meeting.
P <b>094/14-15 CLERKS REPORT:</b> The Clerk's report had been circulated to Cllrs before the meeting.
P a) Finance: Payments for approval (list circulated with the agenda). Clerk's salary and expenses October £312.40; Island Association of Local Councils, training course £45.00; Coombe Landscapes, grass cutting recreation ground £180.00. Proposed: Cllr Dore Seconded: Cllr Kitson Resolved.
P b) Bank reconciliation to 31st October 2014 was checked and signed by the Chairman.
P c) The Clerk confirmed that the Christmas tree for the Green has been ordered from the same supplier as last year and will be delivered on 29th November.
P <b>095/14-15 PLANNING APPLICATIONS:</b>
P Cllr Dore, having declared an interest, left the room.
P P/01187/14 Land adjoining Orchard Cottage, Mill Road – Proposed single storey dwelling with parking. The Council raised no objection but asked that the hedge along the road frontage be retained. Proposed: Cllr Ferris Seconded: Cllr Kitson Resolved.
P Cllr Dore returned to the meeting.
P P/01203/14 Brambledown Farm – Replacement agricultural building. No objection.
P <b>096/14-15 HIGHWAYS AND FOOTPATHS:</b> Cllr Kitson reported that the fingerpost at the junction of footpaths B12 and B14 was broken. The Clerk will report it to the highways contractor. County Cllr Tasker offered to chase the outstanding repair to the drain outside the school.
P <b>097/14-15 BURIAL GROUND:</b> Two quotes had been received for cutting the boundary hedge: £340.00 (Coombe Landscapes) and £415.00 (T Harding). It was agreed to accept the lower quote. Proposed: Cllr Kitson Seconded: Cllr Dore Resolved.
P <b>098/14-15 RECYCLING YARD RESURFACING:</b> The second quotation has not yet been received. Deferred to the December meeting.
P <b>099/14-15 CORRESPONDENCE:</b>
P Island Council – consultation on winter gritting routes.
P Island Association of Local Councils – newsletter, November.
P Brambledown Village Hall – thank-you letter for the grant.
P Noted.
P <b>100/14-15 COUNCILLORS' REPORTS AND ITEMS FOR THE NEXT AGENDA:</b> Cllr Ferris reported that the new bench at the Green has been installed. Items for December: precept 2015/16; recycling yard.
P <b>101/14-15 DATE OF NEXT MEETING:</b> Wednesday, 10th December 2014 at 7 pm in the Village Hall.
P The meeting closed at 11.35 am.
