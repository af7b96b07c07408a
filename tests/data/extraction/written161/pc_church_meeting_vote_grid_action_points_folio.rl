@title Minutes 16 September 2020
@font Helvetica
@fontsize 10.5
@numcol 18
@header  
@footer Signed …………………………||2020/21-0{page}
@pageoffset 2
P <b>Minutes of Brandeswell Parish Council meeting held at St Mary's Church at 7.00pm on Wednesday 16th September 2020</b>
G Present: | Mrs Anne Cattermole - Chairman
G  | Mr Peter Hunt - Vice-Chairman
G  | Mr Robert Last - Councillor
G  | Mrs Wendy Sillitoe - Councillor
G  | Mr Colin Pryke - Councillor
G  | Mrs Helen Dunnett – County Councillor
G In attendance: | Mrs Julia Kerridge - Clerk
G Also present: | Mr Tom Farrow
P <b>1. Welcome and Introduction</b> The chairman opened the meeting at 7pm and told members that, as the Village Hall is still closed, she and the clerk had arranged for the council to meet in the church; the churchwardens had spaced the chairs two metres apart and provided hand sanitiser.
P <b>2. Apologies for Absence:</b> District Councillor Mark Ransby
P <b>3. Declarations of Members' Interests in any items on this Agenda.</b> Anne Cattermole declared an interest as a trustee of Brandeswell Village Hall. The interest was recorded.
P <b>4. To approve previous Minutes/Notes</b>
T Meeting held | Proposed | Seconded
T 15.7.20 | AC | PH
T Emailed votes: 12.8.20 | PH | RL
P Matters arising - none
P <b>Action Point Review:</b>
P ¤ AP 151 – Footpath 4 overgrown at the Glebe stile. The landowner has cut it back; action closed.
P ¤ AP 156 – Speed indicator device. Bracket fitted to the post on Ipswich Road; the clerk is waiting for the county's sign-off before the device can go up.
P ¤ AP 158 – Bus shelter roof. Repair carried out by Mr Farrow in August; invoice received (see item 5).
P <b>5. Finance</b>
P a) The clerk circulated the bank reconciliation to 31st August: current account £9,612.04, deposit account £15,000.00.
P b) Payments: clerk's salary (Jul–Sep) £540.00; T Farrow, bus shelter repair £185.00; CALC training £36.00. Payments were approved: proposed WS, seconded CP.
P c) The external audit is still awaited.
P <b>6. Planning</b> DC/20/3311/FUL, Rose Cottage, Church Lane – two storey side extension. Council had no objection but asked that the hedge on the frontage be kept.
P <b>7. Highways</b> Helen Dunnett reported that the surface dressing of Church Lane had been put back to 2021 and that she had asked Highways to look again at the flooding at the Street Farm bend. Robert Last said the new 30mph roundels were already fading.
P <b>8. Village Hall</b> Anne Cattermole reported that the hall committee hoped to reopen for small groups in October once the risk assessment was finished. Council agreed to lend the committee the council's spare hand-sanitiser stands.
P <b>9. Covid-19 community support</b> Wendy Sillitoe reported that the volunteer shopping group was now helping four households, down from nineteen in May, and would carry on through the winter.
P <b>10. Correspondence</b> CALC bulletins; Deben District Council newsletter; letter from Brandeswell Primary thanking the council for the book tokens. All received and noted.
P <b>11. Date of next meeting</b> Wednesday 18th November 2020 at 7.00pm, venue to be confirmed.
P The meeting closed at 8.35pm.
