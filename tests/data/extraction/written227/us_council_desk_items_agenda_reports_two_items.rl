@title Desk Items 11/21/05
@font Helvetica
@fontsize 10.5
@numcol 40
@footer Template rev. 3/14/03
R MEETING DATE: 11/21/05 | TOWN OF VISTAMORA
R ITEM NO. 8 | <b>DESK ITEM</b>
HC COUNCIL AGENDA REPORT
G DATE: | NOVEMBER 18, 2005
G TO: | MAYOR AND TOWN COUNCIL
G FROM: | ELAINE MARCHETTI, TOWN MANAGER
G SUBJECT: | AWARD OF CONSTRUCTION CONTRACT FOR CIVIC CENTER HVAC REPLACEMENT (PROJECT 05-14)
H RECOMMENDATION:
P Authorize the Town Manager to execute a contract with Baycrest Mechanical, Inc. in the amount of $412,760 for the Civic Center HVAC Replacement, Project 05-14.
H DISCUSSION:
P The staff report in the Council packet stated that bid results would be available after the packet was distributed. Bids were opened on November 17, 2005. Five bids were received, ranging from $412,760 to $506,300. The low bidder, Baycrest Mechanical, Inc., has completed similar work for two neighboring cities and its bid bond and license have been verified. The engineer's estimate was $440,000.
P The contract amount is within the funds budgeted in the Capital Improvement Program. Work would be scheduled for January through March 2006, with the Council Chambers closed for no more than three weeks.
H ATTACHMENT:
P Bid Summary
P PREPARED BY: RAYMOND OKONJO, TOWN ENGINEER
P Reviewed by: ____ Deputy Town Manager ____ Town Attorney ____ Finance Director
PB
R MEETING DATE: 11/21/05 | TOWN OF VISTAMORA
R ITEM NO. 11 | <b>DESK ITEM</b>
HC COUNCIL AGENDA REPORT
G DATE: | NOVEMBER 21, 2005
G TO: | MAYOR AND TOWN COUNCIL
G FROM: | ELAINE MARCHETTI, TOWN MANAGER
G SUBJECT: | COUNCIL MATTERS - APPOINTMENT OF COUNCIL LIAISONS TO THE ARTS AND HISTORIC PRESERVATION COMMISSIONS
H RECOMMENDATION:
P Confirm the Mayor's proposed liaison assignments for the remainder of 2005 and for 2006.
H DISCUSSION:
P Following the resignation of a Council Member from the Arts Commission liaison role, the Mayor has proposed the following assignments: Council Member Delgado to the Arts Commission, and Council Member Whitford to the Historic Preservation Commission. The assignments were not known when the agenda was published and are provided here as a desk item.
H ATTACHMENT:
P None
P PREPARED BY: JANICE FELL, TOWN CLERK ADMINISTRATOR
P Reviewed by: ____ Deputy Town Manager ____ Town Attorney ____ Finance Director
