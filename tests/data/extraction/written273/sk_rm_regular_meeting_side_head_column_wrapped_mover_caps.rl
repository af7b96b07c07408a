@title Regular Meeting October 18, 2022
@font Times-Roman
@fontsize 10.5
@numcol 36
@header R.M. OF LARCHMERE NO. 487||October 18, 2022
@footer Reeve ______  Administrator ______||{page}
H October 18, 2022
P A regular meeting of the Council of the Rural Municipality of Larchmere No. 487 was held in the Council Chambers, Municipal Office, 108 Railway Avenue, in Vesper Lake on October 18, 2022, commencing at 9:05 a.m.
R 1. PRESENT | – Reeve Arnold Kessel, Administrator Janine Prokop and the following Councillors for their respective divisions:
G #1 Walter Huebner | #3 Curtis Lindgren | #5 Ken Aberle
G #2 Brent Solonenko | #4 Marcel Dufresne | #6 Leonard Yaworski
P DELEGATIONS: 9:30 a.m. Gord Ellery, Public Works Foreman, Municipal Operations Update; 11:00 a.m. Resort Village of Pickerel Point – Road Maintenance Agreement.
R 2. MINUTES<br/>OCT. 4/22 | HUEBNER – That the minutes of the October 4, 2022, Regular Council Meeting be approved as presented.<br/>CARRIED.
R 3. MONTHLY<br/>STATEMENT | LINDGREN – That the Statement of Financial Activities for the month of September 2022 for the R.M. General Account be approved as presented.<br/>CARRIED.
R 4. ACCTS. | SOLONENKO – That we approve the payments as listed on the attached account listing for a total of $412,906.38, Council Direct Deposits for October and Payroll Direct Deposits for 2022 Pay Periods 20 and 21.<br/>CARRIED.
P Public Works Foreman Gord Ellery attended the meeting at 9:30 a.m.
R 5. OPERATIONS<br/>UPDATE | Gord Ellery reviewed the fall grading program, the culvert replacement on Range Road 2214 and the washouts on the Vesper Lake access road, and answered questions from Council.<br/>ABERLE – That the Municipal Operations Update be received and filed.<br/>CARRIED.
R 6. GRAVEL<br/>CRUSHING<br/>TENDER | DUFRESNE – That the tender of Northgate Aggregates Ltd. for crushing 30,000 cubic yards of 3/4 inch gravel at the Old Quarry pit at $4.85 per cubic yard be accepted.<br/>CARRIED.
R 7. GRADER<br/>QUOTES | YAWORSKI – That administration be authorized to request quotes for one new motor grader for delivery in the spring of 2023.<br/>CARRIED.
P Gord Ellery left the meeting at 10:40 a.m.
R 8. CCBF FUNDS<br/>REALLOCATION | LINDGREN – Further to Resolution No. 14 of May 17, 2022, we agree to amend the application to the Government of Saskatchewan, Canada Community-Building Fund, to reallocate $86,000.00 from the Division 3 road rebuild to the Vesper Lake lagoon upgrade.<br/>CARRIED.
P Mayor Sandra Toth and Councillor Raymond Beaulieu of the Resort Village of Pickerel Point attended the meeting at 11:00 a.m.
R 9. ROAD MAINT.<br/>AGREEMENT<br/>R.V. OF<br/>PICKEREL POINT | Mayor Toth presented the Resort Village's proposal to renew the road maintenance agreement for three years at the present rate. Council discussed the increased cost of grading and snow removal on the resort roads.<br/>SOLONENKO – That the Road Maintenance Agreement with the Resort Village of Pickerel Point be renewed for 2023 to 2025 at a rate of $3,400.00 per kilometre per year.<br/>DEFEATED.<br/>HUEBNER – That the Road Maintenance Agreement with the Resort Village of Pickerel Point be renewed for 2023 at a rate of $3,900.00 per kilometre, and that administration prepare a three-year proposal for the December meeting.<br/>CARRIED.
P The delegation left the meeting at 11:35 a.m.
R 10. BYLAW<br/>6-2022<br/>1ST READING | ABERLE – That Bylaw No. 6-2022, being a bylaw to establish fees for waste transfer station permits, be read a first time.<br/>CARRIED.
R 11. BYLAW<br/>6-2022<br/>2ND READING | YAWORSKI – That Bylaw No. 6-2022 be read a second time.<br/>CARRIED.
R 12. BYLAW<br/>6-2022<br/>3RD READING | HUEBNER – That Bylaw No. 6-2022 be read a third time and adopted.<br/>CARRIED UNANIMOUSLY.
R 13. COUNCILLOR<br/>INDEMNITY | SOLONENKO – That Council remuneration for 2023 be increased to $260.00 per meeting day and $0.61 per kilometre travelled on municipal business.<br/>CARRIED.
R 14. CORRESP. | LINDGREN – That the correspondence as presented be filed.<br/>CARRIED.
R 15. IN CAMERA | ABERLE – That Council move to Committee of the Whole in camera at 2:10 p.m. to discuss a personnel matter pursuant to Section 120 of The Municipalities Act.<br/>CARRIED.
R 16. RECONVENE | DUFRESNE – That Council reconvene in open session at 2:45 p.m.<br/>CARRIED.
R 17. ADJOURN | YAWORSKI – That this meeting adjourn at 2:50 p.m.<br/>CARRIED.
S 18
G ______________________ | ______________________
G REEVE | ADMINISTRATOR
