@title Minutes September 17 2019
@font Times-Roman
@fontsize 11
@numcol 34
@header ||September 17, 2019
@footer Minute Book Page {page}
@pageoffset 212
C <b>RURAL MUNICIPALITY OF KELVANE NO. 471</b>
S 4
P A regular meeting of the Council of the Rural Municipality of Kelvane No. 471 was held in the Council Chambers of the Municipal Office, 214 Railway Avenue, in Dunlea on September 17, 2019, commencing at 9:05 a.m.
R 1. PRESENT | – Reeve Garth Ostrowski, Administrator Colleen Fehr and the following Councillors for their respective divisions:
G #1 Wade Lindgren | #4 Terry Bouchard
G #2 Marlene Halvorson | #5 Dale Nakonechny
G #3 Quentin Sawatzky (arrived at 9:20 a.m.) | #6 Arne Tollefson
P DELEGATIONS: 9:30 a.m. Kurt Ewanchuk, Public Works Foreman, Municipal Operations Update; 1:30 p.m. Ratepayer Len Moberly, Road Access SW 22-51-10-W3
R 2. MINUTES<br/>AUG. 20/19 | LINDGREN – That the minutes of the August 20, 2019, Regular Council Meeting be approved as presented.<br/>CARRIED.
R 3. MONTHLY<br/>STATEMENT | BOUCHARD – That the Statement of Financial Activities for the month of August 2019 for the R.M. General Account be approved as presented.<br/>CARRIED.
R 4. ACCTS. | HALVORSON – That we approve the payments as listed on the attached account listing for a total of $318,442.16, Council Direct Deposits for August and Payroll Direct Deposits for 2019 Pay Periods 17 and 18.<br/>CARRIED.
P Councillor Sawatzky arrived at 9:20 a.m. Public Works Foreman Kurt Ewanchuk attended the meeting at 9:30 a.m. and reviewed the grading schedule, the culvert replacements completed on the Spruce Creek road and the gravel hauled to date.
R 5. KOWALCHUK<br/>GRAVEL<br/>AGMT | NAKONECHNY – That we agree to enter into an agreement with Nels and Ida Kowalchuk for the purchase of gravel from the pit located at SE 14-51-9-W3 at a royalty of $1.10 per cubic yard.<br/>CARRIED.
R 6. WINTER<br/>WEIGHT<br/>RESTRICTION | OSTROWSKI – That the 8.2 tonne limit be removed from the road known as the Old Ferry Road at such a time as the Provincial winter weight restriction is declared.<br/>CARRIED.
R 7. GRADER<br/>TIRES | TOLLEFSON – That we purchase six grader tires from Prairie Tread Ltd. at a price of $2,964.00 per tire plus applicable taxes, as per the quote dated September 9, 2019.<br/>CARRIED.
P Kurt Ewanchuk left the meeting at 10:45 a.m. Len Moberly attended the meeting at 1:30 p.m. to request an approach and access to his land at SW 22-51-10-W3 and left the meeting at 1:55 p.m.
R 8. MOBERLY<br/>ACCESS | SAWATZKY – That the municipality construct an approach to SW 22-51-10-W3 for Len Moberly in the 2020 construction season at the expense of the municipality.<br/>DEFEATED.
R 9. MOBERLY<br/>ACCESS | HALVORSON – That the municipality construct an approach to SW 22-51-10-W3 for Len Moberly in the 2020 construction season, with the landowner to pay fifty percent of the cost of materials.<br/>CARRIED.
R 10. TAX<br/>CANCELLATION | BOUCHARD – That the 2019 taxes in the amount of $84.12 on Assessment No. 471-0098, being a portion of a road allowance transferred to the municipality, be cancelled.<br/>CARRIED.
R 11. BYLAW 4-2019<br/>1ST READING | LINDGREN – That Bylaw No. 4-2019, being a bylaw to provide for the payment of indemnity and expenses to members of Council, be read a first time.<br/>CARRIED.
R 12. BYLAW 4-2019<br/>2ND READING | TOLLEFSON – That Bylaw No. 4-2019 be read a second time.<br/>CARRIED.
R 13. BYLAW 4-2019<br/>3 READINGS | NAKONECHNY – That Bylaw No. 4-2019 be given three readings at this meeting.<br/>CARRIED UNANIMOUSLY.
R 14. BYLAW 4-2019<br/>3RD READING | HALVORSON – That Bylaw No. 4-2019 be read a third time and adopted.<br/>CARRIED.
R 15. FIRE<br/>AGREEMENT | SAWATZKY – That we renew the fire protection agreement with the Town of Dunlea for the period January 1, 2020 to December 31, 2022 at an annual fee of $14,500.00, and that the Reeve and Administrator be authorized to sign the agreement.<br/>CARRIED.
R 16. HAMLET OF<br/>VESELKA<br/>STREET LIGHTS | OSTROWSKI – That we request SaskPower to replace the four street lights in the Hamlet of Veselka with LED fixtures.<br/>CARRIED.
R 17. ADJOURN | LINDGREN – That this meeting adjourn at 3:20 p.m.<br/>CARRIED.
S 24
G ______________________________ | ______________________________
G REEVE | ADMINISTRATOR
