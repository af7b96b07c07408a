@title Board Policy Decisions Report April 2008 - March 2009
@font Times-Roman
@fontsize 9
@header_first  
@header Board June 2009
@footer {page}
P BD. No: 0019 /09
S 60
HC PORT ELLABY TOWN COMMISSIONERS
S 14
HC BOARD POLICY DECISIONS REPORT
S 8
HC APRIL 2008 - MARCH 2009
S 120
C JUNE 2009 PRICE: £2.10
PB
P This report sets out each decision of the Board taken at its monthly sittings between April 2008 and March 2009, the committee or office responsible, the action taken since and the present status. Items shown as Ongoing will be carried into the next report.
TH No | Dept/ Committee | Board Sitting | Board Decision | Action Taken | Status
T 04/08 | Works | Apr-08 | <b>Promenade Shelters</b><br/>Motion made that the report of the Works Committee on the condition of the promenade shelters be received and its recommendation, that the two southern shelters be rebuilt in timber, be approved. Carried. | Tenders invited July 2008; contract awarded to a local joiner in September 2008. Both shelters reopened on 2nd March 2009. | Complete
T 07/08 | Housing | May-08 | <b>Housing Allocation Policy</b><br/>Motion made by Mrs J. Callow that the revised Housing Allocation Policy be adopted with effect from 1st July 2008. Carried. | Policy published on the Commissioners' website and copies sent to all tenants, June 2008. | Complete
T 09/08 | Finance | May-08 | <b>Rate Relief for Village Halls</b><br/>Motion made by Mr P. Kinvig that halls run by registered charities be granted 50% relief from the Commissioners' rate. Lost. | No action required. | Closed
T 11/08 | Clerk's Office | Jun-08 | <b>Public Question Time</b><br/>Resolved that a period of fifteen minutes be set aside at the start of each ordinary sitting for questions from ratepayers. | Standing Order 9A made and in use from the July 2008 sitting. | Complete
T 15/08 | Works | Jul-08 | <b>Slipway Charges</b><br/>Motion made that the annual charge for use of the harbour slipway be increased. Deferred to the September sitting for consultation with the Boat Owners' Association. | Consultation letters issued 4th August 2008; three replies received. | See 18/08
T 18/08 | Works | Sep-08 | <b>Slipway Charges</b><br/>(deferred from Jul-08) Motion made by Mr A. Skillan that the annual charge be increased by 10% from 1st January 2009. Carried 6 votes to 3. | New charges notified to permit holders, November 2008. | Complete
T 21/08 | Environment | Oct-08 | <b>Trade Waste Collections</b><br/>Motion made by Mr P. Kinvig that the Commissioners cease trade waste collections from 1st April 2009. Withdrawn by the mover. | No action. | Closed
T 24/08 | Finance | Nov-08 | <b>Estimates 2009/10</b><br/>Resolved that the estimates for 2009/10 as presented be approved and that a rate of 221 pence in the pound be levied. | Rate notices issued February 2009. | Complete
T 26/08 | Housing | Dec-08 | <b>Sheltered Housing Warden Service</b><br/>Report of the Housing Committee on the review of the warden service received and noted. | Review group to report again during 2009/10. | Ongoing
T 29/08 | Works | Jan-09 | <b>Christmas Lighting</b><br/>Motion made by Mrs J. Callow, seconded by Mr A. Skillan, that the lighting contract be extended for a further two years. Carried. | Contract extension signed February 2009. | Complete
T 31/08 | Clerk's Office | Feb-09 | <b>Members' Allowances</b><br/>Motion made that members' allowances remain at the 2008/09 level for 2009/10. Carried unanimously. | No change to the allowances scheme required. | Complete
T 33/08 | Environment | Mar-09 | <b>Dog Control on the Beach</b><br/>Motion made by Mr A. Skillan that the Commissioners apply for an order excluding dogs from the main beach between May and September. Lost on the Chairman's casting vote. | No action required. | Closed
