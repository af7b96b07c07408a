@title Idlecombe Parish Council Draft Minutes 8 November 2018
@font Helvetica
@fontsize 10
@numcol 14
@footer Idlecombe Parish Council – Draft Minutes 08-11-2018||Page {page}
HC IDLECOMBE PARISH COUNCIL
HC DRAFT MINUTES – PARISH COUNCIL MEETING, Thursday 8th November 2018, 7.30pm, Reading Room
P <b>PRESENT:</b> Cllr Lightbody (Chairman), Cllr Maxted, Cllr Swaine, Cllr Corbishley, Cllr Fennell and Mrs J Ostler (Clerk).
P <b>IN ATTENDANCE:</b> County Cllr Hugh Clarendon and 2 Members of the public.
R 381 | <b>Apologies:</b> District Cllr Fellowes and Cllr Jenks.
R 382 | <b>Declarations of Interest:</b> Cllr Swaine declared an interest in item 388 b) as a trustee of the Reading Room.
R 383 | <b>Minutes:</b> Approval of the minutes of 04-10-2018. Proposed: Cllr Maxted Seconded: Cllr Corbishley Approved
P <b>OPEN FORUM:</b> Mr Bletsoe asked whether the Council could do anything about the lorries using Mill End as a short cut to the quarry. County Cllr Clarendon said he would ask for a weight restriction to be considered at the next highways review. A resident of The Green thanked the Council for the new bench.
R 384 | <b>County Councillor’s Report:</b> County Cllr Clarendon reported that the County had published its draft budget, which included a reduction in the rural bus subsidy, and that the consultation closes on 30th November. He also reported that gully clearance in the parish had been completed in October.
R 385 | <b>District Councillor’s Report:</b> No report; apologies sent.
R 386 | <b>Matters Arising:</b>
TH Item | Update | Action
T Open Forum – July 2018: Verge parking, The Green | Cllr Lightbody advised that the owner of the vans had agreed to park them in the yard from December. Item to be removed from the agenda. | Cllr Lightbody
T Item 352 – September 2018: Noticeboard | The Clerk reported that two quotes had been received. It was agreed to accept the lower quote of £420 from Hartwell Joinery. | Clerk
T Item 367 – October 2018: Blocked drain, Mill End | County Cllr Clarendon reported that the drain had been jetted but that it would need to be monitored over the winter. | County Cllr Clarendon
R 387 | <b>Planning:</b> 18/03112/APP 12 Church Street, Idlecombe – Two storey rear extension. No objection. 18/03140/APP Land at Hollins Farm – Change of use of barn to holiday let. Objection on grounds of access. Proposed: Cllr Fennell Seconded: Cllr Maxted Agreed
R 388 | <b>Finance:</b> a) Payments as listed on the schedule. Proposed: Cllr Maxted Seconded: Cllr Fennell Approved. b) Cllr Swaine left the room. Grant of £250 to the Reading Room Trust towards new chairs. Proposed: Cllr Corbishley Seconded: Cllr Fennell Approved. Cllr Swaine returned.
R 389 | <b>Councillors’ Reports:</b> Cllr Corbishley reported that the Remembrance wreath had been laid on behalf of the Council. Cllr Fennell reported that the footpath sign at Hollins Lane was broken; Clerk to report.
R 390 | <b>Correspondence:</b> Noted.
R 391 | <b>Date of next meeting:</b> Thursday 6th December 2018 at 7.30pm.
P The meeting closed at 9.12pm.
