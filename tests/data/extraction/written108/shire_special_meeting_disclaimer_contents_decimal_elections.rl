@title Special Meeting of Council 26 October 2017
@font Helvetica
@fontsize 9.5
@footer Shire of Yundabin – Special Meeting of Council – 26 October 2017||Page {page}
S 10
C <i>A farming community that looks after its people, its roads and its bush,</i>
C <i>at the heart of the eastern Wheatbelt</i>
S 16
HC Minutes
C of the
HC Special Meeting of Council
C convened for the election of the Shire President and the Deputy Shire President and for the appointment of Councillors to committees
C held
HC THURSDAY 26th October 2017
C Shire of Yundabin
C Council Chambers
C Hakea Street, Yundabin
S 24
HC DISCLAIMER
P Nothing said at a meeting of Council or a Committee, or in conversation with staff, binds the Shire of Yundabin. Please wait for the Shire's letter before acting on any matter discussed.
P A remark at a meeting about a development or licence application is never an approval. Applicants are told the decision, and any conditions, in writing.
PB
HC Special Meeting of Council – Minutes – Thursday 26th October 2017
H Agenda
G 1 | DECLARATION OF OPENING / ANNOUNCEMENT OF VISITORS:
G 2 | RECORD OF ATTENDANCE / APOLOGIES:
G 3 | DECLARATIONS OF ELECTED MEMBERS:
G 4 | ELECTION OF PRESIDENT AND DEPUTY PRESIDENT:
G 4.1.1 | Election of Shire President
G 4.1.2 | Election of Deputy Shire President
G 4.1.3 | Seating Arrangements in Council Chambers
G 5 | APPOINTMENT OF COMMITTEES AND DELEGATES:
G 5.1 | Audit Committee
G 5.2 | Bush Fire Advisory Committee
G 5.3 | Great Eastern Regional Road Group
G 5.4 | Central Wheatbelt Zone
G 6 | ORDINARY MEETING DATES – NOVEMBER AND DECEMBER 2017
G 7 | CLOSURE
S 4
H 1 DECLARATION OF OPENING / ANNOUNCEMENT OF VISITORS:
P The Chief Executive Officer declared the meeting open at 4.00pm and welcomed the two newly elected Councillors.
H 2 RECORD OF ATTENDANCE / APOLOGIES:
P <b>Councillors:</b> Cr R J Gillard, Cr M A Thorley, Cr D S Kwan, Cr P E Cromie, Cr A Vassallo, Cr T W Hebbard
P <b>Staff:</b> Mr G Pettit – Chief Executive Officer; Mrs J Andronicus – Manager Corporate Services; Ms K Fitzmaurice – Executive Assistant (Minutes)
P <b>Apologies:</b> Cr L M Oates &nbsp;&nbsp;&nbsp; <b>Visitors:</b> Nil
H 3 DECLARATIONS OF ELECTED MEMBERS:
P Cr D S Kwan and Cr A Vassallo, elected at the ordinary election held on 21 October 2017, made the Declaration by Elected Member before the Chief Executive Officer prior to the meeting.
H 4 ELECTION OF PRESIDENT AND DEPUTY PRESIDENT:
H 4.1.1 Election of Shire President
P The Chief Executive Officer, as returning officer, presided for this item. Two written nominations had been received, for Cr R J Gillard and Cr M A Thorley, and the election was conducted by secret ballot in accordance with Schedule 2.3 of the Local Government Act 1995.
P Cr Gillard and Cr Thorley each spoke briefly to Council before the ballot.
P Votes cast: Cr R J Gillard 4, Cr M A Thorley 2.
P The Chief Executive Officer declared Cr R J Gillard elected Shire President for a term of two years. Cr Gillard made the declaration for the office of President and took the chair at 4.14pm.
H 4.1.2 Election of Deputy Shire President
P The Shire President called for nominations. Cr Thorley nominated Cr Cromie. There being no other nominations, the Shire President declared Cr P E Cromie elected Deputy Shire President, unopposed. Cr Cromie made the declaration for the office of Deputy President.
H 4.1.3 Seating Arrangements in Council Chambers
P <b>COUNCIL RESOLUTION 2017/101</b><br/>Moved: Cr Hebbard &nbsp;&nbsp; Seconded: Cr Kwan
P That the seating of Councillors in the Council Chambers be allotted in alphabetical order of surname, with the Shire President and Deputy Shire President at the head of the table.
P <b>CARRIED 6/0</b>
H 5 APPOINTMENT OF COMMITTEES AND DELEGATES:
H 5.1 Audit Committee
P <b>OFFICER RECOMMENDATION</b><br/>That Council appoint all Councillors to the Audit Committee.
P <b>COUNCIL RESOLUTION 2017/102 – ABSOLUTE MAJORITY REQUIRED</b><br/>Moved: Cr Vassallo &nbsp;&nbsp; Seconded: Cr Cromie
P That Council appoint all Councillors to the Audit Committee, with the Deputy Shire President as presiding member.
P <b>CARRIED BY ABSOLUTE MAJORITY 6/0</b>
H 5.2 Bush Fire Advisory Committee
P <b>COUNCIL RESOLUTION 2017/103</b><br/>Moved: Cr Thorley &nbsp;&nbsp; Seconded: Cr Hebbard
P That Cr Kwan be appointed as Council's representative on the Bush Fire Advisory Committee and Cr Vassallo as deputy representative.
P <b>CARRIED 6/0</b>
H 5.3 Great Eastern Regional Road Group
P Cr Vassallo moved an amendment that Cr Hebbard be the delegate in place of the Shire President, as he had served on the group's technical committee. The amendment was seconded by Cr Kwan.
P <b>AMENDMENT LOST 2/4</b>
P <b>COUNCIL RESOLUTION 2017/104</b><br/>Moved: Cr Cromie &nbsp;&nbsp; Seconded: Cr Thorley
P That the Shire President be Council's delegate to the Great Eastern Regional Road Group and Cr Hebbard the deputy delegate.
P <b>CARRIED 5/1</b>
H 5.4 Central Wheatbelt Zone
P Moved: Cr Kwan &nbsp;&nbsp; Seconded: Cr Vassallo
P That Cr Oates be appointed as the Shire's second delegate to the Central Wheatbelt Zone.
P <b>LOST 2/4</b>
P The Chief Executive Officer advised that the appointment of a second delegate would be listed for the November Ordinary Meeting.
H 6 ORDINARY MEETING DATES – NOVEMBER AND DECEMBER 2017
P <b>COUNCIL RESOLUTION 2017/105</b><br/>Moved: Cr Cromie &nbsp;&nbsp; Seconded: Cr Thorley
P That the Ordinary Meetings of Council for November and December 2017 be held on Thursday 16 November and Thursday 14 December at 3.00pm in the Council Chambers.
P <b>CARRIED 6/0</b>
H 7 CLOSURE
P The Shire President thanked Councillors and staff and declared the meeting closed at 4.52pm.
S 6
P These minutes were confirmed at the Ordinary Meeting of Council held on 16 November 2017.<br/>Signed: ____________________ Presiding Member &nbsp;&nbsp;&nbsp; Date: ______________
