@title Swallowfen IDB minutes 15.6.11
@font Times-Roman
@fontsize 11
@numcol 18
@footer F:\Admin\PennyL\Word\Swallowfen\mins\15.6.11||{page}
HC SWALLOWFEN INTERNAL DRAINAGE BOARD
S 6
P At a Meeting of the Swallowfen Internal Drainage Board held at the Lode House Offices, Culvermarch on Wednesday the 15th June 2011
S 4
HC PRESENT
G R J Ketteridge Esq (Chairman) | M W Dolby Esq
G C A Fenwright Esq (Vice Chairman) | P J Harrowby Esq
G Mrs S M Colley | N T Ingamells Esq
G D G Everitt Esq | G H Seaton Esq
S 4
P Miss Harriet Penfold (representing the Clerk to the Board) and Mr Owen Trask (representing the Consulting Engineers) were in attendance. Mr Graham Plumtree (District Officer) attended for part of the meeting.
H Apologies for absence
P Apologies for absence were received from K L Arbuthnot Esq and Councillor Mrs J Tebbutt.
R B.612 | <b>Declarations of Interest</b>
P Miss Penfold reminded Members of the importance of declaring an interest in any matter included in today's agenda that involved or was likely to affect any individual on the Board. Mr Dolby declared an interest in minute B.627(b) as the applicant's landlord.
R B.613 | <b>Confirmation of Minutes</b>
P RESOLVED
P That the Minutes of the Meeting of the Board held on the 16th June 2010 are recorded correctly and that they be confirmed and signed.
R B.614 | <b>Election of Chairman</b>
P RESOLVED
P That R J Ketteridge Esq be re-elected Chairman of the Board for the ensuing year.
R B.615 | <b>Election of Vice Chairman</b>
P RESOLVED
P That C A Fenwright Esq be re-elected Vice Chairman of the Board for the ensuing year.
R B.616 | <b>Inspection of the District</b>
P Prior to the meeting those Members present, together with Mr Trask and the District Officer, undertook an Inspection of the District which embraced (inter alia):-
P (i) Hobb's Lode Pumping Station<br/>(ii) Swallow Drove Drain between the Fen Road culvert and the outfall<br/>(iii) the new culvert at Penny Sluice
P The Chairman reported that the fencing on the north side of the pumping station had been damaged by cattle and would need replacing before the winter.
R B.617 | <b>Hobb's Lode Pumping Station</b>
P Further to minute B.590, Mr Trask reported that the inspection of No. 2 pump in March had found wear to the impeller and the bearings. The pump remained serviceable but he recommended that it be overhauled during the summer when demand was low. He estimated the cost at £9,500.
P RESOLVED
P That the overhaul of No. 2 pump be carried out during the summer of 2011 at an estimated cost of £9,500 and that the Consulting Engineers be authorised to obtain quotations.
R B.618 | <b>Maintenance Works 2010/2011</b>
P Mr Plumtree reported that the annual maintenance programme had been completed by the end of February apart from the desilting of Swallow Drove Drain, which had been postponed because of the wet ground conditions and would now be carried out in September. Members noted the report.
R B.619 | <b>Maintenance Programme 2011/2012</b>
P Members considered the programme of maintenance works for 2011/2012 which had been circulated with the agenda.
P RESOLVED
P That the programme of maintenance works for 2011/2012 be approved.
R B.620 | <b>Annual Accounts for the year ended 31st March 2011</b>
P Miss Penfold presented the accounts for the year ended 31st March 2011, which showed a surplus of £3,214 on the year.
P RESOLVED
P That the accounts for the year ended 31st March 2011 be approved and signed by the Chairman.
R B.621 | <b>Annual Return for the year ended 31st March 2011</b>
P RESOLVED
P That the Chairman and the Clerk be authorised to sign the Annual Return and that it be submitted to the external auditor.
R B.622 | <b>Internal Audit</b>
P Members considered the report of the internal auditor, Mr D K Lowther, which had found the Board's systems of internal control to be adequate. There were no recommendations.
P RESOLVED
P That the report of the internal auditor be accepted and that Mr Lowther be reappointed for 2011/2012.
R B.623 | <b>Risk Management</b>
P RESOLVED
P That the Board's risk register be reviewed and re-adopted without amendment.
R B.624 | <b>Drainage Rates</b>
P Miss Penfold reported that 99.2% of the drainage rates for 2010/2011 had been collected and that one account of £41.60 was outstanding. Members noted the position.
R B.625 | <b>Special Levy</b>
P Miss Penfold reported that the special levy of £28,640 had been received from Hamblewick District Council in two instalments. Noted.
R B.626 | <b>Planning Applications</b>
P Mr Trask reported on the planning applications received since the last meeting which had been dealt with under delegated powers. There were no matters of concern to the Board.
R B.627 | <b>Consents under the Board's Byelaws</b>
P (a) Mr and Mrs T Pinchbeck, Reedholme Farm – piping of 40 metres of private ditch alongside the farmyard.
P (b) Culvermarch Growers Ltd – new outfall to Swallow Drove Drain from a reservoir. Mr Dolby left the meeting for this item.
P RESOLVED
P That consent be granted to the applications at (a) and (b) above subject to the Board's standard conditions.
R B.628 | <b>Biodiversity Action Plan</b>
P Mr Plumtree reported that the water vole survey on Swallow Drove Drain had recorded activity along most of its length. It was agreed that the District Officer would continue to leave a margin uncut on the south bank.
R B.629 | <b>Health and Safety</b>
P Mr Trask reported that there had been no accidents or near misses since the last meeting. Members noted the report.
R B.630 | <b>Insurance</b>
P RESOLVED
P That the Board's insurance be renewed with the current insurers for 2011/2012 at a premium of £1,486.
R B.631 | <b>Remuneration of Pump Attendant</b>
P RESOLVED
P That the pump attendant's retainer be increased by 2% from the 1st April 2011.
R B.632 | <b>Association of Drainage Boards</b>
P Miss Penfold reported on the annual conference of the Association to be held in November. Mr Harrowby offered to attend on behalf of the Board.
R B.633 | <b>Date of next meeting</b>
P RESOLVED
P That the next meeting of the Board be held on Wednesday the 13th June 2012.
S 14
P CHAIRMAN
