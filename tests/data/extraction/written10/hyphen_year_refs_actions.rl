@title Draft minutes 4 September 2025
@font Helvetica
@fontsize 10
@numcol 22
@footer Hamblecote & Eastmarsh Parish Council – Draft minutes 4 September 2025 || Page {page}
H Draft minutes of the meeting of Hamblecote & Eastmarsh Parish Council at Hamblecote Village Hall on Thursday 4 September 2025 at 7:00pm
G Present | Cllr A Whitbread | Cllr E Lacey-Ford
G | Cllr H Naismith | Cllr M Pelham (Chair)
G | Cllr R Quarrie | Cllr T Yeo
G In attendance | District Councillors J Fossey and K Trelawny | Mrs S Dunnell (Clerk & RFO)
G Members of the public | Three |
P Meeting commenced at 19:00hrs
R 071-25 | <b>Apologies for absence</b>
R | Apologies for absence had been received from Cllr D Ockenden and County Councillor Rhys Gammon.
R 072-25 | <b>Declaration of interests</b>
R | Cllr Quarrie declared a personal interest in item 077-25.1 (application 25/01462/FUL) as a neighbour of the applicant and took no part in that item.
R 073-25 | <b>Minutes</b>
R | Resolved that the minutes of the meeting held on 3 July 2025 be signed as a true and accurate record.
R 074-25 | <b>Matters Arising from the Minutes</b>
R | There were no matters arising.
R 075-25 | <b>Public Open Forum</b>
R | A resident of Marsh Lane raised the flooding of the lane after heavy rain on 19 August. The Chair said that this would be taken up with the County Council. <b>Action:</b> Clerk to report the blocked gullies to Highways.
R 076-25 | <b>Receive Reports</b>
R 076-25.1 | <b>Parish Council Chair</b>
R | The Chair gave his report as follows: - He had met the headteacher of Eastmarsh Primary School about parking at drop-off times; the school would write to parents again. - He had attended the harbour conservancy's summer open meeting, where dredging of the Eastmarsh channel had been discussed. <b>Action:</b> Clerk to circulate the notes of that meeting once received.
R 076-25.2 | <b>District Councillors</b>
R | Cllr Fossey reported that the district's Local Plan examination would resume in November. Cllr Trelawny reported on the new garden waste permits.
R 076-25.3 | <b>County Councillor</b>
R | No report had been received.
R 076-25.4 | <b>Clerk & RFO</b>
R | The Clerk reported that the internal auditor's report had been received with no issues raised, and that the AGAR notice of conclusion of audit had been published. The bank reconciliation to 31 August was circulated.
R 077-25 | <b>Committee Minutes & Reports</b>
R 077-25.1 | <b>Planning Committee</b>
R | Resolved that the minutes of the Planning Committee held on 21 August 2025 be received. Cllr Naismith, committee chair, summarised the comments made on the five applications considered.
R 077-25.2 | <b>Finance & General Purposes Committee</b>
R | Cllr Lacey-Ford presented the committee's recommendation to move £10,000 from the current account to the CCLA Public Sector Deposit Fund. Resolved that the recommendation be adopted.
R 078-25 | <b>Playing Field Equipment</b>
R | The annual inspection report had identified the basket swing chains as high risk. Cllr Yeo proposed that the swing be taken out of use and a replacement purchased at a cost of up to £1,450; seconded by Cllr Whitbread. Resolved unanimously. <b>Action:</b> Clerk to order and arrange fitting.
R 079-25 | <b>Neighbourhood Plan Review</b>
R | Cllr Whitbread reported that the steering group had met twice. A proposal by Cllr Quarrie that the Council commission a housing needs survey at a cost of £4,200 was not seconded and fell. It was agreed that the steering group should first seek a grant from Locality.
R 080-25 | <b>Bus Shelter, Marsh Road</b>
R | The Clerk reported that the insurer had paid the claim for the damaged glass. The replacement would be fitted on 16 September. Noted.
R 081-25 | <b>Correspondence</b>
R | The list of correspondence had been circulated. A request from the Eastmarsh Players for use of the recreation ground on 11 October was approved.
R 082-25 | <b>Date of Next Meeting</b>
R | Thursday 2 October 2025 at 7:00pm, Hamblecote Village Hall.
P The meeting closed at 21:04hrs.
