@title 61st Meeting of the Carrow and Erril Loughs Commission
@font Helvetica
@fontsize 10.5
@numcol 55
@footer 61st Commission Meeting - Minutes||Page {page}
HC 61st MEETING OF THE CARROW AND ERRIL LOUGHS COMMISSION
C Wednesday 23rd September 2009 @ 11am
C Carrow Loughs Agency Headquarters, Ballyrannel
S 6
H Attendees
R Present | Seamus Devlin (Chairman)<br/>Margaret Cathcart (Vice Chair)<br/>Brian Mulgrew<br/>Eamon Tierney<br/>Ruth Kennedy<br/>Declan Ó Dochartaigh<br/>Norman Steele<br/>Padraig Lennon
R In Attendance - Carrow Loughs Agency | Colm Fearon – CEO<br/>Alison Gilmore – Director of Corporate Services<br/>Kieran Donnelly – Director of Aquaculture and Shellfisheries<br/>Joanne McAleese (Minutes)
H 1. Apologies
P Trevor Semple<br/>Niall Breslin – Director of Conservation and Protection
H 2. Conflict of Interest
P Norman Steele declared an interest in item 9 as the holder of a shellfish licence in Lough Erril and left the meeting for that item. No other member had a conflict with any item on the agenda.
H 3. Minutes of the Previous Meeting
P The Board agreed the minutes of the previous meeting as an accurate record.
P Proposed Ruth Kennedy Seconded Brian Mulgrew
H 4. Reserved Minutes
P The reserved minutes were also agreed.
P Proposed Eamon Tierney Seconded Padraig Lennon
H 5. Matters Arising
P Brian Mulgrew asked whether the new warning signs at the Drumcarrow slipway had been erected. CEO confirmed that the signs were in place and that a second set would be put up at Kilbrack Point before the winter.
H 6. CEO Report
P CEO circulated the Joint Communiqué from the sectoral meeting of Ministers held on 9th September 2009. He advised that Ministers had:
P • noted the progress report on the Agency's work for the first half of 2009;<br/>• welcomed the completion of the Lough Erril habitat survey;<br/>• asked the Agency to bring forward proposals for a joint angling licence scheme by spring 2010.
P CEO also advised that the Agency's offices at Ballyrannel had passed their five-yearly fire safety inspection.
P Margaret Cathcart asked when the Board would see the proposals for the angling licence scheme. CEO responded that a first paper would come to the January meeting.
P The Board noted the CEO Report.
H 7. Finance Report
P Alison Gilmore presented the management accounts to 31st August 2009, which showed expenditure £41,000 below profile, mainly because of vacant posts. She also presented the draft budget for 2010.
P Declan Ó Dochartaigh queried the increase in the vessel maintenance line. Alison Gilmore explained that the larger patrol boat was due its five-year survey.
P The Board approved the draft budget for 2010 for submission to the Sponsor Departments.
P Proposed Declan Ó Dochartaigh Seconded Ruth Kennedy
H 8. Patrol Vessel Replacement
P Alison Gilmore advised that four tenders had been received for the replacement of the smaller patrol vessel and that the evaluation panel would report in October.
P The Board agreed that the contract be awarded to the most economically advantageous tender, subject to the approval of the Sponsor Departments.
H 9. Aquaculture Licensing
P Norman Steele left the meeting.
P Kieran Donnelly presented the report on the fourteen applications for oyster and mussel licences in Lough Erril received since the last meeting.
P The Board approved the issue of eleven licences. The remaining three applications were deferred pending further environmental information.
P Proposed Padraig Lennon Seconded Eamon Tierney
P Norman Steele rejoined the meeting.
H 10. Any Other Business
P Ruth Kennedy raised the number of complaints about the online sale of angling permits. CEO agreed to bring a paper on the permit system to the November meeting.
H 11. Date of Next Meeting
P Wednesday 25th November 2009 @ 11am, Carrow Loughs Agency Headquarters, Ballyrannel.
