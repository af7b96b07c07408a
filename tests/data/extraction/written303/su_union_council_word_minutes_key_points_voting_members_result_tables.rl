@title Union Council Minutes 14 November 2019
@font Helvetica
@fontsize 10
@numcol 12
@header Eastmarch Students' Union||Union Council – 14 November 2019
@footer Minutes are draft until approved by Union Council||Page {page}
G <b>Minutes</b> | 
G Meeting | Union Council
G Date | Thursday 14 November 2019
G Time | 7pm – 10pm
G Location | Lecture Theatre 2, Hub Building
G Author | Tamsin Oyelowo, Democracy Coordinator
S 4
T <b>Key points:</b><br/>Approved societies: Board Games, Cheese and Wine, Falconry, Sign Language, Wild Swimming<br/>The following motions were approved: Amendment to the Bye-Laws – Mature Students' Officer; Free Period Products in All Toilets<br/>The following motion fell: Don't Want to Attend Council? Don't Sit on Council!<br/>Withdrawn: Ban Single-Use Cups at SU Cafés. Deferred: Rent Strike Support
S 4
P <b>Voting Members Present in the room:</b> Ellis Narborough (Chair, Democracy Officer); Adaeze Nwankwo (SU President); Kit Fairhurst (Activities Officer); Rowan Delacroix (Welfare Officer); Sunil Prabhakar (Postgraduate Officer); Hattie Greenslade (Education Officer); Joel Ambrose (Falconry); Marnie Stoddart (Women's Football); Tobias Wren (History); Leyla Demir (School Convenor ENG); Farah Quraishi (Islamic Society); Owen Pritchard-Lea (Mature Students Assembly); Beatrix Hollis (Feminist Society); Callum Teague (Rugby Union)
P <b>In attendance (non-voting):</b> Tamsin Oyelowo (Democracy Coordinator); Dr Ruth Ibbotson (Chief Executive)
R 1. | <b>Welcome and Housekeeping</b><br/>Ellis welcomed members, confirmed that Council was quorate with 14 voting members in the room and explained the voting cards.
R 2. | <b>Apologies</b><br/>Apologies were received from Gideon Shaw (Sports Officer) and Lily Mbeki (Disabled Students' Officer).
R 3. | <b>Minutes of the last meeting</b><br/>The minutes of 17 October 2019 were approved as a correct record on a show of cards.
R 4. | <b>Societies for Approval</b><br/>Kit presented five new societies. Tobias asked whether Falconry had the necessary insurance; Kit confirmed that the society would use a licensed centre. Council voted to approve all five societies: For 13, Against 0, Abstain 1.
R 5. | <b>Motions</b>
R 5.1 | <b>Amendment to the Bye-Laws – Mature Students' Officer</b><br/>Proposer: Owen Pritchard-Lea. Seconder: Sunil Prabhakar.<br/>Owen said that mature students made up a fifth of the student body but had no officer. Hattie asked how the role would be elected; Owen replied that all students over 21 on entry could vote. A two-thirds majority was required.
TH For | Against | Abstain | Result
T 12 | 1 | 1 | Passed
R 5.2 | <b>Free Period Products in All Toilets</b><br/>Proposer: Beatrix Hollis. Seconder: Rowan Delacroix.<br/>Beatrix said that the pilot in the Hub had cost £640 a term and had been well used. Callum asked whether men's toilets would be included; Beatrix confirmed that they would.
TH For | Against | Abstain | Result
T 11 | 2 | 1 | Passed
R 5.3 | <b>Don't Want to Attend Council? Don't Sit on Council!</b><br/>Proposer: Marnie Stoddart. Seconder: Joel Ambrose.<br/>Marnie said that members who missed three Councils should lose their seat. Leyla spoke against, saying that placement students could not attend evening meetings.
TH For | Against | Abstain | Result
T 4 | 8 | 2 | Fell
R 5.4 | <b>Ban Single-Use Cups at SU Cafés</b><br/>Proposer: Farah Quraishi. Seconder: Tobias Wren.<br/>Farah withdrew the motion at the start of the item, as the cafés had agreed to charge for single-use cups from January.
TH For | Against | Abstain | Result
T – | – | – | Withdrawn
R 5.5 | <b>Rent Strike Support</b><br/>Proposer: Adaeze Nwankwo. Seconder: Rowan Delacroix.<br/>As the legal advice requested by the Trustee Board had not arrived, the Chair ruled that the motion be deferred to the next Council.
TH For | Against | Abstain | Result
T – | – | – | Deferred
R 6. | <b>Officer Questions</b><br/>Sunil asked the President about the delay to the postgraduate common room. Adaeze said that the University had promised it would open in February.
R 7. | <b>Any Other Business</b><br/>Dr Ruth Ibbotson reminded members that the trustee elections would open on 2 December.
P The meeting closed at 9.12pm. Next meeting: Thursday 5 December 2019, Lecture Theatre 2.
