@title RM of Loonfeather No. 517 - Regular Council Meeting - November 19, 2019
@font Times-Roman
@fontsize 11
@numcol 44
@header R.M. OF LOONFEATHER NO. 517||November 19, 2019
@footer Page {page}
P A regular meeting of the Council of the Rural Municipality of Loonfeather No. 517 was held at the Legion Hall, 1st Street West, in Kestrel Lake on November 19, 2019, commencing at 9:05 a.m.
R 1. | PRESENT – Reeve Arnold Teichroeb, Administrator Colleen Marchuk and the following Councillors for their respective divisions:
G #1 Garth Oleksyn | #4 Wendell Ruud
G #2 Brent Kowalchuk | #5 Lyle Haugen
G #3 Darcy Pelletier | #6 Morris Abrahamson
P DELEGATIONS: 9:30 a.m. Todd Zaharia, Public Works Foreman, Monthly Operations Report; 11:30 a.m. Resort Village of Teal Point Representatives – Boundary Alteration
P Reeve Teichroeb called the meeting to order at 9:05 a.m.
R 2. MINUTES OCT. 15/19 | KOWALCHUK – That the minutes of the October 15, 2019, Regular Council Meeting be approved as presented. CARRIED.
R 3. MONTHLY STATEMENT | RUUD – That the Statement of Financial Activities for the month of October 2019 for the R.M. General Account be approved as presented. CARRIED.
R 4. ACCTS. | OLEKSYN – That we approve the payments as listed on the attached account listing for a total of $412,306.18, Council Direct Deposits for November and Payroll Direct Deposits for 2019 Pay Periods 22 and 23. CARRIED.
P Public Works Foreman Todd Zaharia attended the meeting at 9:30 a.m.
R 5. PUBLIC WORKS REPORT | Foreman Zaharia presented his report on fall grading, the brushing program on the Spruce Ridge road and the condition of the fleet. HAUGEN – That the Public Works report as presented by Foreman Zaharia be accepted and filed. CARRIED.
R 6. GRAVEL CRUSHING 2020 | PELLETIER – That we accept the quotation of Northway Aggregates Ltd. to crush 30,000 cubic yards of 3/4 inch gravel at the Lindgren pit at a price of $5.85 per cubic yard plus GST, with crushing to be completed by June 30, 2020. CARRIED.
R 7. GRADER TIRES | ABRAHAMSON – That we purchase six 17.5R25 tires for the 2014 grader from Prairie Tire & Service at a total price of $9,876.00 plus taxes. CARRIED.
P Foreman Zaharia left the meeting at 10:20 a.m.
R 8. CULVERT REQUEST SW 14-52-8-W3 | KOWALCHUK – That the request from Dale and Shirley Ostafie for a larger approach culvert at SW 14-52-8-W3 be referred to the spring road inspection. CARRIED.
R 9. POWER LINE CROSSING | RUUD – That permission be granted to the power utility to cross the municipal road allowance west of NE 22-51-9-W3 with an overhead line, subject to the standard crossing agreement. CARRIED.
R 10. TAX ENFORCEMENT | OLEKSYN – That the Administrator proceed with tax enforcement on the properties listed on the 2019 tax enforcement list, as attached to and forming part of these minutes. CARRIED.
P Mayor Glenda Fisk and Councillor Ron Yaremko of the Resort Village of Teal Point attended the meeting at 11:30 a.m. Mayor Fisk outlined the village's request to take in the lots along the north shore, and Councillor Yaremko answered questions about water and sewer servicing. The delegation left at 12:05 p.m.
R 11. TEAL POINT BOUNDARY | HAUGEN – That Council agree in principle to the boundary alteration requested by the Resort Village of Teal Point, subject to a compensation agreement for lost taxes over five years. CARRIED.
R 12. RECESS | PELLETIER – That we recess for lunch at 12:10 p.m. CARRIED.
P Council reconvened at 1:00 p.m. with all members present.
R 13. COUNCILLOR INDEMNITY | ABRAHAMSON – That the councillor indemnity for 2020 be set at $220.00 per meeting day and $0.55 per kilometre. CARRIED.
R 14. OFFICE HOURS – CHRISTMAS | HAUGEN – That the municipal office be closed from December 24, 2019 to January 1, 2020 inclusive. DEFEATED.
R 15. OFFICE HOURS – CHRISTMAS | PELLETIER – That the municipal office be closed December 25, 26 and January 1 only. CARRIED.
R 16. CORRESPONDENCE | RUUD – That the correspondence as listed on the agenda be filed. CARRIED.
R 17. NEXT MEETING | KOWALCHUK – That the next regular meeting of council be held on December 17, 2019 at 9:00 a.m. CARRIED.
R 18. ADJOURN | OLEKSYN – That this meeting adjourn at 2:45 p.m. CARRIED.
S 24
G ______________________________ | ______________________________
G Reeve | Administrator
