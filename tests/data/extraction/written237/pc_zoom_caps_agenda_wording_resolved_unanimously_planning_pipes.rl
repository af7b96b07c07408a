@title Minutes 27th October 2020
@font Helvetica
@fontsize 11
@header_first TRENWHEAL PARISH COUNCIL || Clerk: Mrs Rosalind Trewin
@header Trenwheal Parish Council - Minutes 27th October 2020 || Page {page}
@footer Signed ........................................ Chairman      Date ....................
P 2nd November 2020
HC MINUTES
P A Meeting of the Parish Council was held on 27th October 2020 at 7.00pm via Zoom.
P <b>1. PRESENT:</b> Mrs Jennifer Hosking (Chairman), Mr Alan Trembath (Vice-Chairman), Mr Paul Nancarrow, Mrs Anne Rowe, Mr Stephen Curnow, Ms Tamsin Eddy. IN ATTENDANCE: Mrs Rosalind Trewin (Clerk), Cllr Mark Pascoe (West Kernow Council), two members of the public. APOLOGIES: Mr Graham Jewell, PCSO Lee Treloar.
P <b>2. TO RECEIVE DECLARATIONS OF DISCLOSABLE PECUNIARY &amp; OTHER INTERESTS, RELATING TO ANY AGENDA ITEM, AND TO DETERMINE REQUESTS FOR DISPENSATION WHERE APPLICABLE</b> Councillor Paul Nancarrow holds the contract for hedge and grass cutting at the Parish Cemetery and declared an interest in item 9.
P <b>3. PUBLIC PARTICIPATION (restricted to agenda items only)</b> There were two members of the public present. A member of the public spoke in support of application PA20/08811, explaining that the barn had been empty for over twenty years and that the conversion would keep the roof and walls from further decay. A second member of the public asked when the footpath sign at Trevarthen Cross would be replaced.
P <b>4. MINUTES OF THE LAST MEETING HELD ON 29th September 2020</b> It was RESOLVED UNANIMOUSLY that the minutes, previously circulated, were a true and accurate record of this meeting.
P <b>5. MATTERS ARISING</b> None.
P <b>6. PLANNING</b>
P <b>a) Applications</b> i) PA20/08811 | Conversion of redundant barn to holiday let and associated works | Barn at Higher Trevarthen, Trenwheal - The Council noted the submission from the member of the public. Following discussion, it was RESOLVED unanimously to support the application as it would bring a redundant traditional building back into use. ii) PA20/09140 | Replacement of existing conservatory with single storey extension | Chy an Gwel, Churchtown Road, Trenwheal - It was RESOLVED unanimously to raise no objection.
P <b>b) Decisions</b> The Council noted the following planning decisions: i) PA20/07122 | Installation of solar panels to south roof slope | Rosemerryn, Trenwheal - APPROVED WITH CONDITIONS ii) PA20/06954 | Works to trees in a Conservation Area | The Old Vicarage, Churchtown - NO OBJECTION
P <b>c) Appeals</b> None.
P <b>7. FINANCE</b>
P <b>a) Payments</b> It was RESOLVED unanimously to approve the following payments: Clerk's salary (October) £286.40; Zoom subscription £14.39; County Association of Local Councils training £25.00; Trenwheal Village Hall (storage) £60.00.
P <b>b) Budget 2021/22</b> The Clerk presented the first draft of the budget, showing a small increase in the cemetery maintenance line. It was RESOLVED to refer the draft budget to the November meeting, when the precept will be set.
P <b>8. HIGHWAYS AND FOOTPATHS</b> Mr Trembath reported that the footpath sign at Trevarthen Cross had been knocked down and was lying in the hedge. Cllr Pascoe said that he would ask the West Kernow Council rights of way team to replace it and would also chase the repair of the pothole on the Churchtown Road. The Clerk was asked to report the fallen sign online as well.
P <b>9. CEMETERY</b> Mr Nancarrow left the meeting. The Clerk reported that three quotes had been received for cutting back the boundary hedge before the winter. It was RESOLVED to accept the lowest quote of £320.00 from Carn Hedging. Mr Nancarrow returned to the meeting.
P <b>10. CORRESPONDENCE</b> The Clerk reported correspondence from West Kernow Council regarding the winter gritting routes and from the County Association of Local Councils regarding remote meetings. It was noted.
P <b>11. COMMUNITY GOVERNANCE REVIEW</b> The Chairman reported that the second stage of the Community Governance Review had opened and that no change was proposed for the Trenwheal boundary. The Council agreed to submit a response supporting the existing boundary.
P <b>12. DATE OF NEXT MEETING</b> Tuesday 24th November 2020 at 7.00pm via Zoom.
P The meeting closed at 8.41pm.
