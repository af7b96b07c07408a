@title May 10, 2007 Regular Meeting
@font Times-Roman
@fontsize 11.5
@header_first  
@header May 10, 2007…Pg {page} of 3
HC M I N U T E S
HC OF THE CORPORATION OF THE
HC MUNICIPALITY OF NORTH ALDMERE
HC NORTH ALDMERE COUNCIL CHAMBERS
HC MAY 10<super>th</super>, 2007
S 6
P <b>MEMBERS PRESENT:</b> Mayor Walter Ruiter, Deputy Mayor Bernice Oakes, Councillors Gail Hutchins, Piet Vandermeer, Ross McAlpine
G <b>STAFF PRESENT:</b> | Janet Szabo | Administrator/Treasurer
G  | Lorraine Kemp | Clerk
G  | Dale Kowalchuk | Road Superintendent
G  | Jeff Ostrander | Recreation Superintendent
G  | Gord Wilcox | Water Superintendent
S 4
H DECLARATION OF PECUNIARY INTEREST:
P Councillor McAlpine declared a pecuniary interest in Item C9 on the Agenda as the owner of land abutting the McTavish Drain.
H SUBJECT: MINUTES
G RES. NO. 1 | Moved by Hutchins |
G  | Seconded by Vandermeer |
P RESOLVED that the minutes of the meetings held on the following dates be adopted as printed and circulated.
G April 12<super>th</super>, 2007 | Council |
G April 19<super>th</super>, 2007 | Committee of Adjustment (Dobrowolski) |
G April 26<super>th</super>, 2007 | Council |
P DISPOSITION: Carried
H SUBJECT: ROADS REPORT
P The Road Superintendent presented his monthly report. Spring grading of the gravel roads is complete except for the Fleming Line. He reported that calcium application will start the week of May 21<super>st</super>. Council directed that the washout on the Pine Hill Sideroad be repaired before the calcium is applied.
H SUBJECT: DELEGATION – ALDMERE AGRICULTURAL SOCIETY
P Fred Lindqvist and Ellen Boyce appeared on behalf of the Aldmere Agricultural Society to request assistance with the replacement of the roof on the exhibition hall at the fairgrounds. Mr. Lindqvist advised that the Society has raised $11,000 of the $19,500 cost.
G RES. NO. 2 | Moved by Oakes |
G  | Seconded by McAlpine |
P RESOLVED that Council grant $1,500.00 to the Aldmere Agricultural Society towards the exhibition hall roof, to be taken from the community grants account.
P DISPOSITION: Carried
H SUBJECT: BY-LAW 2007-31 – AGREEMENT WITH ALDMERE COUNTY – WINTER MAINTENANCE
G RES. NO. 3 | Moved by Vandermeer |
G  | Seconded by Hutchins |
P RESOLVED that By-law 2007-31, being a by-law to authorize an agreement with the County of Aldmere for the winter maintenance of the Coyne Road boundary, be read a first, second and third time and finally passed.
P DISPOSITION: Carried
H SUBJECT: RECREATION REPORT
P The Recreation Superintendent presented his regular monthly report. The arena ice was removed on April 20<super>th</super> and the floor is booked for lacrosse from May 14<super>th</super>. Councillor Hutchins requested a report on the cost of the new arena dehumidifier for the next meeting.
H SUBJECT: WATER REPORT
P The Water Superintendent reported that the annual flushing of hydrants in Rodale and Aldmere Station will take place May 28<super>th</super> to June 1<super>st</super>. He presented two quotations for the replacement of the chlorine analyser at the Rodale pumphouse.
G RES. NO. 4 | Moved by McAlpine |
G  | Seconded by Oakes |
P RESOLVED that Council accept the quotation of Greystone Process Controls in the amount of $6,840.00 plus taxes for the supply and installation of a chlorine analyser.
P DISPOSITION: Carried
H SUBJECT: BUILDING REPORT
P The Chief Building Official was not in attendance. Council reviewed his report for the month of April 2007. Five permits were issued totalling $412,300 worth of construction.
H SUBJECT: McTAVISH MUNICIPAL DRAIN – ENGINEER'S REPORT
P Councillor McAlpine, having declared a pecuniary interest, left the Council table.
G RES. NO. 5 | Moved by Hutchins |
G  | Seconded by Vandermeer |
P RESOLVED that Council receive the engineer's report dated April 30<super>th</super>, 2007 for the McTavish Municipal Drain and set the date for the meeting to consider the report for June 14<super>th</super>, 2007 at 8:00 p.m.
P DISPOSITION: Carried
P Councillor McAlpine returned to the Council table.
H SUBJECT: ACCOUNTS
G RES. NO. 6 | Moved by Oakes |
G  | Seconded by Hutchins |
P RESOLVED that the accounts as presented in the amount of $287,416.92 be approved for payment.
P DISPOSITION: Carried
H SUBJECT: CORRESPONDENCE
G RES. NO. 7 | Moved by Vandermeer |
G  | Seconded by Oakes |
P RESOLVED that correspondence items C1 to C12 be received and filed, and that Item C4 from the Rodale Lions Club be referred to the Recreation Committee.
P DISPOSITION: Carried
H SUBJECT: CLOSED SESSION
G RES. NO. 8 | Moved by McAlpine |
G  | Seconded by Hutchins |
P RESOLVED that Council move into a closed session at 9:35 p.m. to discuss a personnel matter about an identifiable individual.
P DISPOSITION: Carried
G RES. NO. 9 | Moved by Hutchins |
G  | Seconded by McAlpine |
P RESOLVED that Council rise from the closed session at 9:58 p.m.
P DISPOSITION: Carried
H SUBJECT: CONFIRMING BY-LAW
G RES. NO. 10 | Moved by Oakes |
G  | Seconded by Vandermeer |
P RESOLVED that By-law 2007-33, being a by-law to confirm the proceedings of the meeting of Council held on May 10<super>th</super>, 2007, be read a first, second and third time and finally passed.
P DISPOSITION: Carried
H SUBJECT: ADJOURNMENT
G RES. NO. 11 | Moved by Vandermeer |
G  | Seconded by McAlpine |
P RESOLVED that Council adjourn at 10:05 p.m. to meet again on May 24<super>th</super>, 2007 at 7:30 p.m.
P DISPOSITION: Carried
S 14
G ____________________ | | ____________________
G MAYOR | | CLERK
