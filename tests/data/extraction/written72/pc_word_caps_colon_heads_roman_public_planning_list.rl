@title BHPC Minutes 10.02.20
@font Helvetica
@fontsize 10.5
@header ||{page}
@pageoffset 40
HC BRAMBLEHURST PARISH COUNCIL
HC MINUTES
C 10<super>th</super> February 2020 at The Common Hall, Moorfield Avenue commencing at 19:45
P <b>Present:</b> Cllr Ashdown (Chairman), Cllr Pyecroft, Cllr Ambridge, Cllr Trask, Cllr Wellard, Cllr Fenn, Cllr Greenaway and Cllr Hatherley.
P <b>In attendance:</b> Mrs J Kemble (Clerk), Borough Cllr Thomasin Palk, County Cllr Adrian Holt and 14 members of the public.
H 1. ADJOURNMENT FOR PUBLIC QUESTIONS AND COMMENTS:
P i) A resident objected to planning application 20/00118/FULL, Mill Cottage, as the new access would open onto the blind bend in Sleet Lane and the fence would be higher than the existing hedge. ii) A second resident also objected to 20/00118/FULL, saying the hedge to be removed was used by nesting birds. iii) A resident asked what would happen to the verge outside the surgery once the Highlands Lane development was complete; the Chairman said this would be raised under item 7. iv) Borough Cllr Palk said the Borough Council had extended the consultation on the car parking strategy to 6<super>th</super> March and encouraged residents to respond. v) County Cllr Holt reported that resurfacing of the main road between the crossroads and Gilly's Green was now programmed for the summer and that he would press for the works to be done at night.
H 2. APOLOGIES AND REASON FOR ABSENCE:
P Cllr Moss – holiday.
H 3. DECLARATION OF INTERESTS:
P Cllr Trask declared a personal interest in planning application 20/00131/FULL as the applicant is a family friend, and left the room for that item.
H 4. MINUTES OF THE MEETING OF 13<super>th</super> JANUARY 2020:
P Proposed Cllr Pyecroft, seconded Cllr Ambridge, the minutes were AGREED and signed by the Chairman.
H 5. MATTERS ARISING:
P The Clerk reported that the replacement bus shelter at The Common had been ordered and would be installed in April. The defibrillator at the Moor Hall had been checked and the pads replaced.
H 6. PLANNING
H 6.1 To consider the following planning applications:
P <b>20/00118/FULL</b> Mill Cottage, Sleet Lane – Replacement boundary fence (1.8m) and formation of new vehicular access. Resolved: OBJECT – the access would be dangerous on a narrow lane with a blind bend, and the loss of the hedge would harm the Conservation Area. Proposed Cllr Fenn, seconded Cllr Wellard, all in favour.
P <b>20/00131/FULL</b> 4 Hartnup Road – Single storey rear extension and loft conversion with rear dormer. Cllr Trask left the room. Resolved: SUPPORT. Proposed Cllr Hatherley, seconded Cllr Greenaway, all in favour.
P <b>20/00142/LBC</b> The Old Forge, High Street – Replacement of two rear windows in painted timber. Resolved: NO OBJECTION.
P <b>20/00150/FULL</b> Land at Pump Farm, Ryewell Road – Erection of agricultural storage building. Resolved: NEUTRAL, subject to a condition preventing any future residential or commercial use. Proposed Cllr Ambridge, seconded Cllr Fenn; 6 in favour, 1 abstention.
H 6.2 Planning decisions received from the Borough Council:
P 19/03098/FULL Sleet Mill House – Refused. 19/02944/FULL 12 Moorfield Avenue – Granted. 19/03301/LBC Church House – Granted. Noted.
H 6.3 Works to trees:
P TW/20/00012/TPO Oak (T1) at The Common, rear of the Royal Oak – crown reduction by 30%. Cllr Wellard said the tree was a landmark and the reduction too severe. It was agreed to OBJECT and ask for a crown thin of no more than 15%.
H 7. HIGHWAYS:
P Cllr Hatherley reported that the verge outside the surgery in Highlands Lane had been badly rutted by construction traffic. The Clerk had written to the developer without reply. It was RESOLVED to report the damage to the County Council's highways team and ask the Borough Council to enforce the construction management plan.
H 8. FINANCE:
P Payments for February totalling £4,812.36 were approved. Proposed Cllr Greenaway, seconded Cllr Pyecroft.
H 9. CORRESPONDENCE:
P A letter from the Bramblehurst Society about the Conservation Area appraisal and an invitation to the Borough Council's parish forum on 18<super>th</super> March were noted.
H 10. DATE OF NEXT MEETING:
P Monday 9<super>th</super> March 2020 at 19:45 in The Common Hall.
S 8
P The meeting closed at 21:40.
S 14
P Signed …………………………………… Chairman          Date ……………………
