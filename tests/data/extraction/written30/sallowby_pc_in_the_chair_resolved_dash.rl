@title Sallowby PC minutes September 2025
@font Times-Roman
@fontsize 11
@header || Page {page}
@pageoffset 411
@footer Chairman's initials ..........
HC Sallowby Parish Council
C Minutes of the meeting of the Parish Council held on Monday 1 September 2025 commencing at 7.30 p.m. in Sallowby Village Hall
P <b>Present:</b> With Cllr Ann Pettifer in the Chair there were present, Cllrs – Roger Bliss, Kath Scarlett, Neil Dunmore, Paul Ive and Maureen Tuplin
P <b>In attendance:</b>   Clerk Mrs Jo Aske      <b>Also present:</b>   2 members of the public
P Prior to the commencement of the meeting a member of the public asked that the Council look again at the parking on Mill Row near the school at collection times.
P The Chairman declared the meeting opened at 7.30 p.m.
P <b>45.   Chairman’s Announcements</b>
P The Chairman thanked Cllr Tuplin for organising the litter pick on 16 August, at which 22 bags had been collected.
P <b>46.   Apologies for absence and reasons given</b> There were none.
P <b>47.   Declarations of Disclosable Pecuniary Interest in accordance with the Localism Act 2011 not previously notified and/or consideration of any written request for Dispensation</b>
P Cllr Scarlett declared an interest in item 51 as the applicant is a relative.
P <b>48.   Notes of the meeting of the Council held on Monday 7 July 2025 to be approved as Minutes and signed by the Chairman</b>
P It was proposed by Cllr Bliss, seconded by Cllr Ive and:-
P RESOLVED – That the notes of the meeting of the Council held on Monday 7 July 2025 be approved as a correct record and signed by the Chairman.
P <b>49.   Co-Option to Vacant Seat</b>
P The Clerk reported that one application had been received but the applicant had since withdrawn. The vacancy would be rolled on to the next meeting.
P <b>50.   Progress of provision of defibrillator</b>
P The Clerk updated the meeting: the cabinet had been fitted to the bus shelter wall and the electricity supply connected on 21 August. The unit is now registered. Members noted the foregoing.
P <b>51.   Planning</b>
P Cllr Scarlett left the meeting.
T Ref | Site | Proposal
T S/0917/25 | The Old Forge, Mill Row | Two storey side extension
P It was proposed by Cllr Dunmore, seconded by Cllr Tuplin and:-
P RESOLVED – That the Council has no objection to application S/0917/25.
P Cllr Scarlett returned to the meeting.
P <b>52.   Finance</b>
P (a) The bank reconciliation to 31 August 2025 showing £9,882.15 was received and signed by the Chairman.
P (b) Payments for approval:
T Mrs J Aske | Salary August | £356.40
T HMRC | PAYE | £89.20
T Fenside Mowing | Grass cutting | £310.00
T Sallowby Village Hall | Hall hire | £22.00
P It was proposed by Cllr Ive, seconded by Cllr Pettifer and:-
P RESOLVED – That the payments listed be approved.
P <b>53.   Highways and Footpaths</b>
P Cllr Dunmore reported that the footpath sign at Carr Lane had been knocked down and the surface of Footpath 7 was waterlogged after the rain. It was agreed that the Clerk report both matters to the county council.
P <b>54.   Village Green – tree survey</b>
P The Clerk reported that the tree survey commissioned in June had been received. It recorded fourteen trees on the green, of which two were in poor condition: the ash by the pond showed signs of ash dieback and a limb of the large horse chestnut overhung the footway. The surveyor recommended that the ash be felled within six months and that the horse chestnut limb be reduced. Two quotations had been received, from Wold Tree Care at £1,450 and from A &amp; J Arborists at £1,280. Cllr Bliss asked whether a replacement tree could be planted; the Clerk said the surveyor had suggested a field maple. Cllr Tuplin said that residents should be told before any work took place, by a notice on the green and in the village magazine. Cllr Dunmore proposed that the lower quotation be accepted and that a replacement field maple be planted in the winter, at a total cost of no more than £1,400. This was seconded by Cllr Scarlett. Upon being put to the vote the proposal was carried.
P <b>55.   Correspondence</b>
P A letter from the Sallowby Show committee thanking the Council for its grant was noted.
P <b>56.   Date of next meeting</b>
P Monday 6 October 2025 at 7.30 p.m.
P There being no further business the Chairman closed the meeting at 9.02 p.m.
S 18
P Signed ....................................... Chairman     Date ....................
