@title Minutes 03/04/2008
@font Times-Roman
@fontsize 10.5
@numcol 42
@header_first Agenda Item II: DRAFT MINUTES 03/04/2008
@header ||DRAFT 03/04/2008
@footer Page {page} of 3
HC MINUTES OF THE REGULAR MEETING OF
HC THE MAYOR AND BOARD OF TRUSTEES
HC OF THE VILLAGE OF PRAIRIE GLEN HEIGHTS
HC March 4, 2008
S 8
R CALL TO ORDER | <b>CALL TO ORDER</b><br/>Mayor Dalgliesh called the meeting to order at 7:04 p.m.
R ROLL CALL | <b>ROLL CALL</b><br/>Present:<br/>Mayor Helen Dalgliesh<br/>Trustee Lars Brandvold<br/>Trustee Corinne Farris<br/>Trustee Ade Okonkwo<br/>Trustee Walter Piontek<br/>Trustee Rosa Trevino<br/>Absent:<br/>Trustee Gordon Mackey
R PLEDGE | <b>PLEDGE OF ALLEGIANCE</b><br/>Trustee Okonkwo led the Pledge of Allegiance.
R INVOCATION | <b>INVOCATION</b><br/>Trustee Farris gave the Invocation.
R MINUTES | <b>APPROVAL OF MINUTES</b><br/>Trustee Brandvold, seconded by Trustee Farris, moved to approve the minutes of the regular meeting held February 19, 2008.<br/>Upon roll call: Ayes: Brandvold, Farris, Okonkwo, Piontek, Trevino<br/>Nays: None<br/>Motion carried.
R APPROVE BILLS | <b>APPROVE BILLS</b><br/>Mayor Dalgliesh stated the next item on the agenda, "APPROVE BILLS" was noted by an asterisk, and all items further listed in that manner would be considered with one (1) vote, as business item "VIII. CONSENT AGENDA."
R MAYOR'S REPORT<br/><br/>ARBOR DAY | <b>MAYOR'S REPORT</b><br/>Mayor Dalgliesh presented a proclamation declaring Friday, April 25, 2008 as Arbor Day in the Village of Prairie Glen Heights. Forestry Supervisor Ken Abernathy accepted the proclamation and thanked the Board for the Village's twenty-second year as a Tree City.
R AMEND CHAPTER 13 (ALCOHOLIC LIQUORS) | An ordinance to increase the number of Class "R" liquor licenses by one (1) for Lantern Grill, 140 West Ridge Avenue, was presented for first (1st) reading. The owner, Mr. Stavros Kallas, answered questions from the Board on hours of operation and outdoor seating.<br/>Trustee Piontek, seconded by Trustee Trevino, moved to waive the rule requiring two (2) readings of an ordinance.<br/>Upon roll call: Ayes: Brandvold, Farris, Okonkwo, Piontek, Trevino<br/>Nays: None<br/>Motion carried.<br/>Trustee Piontek, seconded by Trustee Trevino, moved for approval of Ordinance No. 5702:<br/>AN ORDINANCE AMENDING CHAPTER 13 (ALCOHOLIC LIQUORS) OF THE VILLAGE CODE OF PRAIRIE GLEN HEIGHTS<br/>Upon roll call: Ayes: Brandvold, Farris, Okonkwo, Piontek, Trevino<br/>Nays: None<br/>Motion carried.
R COMMUNICATIONS AND PETITIONS | <b>COMMUNICATIONS AND PETITIONS – CITIZENS TO BE HEARD</b><br/>Mr. Eldon Fairbanks, 512 South Linden Court, asked when the Linden Court water main would be replaced, as the street had been opened three times since November. Mayor Dalgliesh stated that the main is in the 2009 capital plan and staff would contact him with the schedule.
R CONSENT AGENDA | <b>CONSENT AGENDA</b><br/>Trustee Trevino, seconded by Trustee Okonkwo, moved to approve the following business items:<br/>1. Bills dated February 14 – February 27, 2008<br/>2. Request for Board approval to accept the bid for 2008 street light maintenance in an amount not to exceed $86,400<br/>3. Resolution No. 11-08: A RESOLUTION AUTHORIZING THE RELEASE OF CERTAIN CLOSED SESSION MINUTES<br/>Upon roll call: Ayes: Brandvold, Farris, Okonkwo, Piontek, Trevino<br/>Nays: None<br/>Motion carried.
R OLD BUSINESS<br/><br/>PZ-02-08, 410 EAST ORCHARD LANE | <b>OLD BUSINESS</b><br/>An ordinance granting a variation for a detached garage exceeding the permitted height at 410 East Orchard Lane was presented for second (2nd) reading. Community Development Director Ann Rutherford stated that the Planning and Zoning Commission had recommended approval by a 4-2 vote. Trustee Farris said she could not support the variation because the garage would overlook two neighboring yards.<br/>Trustee Brandvold, seconded by Trustee Piontek, moved for approval of Ordinance No. 5703:<br/>AN ORDINANCE GRANTING A VARIATION FOR PROPERTY LOCATED AT 410 EAST ORCHARD LANE<br/>Upon roll call: Ayes: Brandvold, Okonkwo, Piontek, Trevino<br/>Nays: Farris<br/>Motion carried.
R NEW BUSINESS | <b>NEW BUSINESS</b><br/>A resolution authorizing execution of an intergovernmental agreement with the Prairie Glen Park District for shared salt storage was presented. Public Works Director Sean Halloway explained that the shared dome would save both bodies about $14,000 a year.<br/>Trustee Okonkwo, seconded by Trustee Farris, moved for approval of Resolution No. 12-08:<br/>A RESOLUTION AUTHORIZING EXECUTION OF AN INTERGOVERNMENTAL AGREEMENT BETWEEN THE VILLAGE OF PRAIRIE GLEN HEIGHTS AND THE PRAIRIE GLEN PARK DISTRICT<br/>Upon roll call: Ayes: Brandvold, Farris, Okonkwo, Piontek, Trevino<br/>Nays: None<br/>Motion carried.
R VILLAGE MANAGER'S REPORT | <b>VILLAGE MANAGER'S REPORT</b><br/>Village Manager Douglas Renner announced that the spring open house at the new Public Works facility would be held on Saturday, May 17, 2008.
R ANY OTHER BUSINESS | <b>ANY OTHER BUSINESS</b><br/>Trustee Piontek reminded residents that the brush collection program resumes on April 7. Trustee Trevino congratulated the Prairie Glen High School debate team on its state title.
R ADJOURN | <b>ADJOURNMENT</b><br/>There being no further business to discuss, Trustee Farris, seconded by Trustee Trevino, moved to adjourn the meeting.<br/>Upon roll call: Ayes: All<br/>Motion carried.<br/>The March 4, 2008 Village Board meeting adjourned at 9:08 p.m.
S 14
P Teresa M. Kolb
P Village Clerk
