@title Special Meetings of Council November December 2004
@font Times-Roman
@fontsize 11
@numcol 24
HC MINUTES OF THE SPECIAL MEETING OF COUNCIL OF THE RURAL MUNICIPALITY OF WHITLOW PLAINS NO. 187
HC HELD AT 212 RAILWAY AVENUE, KELLOCK, SASKATCHEWAN WEDNESDAY NOVEMBER 3 2004
S 6
R Present | Harold Ostrowski, Reeve; Councillors Lyle Dziadyk, Bernice Thiessen, Oren Kulyk, Marvin Pederson, Glen Astley and Irene Sawchyn
R  | Colette Brandvold, Administrator
P Waiver of notice for special meeting of council is attached to these minutes.
P Reeve Harold Ostrowski called the meeting to order at 1:30 pm.
R Res 201/04 | That the declaration of office and oath of office taken by the Reeve and Councillors elected on October 27, 2004 be received and placed on file. Carried
R Res 202/04 | That Bernice Thiessen be appointed Deputy Reeve for the period ending December 31, 2005. Carried
R Res 203/04 | That the signing authorities for the RM of Whitlow Plains #187 be Reeve Harold Ostrowski or Deputy Reeve Bernice Thiessen, together with Administrator Colette Brandvold. Carried
P Meeting adjourned at 1:55 PM.
S 16
G ______________________ | ______________________
G Reeve | Administrator
PB
HC MINUTES OF THE SPECIAL MEETING OF COUNCIL OF THE RURAL MUNICIPALITY OF WHITLOW PLAINS NO. 187
HC HELD AT 212 RAILWAY AVENUE, KELLOCK, SASKATCHEWAN WEDNESDAY NOVEMBER 17 2004
S 6
R Present | Harold Ostrowski, Reeve; Councillors Lyle Dziadyk, Bernice Thiessen, Oren Kulyk, Marvin Pederson and Irene Sawchyn
R  | Colette Brandvold, Administrator
R Absent | Glen Astley
P Waiver of notice for special meeting of council is attached to these minutes.
P Reeve Harold Ostrowski called the meeting to order at 9:00 am.
R Res 204/04 | That Lyle Dziadyk and Oren Kulyk be appointed to the Kellock and District Recreation Board for 2005. Carried
R Res 205/04 | That Marvin Pederson be appointed as council representative to the Whitlow Plains Cemetery Committee and Irene Sawchyn as alternate. Carried
R Res 206/04 | That the municipality purchase the 1998 Champion 740 grader offered by Prairie Iron Sales Ltd. for $86,500.00 including trade, to be paid from the Equipment Reserve. Carried
R Res 207/04 | That the administrator be authorized to advertise for a part-time grader operator for the winter season. Carried
P Meeting adjourned at 10:20 AM.
S 16
G ______________________ | ______________________
G Reeve | Administrator
PB
HC MINUTES OF THE SPECIAL MEETING OF COUNCIL OF THE RURAL MUNICIPALITY OF WHITLOW PLAINS NO. 187
HC HELD AT 212 RAILWAY AVENUE, KELLOCK, SASKATCHEWAN WEDNESDAY DECEMBER 1 2004
S 6
R Present | Harold Ostrowski, Reeve; Councillors Lyle Dziadyk, Bernice Thiessen, Oren Kulyk, Marvin Pederson, Glen Astley and Irene Sawchyn
R  | Colette Brandvold, Administrator
P Waiver of notice for special meeting of council is attached to these minutes.
P Reeve Harold Ostrowski called the meeting to order at 10:00 am.
R Res 208/04 | That the 2005 interim tax levy be set at fifty percent of the 2004 levy, payable on or before March 31, 2005. Carried
R Res 209/04 | That the municipality renew its membership in the Saskatchewan Association of Rural Municipalities for 2005 at a cost of $2,140.00. Carried
R Res 210/04 | That the request of the Kellock Curling Club for a grant toward the replacement of its ice plant be tabled until the 2005 budget is prepared. Carried
P Meeting adjourned at 10:45 AM.
S 16
G ______________________ | ______________________
G Reeve | Administrator
