@title Planning Committee minutes 12 July 2021
@font Helvetica
@fontsize 10
@numcol 14
@footer Wendlecott Parish Council – Planning Committee – 12.07.21||Page {page}
HC <font size="14">WENDLECOTT PARISH COUNCIL</font>
C The Pavilion, 2 Saddlers Row, Wendlecott BN7 9QF
C Tel: 01273 900118 Email: clerk@wendlecott-pc.example Website: www.wendlecott-pc.example
C Parish Clerk: Joanna Tresidder Deputy Clerk: Neil Babbage
S 10
H Minutes of the Wendlecott Parish Council Planning Committee Meeting held at the Pavilion, Wendlecott on Monday 12 July 2021 at 6.30pm.
P <b>Present:</b> Cllrs Honeysett (Chairman), Farebrother, Kitchener, Wakelin and Ockenden.
P Joanna Tresidder (Clerk) and Neil Babbage (Deputy Clerk)
P 9 members of the public
H Public Participation:
P A resident of Lodge Lane spoke on behalf of neighbours about application WL/21/0644. She said the proposed garage would block the only passing place in the lane and that delivery vans already had to reverse some distance. She asked the Committee to object.
P The applicant's agent said that the garage had been set back two metres from the lane in the revised plans and that the passing place would not be affected.
P A resident asked when the Committee would next discuss parking in Lodge Lane. The Chairman said this was item 6 on the agenda.
R 1. | <b>Apologies for absence</b>
R | Cllr Pattenden (work). The Committee accepted the reason for absence.
R 2. | <b>Declarations of interest</b>
R | Cllr Wakelin declared a personal interest in item 4.3 as the applicant is a friend and did not take part in that item.
R 3. | <b>Minutes of the Planning Committee meeting held on 14 June 2021</b>
R | The minutes were approved as a correct record and signed by the Chairman. Proposed Cllr Kitchener, seconded Cllr Farebrother.
R 4. | <b>Planning applications</b>
R 4.1 | WL/21/0612. 7 Saddlers Row, Wendlecott BN7 9QF. Rear dormer and rooflights. The Committee had no objection. RESOLVED: Support.
R 4.2 | WL/21/0644. Hillview, Lodge Lane, Wendlecott BN7 9RA. Detached double garage. Cllr Ockenden noted the revised set-back but felt the building was still too large for the plot. RESOLVED: Object – overdevelopment of the site and harm to the character of the lane (4 for, 1 abstention).
R 4.3 | WL/21/0650. Brook Farm, Underhill Road. Change of use of stable to holiday let. Cllr Wakelin left the room. RESOLVED: Support, subject to no external lighting.
R 4.4 | WL/21/0667/TCA. 3 Church Twitten. T1 Sycamore – crown reduce by 2m. RESOLVED: No objection, subject to the Tree Officer's view.
R 5. | <b>Planning decisions received</b>
R | The list of decisions issued by the District Council since the last meeting was noted.
R 6. | <b>Parking in Lodge Lane</b>
R | Cllr Farebrother reported on her walk of the lane with the County highways officer. Verges are being churned up and the drainage grips blocked. After discussion it was RESOLVED to ask the County Council to consider a waiting restriction on the first 100 metres of the lane and to fund two timber bollards at the field gate up to £400.
R 7. | <b>Neighbourhood Plan review</b>
R | Cllr Kitchener reported that the Neighbourhood Plan Working Group had met twice and would bring a draft list of green spaces to the September meeting. The Committee agreed that the working group should also consider the design code.
R 8. | <b>Date of next meeting</b>
R | Monday 9 August 2021 at 6.30pm at the Pavilion.
S 8
P The meeting closed at 8.02pm.
S 20
P Signed ………………………………… Chairman Date ………………………
