@title Ousebridge LAF minutes 15 January 2013
@font Helvetica
@fontsize 11
@footer Page {page}
H Borough of Ousebridge Local Access Forum
H Minutes of meeting held on 15th January 2013 at Committee Room 3, Ousebridge Town Hall commencing 6.30pm
TH Members | Observers
T Graham Whitlock - Chairman | Owen Pask – Borough of Ousebridge Council
T Janet Fulbrook – Vice Chairman | Ruth Garside – Borough of Ousebridge Council
T Clive Merriott | Lucy Harbord – Secretary
T Hugh Dallimore |
T Pat Seager |
P <b>Apologies</b>
P Keith Amory   Nina Wragg   Stephen Lusty   Carol Pendry
P <b>1. Welcome by Chairman</b>
P Graham Whitlock opened the meeting and introduced Ruth Garside, the Council’s new Countryside Access Officer, who takes over from Owen Pask as the Forum’s officer in April.
P <b>2. Public Questions</b>
P Nil.
P <b>3. Correspondence Received</b>
P The Secretary listed four items: the county’s consultation on winter closures of byways, a reminder about the expenses form, a request from the Ramblers’ group for a joint walk in May, and a letter from a landowner at Hollin End about dogs off leads. Hugh Dallimore asked whether the Forum would reply to the byways consultation; it was agreed that he would draft a short response for members to comment on by e-mail.
P <b>4. Apologies</b>
P As listed.
P <b>5. Minutes of last meeting (9th October 2012) for agreement</b>
P Janet Fulbrook noted that item 7 should refer to the Riverside Way and not the Riverside Path. With this amendment the minutes were agreed as a true record.
P <b>6. Matters Arising</b>
P Clive Merriott asked whether the broken stile on Footpath 14 at Hollin End had been repaired. Owen Pask confirmed that the landowner had now replaced it with a gate.
P <b>7. Rights of Way Improvement Plan Review</b>
P Owen Pask presented the timetable for the review of the Rights of Way Improvement Plan, which the Council must complete by 2015. The Forum would be asked to comment on a draft in the autumn. Pat Seager asked that the needs of horse riders be given greater weight than in the first plan. The Forum noted the timetable.
P <b>8. Local Nature Partnership Representation</b>
P The Forum had been invited to nominate a representative to the Local Nature Partnership board. Janet Fulbrook proposed Hugh Dallimore, seconded by Clive Merriott. This was agreed and Hugh Dallimore will report back to each meeting.
P <b>9. Member Updates</b>
P Pat Seager reported on the meeting of the county bridleways group. Clive Merriott reported that the cycle route along the old railway at Marston Dene was now open to the bridge at Fenny Lode.
P <b>10. Any Other Business</b>
P Graham Whitlock proposed that the Forum hold its July meeting as a site visit to the new Riverside Way diversion. Following discussion the proposal was put to the vote and lost, with three in favour and four against, members preferring a site visit in September.
P <b>11. Date of Next Meeting</b>
P Tuesday 16th April 2013 at 6.30pm, Committee Room 3, Ousebridge Town Hall.
