@title Joint Committee Minutes 27 May 2014
@font Helvetica
@fontsize 10.5
@footer Hollinbridge Golf Club – Joint Committee Minutes 27 May 2014||Page {page}
HC Minutes of the Joint Committee Meeting Held at Hollinbridge Golf Club
HC On Tuesday 27th May 2014 at 7pm
S 6
P <b>Attendance:</b> Roger Whitfield, Janet Ormerod, Kwame Asante, Phil Dransfield, Leanne Cartwright, Neil Pashley, Colin Ackroyd, Tessa Beaumont, Dave Hirst, Glenys Rowbotham, Mark Sutcliffe.
P <b>Apologies for Absence:</b> Dean Halloway, Matt Ibbotson, Sandra Whitfield, Graham Kershaw.
S 4
H GC051401 Minutes of the last Meeting.
P The minutes of the last meeting were approved and signed with the following amendment: Item GC041406 line 4 – the date of the Seniors Open should read 14th June, not 21st June.
H GC051402 Matters Arising.
P The Chairman welcomed Tessa Beaumont to the meeting in her role as Ladies’ Vice Captain.
P Item GC041409 – Glenys reported that the new handicap certificates have been printed and will be in the pigeon holes by Friday.
H GC051403 Correspondence
P A letter was received from a member about slow play on Saturday mornings and was dealt with under the Competitions section.
H GC051404 Treasurer’s Report.
P The members’ fund now stands at £1,640. The entry fees for the county scratch league have been paid. Dave confirmed that he would invoice the members’ fund match by match from June, and that meals would only be paid for where there is a reciprocal arrangement, i.e. junior matches.
H GC051405 Competitions Committee Report.
P The entries for the summer knockout are poorly subscribed and the committee need to push the event with members.
P Sat 7th June Ackroyd/Sutcliffe Cup – Colin to run the draw on the day.
P Neil said that some members were unhappy that players with non-competition handicaps could win first prize money. After some discussion it was agreed that such players may enter without paying the entry fee, so that they can return a card for handicap purposes, but cannot win the prize money or the trophy.
H GC051406 Handicap Report.
P Phil reported that 23 members had their handicaps reduced in the spring review and that four members have not returned the three cards needed for a handicap this season.
H GC051407 Course Report.
P Kwame reported on behalf of the head greenkeeper that the 14th green has recovered from the winter flooding and that the new drainage on the 6th fairway will be finished by the end of June. The temporary green on the 9th will stay in play until then.
H GC051408 Ladies’ Section.
P Janet reported that the Ladies’ Open on 11th May raised £310 for the Lady Captain’s charity and thanked the bar staff for their help on the day.
H GC051409 Juniors.
P Leanne reported that eight juniors have joined since Easter, five of them from the school taster sessions. It was agreed to buy two sets of junior clubs at £95 each from the members’ fund.
H GC051410 Seniors.
P Mark reported that the seniors’ home match against Brindley Moor was halved and that the return fixture is on 19th June.
H GC051411 Any Other Business.
P Roger asked that the notice board in the locker room be cleared of out-of-date notices before open week. Agreed.
H GC051412 Date of Next Meeting.
P Tuesday 24th June 2014 at 7pm in the Lounge.
S 10
P Meeting closed at 9.10pm.
