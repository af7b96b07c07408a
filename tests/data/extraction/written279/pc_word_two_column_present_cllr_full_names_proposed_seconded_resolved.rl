@title Netherthorne Parish Council Minutes 10 November 2016
@font Helvetica
@fontsize 10.5
@numcol 24
@footer Netherthorne Parish Council – Minutes 10.11.16||Page {page} of 2
HC Minutes of the Meeting of Netherthorne Parish Council
C held on Thursday 10th November 2016
C in The Beck Room, Netherthorne Institute, Netherthorne
S 6
P <b>Present:</b>
G Cllr Margaret Illingworth (Chair) | Cllr Roger Pawson
G Cllr Stuart Kellett | Cllr Diane Firth
G Cllr Peter Ackroyd | Cllr Helen Rishworth
P Clerk Andrew Tetley
S 4
R 124/1617 | <b>Chairs Remarks</b>
P The Chair welcomed everyone to the meeting and reminded members of the standing orders relating to debate, asking that each member address the Chair and speak once on each motion.
R 125/1617 | <b>To receive any apologies for absence</b>
P Cllr Brian Stansfield
R 126/1617 | <b>To receive any disclosures of interest</b>
P Cllr Firth disclosed an interest in item 132/1617 as a member of the Netherthorne Allotment Society.
R 127/1617 | <b>To consider written requests for a dispensation on any matters to be discussed.</b>
P None requested.
R 128/1617 | <b>Public Participation</b>
P District Cllr Gordon Sugden updated the Parish Council on the district council's consultation on car park charges, which closes on 2nd December. A resident asked whether the Institute car park would be affected; District Cllr Sugden confirmed that it is privately owned and outside the proposals.
R 129/1617 | <b>Minutes of the previous meeting</b>
P Proposed by Cllr Pawson
P Seconded by Cllr Kellett
P <b>RESOLVED that the minutes of the meeting on 13th October 2016 be accepted as a true and accurate record</b>
R 130/1617 | <b>To receive minutes from council committees</b>
P A copy of the minutes from the following committees were received and accepted:
P • Planning Committee on 24th October 2016
P • Open Spaces &amp; Allotments Committee on 3rd November 2016
R 131/1617 | <b>Update from Neighbourhood Policing Team</b>
P PCSO Karen Lund reported two thefts from vans on Beck Lane and a report of off-road motorcycles on the moor, and reminded residents to mark tools and equipment.
R 132/1617 | <b>Allotments</b>
P Cllr Ackroyd reported that the waiting list stood at eleven and that two half plots had been re-let in October. Having disclosed an interest, Cllr Firth took no part in the vote.
P Proposed by Cllr Ackroyd
P Seconded by Cllr Rishworth
P <b>RESOLVED that allotment rents for 2017-18 remain at £32 per full plot and £16 per half plot</b>
R 133/1617 | <b>Parish Council Budget Process 2017-18</b>
P The Clerk presented the first draft budget and the precept options. The Council agreed a timetable of a Finance Working Group meeting on 24th November 2016 and a decision on the precept at the January meeting.
R 134/1617 | <b>Remembrance Sunday</b>
P The Chair reported that she had laid the Council's wreath at the war memorial and thanked the Royal British Legion branch for organising the parade.
R 135/1617 | <b>Accounts for payment</b>
P Proposed by Cllr Kellett
P Seconded by Cllr Firth
P <b>RESOLVED that the payments listed in Appendix A totalling £2,964.10 be approved</b>
R 136/1617 | <b>Date of next meeting</b>
P Thursday 8th December 2016 at 7.30pm in The Beck Room, Netherthorne Institute.
S 10
P The meeting closed at 9.12pm.
S 16
P Signed ………………………………………… Chair       Date ……………………
