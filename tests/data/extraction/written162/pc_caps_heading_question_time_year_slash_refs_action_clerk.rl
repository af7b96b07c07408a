@title Stanton Kellaway Parish Council minutes 22 July 2004
@font Times-Roman
@fontsize 11
@footer Stanton Kellaway Parish Council - Minutes 22nd July 2004||Page {page}
@numcol 20
H STANTON KELLAWAY PARISH COUNCIL MINUTES OF A MEETING OF THE PARISH COUNCIL HELD ON THE 22ND JULY 2004 AT THE VILLAGE HALL, STANTON KELLAWAY THAT COMMENCED AT 7.30 PM
P Present: Councillor: Mrs L Fairley – Chairman Mrs J Cole, Mr P Isherwood, Miss C Marlow, Mr R Ross, Mr D Squire
P In Attendance: Mrs V Hannam (Clerk) and 4 members of the public
H Public Question Time
P Mrs Anne Corbett of Pound Lane asked whether anything could be done about vehicles parking on the verge outside the school at going-home time. She was told that the matter had been raised with the Community Beat Manager and would be on the September agenda. Mr Frank Ellery informed the PC that the footpath sign at Bristow's Gate had been knocked down by a tractor; the Clerk was asked to report it. ACTION CLERK.
H MINUTES
R 04/061 | <b>Apologies</b> Cllr J Pike and Cllr H Maskell (District Cllr) had sent apologies.
R 04/062 | <b>Declarations of Interest</b> Cllr Ross declared a personal interest in item 04/067(b) as he farms land adjoining the site.
R 04/063 | <b>Minutes of Last Meeting</b> The minutes of the 24th June 2004 meeting were approved as a correct record and signed by the Chair.
R 04/064 | <b>Actions from the last meeting</b>
R | (i) <b>Playing field lease.</b> The Clerk reported that the solicitors had now returned the draft lease with two small amendments, which were accepted. The Clerk was asked to arrange for the lease to be signed by two members. ACTION CLERK.
R | (ii) <b>Bank mandate.</b> Held over to the next meeting.
R | (iii) <b>The Pinfold.</b> No price for clearing the nettles in the pinfold had yet come from the District Council; Clerk to chase. ACTION CLERK.
R 04/065 | <b>Street Lighting</b> Mr Roger Dent of the District Council explained a scheme to replace the sodium lanterns in the village with LED units at the District's cost. Cllr Isherwood asked that the lantern at the bus stop on the main road be included. After discussion it was resolved that the Parish Council would support the scheme and ask for the bus stop lantern to be added.
R 04/066 | <b>Playground Inspection</b> Cllr Marlow reported that the annual inspection had found the swing seats worn and one gate closer broken. It was agreed to obtain two quotations for new seats and a closer. ACTION CLERK.
R 04/067 | <b>Planning</b>
R | (a) <b>N/04/01452/FUL 2 Church Row – conservatory.</b> No objection.
R | (b) <b>N/04/01511/OUT Land at Hill Farm – three dwellings.</b> Cllr Ross left the room. Cllr Squire said the access onto Hill Lane was on a blind bend. The Parish Council resolved to object to the application on highway safety grounds. Cllr Ross returned.
R 04/068 | <b>Finance</b> The following cheques were approved for payment: V Hannam salary £215.00; Stanton Kellaway Village Hall hire £12.00; County Association of Local Councils subscription £96.40. Proposed Cllr Cole, seconded Cllr Squire.
R 04/069 | <b>Correspondence</b> A list of correspondence received since the last meeting was circulated and noted.
R 04/070 | <b>Date of Next Meeting</b> Thursday 26th August 2004 at 7.30 pm in the Village Hall.
P The meeting closed at 9.10 pm.
S 14
P Signed …………………………………… Chairman          Date ……………………
