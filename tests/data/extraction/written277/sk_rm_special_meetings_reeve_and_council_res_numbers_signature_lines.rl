@title Special Meetings of Council February-March 2007
@font Times-Roman
@fontsize 11
@numcol 22
@header 
@footer 
HC MINUTES OF THE SPECIAL MEETING OF COUNCIL OF THE RURAL MUNICIPALITY OF KELSAY PLAINS NO. 327
HC HELD AT 214 RAILWAY AVENUE, DUNRATH, SASKATCHEWAN THURSDAY FEBRUARY 15 2007
S 8
G Present | Marguerite Olafson | Reeve and Council
G  | Gordon P. Kuzyk | Administrator
S 4
P Waiver of notice for special meeting of council is attached to these minutes
P Reeve and Council Marguerite Olafson called the meeting to order at 10:30 am
S 4
R Res 1/07 | That Gordon P. Kuzyk is appointed Administrator for the RM of Kelsay Plains #327 in accordance with section 110 of The Municipalities Act. Carried
R Res. 2/07 | That the signing authorities for the RM of Kelsay Plains #327 be Reeve Marguerite Olafson and Administrator Gordon P. Kuzyk. Carried
S 4
P Meeting adjourned at 10:45 AM
S 30
G ______________________ | ______________________
G Reeve | Administrator
PB
HC MINUTES OF THE SPECIAL MEETING OF COUNCIL OF THE RURAL MUNICIPALITY OF KELSAY PLAINS NO. 327
HC HELD AT 214 RAILWAY AVENUE, DUNRATH, SASKATCHEWAN WEDNESDAY, FEBRUARY 28 2007
S 8
G Present | Marguerite Olafson | Reeve and Council
G  | Gordon P. Kuzyk | Administrator
S 4
P Waiver of notice for special meeting of council is attached to these minutes
P Reeve and Council Marguerite Olafson called the meeting to order at 1:30 pm
S 4
R Res. 3/07 | That Irene Vasko, Darlene Hruby and Walter Pettigrew be appointed as Enumerators and that Lorna Baird, Edith Sawchuk and Alfred Korpan be appointed as Deputy Returning Officers for the 2007 municipal election. Carried
R Res. 4/07 | That Gordon P. Kuzyk be appointed Returning Officer for the 2007 municipal election at a fee of $25.00 per hour. Carried
R Res. 5/07 | That the RM of Kelsay Plains #327 continue to do its banking with the Dunrath Credit Union and that the borrowing resolution for an operating line of credit of $150,000 be renewed. Carried
R Res. 6/07 | That Brander &amp; Wiebe, Chartered Accountants, be appointed auditors for the year ending December 31, 2007. Carried
R Res. 7/07 | That the municipal office be open Tuesday to Friday from 9:00 am to 4:30 pm, closed from 12:00 noon to 1:00 pm. Carried
R Res. 8/07 | That the RM of Kelsay Plains #327 renew its membership with SARM for 2007 at a cost of $1,148.00. Carried
S 4
P Meeting adjourned at 2:20 PM
S 30
G ______________________ | ______________________
G Reeve | Administrator
PB
HC MINUTES OF THE SPECIAL MEETING OF COUNCIL OF THE RURAL MUNICIPALITY OF KELSAY PLAINS NO. 327
HC HELD AT 214 RAILWAY AVENUE, DUNRATH, SASKATCHEWAN WEDNESDAY, MARCH 14 2007
S 8
G Present | Marguerite Olafson | Reeve and Council
G  | Gordon P. Kuzyk | Administrator
G  | Ernie Lischka | Foreman (part)
S 4
P Waiver of notice for special meeting of council is attached to these minutes
P Reeve and Council Marguerite Olafson called the meeting to order at 9:30 am
S 4
R Res. 9/07 | That the accounts for February 2007, cheques #5512 to #5540 inclusive totalling $48,317.92, be approved for payment. Carried
P Foreman Ernie Lischka reported on the condition of the grid roads after the February storm and said that the culvert on the Kelsay Creek road had washed out at two places. He recommended that the 1998 grader be traded rather than overhauled.
R Res. 10/07 | That the Administrator call for tenders for the supply of one used motor grader, trade-in of the 1998 Champion grader to be considered, tenders to close April 11, 2007. Carried
R Res. 11/07 | That the tax enforcement list for 2007 be approved and that the Administrator proceed with advertising in the Dunrath Advocate. Carried
R Res 12/07 | That the next regular meeting of council be held on Wednesday April 11, 2007 at 9:00 am. Carried
S 4
P Meeting adjourned at 11:05 AM
S 30
G ______________________ | ______________________
G Reeve | Administrator
