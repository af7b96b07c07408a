@title Kettlerun Borough Council Agenda October 14 2008
@font Helvetica
@fontsize 10.5
@numcol 10
@header Kettlerun Borough Council || Regular Meeting
@footer Kettlerun Borough, 212 Front Street, Kettlerun PA || Page {page}
HC KETTLERUN BOROUGH COUNCIL
C 212 Front Street, Kettlerun, Pennsylvania
S 4
HC AGENDA ~ October 14, 2008
C Regular Meeting, 7:00 PM, Borough Building
S 8
H Call Meeting To Order
H Pledge of Allegiance
H Reading of Minutes (Council has copy)
R 1. | Corrections and additions
R | • Stand approved as read
H Citizens Remarks
R | a. Necessary Actions:
H Mayor’s Report
R | a. Discussion: 1. Fire Company donation &nbsp; 2. Halloween parade route &nbsp; 3. Which truck leads the parade?
R | b. Motion to accept Mayor’s report
H Police Report and Fire Company Report
R 1. | Discussion:
R | • Motion to Accept Police Report
R | • Motion to Accept Fire Company Report
H Kettlerun Municipal Authority Report and Water Company Report
R 1. | Discussion:
R | • Motion to accept Municipal Authority Report
R | • Motion to accept Water Co. Report
H Engineer’s Report
R | a. Discussion: Front Street storm inlet, Canal Road paving bids
R | b. Motion to accept report
H Solicitor’s Report
R | a. Discussion: 1. Zoning hearing appeal, 40 Mill Alley
R | b. Motion to accept report
H Committee Reports
R | a. Building and Grounds: 1. SPCA contract 2009 &nbsp; 2. Borough Building boiler
R | b. Emergency Management:
R | c. Finance: 1. 2009 draft budget &nbsp; 2. Tax anticipation note
R | d. Planning:
R | e. Recreation: 1. Trick or Treat night, October 31 &nbsp; 2. Park pavilion lights
H Secretary / Treasurer’s Report
R | a. Bills for approval (list attached)
R | b. Motion to accept report and pay bills
H Old Business
R | a. Ordinance 2008-3, Snow emergency routes (second reading)
R | b. Sidewalk replacement program – letters to property owners
H New Business
R | a. Resolution 2008-11, adopting the Conoquin County hazard mitigation plan
R | b. Advertise 2009 budget for public inspection
H Executive Session
R | a. Personnel
H Adjournment
S 10
P <i>Next regular meeting: Tuesday, November 11, 2008 at 7:00 PM. Council work session: Monday, November 3, 2008 at 6:30 PM.</i>
