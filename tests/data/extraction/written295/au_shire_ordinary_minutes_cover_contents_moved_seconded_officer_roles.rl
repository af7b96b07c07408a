@title Ordinary Meeting of Council Minutes 17 August 2010
@font Helvetica
@fontsize 10
@header_first  
@header MINUTES ORDINARY MEETING OF COUNCIL 17 AUGUST 2010
@footer Page {page}
C BRINDABROOK SHIRE COUNCIL PO Box 37 Corrabin Creek 3479 T: 03 5390 1100 shire@brindabrook.vic.gov.au brindabrook.vic.gov.au
S 60
HC BRINDABROOK SHIRE COUNCIL
HC ORDINARY MEETING OF COUNCIL
S 20
HC MINUTES
S 20
HC TUESDAY 17 AUGUST 2010
HC MECHANICS INSTITUTE HALL
HC HIGH STREET, TARWINNA
HC 6:00PM
S 120
C This Document is printed on 100% Australian recycled paper
S 30
C Confirmed at the Ordinary Meeting of Council held on Tuesday 21 September 2010
S 30
C ______________________________
C Chair, Mayor Cr Alison Tremayne
PB
HC MINUTES TUESDAY 17 AUGUST 2010
C Mechanics Institute Hall
C High Street, Tarwinna
C Commencing 6:00PM
S 14
H CONTENTS PAGE
P 1. ACKNOWLEDGEMENT OF TRADITIONAL OWNERS ................................................... 3
P 2. OPENING OF MEETING ...................................................................... 3
P 3. APOLOGIES ............................................................................... 3
P 4. DECLARATIONS OF CONFLICTS OF INTEREST ................................................... 3
P 5. CONFIRMATION OF MINUTES ................................................................. 3
P 6. NOTICES OF MOTION ....................................................................... 3
P 7. ITEMS OF URGENT BUSINESS ................................................................ 3
P 8. PRESENTATION OF COUNCILLOR REPORTS ...................................................... 3
P 9. PUBLIC PARTICIPATION TIME ............................................................... 4
P 9.1. PETITIONS ............................................................................. 4
P 9.2. QUESTIONS ............................................................................. 4
P 9.3. REQUESTS TO ADDRESS COUNCIL ........................................................... 4
P 10. STATUTORY PLANNING REPORTS ............................................................. 4
P 10.1. PLANNING PERMIT APPLICATION PLN10/061 – TWO LOT SUBDIVISION, 44 QUARRY ROAD, TARWINNA ...... 4
P 10.2. PLANNING SCHEME AMENDMENT C41 – WIRRABEEN FLATS REZONING ............................. 4
P 11. CORPORATE SERVICES REPORTS ............................................................. 5
P 11.1. RECORDS OF ASSEMBLIES OF COUNCILLORS ................................................. 5
P 11.2. QUARTERLY FINANCE REPORT – JUNE 2010 ................................................. 5
P 12. INFRASTRUCTURE REPORTS ................................................................. 5
P 12.1. CONTRACT 2010/07 – RESEAL PROGRAM 2010/2011 .......................................... 5
P 13. CLOSE OF MEETING ....................................................................... 5
PB
H 1. ACKNOWLEDGEMENT OF TRADITIONAL OWNERS
P The Mayor, Cr Alison Tremayne, opened the meeting by acknowledging the traditional owners of the land on which the meeting was held and paying respect to their elders past and present.
H 2. OPENING OF MEETING
P The Mayor declared the meeting open at 6:00pm.
P <b>PRESENT:</b> Mayor Cr Alison Tremayne (Chair), Cr Neil Varcoe (Deputy Mayor), Cr Ken Lacy, Cr Theresa Moloney, Cr Ivan Sandercock, Cr Pauline Abbey-Ruhl.
P <b>IN ATTENDANCE:</b> Mr Graham Pettit, Chief Executive Officer; Ms Lorraine Ashby, General Manager Corporate Services; Mr Owen Battista, General Manager Infrastructure; Mr Hugh Dingley, Head of Planning Services; Ms Kirsty Lange, Governance Officer.
H 3. APOLOGIES
P Cr Joan Fettling.
P <b>MOVED:</b> Cr Ivan Sandercock
P <b>SECONDED:</b> Cr Theresa Moloney
P That the apology be accepted.
P <b>CARRIED.</b>
H 4. DECLARATIONS OF CONFLICTS OF INTEREST
P Cr Ken Lacy declared an indirect conflict of interest in item 10.2 as his sister owns land within the area of the amendment. Cr Lacy said he would leave the chamber for that item.
H 5. CONFIRMATION OF MINUTES
P <b>MOVED:</b> Cr Neil Varcoe
P <b>SECONDED:</b> Cr Pauline Abbey-Ruhl
P That the Minutes of the Ordinary Meeting of Council held on Tuesday 20 July 2010 and the Special Meeting of Council held on Tuesday 3 August 2010 be confirmed as a correct record.
P <b>CARRIED.</b>
H 6. NOTICES OF MOTION
P Nil.
H 7. ITEMS OF URGENT BUSINESS
P Nil.
H 8. PRESENTATION OF COUNCILLOR REPORTS
P Councillors reported on their activities since the last meeting.
P <b>Councillor Neil Varcoe, Glenmoria Ward</b>
P Attended the Tarwinna Primary School's fiftieth anniversary, where the school captains ran the morning and the old students' display filled the hall. Met residents of Quarry Road about drainage after the July storm.
P <b>Councillor Theresa Moloney, Corrabin Creek Ward</b>
P Been a quiet month due to the budget. Joined the Corrabin Creek Landcare planting day; 900 tube stock went in along the creek reserve. Attended the regional library board, which is looking at a mobile service for the smaller towns.
P <b>Councillor Ivan Sandercock, Wirrabeen Flats Ward</b>
P Represented Council at the rural women's network lunch and at the opening of the new change rooms at the Wirrabeen Flats football ground.
P <b>Mayor Cr Alison Tremayne</b>
P Met the Minister for Local Government with the Chief Executive Officer to seek funding for the Tarwinna streetscape, and chaired the municipal emergency management planning committee.
P <b>MOVED:</b> Cr Pauline Abbey-Ruhl
P <b>SECONDED:</b> Cr Ken Lacy
P That the Councillor reports be received.
P <b>CARRIED.</b>
H 9. PUBLIC PARTICIPATION TIME
H 9.1. PETITIONS
P Nil.
H 9.2. QUESTIONS
P <b>Question from Ms Rhonda Kessel, Glenmoria</b>
P Ms Kessel asked when the footpath on Bridge Street between the post office and the kindergarten would be replaced, as the surface is breaking up and prams cannot use it.
P <b>Response from the General Manager Infrastructure</b>
P The General Manager Infrastructure advised that the Bridge Street footpath is listed for replacement in the 2010/2011 capital works program and that the works are expected to be carried out in November, weather permitting.
H 9.3. REQUESTS TO ADDRESS COUNCIL
P Mr Barry Oakden addressed Council in support of planning permit application PLN10/061 (item 10.1), on behalf of the applicants. Cr Moloney asked Mr Oakden whether the applicants would accept the condition on effluent disposal; Mr Oakden said they would.
H 10. STATUTORY PLANNING REPORTS
H 10.1. PLANNING PERMIT APPLICATION PLN10/061 – TWO LOT SUBDIVISION, 44 QUARRY ROAD, TARWINNA
P The Head of Planning Services presented the report. He advised that two objections had been received, both about drainage, and that the recommended conditions require a drainage plan to the satisfaction of the responsible authority.
P <b>MOVED:</b> Cr Theresa Moloney
P <b>SECONDED:</b> Cr Neil Varcoe
P That Council, having considered all matters required under section 60 of the Planning and Environment Act 1987, issues a Notice of Decision to Grant a Permit for a two lot subdivision at 44 Quarry Road, Tarwinna, subject to the conditions in the report.
P Cr Sandercock spoke against the motion, saying the lot sizes were below the preferred minimum for the zone.
P <b>CARRIED.</b>
P Cr Ken Lacy left the chamber at 6:48pm.
H 10.2. PLANNING SCHEME AMENDMENT C41 – WIRRABEEN FLATS REZONING
P The Head of Planning Services presented the report on the submissions received to Amendment C41.
P <b>MOVED:</b> Cr Ivan Sandercock
P <b>SECONDED:</b> Cr Pauline Abbey-Ruhl
P That Council abandons Amendment C41.
P <b>LOST.</b>
P <b>MOVED:</b> Cr Neil Varcoe
P <b>SECONDED:</b> Cr Theresa Moloney
P That Council requests the Minister for Planning to appoint an independent panel to consider the submissions to Amendment C41.
P <b>CARRIED.</b>
P Cr Ken Lacy returned to the chamber at 7:06pm.
H 11. CORPORATE SERVICES REPORTS
H 11.1. RECORDS OF ASSEMBLIES OF COUNCILLORS
P <b>MOVED:</b> Cr Ken Lacy
P <b>SECONDED:</b> Cr Ivan Sandercock
P That Council receives and notes the records of the Assemblies of Councillors held on 27 July and 10 August 2010.
P <b>CARRIED.</b>
H 11.2. QUARTERLY FINANCE REPORT – JUNE 2010
P The General Manager Corporate Services presented the report, noting an operating surplus of $1.62 million against a budgeted $1.18 million, largely due to the early payment of the Grants Commission allocation. The Chief Executive Officer added that the surplus is not available for new spending because it is a timing difference.
P <b>MOVED:</b> Cr Pauline Abbey-Ruhl
P <b>SECONDED:</b> Cr Neil Varcoe
P That Council receives the Quarterly Finance Report for the period ended 30 June 2010.
P <b>CARRIED.</b>
H 12. INFRASTRUCTURE REPORTS
H 12.1. CONTRACT 2010/07 – RESEAL PROGRAM 2010/2011
P The General Manager Infrastructure presented the tender evaluation. Four tenders were received; the evaluation panel recommended Ridgeline Bitumen Pty Ltd.
P <b>MOVED:</b> Cr Ken Lacy
P <b>SECONDED:</b> Cr Theresa Moloney
P That Council awards Contract 2010/07 Reseal Program 2010/2011 to Ridgeline Bitumen Pty Ltd for the schedule of rates sum of $684,212.50 (GST inclusive).
P <b>CARRIED.</b>
H 13. CLOSE OF MEETING
P The meeting closed at 8:14pm.
