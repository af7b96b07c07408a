@title Special Meeting Minutes 3/20/04
@font Times-Roman
@fontsize 11
@numcol 42
@footer Special Meeting Minutes 3/20/04||Page {page}
HC MINUTES OF THE SPECIAL MEETING OF THE BOARD OF TRUSTEES OF THE VILLAGE OF MARLOW PRAIRIE HELD MARCH 20, 2004
S 8
R CALL TO ORDER | Mayor Dorothy Kvasnicka called the special meeting to order at 9:00 a.m. on Saturday, March 20, 2004 in the Village Board Room, 33 North Railroad Street, Marlow Prairie, Illinois.
R ROLL CALL | Roll call: Trustees Pfeiffer, Ostrowski, Lindqvist, Barnaby, Tuohy, Ramsdell - present. Clerk Haglund present. Also present: Village Manager Edward Carrow, Finance Director Paul Szymanski and Public Works Director Gail Ruiz.
R PLEDGE | Mayor Kvasnicka led the Pledge of Allegiance.
R PUBLIC COMMENT | Mr. Lyle Brandvold, 418 Willow Court, asked the Board not to raise the water rate more than the rate of inflation. Mayor Kvasnicka thanked him and said that the rates would be discussed under the Water and Sewer Fund.
R GENERAL FUND | Mr. Szymanski presented the proposed FY 2004-05 General Fund budget of $9.84 million, a 3.1% increase over the current year, with no increase in the property tax levy. Trustee Lindqvist asked why the police overtime line had risen by 18%; Mr. Carrow explained that two officers would be at the academy for most of the year. Trustee Tuohy asked for a list of all professional services contracts before the public hearing.
R WATER AND SEWER FUND | Ms. Ruiz reviewed the Water and Sewer Fund, including the painting of the north water tower and the lift station at Prairie Crossing. Mr. Szymanski said a rate increase of 4.5% would be needed to keep the fund balance at ninety days of operating expense. Trustee Barnaby moved, seconded by Trustee Pfeiffer, to direct staff to prepare the budget with a water and sewer rate increase of 4.5% effective May 1, 2004. Upon roll call: Ayes: Pfeiffer, Barnaby, Lindqvist, Ramsdell. Nays: Ostrowski, Tuohy. Motion carried 4-2.
R RECESS | The Board recessed at 10:40 a.m. and reconvened at 10:55 a.m. with all Trustees present.
R CAPITAL IMPROVEMENT PROGRAM | Mr. Carrow presented the five-year Capital Improvement Program. Trustee Ostrowski asked that the Center Street resurfacing be moved from FY 2006 to FY 2005. After discussion the Board reached consensus to leave the program as presented and to revisit Center Street when the motor fuel tax figures are known.
R PUBLIC HEARING DATE | Trustee Ramsdell moved, seconded by Trustee Tuohy, to set the public hearing on the FY 2004-05 budget for Monday, April 19, 2004 at 7:00 p.m. Upon voice vote, motion carried unanimously.
R EXECUTIVE SESSION | Trustee Pfeiffer moved, seconded by Trustee Lindqvist, to go into Executive Session to discuss collective bargaining. Upon roll call: Ayes: Pfeiffer, Ostrowski, Lindqvist, Barnaby, Tuohy, Ramsdell. Nays: None. Motion carried. The Board went into Executive Session at 11:32 a.m. and returned to open session at 12:10 p.m. No action was taken.
R ADJOURNMENT | Trustee Tuohy moved, seconded by Trustee Barnaby, to adjourn. Upon voice vote, motion carried. The meeting adjourned at 12:14 p.m.
S 16
P Respectfully submitted,
P Janet Haglund, Village Clerk
P Approved by the Board of Trustees: April 5, 2004
