@title Minutes 30 July 2012
@font Times-Roman
@fontsize 11.5
@numcol 16
@footer ||{page}
@pageoffset 70
HC CASTELL NANT COMMUNITY COUNCIL
C Minutes of the Meeting Held at The Old Forge, Castell Nant, on Monday 30th July 2012. Meeting Commenced at 7:30pm.
S 6
R 1.00 | <b>ATTENDANCE :</b> Community Councillors: Chair Gwyn Prosser, Eleri Vaughan, Huw Bevan, Mair Lewis, Rhodri Jenkins, Siân Rowlands, Dafydd Watkins and Carys Hopkin. Clerk: Menna Price. County Councillors: Cllr Alun Treharne. Two members of public. Police Representative: PCSO Kevin Daly.
R 2.00 | <b>APOLOGIES :</b> Community Councillors: Owain Pugh. County Councillors: Cllr Helen Lloyd.
R 3.00 | <b>DECLARATION AND REGISTRATION OF INTERESTS.</b>
R 3.01 | Rhodri Jenkins declared that he is the Agent for Planning Application 12/01144/DCH. He explained that he would be happy to answer any relevant questions but would refrain from making any comments or taking part in the decision.
R 4.00 | <b>CONSIDERATION AND APPROVAL OF THE MINUTES OF THE PREVIOUS MEETING.</b>
R 4.01 | The minutes of the previous meeting held on 2nd July 2012 were agreed. Proposed Eleri Vaughan, seconded Huw Bevan.
R 5.00 | <b>POLICE MATTERS</b>
R 5.01 | PCSO Kevin Daly reported that there had been two reports of youths gathering on the footbridge late at night and one theft from a garden shed in Heol y Felin. The next PACT meeting will be held on Tuesday 11th September at 7pm at the Community Centre.
R 6.00 | <b>MATTERS ARISING FROM THE MINUTES AND ANY REMAINING BUSINESS FROM PREVIOUS MEETING.</b>
R 6.01 | Item 6.01. Cllr Huw Bevan confirmed that the notice board had been painted and he has given the receipt to the Clerk. Resolved.
R 6.02 | Item 6.02. Cllr Siân Rowlands explained that she had met with local residents to discuss the rubbish behind the bus shelter. It was agreed that the Community Council would clear the area and lay slabs on the small triangle of land, at a cost not exceeding £350.
R 7.00 | <b>PLANNING APPLICATIONS</b>
R 7.01 | 12/01144/DCH – Two storey side extension, 14 Heol y Felin. Rhodri Jenkins answered questions from Councillors and then left the room. No objection.
R 7.02 | 12/01187/DCH – Replacement garage, Ty Gwyn, Lôn y Castell. No objection.
R 8.00 | <b>CORRESPONDENCE</b>
R 8.01 | Letters were received from One Voice Wales (Area Committee dates), the County Council (Community Council Charter – draft for consultation) and Castell Nant Carnival Committee (thanks for the grant of £150). The correspondence was noted.
R 9.00 | <b>FINANCE</b>
R 9.01 | The Clerk presented the statement of accounts to 30th June 2012. The following payments were approved: Clerk's salary (quarter) £675.00; Zurich Municipal insurance £312.84; The Old Forge room hire £30.00; Grass cutting, Cae Chwarae £120.00. Proposed Mair Lewis, seconded Dafydd Watkins.
R 10.00 | <b>ALLOTMENTS</b>
R 10.01 | Chair Gwyn Prosser instructed Cllr Carys Hopkin to supply the Clerk with all allotment accounts and monies before the September meeting. Cllr Hopkin reported that two plots were vacant and that the water trough had been repaired.
R 11.00 | <b>ANY OTHER BUSINESS</b>
R 11.01 | Cllr Eleri Vaughan raised the overgrown hedge on the path to the school. The Clerk will write to the landowner.
R 12.00 | <b>DATE OF NEXT MEETING</b>
R 12.01 | Monday 24th September 2012 at 7:30pm at The Old Forge. There will be no meeting in August.
S 10
P The meeting closed at 9:05pm.
S 20
P Signed: ............................................ Chair        Date: ..............................
