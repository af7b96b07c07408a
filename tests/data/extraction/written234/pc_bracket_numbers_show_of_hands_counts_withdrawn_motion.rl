@title Minutes 8 September 2020
@font Helvetica
@fontsize 10.5
@footer Carrowdene Parish Council – Minutes 8th September 2020||Page {page}
HC CARROWDENE PARISH COUNCIL
C Clerk: Mrs Helen Rowe, 2 Tor View, Carrowdene · carrowdeneclerk@gmail.com
S 6
H Minutes of the meeting of Carrowdene Parish Council held on Tuesday 8th September 2020, 7pm, by video link open to the public
P <b>Present:</b> Cllr. Harcombe (Chairman); Cllr. Tremlett (Vice Chairman); Cllr. Chubb; Cllr. Gidley; Cllr. Lethbridge; Cllr. Westaway; Cllr. Yelland; Helen Rowe (Clerk)
P <b>Also present:</b> Borough Cllr. Anne Pengelly
P <b>1) Chairman's welcome and reminder of how to use the mute and hand-raise controls.</b>
P <b>2) Apologies for Absence:</b> Cllr. Voysey (work commitments). It was resolved to accept the apology.
P <b>Unanimous on a show of hands.</b>
P <b>3) Declarations of Interest:</b> Cllr. Lethbridge declared a personal interest in item 11 as a member of the Village Hall Committee.
P <b>4) Public Question Time (up to 15 minutes):</b> Two members of the public raised the state of the lane between Higher Brook and the ford, where the surface has broken up after the August storms. The Clerk will report the defects to the Highway Authority and copy the reply to both residents.
P <b>5) Confirmation of Minutes:</b> of the ordinary meeting held on Tuesday 14th July 2020 (previously circulated).
P <b>It was resolved that the minutes be signed as an accurate record.</b> Proposed by Cllr. Chubb, seconded by Cllr. Lethbridge. Voting by show of hands: five in favour, two abstaining (not present in July).
P <b>6) Confirmation of Minutes:</b> of the extraordinary meeting held on Monday 3rd August 2020 (previously circulated).
P <b>It was resolved that the minutes be signed as an accurate record.</b> Proposed by Cllr. Tremlett, seconded by Cllr. Yelland. Voting by show of hands: four in favour, three abstaining (not present in August).
P <b>7) Speeding Working Group:</b> report from Cllr. Gidley and the group's recommendation on equipment.
P Cllr. Gidley reported that the group had now logged traffic on four days with the borrowed speed indicator device and that about one vehicle in five was over 40mph on the Moor Road approach. The group recommended that the Council buys its own device at £2,950.
P Cllr. Harcombe proposed an amendment that the purchase be deferred until the outcome of the Community Fund grant is known; this was seconded by Cllr. Chubb. Voting: three in favour, four against. The amendment fell.
P The recommendation was then proposed by Cllr. Gidley and seconded by Cllr. Westaway. Voting: four in favour, three against. <b>It was resolved to purchase a speed indicator device at a cost of £2,950.</b>
P <b>8) Play Area:</b> to note the monthly inspection reports and approve any repairs.
P Cllr. Westaway said that the swing seat chains had been replaced under warranty but that the bark surface under the slide needed topping up. <b>It was resolved to accept the quotation of £340 for bark chippings.</b> Proposed by Cllr. Westaway, seconded by Cllr. Yelland. Unanimous on a show of hands.
P <b>9) Planning Applications:</b> to consider applications received from West Dart Borough Council.
P 0457/20/HHO Lower Barton, Carrowdene – single storey rear extension. The Council supports this application. Proposed by Cllr. Tremlett, seconded by Cllr. Gidley. All in favour.
P 0512/20/FUL Land at Stoneyford Cross – erection of an agricultural storage building. Cllr. Lethbridge proposed an objection on the grounds of the building's height; this was not seconded and the proposal fell. Cllr. Chubb proposed that the Council makes no comment on the application, seconded by Cllr. Gidley. Voting: five in favour, two against. Carried.
P <b>10) Finance:</b> to approve the schedule of payments (circulated) and to receive the bank reconciliation to 31st August 2020.
P <b>It was resolved to approve the payments totalling £1,206.75.</b> Proposed by Cllr. Yelland, seconded by Cllr. Tremlett. Unanimous on a show of hands. The bank reconciliation was received and noted.
P <b>11) Village Hall:</b> to consider a request from the Village Hall Committee for a grant of £500 towards new stacking chairs.
P Cllr. Lethbridge took no part in the vote. Cllr. Yelland asked whether the committee had applied to the Borough Council's community chest; the Clerk confirmed that it had, without success. <b>It was resolved to grant £400 to the Village Hall Committee.</b> Proposed by Cllr. Tremlett, seconded by Cllr. Gidley. Voting by show of hands: five in favour, one abstaining.
P <b>12) Borough Councillor's Report:</b> Borough Cllr. Pengelly reported that the recycling centre at Lydcott had reopened with a booking system and that the Borough Council's planning committee would meet in person again from October. The report was noted.
P <b>13) Correspondence:</b> (circulated) A letter from the Carrowdene Commoners' Association asked the Council to support new signs at the cattle grid. It was agreed that the Clerk writes in support and offers £50 towards the signs.
P <b>14) Motion from Cllr. Chubb:</b> "That this Council writes to the Highway Authority asking for a 20mph limit through the village centre."
P Following discussion Cllr. Chubb withdrew the motion so that the Speeding Working Group can gather data first. The motion will come back when the data is available.
P <b>15) Date of next meeting:</b> Tuesday 13th October 2020, 7pm, online.
P The meeting closed at 8.52pm.
S 18
P Signed ...................................................... (Chairman)    Date .............................
