@title Planning and Highways Committee 16.07.19
@font Helvetica
@fontsize 11
@numcol 9
@footer {page}
@header_first BRINKHAVEN CITY COUNCIL
P At a meeting of the PLANNING AND HIGHWAYS COMMITTEE held in COMMITTEE ROOM 2 of the CIVIC CENTRE on TUESDAY 16TH JULY, 2019 at 5.30 p.m.
S 6
P Present:-
P Councillor Dobbing in the Chair.
P Councillors Aske, Bewley, Cathcart, Hedley, Lumsden, McArdle, Noble, Rennison and Scurr.
P Also Present:-
P Councillor Vasey (Gullhaven Ward)
S 6
H Declarations of Interest
P Councillor Bewley declared a personal interest in application 19/00841/FUL &#8211; 27 Ropery Bank as he was acquainted with the objector, and left the meeting during its consideration.
H Apologies for Absence
P Apologies for absence were submitted on behalf of Councillors Frain, Gallon, Oxley and Trotter.
H Minutes of the last meeting of the Committee held on 18th June, 2019.
R 1. | RESOLVED that the minutes of the last meeting of the Committee held on 18th June, 2019 be confirmed and signed as a correct record.
H Reports of the meetings of the Development Control (North) Sub Committee held on 3rd and 24th June, 2019
P The reports of the meetings of the Development Control (North) Sub Committee held on 3rd and 24th June, 2019 (copies circulated) were submitted.
P (For copy reports &#8211; see original minutes)
R 2. | RESOLVED that the reports be received and noted.
H Objection to the Traffic Regulation Order for the Proposed Residents' Parking Scheme, Ashlea Terrace and Linnet Street
P The Executive Director of City Development submitted a report (copy circulated) which set out an objection received to the proposed Traffic Regulation Order and sought approval to implement the scheme as advertised.
P (For copy report &#8211; see original minutes)
P Mr Neil Carrow, Principal Engineer, presented the report and advised that the objector, a business owner on Linnet Street, was concerned about the loss of short stay parking for customers. A one hour free bay had been retained outside the shop parade in response.
P Councillor Vasey, ward member, spoke in support of the scheme, which had been requested by residents for several years.
R 3. | RESOLVED that the objection be not upheld and the Traffic Regulation Order be implemented as advertised.
H Applications made under the Town and Country Planning Acts and Regulations made thereunder
P The Executive Director of City Development submitted a report and supplementary report (copies circulated) relating to the Brinkhaven area, copies of which had also been forwarded to each Member of the Council, upon applications made thereunder.
P (For copy reports &#8211; see original minutes)
H 19/00702/FUL &#8211; Erection of 48 No. apartments with associated car parking, landscaping and public realm works &#8211; Land at Kittiwake Quay, Brinkhaven, BH3 1QA
P Ms Lorna Teasdale, Development Control Manager, presented the report and advised that the applicant had agreed to increase the affordable housing provision to 15%.
P Mr Derek Robley addressed the Committee in objection on behalf of residents of Kittiwake Court, raising concerns about the height of the building and the loss of views of the river. Mr Anil Varma, agent for the applicant, responded.
R 4. | RESOLVED that the application be approved subject to the completion of a Section 106 agreement and to the conditions set out in the report and supplementary report.
H 19/00841/FUL &#8211; Change of use from dwellinghouse (Class C3) to house in multiple occupation for 7 No. persons (Sui Generis) &#8211; 27 Ropery Bank, Brinkhaven, BH2 6TR
P Ms Teasdale advised that the application was recommended for approval as the proposal accorded with the adopted Houses in Multiple Occupation Supplementary Planning Document.
P Councillor Aske stated that there was already a high concentration of houses in multiple occupation in the Ropery Bank area and moved that the application be refused. The motion was seconded by Councillor Hedley.
P Upon being put to the vote, the motion was carried with 6 Members voting in favour and 3 against.
R 5. | RESOLVED that the application be refused for the reason that the proposal would result in an over-concentration of houses in multiple occupation, to the detriment of the character of the area and the amenity of neighbouring residents, contrary to policy H5 of the Core Strategy and Development Plan.
H 19/00917/LBC &#8211; Replacement of timber windows with uPVC windows &#8211; 4 Custom House Row, Brinkhaven, BH1 2EW
R 6. | RESOLVED that consideration of the application be deferred to allow a site visit to take place.
H Items for Information
P The Executive Director of City Development submitted a schedule of items for information (copy circulated).
P (For copy schedule &#8211; see original minutes)
R 7. | RESOLVED that the items for information be received and noted.
H Appeals Determined
P The Executive Director of City Development submitted a report (copy circulated) on appeals determined since the last meeting.
P Councillor Noble welcomed the dismissal of the appeal at Moor Edge Farm and asked that the Committee's thanks be passed to the officers who had prepared the Council's case.
R 8. | RESOLVED that the report be received and noted.
H Retirement of the Principal Planner
P The Chairman informed the Committee that Mrs Wendy Gaskin, Principal Planner, would be retiring at the end of the month after 31 years' service with the Council. Members joined the Chairman in thanking Mrs Gaskin for her contribution and wished her a long and happy retirement.
S 10
P (Signed) D. DOBBING,
P Chairman.
