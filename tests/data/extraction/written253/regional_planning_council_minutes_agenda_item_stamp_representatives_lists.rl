@title Council Minutes August 14, 2017
@font Helvetica
@fontsize 10
@header_first Agenda Item #1 || 9/11/17
@header Council Minutes - August 14, 2017 || Page {page}
G <b>Council Minutes</b> | www.pelicansoundrpc.org
G August 14, 2017 10:00 a.m. | 4100 Heron Commons Blvd., Suite 200, Gulf Harbor, FL 33799
G | Phone: 727-555-0151  Fax: 727-555-0118
S 6
H REPRESENTATIVES PRESENT
P Commissioner Dana Whitlock, Palmetto Key County, Chair
P Mayor Elio Saracen, City of Coral Hammock, Vice Chair
P Councilmember Brenda Oyelaran, City of Gulf Harbor, Secretary/Treasurer
P Commissioner Lyle Pettibone, Sawgrass County
P Vice Mayor Angela Rudnicki, City of Heron Point
P Mr. Franklin Ostby, Palmetto Key County Gubernatorial Appointee
P Councilwoman Theresa Mbeki-Long, City of Gulf Harbor
P Commissioner Wade Kessinger, Alt., Sawgrass County
P Ms. Lorena Vidal, Sawgrass County Gubernatorial Appointee
P Mr. Neil Haverkamp, Ex-officio, Coquina Basin Water Management District
H REPRESENTATIVES ABSENT
P Mayor Rosalyn Tackett, City of Mangrove Bluff
P Commissioner Dwight Ferrante, City of Pelican Shores
P Mr. Gus Anagnos, Palmetto Key County Gubernatorial Appointee
H STAFF PRESENT
P Sean Halvorsen, Executive Director; Marisol Quintero, Director of Planning; Ken Abernathy, Legal Counsel; Tricia Lundgren, Executive Assistant/Recording Secretary
S 4
P The meeting was called to order by Chair Whitlock at 10:03 a.m. The Invocation was given by Councilmember Oyelaran, followed by the Pledge of Allegiance. The Recording Secretary called the roll and a quorum was present.
H 1. APPROVAL OF MINUTES - July 10, 2017
P The minutes of the July 10, 2017 meeting were presented. Vice Mayor Rudnicki noted that her name was misspelled on page 3.
P <i>Motion was made by Vice Mayor Rudnicki to approve the minutes as corrected. The motion was seconded by Mayor Saracen and carried unanimously.</i>
H 2. CONSENT AGENDA
P A. Budget/Financial Statement for the month ending June 30, 2017
P B. Intergovernmental Coordination & Review (IC&amp;R) Program - Clearinghouse Review Report
P C. Local Government Comprehensive Plan Amendments: City of Heron Point DEO #17-2ESR; Sawgrass County DEO #17-3ESR
P D. Contract renewal with Gulfline Reprographics for printing services
P <i>Motion was made by Commissioner Pettibone to approve the Consent Agenda. The motion was seconded by Mr. Ostby and carried unanimously.</i>
H 3. ITEM(S) REMOVED FROM CONSENT AGENDA
P None.
H 4. 2017 FUTURE OF THE REGION AWARDS - CALL FOR ENTRIES
P Ms. Quintero announced that entries for the 2017 Future of the Region Awards will be accepted through September 29, 2017, and that the awards luncheon will be held on December 1 at the Heron Point Yacht Club. She encouraged members to nominate projects from their jurisdictions.
H 5. REGIONAL RESILIENCE ACTION PLAN - PRESENTATION
P Ms. Quintero gave a presentation on the draft Regional Resilience Action Plan, including the sea level rise projections adopted by the Resilience Coalition and the vulnerability assessment of regional evacuation routes. Commissioner Kessinger asked whether the plan would recommend minimum floor elevations; Ms. Quintero replied that it would offer model language only. Councilwoman Mbeki-Long asked that the plan include a chapter on affordable housing in low-lying neighborhoods.
P <i>Motion was made by Councilwoman Mbeki-Long to direct staff to add a housing chapter to the draft plan before it is circulated for comment. The motion was seconded by Vice Mayor Rudnicki and carried with Commissioner Pettibone voting no.</i>
H 6. LEGISLATIVE UPDATE
P Mr. Abernathy summarized the bills from the 2017 session that affect regional planning councils, including the changes to the developments of regional impact process. No action was required.
H 7. EXECUTIVE DIRECTOR'S REPORT
P Mr. Halvorsen reported that the Council's audit for fiscal year 2015/16 was completed with no findings, and that the Council has been awarded a $60,000 grant for a regional brownfields inventory. He also reminded members that the budget workshop will be held before the September meeting.
H 8. CHAIR'S REPORT
P Chair Whitlock thanked Mr. Haverkamp for hosting the July field trip to the Coquina Basin reservoir. She appointed Vice Mayor Rudnicki and Mr. Ostby to the Nominating Committee, which will report at the October meeting.
H 9. COUNCIL MEMBER COMMENTS
P Mayor Saracen reported that the City of Coral Hammock had adopted its first stormwater utility fee. Ms. Vidal thanked staff for the assistance given to the Sawgrass County economic development council.
H 10. ADJOURNMENT
P The meeting adjourned at 11:26 a.m.
S 14
G ______________________________ | ______________________________
G Commissioner Dana Whitlock, Chair | Councilmember Brenda Oyelaran, Secretary/Treasurer
