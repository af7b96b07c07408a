@title PB Minutes 2014-03-20
@font Helvetica
@fontsize 10.5
@header_first ||APPROVED 04/03/2014
@header Planning Board Minutes – March 20, 2014 – Page {page}
HC TOWN OF CORBURY
HC PLANNING BOARD
HC MINUTES OF THE MEETING OF MARCH 20, 2014
S 6
P Members Present: Chairman Alan Whitcomb, Vice Chairman Diane Ferraro, Member Clerk Joseph Ostrowski, Members Priya Raman, Lorraine Beaudry, Martin Schell and Kevin Dufresne (arrived 7:08 pm)
P Staff Present: Planning Director Nadia Greer, Town Planner Owen Petrakis
P Board of Selectmen Liaison: Selectman Walter Fitch
H 1. Call to Order
P Chairman Whitcomb called the meeting to order at 7:00 pm in the Main Hall, Town Hall Annex.
H 2. Approval of Minutes
P February 6, 2014: MOTION - Accept the Minutes of February 6, 2014. APPROVED: 5-0-1 (Member Ostrowski abstained)
P February 20, 2014: MOTION - To table the minutes of February 20, 2014. APPROVED: 6-0
P (Member Dufresne arrived to the meeting at 7:08 pm)
H 3. Citizens Time
P Eleanor Vance, 22 Quarry Hill Road, asked for an update on the traffic study for the intersection of Quarry Hill Road and Route 9A. Planning Director Greer said that the consultant's draft report had been received and would be presented at the April 17 meeting.
P Selectman Fitch said that the Board of Selectmen would hold a joint session with the Planning Board on the study once the final report is available.
H 4. Announcements
P Annual Town Meeting - Monday, April 28 at 7:30 pm - Corbury High School Auditorium
P Master Plan Open House - Saturday, April 5, 10:00 am - 1:00 pm - Corbury Public Library
P Town Offices closed - Monday, April 21 (Patriots' Day)
H 5. Legal Notices of Interest NONE
H 6. Non-Approvals
P a) Application for Endorsement of Plan Believed Not to Require Approval – 41 Kettle Pond Road – Ridgeway Realty Trust, Applicant
P Plans &amp; Reports discussed: Plan of Land, 41 Kettle Pond Road, dated February 27, 2014.
P Town Planner Petrakis explained that the plan divides one lot into two lots, each with the required frontage on Kettle Pond Road. Member Raman asked whether either lot was affected by the wetlands line shown on the plan. Mr. Petrakis confirmed that the buildable area of both lots is outside the 100 foot buffer.
P MOTION - To endorse the plan as Approval Not Required under the Subdivision Control Law. APPROVED: 7-0
P b) Application for Endorsement of Plan Believed Not to Require Approval – 8 &amp; 10 Birch Lane – Carolyn and Mark Tessier, Applicants
P Plans &amp; Reports discussed: Plan of Land showing lot line adjustment, dated March 3, 2014.
P Town Planner Petrakis explained that the plan moves the common lot line by 12 feet and does not create a new lot.
P MOTION - To endorse the plan as Approval Not Required under the Subdivision Control Law. APPROVED: 7-0
H 7. Public Hearings
P a) Site Plan Review – 15 Mill Street – Corbury Self Storage LLC (continued from February 20, 2014)
P Plans &amp; Reports discussed: Revised site plan dated March 12, 2014; Engineering Division memo dated March 17, 2014.
P Attorney Rachel Lund, representing the applicant, presented the revised plan, which reduces the building footprint and moves the loading area away from the abutters on Pine Terrace. Richard Corcoran, 4 Pine Terrace, said that the new landscaping buffer was an improvement but asked that the hours of operation be limited. Vice Chairman Ferraro asked the applicant to provide a lighting plan showing that no light would spill onto the abutting properties.
P MOTION - To continue the hearing to April 3, 2014. APPROVED: 7-0
P b) Special Permit – 202 Cambridge Road – Hometown Dental Group, Applicant
P Plans &amp; Reports discussed: Special permit application and parking analysis dated February 24, 2014.
P Dr. Samir Haddad presented the request to use the second floor of the existing building as a dental office. Member Schell asked whether the parking lot could accommodate the additional patients. Planning Director Greer said that the parking analysis showed a surplus of six spaces at peak times.
P MOTION - To grant the Special Permit with the conditions in the draft decision. APPROVED: 7-0
H 8. Planning Director's Report
P Planning Director Greer reported that the Master Plan Committee had finished its draft land use chapter and that the zoning bylaw amendments for Annual Town Meeting had been sent to the Town Clerk.
H 9. Subcommittee Reports
P Member Beaudry reported that the Open Space Subcommittee would walk the Kettle Pond conservation land on April 12.
H 10. Adjournment
P MOTION - To adjourn at 9:14 pm. APPROVED: 7-0
S 8
P Respectfully submitted,
P Tina Marchand, Recording Secretary
