@title Wennock Parish Council minutes 9 September 2013
@font Times-Roman
@fontsize 11
@numcol 10
@header ||{page}
@pageoffset 811
@footer Chairman's initials ........
HC WENNOCK PARISH COUNCIL
HC MINUTES OF THE PARISH COUNCIL MEETING AT THE HARCOURT CENTRE AT 7.30pm ON MONDAY, 9th SEPTEMBER 2013
H Attendance
P Cllr Graham Tolley (Chair)<br/>Cllr Alison Pryce<br/>Cllr Dennis Veale<br/>Cllr Femi Okafor<br/>Cllr Ruth Ashdown<br/>Cllr Keith Brayford<br/>Cllr Peter Lamb (District Councillor)
P 6 members of the public were present.
G <b>ITEM</b> | | <b>ACTION</b>
H AGENDA ITEM 1 – APOLOGIES FOR ABSENCE
R 1. | Apologies were received from Cllrs Hendry and Marsh-Cole.
H AGENDA ITEM 2 – DECLARATIONS OF INTEREST
R 2. | Cllr Pryce declared an interest in paragraph 11 (Lower Bache Farm) as a near neighbour of the applicant.
H AGENDA ITEM 3 – MINUTES OF THE PREVIOUS MEETING
R 3. | The Minutes of the Meeting held on 8th July 2013 were accepted as a true record. (Proposer: Cllr Veale. Seconder: Cllr Ashdown).
H AGENDA ITEM 4 – MATTERS ARISING FROM THE MINUTES
R 4. | Minute 5: Playground Fencing. The Clerk reported that two quotations had been received for replacing the fencing along the brook side of the playground. Cllr Okafor proposed and Cllr Veale seconded that the lower quotation of £1,240 from Marcher Fencing be accepted. This was accepted unanimously. The Clerk will place the order. DM
R 5. | Minute 9: Bus Shelter at Stretton Cross. No reply had been received from the County Council about the damaged glass panel. The Clerk was instructed to write again and copy the letter to the District Councillor. DM
R 6. | Minute 12: Neighbourhood Plan. Cllr Tolley reported that the working group had met twice over the summer and had drafted a questionnaire for every household. Cllr Brayford said that the questionnaire was too long and should be cut to two sides. The matter was deferred until the October Meeting, when a shorter draft will be tabled.
H AGENDA ITEM 5 – REPORT FROM THE DISTRICT COUNCILLOR
R 7. | Cllr Lamb reported that the consultation on the core strategy would close at the end of October and urged the Council to respond. He also said that the mobile library would stop calling at Wennock from January. Cllr Ashdown asked whether the village hall could host a book exchange instead, and Cllr Lamb agreed to find out.
H AGENDA ITEM 6 – POLICE MATTERS
R 8. | No report had been received from the Safer Neighbourhood Team.
H AGENDA ITEM 7 – FINANCE
R 9. | Statement of Accounts. The Clerk presented the statement of accounts to 31st August 2013, which showed a balance of £6,418.55. The statement was noted.
R 10. | Payments. The following payments were approved: Clerk's salary July and August £412.00; Marcher Fencing (deposit) £250.00; Harcourt Centre hire £36.00. (Proposer: Cllr Okafor. Seconder: Cllr Veale).
H AGENDA ITEM 8 – PLANNING
R 11. | Lower Bache Farm. Application 132041 for the erection of an agricultural storage building. Having declared an interest, Cllr Pryce left the room. Cllr Brayford said the building would be screened by the existing hedge. It was RESOLVED to support the application. Cllr Pryce returned.
R 12. | The Orchards, Stretton Lane. Application 131877 for a single-storey rear extension. No objection.
H AGENDA ITEM 9 – CORRESPONDENCE
R 13. | Letter from Marchshire Council about winter gritting routes and the refill of the two grit bins on Church Road. Cllr Ashdown offered to check the bins in November. The correspondence was noted.
H AGENDA ITEM 10 – DATE OF NEXT MEETING
R 14. | The next Meeting will be held on Monday 14th October 2013 at 7.30pm at the Harcourt Centre.
S 10
P The meeting closed at 9.05pm.
S 18
P Signed ........................................ (Chair)         Date ....................
