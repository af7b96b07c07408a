@title Governing Board Minutes March 28, 2006
@font Times-Roman
@fontsize 11
@footer Governing Board Meeting March 28, 2006 || Page {page} of 3
HC MINUTES OF THE MEETING
C Governing Board
C Coquina Basin Water Management District
C Sabal Bay, Florida
C March 28, 2006
S 6
P The Governing Board of the Coquina Basin Water Management District (CBWMD) met at 9:00 a.m. on March 28, 2006, at the Palm Hollow Service Office. The following persons were present:
H Board Members Present
G Lorraine T. Vickery, Chair | Benito F. Ruelas, Member
G Desmond R. Pyle, Vice Chair | Margaret E. Tolliver, Member
G Howard K. Mabry, Secretary | Priya N. Ramaswamy, Member
G Celia A. Ostrowski, Treasurer |
H Staff Members Present
G Gordon P. Hensley, Executive Director | Alan D. Purvis, Deputy Executive Director
G Rebecca M. Sayles, General Counsel | Theresa K. Nolan, Deputy Executive Director
H Recording Secretary
P Jolene F. Marsh, Senior Administrative Assistant
H Board Members Absent
P Wendell J. Crouse
P A list of others present who signed the attendance roster is filed in the permanent files of the District. Approved minutes from previous meetings can be found on the District's Web site (www.coquinabasin.state.fl.us).
H Public Hearing
P <b>1. Call to Order</b>
P Chair Vickery called the meeting to order and opened the public hearing. Mr. Mabry noted a quorum was present.
P <b>2. Pledge of Allegiance and Invocation</b>
P Chair Vickery led the Pledge of Allegiance to the Flag of the United States of America. Mr. Ruelas offered the invocation.
P Chair Vickery noted that this Governing Board meeting was being broadcast to the Lake Orvis and Mangrove Point Service Offices using the video conferencing system.
P <b>3. Additions/Deletions to Agenda</b>
P Mr. Hensley stated that Item 11, Contract for Aerial Photography Services, has been withdrawn by staff for further review, and that a revised exhibit for Item 9 was distributed to the Board this morning. Ms. Tolliver moved, seconded by Mr. Pyle, for approval of the agenda as amended. Motion carried unanimously.
P <b>4. Public Input for Issues Not Listed on the Published Agenda</b>
P Mr. Curtis Laidlaw, representing the Lake Orvis Shores Homeowners Association, addressed the Board regarding low water levels in Lake Orvis and asked that the District consider the lake for its minimum flows and levels priority list. Chair Vickery thanked Mr. Laidlaw and asked staff to provide him with the current schedule.
H Consent Agenda
P Ms. Ostrowski moved, seconded by Mr. Mabry, for approval of the Consent Agenda, Items 5 through 8. Motion carried unanimously.
P <b>5. Approve Minutes of the February 28, 2006 Governing Board Meeting</b>
P Staff recommended the Board approve the minutes as presented. This item was approved on consent.
P <b>6. Cooperative Funding Agreement with the City of Palm Hollow for the Westside Reclaimed Water Transmission Main</b>
P Staff recommended the Board approve the agreement in an amount not to exceed $1,240,000, to be funded from the Peace Creek Basin Board budget. This item was approved on consent.
P <b>7. Acceptance of Conservation Easement – Tract 21-404-118C, Marsh Hen Slough</b>
P Staff recommended the Board accept the conservation easement at no cost to the District. This item was approved on consent.
P <b>8. Budget Transfer Report</b>
P Staff recommended the Board approve the budget transfers covering the month of February 2006. This item was approved on consent.
H Regulation Committee
P <b>9. Consider Water Use Permit No. 20 011482.003 – Halvorsen Citrus Holdings, Okeela County</b>
P Mr. Purvis presented the staff recommendation to issue the permit for a reduced quantity of 1,450,000 gallons per day, annual average, with a special condition requiring quarterly reporting of the Floridan aquifer levels at two monitor wells. He explained that the revised exhibit reflected the reduced quantity agreed with the applicant last week.
P Mr. Gil Dalby, attorney for the applicant, stated that the applicant accepts the staff recommendation. Ms. Ramaswamy asked whether the monitor wells would be installed at the applicant's expense, and Mr. Purvis confirmed that they would.
P Mr. Pyle moved, seconded by Ms. Ramaswamy, to approve the staff recommendation. Motion carried 5 to 1, with Mr. Ruelas voting no.
P <b>10. Environmental Resource Permit Enforcement – Consent Order, Gatlin Shell Pit, Inc.</b>
P Ms. Sayles explained that the proposed consent order requires the respondent to pay a civil penalty of $18,500 and to restore 3.2 acres of wetland within 180 days. Ms. Tolliver moved, seconded by Mr. Mabry, to approve the consent order. Motion carried unanimously.
H Finance and Administration Committee
P <b>11. Contract for Aerial Photography Services</b>
P This item was withdrawn from the agenda.
P <b>12. Fiscal Year 2007 Budget Development Schedule</b>
P Ms. Nolan presented the proposed schedule for development of the fiscal year 2007 budget, including Basin Board budget workshops in May and the tentative budget hearing on September 12, 2006. The Board received and noted the schedule.
P <b>13. Investment Report – Quarter Ended December 31, 2005</b>
P Ms. Nolan reported that the District's portfolio earned an average yield of 3.9 percent for the quarter. Ms. Ostrowski moved, seconded by Mr. Mabry, to accept the report. Motion carried unanimously.
H Reports
P <b>14. General Counsel's Report</b>
P Ms. Sayles reported on the status of the administrative challenge to the Sawgrass Mine permit and stated that a hearing has been scheduled for May 15, 2006.
P <b>15. Executive Director's Report</b>
P Mr. Hensley reported that rainfall for the month was 1.2 inches below normal and that the water shortage advisory for the southern counties remains in effect. He thanked staff for their work on the Lake Orvis public workshop.
P <b>16. Chair's Report</b>
P Chair Vickery announced that she had appointed Ms. Ramaswamy as the Board's liaison to the Agricultural Advisory Committee. She reminded members that the next Governing Board meeting will be held on April 25, 2006, in Sabal Bay.
H Adjournment
P The meeting adjourned at 11:42 a.m.
S 18
G Lorraine T. Vickery, Chair | Attest: Howard K. Mabry, Secretary
