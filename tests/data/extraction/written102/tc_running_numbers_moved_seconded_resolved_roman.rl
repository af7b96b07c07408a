@title Town Council Minutes 7th December 2016
@font Helvetica
@fontsize 10.5
@numcol 14
@pageoffset 2193
@header ||{page}
@footer Heptonroyd Town Council - Minutes of 7th December 2016||Chair's initials ...........
HC TOWN COUNCIL
C <b>Minutes of the Meeting held 7th December 2016</b>
S 6
R 412 | <b>PRESENT:</b> Cllr M Sutcliffe, Town Mayor. Cllrs J Barker, S Crabtree, A Hollinrake, R Greenwood, P Holt, D Holt, K Marshall, T Ormerod, B Pickles, L Sagar and W Uttley.<br/>Apologies were submitted from Cllrs F Dearden and H Whitham.<br/>In attendance: Mrs S Ackroyd (Town Clerk), Mr N Binns (Deputy Town Clerk) and five members of the public.
R 413 | <b>CONSIDERATION WAS GIVEN TO THE MINUTES OF THE TOWN COUNCIL MEETING HELD 26TH OCTOBER 2016</b><br/>It was moved by Cllr R Greenwood<br/>Seconded by Cllr A Hollinrake<br/>RESOLVED: that the Chair sign the Minutes of 26th October 2016 as a true record.
R 414 | <b>CONSIDERATION WAS GIVEN TO THE MOTION TO EXCLUDE THE PUBLIC AND PRESS FOR ANY AGENDA ITEMS</b><br/>It was moved by Cllr T Ormerod<br/>Seconded by Cllr L Sagar<br/>RESOLVED: that the public and press be excluded for item 424 (Staffing) only.
P <b>Mayoral and other communications</b>
R 415 | <b>Calder Navigation Trust TOWPATH CLOSURE AT STUBBING WHARF</b><br/>It was moved by Cllr K Marshall<br/>Seconded by Cllr W Uttley<br/>RESOLVED: i) that the letter be received and filed.<br/>ii) that the Trust be asked to signpost the diversion from both ends of the wharf.<br/>iii) that the Trust be reminded of the Council's request for a towpath seat.
R 416 | <b>Comité de Jumelage de Vernès TWINNING VISIT</b><br/>It was moved by the Mayor<br/>Seconded by Cllr B Pickles<br/>RESOLVED: i) that the Comité's invitation for May 2017 be accepted.<br/>ii) that Cllr S Crabtree be thanked for organising the exchange of the two school choirs.
R 417 | <b>CONSIDERATION WAS GIVEN TO THE MINUTES OF THE DEVELOPMENT COMMITTEE HELD ON 2ND NOVEMBER 2016</b><br/>Minute 361<br/>An amendment was moved by Cllr J Barker<br/>Seconded by Cllr P Holt<br/>That the note of interests under minute 361 be corrected to read:- "Cllrs J Barker and P Holt declared a Pecuniary Interest in Planning Application 16/01088 and left the meeting."<br/>The amendment was CARRIED.<br/>It was then moved by Cllr R Greenwood<br/>Seconded by Cllr K Marshall<br/>RESOLVED: that the Minutes of the Development Committee held on 2nd November 2016 be approved as amended.
R 418 | <b>CONSIDERATION WAS GIVEN TO THE MINUTES OF THE ENVIRONMENT COMMITTEE HELD ON 16TH NOVEMBER 2016</b><br/>Minute 377 (Litter bins)<br/>It was moved by Cllr D Holt<br/>Seconded by Cllr T Ormerod<br/>That the recommendation to remove the bins at Cinder Hill be referred back to the Committee.<br/>On being put to the vote the motion was LOST.<br/>It was moved by Cllr A Hollinrake<br/>Seconded by Cllr L Sagar<br/>RESOLVED: that the Minutes of the Environment Committee held on 16th November 2016 be received and the recommendations adopted.
R 419 | <b>PRECEPT 2017/18</b><br/>The Town Clerk presented the draft budget recommended by the Finance Committee. A recorded vote was requested by Cllr B Pickles.<br/>It was moved by Cllr W Uttley<br/>Seconded by Cllr K Marshall<br/>That the precept for 2017/18 be £286,400.<br/>For: Cllrs Barker, Crabtree, Greenwood, Hollinrake, Marshall, Ormerod, Sagar, Sutcliffe and Uttley (9).<br/>Against: Cllrs D Holt and Pickles (2).<br/>Abstention: Cllr P Holt (1).<br/>RESOLVED: that the precept for 2017/18 be £286,400.
R 420 | <b>NOTICE OF MOTION – CLLR D HOLT</b><br/>Cllr D Holt moved his motion that the Council's meetings be filmed and placed on its website, Seconded by Cllr B Pickles. Following advice from the Town Clerk on the cost of equipment, and with the consent of the seconder, Cllr D Holt WITHDREW the motion and asked that the matter be considered by the Finance Committee in the new year.
R 421 | <b>TOWN CLERK'S REPORT</b><br/>The Town Clerk's report on the Christmas market, the Centre Vale lease and the bus station toilets was NOTED. Cllr S Crabtree asked that the toilets be kept open until 8pm during the market; the Town Clerk said this would be arranged.
R 422 | <b>MARKET HALL LIGHTING</b><br/>This item was DEFERRED to the January meeting at the request of the Town Clerk, as the third quotation had not been received.
R 423 | <b>QUESTIONS FROM MEMBERS</b><br/>Cllr L Sagar asked when the Bridge End planters would be replanted; the Mayor replied that the In Bloom group would do this in March. Cllr T Ormerod asked why Ewood Brow had not been gritted on 30th November; the Town Clerk undertook to raise it with the Highways depot.
P <i>The public and press were excluded for the following item.</i>
R 424 | <b>STAFFING</b><br/>It was moved by Cllr T Ormerod<br/>Seconded by Cllr L Sagar<br/>RESOLVED: that the Deputy Town Clerk's post be regraded to SCP 24 from 1st January 2017 as recommended by the Personnel Sub-Committee.
S 6
P <b>DATE OF NEXT MEETING:</b> Wednesday 18th January 2017 at 7.00pm in the Council Chamber.
P The meeting closed at 9.25pm.
