@title Abbots Wyvern Parish Council - Minutes 7 November 2017
@font Helvetica
@fontsize 10.5
@footer Abbots Wyvern PC Minutes 07.11.17 || Chairman's initials ........  Page {page}
HC ABBOTS WYVERN PARISH COUNCIL
P Minutes of the Abbots Wyvern Parish Council Meeting held on Tuesday 7th November 2017 at 7.30 pm in the Village Hall.
P Present:- Councillors D Hemmings (Chairman), K Aldous, P Fairclough, L Ormesher, T Quenby and R Stannard.
P Also Present: - Mrs H Vosper (Clerk), Mr and Mrs Kettle of Mill Lane and County Cllr Brian Ashdown (arrived at Agenda Item 118/17).
P Mr Kettle gave the Council an account of the water that had come off the field above Mill Lane during the storm on 19th October, which had entered two garages and left silt across the road for several days. He asked whether the Parish Council could press the landowner and the County Council to clear the ditch at the top of the lane. Cllr Fairclough said that the ditch had been raised with Highways in the spring and agreed to walk the lane with Mr Kettle before the next meeting.
P <b>112/17. Apologies for absence:.</b> Apologies were accepted from Cllr Miriam Tolley and District Cllr Graham Pettifer.
P <b>113/17. Declarations of Interest in Agenda Items</b>
P Cllr Lena Ormesher declared an interest in agenda item 119/17 for the Old Forge, Church Street, as a neighbour of the applicant.
P <b>114/17. To approve the minutes from the Parish Council Meeting held on Tuesday 3rd October 2017</b>
P The minutes were approved and signed as a true record.
P <b>115/17. To receive an update / reports from the County and District Councillors</b>
P A report was received from District Cllr Graham Pettifer and circulated to the Members prior to the meeting. (See Appendix 1).
P Cllr Raymond Stannard also advised the Council:
P &bull; Overnight closure of the Coldharbour road for resurfacing during the week of 20th November. &bull; Concerns from residents about the new collection days for garden waste.
P <b>116/17. To receive an update from the Clerk.</b>
P i) Playing field gates &ndash; The contractor has re-hung both gates and fitted the new latch. The Clerk reported that the invoice of £185.00 was in line with the quotation.
P ii) Highways &ndash; The meeting was attended by Sam Pettigrew (Area Highways Officer), Cllr Kath Aldous and the Clerk.
P Summary of issues raised: &bull; Potholes on Sheepwash Lane to be added to the next patching programme. &bull; The 30mph roundel outside the school is faded and will be repainted. &bull; Gully at the bottom of Mill Lane to be jetted.
P iii) Noticeboard &ndash; The Clerk reported that she had obtained a price of £640.00 for a replacement oak noticeboard for the bus shelter. A decision was deferred until the budget meeting in January.
P <b>117/17. Finance</b>
P The following payments were approved and cheques signed: Mrs H Vosper, salary and expenses October £312.40; Wyvern Village Hall, room hire £22.00; R J Groundcare, grass cutting £240.00; HMRC £58.20. It was resolved to approve the payments as listed. Bank balance at 31st October 2017 was £7,416.83.
P <b>118/17. Village Hall car park &ndash; resurfacing quotations</b>
P Three quotations had been circulated. Cllr Quenby said that the lowest did not include the edging along the hall wall. After discussion it was resolved to accept the quotation from Wyvern Edge Surfacing of £3,980.00 plus VAT, proposed Cllr Quenby, seconded Cllr Hemmings. County Cllr Ashdown joined the meeting during this item and said that a grant towards the work might be available from the County Council's community fund.
P <b>119/17. Planning</b>
P 17/01822/HHOLD &ndash; Rose Cottage, Back Lane, single storey rear extension. No objection.
P 17/01907/FUL &ndash; The Old Forge, Church Street, conversion of workshop to one dwelling. Cllr Ormesher having declared an interest left the room. Members were concerned about parking on Church Street. The Council resolved to object on the grounds of inadequate off-road parking. Cllr Ormesher returned to the meeting.
P <b>120/17. Christmas tree and lights</b>
P Cllr Aldous reported that the tree had been ordered from Hollins Farm and would be delivered on 1st December. The lights would be switched on after the carol singing on Sunday 3rd December. It was agreed that the Council would pay for mulled wine up to £60.00.
P <b>121/17. Remembrance Sunday</b>
P The Chairman thanked everyone who had attended the service at the war memorial and reported that the wreath had been laid on behalf of the Council. The report was noted.
P <b>122/17. Correspondence</b>
P Letter from Wyvern Cricket Club asking for a contribution to new sight screens &ndash; to be considered at the budget meeting. County association of local councils newsletter &ndash; circulated.
P <b>123/17. Items for the next agenda</b>
P Budget and precept 2018/19; Mill Lane ditch.
P <b>124/17. Date of next meeting &ndash; Tuesday 5th December 2017 at 7.30 pm.</b>
P The meeting closed at 9.12 pm.
S 14
P Signed ……………………………… Chairman &nbsp;&nbsp;&nbsp; Date ………………………
