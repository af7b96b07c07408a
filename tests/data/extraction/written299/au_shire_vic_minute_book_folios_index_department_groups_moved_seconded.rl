@title Ordinary Council Meeting Minutes 24 February 2015
@font Helvetica
@fontsize 10
@header Ordinary Council Meeting 24 February 2015 – MINUTES||Page {page}
@pageoffset 4960
S 160
HC ORDINARY COUNCIL MEETING
S 10
HC MINUTES
S 10
HC 24 February 2015
PB
HC INDEX
P <b>Declarations of Conflict of Interest</b> ........................................................................ 4963
P <b>Confirmation of Minutes</b> ....................................................................................... 4963
P <b>Public Participation</b> .............................................................................................. 4963
P <b>MANAGEMENT REPORTS</b>
P <i>Governance</i>
P 1. Assemblies of Councillors ..................................................................................... 4964
P <i>Community and Corporate Support</i>
P 2. Performance Report – December Quarter .......................................................... 4964
P 3. Community Assistance Fund 2014/2015 (Round 2) ............................................. 4964
P 4. Audit Committee Charter Review .......................................................................... 4965
P <i>Sustainable Development</i>
P 5. Planning Permit PL14/188 – 22 Gully Road, Weeroona – Two Lot Subdivision ......... 4962
P 6. Amendment C48 – Tallis Flat Rezoning – Request for Authorisation ..................... 4965
P <i>Physical Services</i>
P 7. Roadside Weed Control Program 2015 .................................................................. 4966
P 8. Tender BSC 14/22 – Weeroona Pool Change Rooms ............................................. 4966
P 9. COMMITTEE RECOMMENDATIONS ...................................................................... 4966
P <b>COUNCILLOR ITEMS</b>
P 10. Mayoral &amp; Councillors' Reports ......................................................................... 4967
P 11. Councillor Notices of Motion ................................................................................. 4967
P 12. Urgent Business .................................................................................................... 4967
PB
P <b>MINUTES</b> of the Ordinary Council Meeting held in the Council Chambers, Bendigrove Shire Offices, 12 Lansell Street, Weeroona on Tuesday 24 February 2015 commencing at 5.00pm.
P <b>PRESENT:</b> Cr Maxine Trewartha (Mayor), Cr Lachlan Brodribb, Cr Heather Quinane, Cr Oskar Pettersen, Cr Dianne Mulgrew, Cr Ross Ellery-Vane
P <b>IN ATTENDANCE:</b> Mr Graham Ockenden (Chief Executive Officer), Ms Fiona Lattimore (Director Community and Corporate Support), Mr Trent Haskard (Director Sustainable Development), Mr Vijay Menon (Director Physical Services), Ms Carly Beaton (Minute Taker)
P <b>APOLOGIES:</b> Cr Neil Farrugia
P The Mayor opened the meeting with the Council prayer and acknowledged the traditional owners of the land.
H Declarations of Conflict of Interest
P Cr Pettersen declared an indirect interest in Item 8 as his brother-in-law is a director of one of the tenderers, and left the chamber for that item.
H Confirmation of Minutes
P Moved: Cr Quinane  Seconded: Cr Brodribb
P That the minutes of the Ordinary Council Meeting held on 27 January 2015 be confirmed.
P <b>CARRIED</b>
H Public Participation
P Mrs Valerie Kinross of Tallis Flat spoke in support of Item 6 and asked that the rezoning include the former school site. The Mayor thanked Mrs Kinross for her comments.
H MANAGEMENT REPORTS
P <i>Governance</i>
H 1. Assemblies of Councillors
P <b>Recommendation</b>
P That Council note the records of assemblies of Councillors held on 3, 10 and 17 February 2015.
P Moved: Cr Mulgrew  Seconded: Cr Ellery-Vane
P That the recommendation be adopted.
P <b>CARRIED</b>
P <i>Community and Corporate Support</i>
H 2. Performance Report – December Quarter
P The Director Community and Corporate Support presented the report and noted that capital works expenditure is 46% of the annual budget at the half-year.
P <b>Recommendation</b>
P That Council receive the Performance Report for the quarter ending 31 December 2014.
P Moved: Cr Brodribb  Seconded: Cr Quinane
P That the recommendation be adopted.
P <b>CARRIED</b>
H 3. Community Assistance Fund 2014/2015 (Round 2)
P <b>Recommendation</b>
P That Council allocate $38,450 to the fourteen applicants listed in Attachment 1 under Round 2 of the Community Assistance Fund 2014/2015.
P Moved: Cr Ellery-Vane  Seconded: Cr Mulgrew
P That the recommendation be adopted.
P <b>CARRIED</b>
H 4. Audit Committee Charter Review
P <b>Recommendation</b>
P That Council adopt the revised Audit Committee Charter as attached.
P Moved: Cr Quinane  Seconded: Cr Pettersen
P That the recommendation be adopted.
P <b>CARRIED</b>
P <i>Sustainable Development</i>
H 5. Planning Permit PL14/188 – 22 Gully Road, Weeroona – Two Lot Subdivision
P The Director Sustainable Development outlined the two objections received, which relate to drainage and the loss of roadside trees.
P <b>Recommendation</b>
P That Council issue a Notice of Decision to Grant a Planning Permit for PL14/188 subject to the conditions in the report.
P Moved: Cr Brodribb  Seconded: Cr Ellery-Vane
P That Council issue a Notice of Refusal to Grant a Planning Permit for PL14/188 on the ground that the lot sizes are inconsistent with the character of Gully Road.
P <b>LOST</b>
P Moved: Cr Mulgrew  Seconded: Cr Quinane
P That the recommendation be adopted.
P <b>CARRIED</b>
H 6. Amendment C48 – Tallis Flat Rezoning – Request for Authorisation
P <b>Recommendation</b>
P That Council request the Minister for Planning to authorise the preparation of Amendment C48 to the Bendigrove Planning Scheme.
P Moved: Cr Pettersen  Seconded: Cr Quinane
P That the recommendation be adopted.
P <b>CARRIED</b>
P <i>Physical Services</i>
H 7. Roadside Weed Control Program 2015
P Cr Ellery-Vane asked whether the program includes serrated tussock on the Tallis Flat road reserve. The Director Physical Services confirmed that it does.
P <b>Recommendation</b>
P That Council note the Roadside Weed Control Program 2015.
P Moved: Cr Ellery-Vane  Seconded: Cr Brodribb
P That the recommendation be adopted.
P <b>CARRIED</b>
P Cr Pettersen left the chamber at 6.12pm.
H 8. Tender BSC 14/22 – Weeroona Pool Change Rooms
P <b>Recommendation</b>
P That Council award Tender BSC 14/22 for the Weeroona Pool Change Rooms to Lansell Built Pty Ltd for the lump sum of $412,760 (excluding GST).
P Moved: Cr Quinane  Seconded: Cr Mulgrew
P That the recommendation be adopted.
P <b>CARRIED</b>
P Cr Pettersen returned to the chamber at 6.19pm.
H 9. COMMITTEE RECOMMENDATIONS
P There were no committee recommendations.
H COUNCILLOR ITEMS
H 10. Mayoral &amp; Councillors' Reports
P Cr Trewartha reported on the Rural Councils Victoria forum. Cr Brodribb reported on the Weeroona Agricultural Show.
P Moved: Cr Mulgrew  Seconded: Cr Pettersen
P That the reports be received.
P <b>CARRIED</b>
H 11. Councillor Notices of Motion
P Nil.
H 12. Urgent Business
P Nil.
P There being no further business the Mayor declared the meeting closed at 7.05pm.
