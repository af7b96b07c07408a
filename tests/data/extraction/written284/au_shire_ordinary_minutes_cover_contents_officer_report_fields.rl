@title Minutes Ordinary Council Meeting 19 September 2006
@font Times-Roman
@fontsize 11
@header_first  
@header Minutes of a Ordinary Council Meeting 19th September 2006||{page}
S 200
HC <font size="22">SHIRE OF KONDARUP</font>
S 30
HC <font size="16">MINUTES OF THE ORDINARY COUNCIL MEETING 19th SEPTEMBER 2006</font>
PB
HC CONTENTS PAGE
P 1. DECLARATION OF OPENING ............................................................................................ 3
P 2. ATTENDANCE, APOLOGIES AND LEAVE OF ABSENCE (PREVIOUSLY APPROVED) ........................ 3
P 3. RESPONSE TO PREVIOUS PUBLIC QUESTIONS TAKEN ON NOTICE ........................................ 3
P 4. PUBLIC QUESTION TIME .................................................................................................. 3
P 5. APPLICATION FOR LEAVE OF ABSENCE ............................................................................. 3
P 6. PUBLIC FORUM (PETITION/DEPUTATION/PRESENTATION) .................................................... 3
P 7. CONFIRMATION OF PREVIOUS MEETING MINUTES ............................................................ 3
P 8. DISCLOSURES OF FINANCIAL AND OTHER INTERESTS ........................................................ 4
P 9. REPORTS OF COMMITTEES AND OFFICERS ....................................................................... 4
P 9.1. HEALTH, BUILDING AND PLANNING ............................................................................. 4
P &nbsp;&nbsp;&nbsp;&nbsp;9.1.1 OUTBUILDING ON RURAL RESIDENTIAL LOT 41 – PROPOSED .............................................. 4
P &nbsp;&nbsp;&nbsp;&nbsp;9.1.2 MALLEE CREEK ROAD – (PROPOSED NAME) ............................................................. 4
P &nbsp;&nbsp;&nbsp;&nbsp;9.1.3 REVIEW OF BUILDING LICENCE FEES ...................................................................... 5
P 9.2. FINANCE AND ADMINISTRATION ................................................................................ 5
P &nbsp;&nbsp;&nbsp;&nbsp;9.2.1 LIST OF ACCOUNTS PAID – AUGUST 2006 ................................................................. 5
P &nbsp;&nbsp;&nbsp;&nbsp;9.2.2 MONTHLY FINANCIAL STATEMENTS – AUGUST 2006 ..................................................... 5
P 9.3. WORKS AND SERVICES .............................................................................................. 5
P &nbsp;&nbsp;&nbsp;&nbsp;9.3.1 GRAVEL SHEETING PROGRAM 2006/07 ................................................................... 5
P 10. ELECTED MEMBERS MOTIONS OF WHICH PREVIOUS NOTICE HAS BEEN GIVEN ......................... 6
P 11. NEW BUSINESS OF AN URGENT NATURE INTRODUCED BY DECISION OF THE MEETING ................. 6
P 12. CLOSURE ........................................................................................................................ 6
PB
HC SHIRE OF KONDARUP
C MINUTES OF THE ORDINARY COUNCIL MEETING HELD IN THE COUNCIL CHAMBERS, 14 FORREST STREET, KONDARUP ON TUESDAY 19th SEPTEMBER 2006 COMMENCING AT 3.00PM
H 1. DECLARATION OF OPENING
P The Shire President, Cr R J Pember, declared the meeting open at 3.02pm and welcomed Councillors, staff and the two members of the public in the gallery.
H 2. ATTENDANCE, APOLOGIES AND LEAVE OF ABSENCE (PREVIOUSLY APPROVED)
G Cr R J Pember | Shire President
G Cr M E Tonkin | Deputy Shire President
G Cr A W Dilkes | Councillor
G Cr S L Harwood | Councillor
G Cr P F Gianatti | Councillor
G Cr J K Moylan | Councillor
G Cr T R Ackland | Councillor
G Mr D A Lacey | Chief Executive Officer
G Mrs K J Strahan | Deputy Chief Executive Officer
G Mr L B Fenwick | Works Manager
G Mrs V A Dorling | Minute Secretary
P <b>Apologies:</b> Nil
P <b>Leave of Absence (previously approved):</b> Cr H G Quartermaine
P <b>Gallery:</b> Mr G Hallett, Mrs N Hallett
H 3. RESPONSE TO PREVIOUS PUBLIC QUESTIONS TAKEN ON NOTICE
P Nil
H 4. PUBLIC QUESTION TIME
P Mr G Hallett asked when the grading of Wandering Rock Road, which had been deferred in June, would now be done. The Chief Executive Officer advised that the road is listed in the gravel sheeting program at item 9.3.1 and that grading would follow in October.
H 5. APPLICATION FOR LEAVE OF ABSENCE
P <b>COUNCIL RESOLUTION: 101/06</b>
P Moved Cr Harwood Seconded Cr Ackland
P That Cr Gianatti be granted leave of absence for the Ordinary Council Meeting of 17th October 2006.
P <b>CARRIED 7/0</b>
H 6. PUBLIC FORUM (PETITION/DEPUTATION/PRESENTATION)
P Nil
H 7. CONFIRMATION OF PREVIOUS MEETING MINUTES
P <b>COUNCIL RESOLUTION: 102/06</b>
P Moved Cr Tonkin Seconded Cr Moylan
P That the minutes of the Ordinary Council Meeting held on 15th August 2006 be confirmed as a true and correct record of proceedings.
P <b>CARRIED 7/0</b>
H 8. DISCLOSURES OF FINANCIAL AND OTHER INTERESTS
P Cr Dilkes declared a financial interest in item 9.1.2 as the owner of land abutting the road to be named.
H 9. REPORTS OF COMMITTEES AND OFFICERS
H 9.1. HEALTH, BUILDING AND PLANNING
H 9.1.1 OUTBUILDING ON RURAL RESIDENTIAL LOT 41 – PROPOSED
P <b>FILE REFERENCE:</b> A1141 &nbsp;&nbsp; <b>AUTHOR:</b> Mrs K J Strahan, Deputy Chief Executive Officer
P <b>DATE:</b> 11th September 2006 &nbsp;&nbsp; <b>DISCLOSURE OF INTEREST:</b> Nil
P <b>SUMMARY:</b> Council is asked to consider an application for a 216 square metre colorbond outbuilding on Lot 41 Kurrajong Drive, which exceeds the 150 square metre limit in the Rural Residential zone.
P <b>BACKGROUND:</b> The owners keep a caravan, a boat and farm machinery and have asked for a larger shed than the Local Planning Policy allows. Two neighbours were consulted and neither objected.
P <b>COMMENT:</b> The shed will be set back 40 metres from the road behind an existing tree line and will not be visible from Kurrajong Drive. Approval with conditions is recommended.
P <b>STATUTORY ENVIRONMENT:</b> Town Planning Scheme No. 2; Local Planning Policy 5 – Outbuildings.
P <b>POLICY IMPLICATIONS:</b> Variation to Local Planning Policy 5.
P <b>FINANCIAL IMPLICATIONS:</b> Nil
P <b>STRATEGIC IMPLICATIONS:</b> Nil
P <b>VOTING REQUIREMENT:</b> Simple Majority
P <b>OFFICER RECOMMENDATION / COUNCIL RESOLUTION: 103/06</b>
P Moved Cr Moylan Seconded Cr Dilkes
P That Council approve the outbuilding on Lot 41 Kurrajong Drive subject to the following conditions:
P 1. The outbuilding is not to be used for habitable purposes.
P 2. The outbuilding is to be clad in a colour that matches the dwelling.
P 3. Stormwater is to be contained on site.
P <b>CARRIED 7/0</b>
P <i>Cr Dilkes declared a financial interest in the next item and left the Chamber at 3.24pm.</i>
H 9.1.2 MALLEE CREEK ROAD – (PROPOSED NAME)
P <b>FILE REFERENCE:</b> R0217 &nbsp;&nbsp; <b>AUTHOR:</b> Mrs K J Strahan, Deputy Chief Executive Officer
P <b>DATE:</b> 8th September 2006 &nbsp;&nbsp; <b>DISCLOSURE OF INTEREST:</b> Nil
P <b>SUMMARY:</b> The unnamed road running north from Wandering Rock Road past the old siding needs a name for rural addressing.
P <b>COMMENT:</b> The landowners along the road were asked for suggestions. 'Mallee Creek Road' was preferred by three of the four and is acceptable to the Geographic Names Committee.
P <b>VOTING REQUIREMENT:</b> Simple Majority
P <b>OFFICER RECOMMENDATION / COUNCIL RESOLUTION: 104/06</b>
P Moved Cr Tonkin Seconded Cr Harwood
P That Council request the Geographic Names Committee to approve the name 'Mallee Creek Road' for the unnamed road north of Wandering Rock Road.
P <b>CARRIED 6/0</b>
P <i>Cr Dilkes returned to the Chamber at 3.29pm.</i>
H 9.1.3 REVIEW OF BUILDING LICENCE FEES
P <b>FILE REFERENCE:</b> F0310 &nbsp;&nbsp; <b>AUTHOR:</b> Mrs K J Strahan, Deputy Chief Executive Officer
P <b>SUMMARY:</b> The fees for building licences and swimming pool inspections have not been reviewed since 2003.
P <b>COMMENT:</b> Cr Ackland asked whether the increase would apply to farm sheds. The Deputy Chief Executive Officer explained that farm sheds remain exempt under the Building Regulations.
P <b>VOTING REQUIREMENT:</b> Absolute Majority
P <b>OFFICER RECOMMENDATION / COUNCIL RESOLUTION: 105/06</b>
P Moved Cr Ackland Seconded Cr Gianatti
P That Council adopt the revised schedule of building licence and swimming pool inspection fees as attached, to take effect from 1st November 2006.
P <b>CARRIED BY ABSOLUTE MAJORITY 7/0</b>
H 9.2. FINANCE AND ADMINISTRATION
H 9.2.1 LIST OF ACCOUNTS PAID – AUGUST 2006
P <b>FILE REFERENCE:</b> F0102 &nbsp;&nbsp; <b>AUTHOR:</b> Mr D A Lacey, Chief Executive Officer
P <b>SUMMARY:</b> The list of accounts paid during August 2006 is attached for Council's information.
P <b>OFFICER RECOMMENDATION / COUNCIL RESOLUTION: 106/06</b>
P Moved Cr Gianatti Seconded Cr Tonkin
P That Council receive the list of accounts paid from the Municipal Fund, cheques 8812 to 8874 and EFT 411 to 439, totalling $318,406.55.
P <b>CARRIED 7/0</b>
H 9.2.2 MONTHLY FINANCIAL STATEMENTS – AUGUST 2006
P <b>FILE REFERENCE:</b> F0103 &nbsp;&nbsp; <b>AUTHOR:</b> Mr D A Lacey, Chief Executive Officer
P <b>SUMMARY:</b> The statement of financial activity for the period ending 31st August 2006 is attached.
P <b>COMMENT:</b> Cr Pember asked why the rates received were lower than at the same time last year. The Chief Executive Officer advised that the rate notices were issued two weeks later this year.
P <b>OFFICER RECOMMENDATION / COUNCIL RESOLUTION: 107/06</b>
P Moved Cr Harwood Seconded Cr Moylan
P That Council receive the monthly financial statements for the period ending 31st August 2006.
P <b>CARRIED 7/0</b>
H 9.3. WORKS AND SERVICES
H 9.3.1 GRAVEL SHEETING PROGRAM 2006/07
P <b>FILE REFERENCE:</b> W0401 &nbsp;&nbsp; <b>AUTHOR:</b> Mr L B Fenwick, Works Manager
P <b>SUMMARY:</b> The Works Manager presented the proposed order of gravel sheeting works for 2006/07 within the budget of $240,000.
P <b>COMMENT:</b> Cr Moylan asked that Wandering Rock Road be moved up the list because of the school bus route. The Works Manager agreed that it could be done second, after Nangeen Road.
P <b>OFFICER RECOMMENDATION / COUNCIL RESOLUTION: 108/06</b>
P Moved Cr Moylan Seconded Cr Ackland
P That Council adopt the 2006/07 gravel sheeting program as presented, with Wandering Rock Road moved to second priority.
P <b>CARRIED 7/0</b>
H 10. ELECTED MEMBERS MOTIONS OF WHICH PREVIOUS NOTICE HAS BEEN GIVEN
P Nil
H 11. NEW BUSINESS OF AN URGENT NATURE INTRODUCED BY DECISION OF THE MEETING
P Nil
H 12. CLOSURE
P There being no further business the Shire President declared the meeting closed at 4.47pm.
S 30
P These minutes were confirmed at the meeting held on ______________________
S 20
P Signed ______________________ Presiding Member
