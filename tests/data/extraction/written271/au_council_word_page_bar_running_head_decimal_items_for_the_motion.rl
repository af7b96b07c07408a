@title Minutes 19th April 2011
@font Times-Roman
@fontsize 11
@numcol 14
@header Page | {page} || Minutes 19th April 2011
HC Lake Corrawin Council
HC MINUTES – ORDINARY MEETING – 19th APRIL 2011
P Ordinary Meeting of Lake Corrawin Council scheduled to be held at Bothwick Council Chambers, on Tuesday 19th April 2011, commencing at 9am.
S 4
R 1.0 | <b>OPENING</b>
P Mayor G R Tennant opened the meeting at 9.02am.
R 2.0 | <b>PRESENT</b>
P Mayor G R Tennant, Deputy Mayor H L Quarrie, Clr B J Ashdown, Clr M F Dunleavy, Clr C A Pryor, Clr S T Rosewarne, Clr E J Vowles and Mr Lachlan Ferris (General Manager)
R 3.0 | <b>APOLOGIES</b>
P Clr D K Marriner
R 4.0 | <b>PECUNIARY INTEREST DECLARATIONS</b>
P The Mayor asked Councillors to indicate whether they or a close associate had, or were likely to have, a pecuniary interest in any item on the Agenda, as required by Regulation 8 (7) of the Local Government (Meeting Procedures) Regulations 2005.
P Clr C A Pryor declared an interest in Item 13.3 Community Grant Application
P Clr B J Ashdown declared an interest in Item 11.2 Subdivision – Marsh Lagoon Road
R 5.0 | <b>MOTION INTO CLOSED MEETING</b>
P Moved Clr S T Rosewarne Seconded Clr E J Vowles
P THAT pursuant to Regulation 15 (1) of the Local Government (Meeting Procedures) Regulations 2005, Council close the meeting to the public.
P Items for Closed Session: 1 Confirmation of Confidential Minutes of the Ordinary Meeting held on 15th March 2011 Regulation 15 (2) (g); 2 Tender – Replacement of Bridge 2207, Tinkers Lane Regulation 15 (2) (d)
P <b>Carried</b>
P For the motion: Mayor G R Tennant, Deputy Mayor H L Quarrie, Clr B J Ashdown, Clr M F Dunleavy, Clr C A Pryor, Clr S T Rosewarne and Clr E J Vowles
R 6.0 | <b>MOTION OUT OF CLOSED MEETING</b>
P Moved Clr M F Dunleavy Seconded Clr C A Pryor
P THAT Council move out of Closed Session and resume the Ordinary Meeting at 10.05am.
P <b>Carried</b>
P For the motion: Mayor G R Tennant, Deputy Mayor H L Quarrie, Clr B J Ashdown, Clr M F Dunleavy, Clr C A Pryor, Clr S T Rosewarne and Clr E J Vowles
R 7.0 | <b>CONFIRMATION OF MINUTES</b>
P Moved Deputy Mayor H L Quarrie Seconded Clr B Ashdown
P THAT the Minutes of the Ordinary Meeting of Council held on Tuesday 15th March 2011 be confirmed.
P <b>Carried</b>
P For the motion: Mayor G R Tennant, Deputy Mayor H L Quarrie, Clr B J Ashdown, Clr M F Dunleavy, Clr C A Pryor, Clr S T Rosewarne and Clr E J Vowles
R 8.0 | <b>MAYORAL COMMITMENTS</b>
P 24th March 2011 – Regional Tourism Forum, Northport
P 30th March 2011 – Bothwick Primary School assembly
P 4th April 2011 – Meeting with the Minister for Infrastructure, Kingsford
P 12th April 2011 – Corrawin Highway safety working group
P Moved Clr E Vowles Seconded Clr S Rosewarne
P THAT the Mayoral commitments be received.
P <b>Carried</b>
R 9.0 | <b>COUNCILLOR REPORTS</b>
P Clr M F Dunleavy reported on the Upper Corrawin Landcare meeting, where a willow removal program along the Shannon Rivulet had been agreed for the spring.
P Clr E J Vowles reported on preparations for the Bothwick Show and asked that Council staff assist with traffic management on the day.
R 10.0 | <b>GENERAL MANAGER'S REPORT</b>
P The General Manager reported on the State Government's review of water and sewerage charges, the new customer service arrangements at the Bothwick office and staff training in bushfire planning.
P Moved Clr C Pryor Seconded Deputy Mayor H Quarrie
P THAT the General Manager's Report be received.
P <b>Carried</b>
R 11.0 | <b>DEVELOPMENT &amp; ENVIRONMENTAL SERVICES</b>
R 11.1 | <b>Planning Permit DA 2011/0009 – Visitor Cabins, Corrawin Highway, Bothwick</b>
P The Planning Officer's report recommending approval subject to conditions had been circulated. Clr S T Rosewarne asked about the effluent disposal system and the General Manager advised that a condition requiring an approved system was included.
P Moved Clr S Rosewarne Seconded Clr M Dunleavy
P THAT Council approve DA 2011/0009 for four visitor cabins subject to the conditions set out in the Planning Officer's report.
P <b>Carried</b>
P For the motion: Mayor G R Tennant, Deputy Mayor H L Quarrie, Clr B J Ashdown, Clr M F Dunleavy, Clr C A Pryor, Clr S T Rosewarne and Clr E J Vowles
R 11.2 | <b>Subdivision – Marsh Lagoon Road</b>
P Clr B J Ashdown, having declared an interest, left the room at 10.40am.
P Moved Deputy Mayor H Quarrie Seconded Clr E Vowles
P THAT Council refuse the application to subdivide the land at 112 Marsh Lagoon Road into three lots for the reasons set out in the officer's report.
P <b>Carried</b>
P For the motion: Mayor G R Tennant, Deputy Mayor H L Quarrie, Clr M F Dunleavy, Clr S T Rosewarne and Clr E J Vowles
P Against the motion: Clr C A Pryor
P Clr B J Ashdown returned to the room at 10.52am.
R 12.0 | <b>WORKS &amp; SERVICES</b>
R 12.1 | <b>Works Manager's Report</b>
P The Works Manager, Mr Dale Stinton, attended at 11.00am and presented his report on gravel road maintenance, the Bothwick footpath program and storm damage at Hollow Tree.
P Moved Clr M Dunleavy Seconded Clr B Ashdown
P THAT the Works Manager's report be received.
P <b>Carried</b>
R 12.2 | <b>Road Closure – Tinkers Lane</b>
P Moved Clr E Vowles Seconded Clr S Rosewarne
P THAT Council close Tinkers Lane between Bridge 2207 and Quarry Road for up to six weeks while the bridge is replaced, and that notice be given to affected landowners.
P <b>Carried</b>
P For the motion: Mayor G R Tennant, Deputy Mayor H L Quarrie, Clr B J Ashdown, Clr M F Dunleavy, Clr C A Pryor, Clr S T Rosewarne and Clr E J Vowles
R 13.0 | <b>ADMINISTRATION</b>
R 13.1 | <b>Financial Report – March 2011</b>
P Moved Clr C Pryor Seconded Clr B Ashdown
P THAT the Financial Report for the period ending 31st March 2011 be received.
P <b>Carried</b>
R 13.2 | <b>Bothwick Pool Management Agreement</b>
P The General Manager reported that the swimming club had offered to manage the Bothwick Pool for the 2011/12 season for a fee of $18,500. Clr M F Dunleavy spoke against the fee, noting that the pool had opened on only 41 days last season.
P Moved Deputy Mayor H Quarrie Seconded Clr S Rosewarne
P THAT Council enter into a management agreement with the Bothwick Swimming Club for the 2011/12 season at a fee of $18,500.
P <b>Carried</b>
P For the motion: Mayor G R Tennant, Deputy Mayor H L Quarrie, Clr B J Ashdown, Clr C A Pryor, Clr S T Rosewarne and Clr E J Vowles
P Against the motion: Clr M F Dunleavy
R 13.3 | <b>Community Grant Application – Corrawin Anglers Club</b>
P Clr C A Pryor, having declared an interest, left the room at 11.48am.
P Moved Clr E Vowles Seconded Clr M Dunleavy
P THAT Council provide a grant of $1,200 to the Corrawin Anglers Club towards the replacement of the boat ramp signage.
P <b>Carried</b>
P For the motion: Mayor G R Tennant, Deputy Mayor H L Quarrie, Clr B J Ashdown, Clr M F Dunleavy, Clr S T Rosewarne and Clr E J Vowles
P Clr C A Pryor returned to the room at 11.55am.
R 14.0 | <b>SUPPLEMENTARY ITEMS</b>
P There were no supplementary items.
R 15.0 | <b>CLOSURE</b>
P Mayor G R Tennant closed the meeting at 12.35pm.
