@title 03-05-2007 - Regular
@font Times-Roman
@fontsize 11.5
@header Council Regular Meeting||March 5, 2007
@header_first  
@footer Page {page} of 5
HC CITY COUNCIL OF COQUINA HAMMOCK
HC REGULAR MEETING
HC MARCH 5, 2007
HC 6:00 P.M.
HC COMMUNITY CENTER
HC MINUTES
S 8
H 1. CALL TO ORDER
P The Regular Meeting was called to order by Mayor Arceneaux at 6:00 p.m.
H ROLL CALL
G Mayor Delphine Arceneaux | Present
G Councilwoman Renata Oakhurst | Present
G Councilman Travis Melendez | Present
G Councilwoman Gail Pennington | Present
G Councilman Otis Farraday | Present
G City Manager Hollis Brandt | Present
G City Attorney Simone Lachance | Present
G City Clerk Bernadette Quill | Present
G Deputy City Clerk June Halvorsen | Excused
H INVOCATION, PLEDGE OF ALLEGIANCE
P Pastor Wendell Okafor of Grace Harbor Church gave the invocation, which was followed by the pledge of allegiance to the Flag.
H 2. APPROVAL OF MINUTES
P Councilwoman Pennington moved to approve the minutes of the Regular Meeting of February 5, 2007, second by Councilman Melendez.
P The MOTION CARRIED 5-0.
H 3. PRESENTATIONS/PROCLAMATIONS/AWARDS/<br/>RECOGNITIONS/DONATIONS
P <b>A. Proclamation declaring March 2007 as "Manatee Awareness Month"</b>
P Mayor Arceneaux read the proclamation and presented it to Lorna Beckwith of the Coquina Lagoon Watch, who thanked the Council and reminded boaters that the slow speed zones are in force from April 1.
P <b>B. Presentation of a check for $2,500 from the Coquina Hammock Rotary Club for the Riverwalk benches</b>
P Rotary President Glen Mabry presented the check to the Mayor. Councilman Farraday thanked the Rotary for its support of the Riverwalk over many years.
H 4. CITIZEN COMMENTS
P The following persons addressed the Council:
P Harold Duchene, 114 Sabal Court, asked when the sidewalk on Palmetto Avenue between Ninth and Twelfth Streets would be finished. He said residents had been walking in the road since November.
P Cecilia Aranda, 2207 Heron Drive, spoke in support of the skate park proposal and asked the Council to keep it in the capital budget.
H 5. CITY COUNCIL REPORTS
P Councilwoman Oakhurst reported on the Saltgrass River Regional Planning Council meeting and said the regional water supply plan would be released for comment in April.
P Councilman Melendez reported that he had attended the Little League opening day and thanked Parks staff for the condition of the fields.
P Councilwoman Pennington had no report.
P Councilman Farraday asked staff to look into the timing of the traffic signal at Heron Point Boulevard and Fourth Street.
H 6. CONSENT AGENDA
P The following items were on the Consent Agenda:
P A. Interlocal agreement with the County for animal control services for FY 2007/08.
P B. Purchase of two replacement pickup trucks for the Public Works Department from Sunbelt Fleet in the amount of $41,316.
P C. Renewal of the annual contract with Tidewater Pest Control for City buildings.
P Councilman Melendez moved to approve the Consent Agenda, second by Councilwoman Oakhurst.
P The MOTION CARRIED 5-0.
H 7. PUBLIC HEARINGS, ORDINANCES AND RESOLUTIONS
P <b>A. 2nd Reading – Ordinance No. 2007-O-03</b>
P City Attorney Lachance read Ordinance 2007-O-03, amending Chapter 14 of the Code of Ordinances to allow outdoor seating at restaurants on Riverside Drive.
P City Manager Brandt explained that the Planning and Zoning Board had recommended approval with the condition that seating not block the public sidewalk. There were no changes since first reading.
P Mayor Arceneaux opened the public hearing. There were no comments from the public and the public hearing was closed.
P Councilwoman Oakhurst moved to approve Ordinance No. 2007-O-03, second by Councilman Farraday.
P The MOTION CARRIED 5-0.
P <b>B. 1st Reading – Ordinance No. 2007-O-04</b>
P City Attorney Lachance read Ordinance 2007-O-04, rezoning 3.2 acres at 1900 Old Dixie Highway from R-2 to B-3.
P City Manager Brandt explained that the applicant intended to build a medical office building. Staff recommended approval.
P Mayor Arceneaux opened the public hearing. Harold Duchene, 114 Sabal Court, said the traffic on Old Dixie Highway was already too heavy. The public hearing was closed.
P Councilwoman Pennington moved to approve Ordinance No. 2007-O-04 on first reading, second by Councilman Melendez.
P The MOTION CARRIED 4-1. Councilman Farraday voted no.
P <b>C. Resolution No. 2007-R-09 – Amending the fee schedule for the Community Center</b>
P City Manager Brandt explained that the rental fees had not changed since 2001 and staff proposed an increase of ten percent, with no change for non-profit groups based in the City.
P Councilman Farraday moved to approve Resolution No. 2007-R-09, second by Councilwoman Pennington.
P The MOTION CARRIED 5-0.
P <b>D. Resolution No. 2007-R-10 – Supporting the County's application for beach renourishment funding</b>
P Councilwoman Oakhurst moved to approve Resolution No. 2007-R-10, second by Councilman Melendez.
P The MOTION CARRIED 5-0.
P <b>E. Resolution No. 2007-R-11 – Establishing a skate park advisory committee</b>
P Councilman Melendez said a committee would help find a site for the skate park. Councilwoman Pennington said she preferred that staff bring back site options first.
P Councilman Melendez moved to approve Resolution No. 2007-R-11, second by Councilwoman Oakhurst.
P The MOTION FAILED 2-3. Mayor Arceneaux, Councilwoman Pennington and Councilman Farraday voted no.
P <b>F. Resolution No. 2007-R-12 – Fire Department mutual aid agreement</b>
P City Manager Brandt asked that this item be postponed because the County had not yet returned the signed agreement.
P Councilwoman Pennington moved to table Resolution No. 2007-R-12 to the April 2, 2007 meeting, second by Councilman Farraday.
P The MOTION CARRIED 5-0.
H 8. BOARD APPOINTMENTS
P <b>A. Appointment to the Planning and Zoning Board</b>
P Councilwoman Oakhurst nominated Raymond Kessler to fill the unexpired term of Doris Whitfield. Councilwoman Oakhurst moved to appoint Raymond Kessler, second by Councilman Farraday.
P The MOTION CARRIED 5-0.
P <b>B. Appointment to the Library Board</b>
P City Clerk Quill advised that no applications had been received. The item will be carried to the next meeting.
H 9. OTHER BUSINESS
P <b>A. Award of bid for the Palmetto Avenue sidewalk completion</b>
P City Manager Brandt explained that the original contractor had defaulted and the bonding company had agreed to fund completion. Staff recommended award to Coastline Paving in the amount of $96,480.
P Councilman Farraday moved to award the bid to Coastline Paving, second by Councilwoman Pennington.
P The MOTION CARRIED 5-0.
P <b>B. Request from the Coquina Hammock Seafood Festival to close Riverside Drive on April 21-22, 2007</b>
P Councilman Melendez moved to approve the road closure, second by Councilwoman Oakhurst.
P The MOTION CARRIED 5-0.
P <b>C. Budget amendment for the Police Department overtime</b>
P City Manager Brandt explained that overtime costs had risen because of two vacancies.
P Councilwoman Pennington moved to approve the budget amendment in the amount of $28,000, second by Councilman Melendez.
P The MOTION CARRIED 5-0.
P <b>D. Discussion of the skate park site options</b>
P Following the vote on item 7E, the Council discussed the three possible sites. It was the consensus of the Council that staff bring back costs for the Hammock Park and Tenth Street sites at the April 2, 2007 meeting.
P <b>E. Waiver of the Community Center rental fee for the Hammock Garden Club</b>
P Councilwoman Oakhurst moved to waive the rental fee for the Garden Club's plant sale on April 14, second by Councilman Farraday.
P The MOTION CARRIED 5-0.
H 10. OFFICER REPORTS
P <b>A. City Clerk</b>
P City Clerk Quill reminded the Council that financial disclosure forms are due by July 1.
P <b>B. City Attorney</b>
P City Attorney Lachance had no report.
P <b>C. City Manager</b>
P City Manager Brandt reported that the water plant expansion was on schedule and that the Public Works yard would hold its spring clean-up day on March 31.
H 11. QUESTIONS FROM PRESS
P There were no questions from the press.
H 12. CITIZEN COMMENTS
P Cecilia Aranda, 2207 Heron Drive, thanked the Council for discussing the skate park sites.
H 13. ADJOURN
P There being no further business to discuss, Councilman Melendez moved to adjourn. The meeting adjourned at 8:41 p.m.
S 12
P Minutes submitted by:
P Bernadette Quill, City Clerk
S 18
P ATTEST: _______________________ APPROVED: _______________________
P Bernadette Quill, City Clerk Delphine Arceneaux, Mayor
