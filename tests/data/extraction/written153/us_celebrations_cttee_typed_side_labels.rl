@title TCC minutes 1998-03-12
@font Times-Roman
@fontsize 11
@numcol 46
@footer - {page} -
HC TOWN CELEBRATIONS COMMITTEE
C Town of Wessagus
C March 12, 1998
S 8
R PRESENT | Arthur Pacheco (Chmn), Ruth Delorey, Erik Lindqvist, Claire Ouellette, Tom Strand
R ABSENT | Joan Furtado
R GUESTS | Capt. Roland Bisset, Wessagus Fire Department; Nadine Kowal, Patriots' Day Parade Marshal; Paul Verity, Wessagus Minutemen
S 6
R MINUTES | Minutes of February 12 and February 26, 1998 accepted as amended (date of the Veterans' Day breakfast corrected).
R TREASURER | Mr Lindqvist reported that the balance of the TCC gift account was $1,482.16 and that the FY 98 appropriation had $3,215.00 remaining. Bills for the Memorial Day wreaths ($312.50) will be paid in May.
R CORRESPONDENCE | Chmn Pacheco read a letter from the Board of Selectmen asking the TCC for its budget request for FY 99 by April 1, and a letter from the Wessagus Minutemen thanking the TCC for its help with the 1997 parade.
R FY 99 BUDGET | The TCC reviewed the draft budget prepared by Mr Lindqvist. Mrs Ouellette moved that the TCC request $14,800 for FY 99, an increase of $600 for the cost of police details; seconded by Mr Strand; so voted unanimously. The request will go to the Selectmen and to the Appropriation Committee.
R OLD BUSINESS | <u>Patriots' Day Parade</u>. Mrs Kowal reported that the route would be the same as in 1997 but that the reviewing stand would move to the Common because of the work on the Town Hall steps. Voted: to accept the route and the new location of the reviewing stand (5-0).
R  | <u>Flags on Main Street</u>. Mr Strand reported that 14 of the 40 flag brackets on the light poles need to be replaced. No action; he will bring prices to the next meeting.
R NEW BUSINESS | <u>Fourth of July fireworks</u>. Capt. Bisset explained the Fire Department's requirements for the new launch site at Bartlett Field, including a 300-foot safety zone and two engines standing by. Mr Verity asked whether the Minutemen's musket salute could still take place before the display. Capt. Bisset said that it could, if it was over by 9:00 p.m. Mrs Delorey moved that the TCC recommend to the Selectmen that the display be moved to Bartlett Field for 1998; seconded by Mr Lindqvist; so voted, 4 in favor, Mr Strand opposed.
R  | <u>Veterans' Day breakfast</u>. Discussion postponed to the April meeting.
R TOWN REPORT | Mrs Delorey will draft the TCC's section of the 1998 Annual Town Report.
R NEXT MEETING | March 26, 1998 at 7:30 p.m., Cary Room, Town Office Building.
R ADJOURNMENT | The meeting was adjourned at 9:40 p.m.
S 14
P Respectfully submitted,
S 10
P Ruth Delorey, Secretary
