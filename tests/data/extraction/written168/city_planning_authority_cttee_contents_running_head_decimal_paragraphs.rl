@title Minutes - Planning Authority Committee - 3 March 2011
@font Times-Roman
@fontsize 10
@numcol 14
@header_first KELLAWAY CITY COUNCIL
@header PAGE {page}||Minutes of Planning Authority Committee meeting on 3 March 2011
HC MINUTES OF THE PLANNING AUTHORITY COMMITTEE OF KELLAWAY CITY COUNCIL MEETING IN THE COUNCIL CHAMBERS ON THURSDAY 3 MARCH 2011 AT 11:00AM
S 10
G <b>Item</b> | <b>Page No.</b>
R 1.0 | APOLOGIES ....................................................................................................... 2
R 2.0 | DECLARATIONS OF INTEREST ............................................................................ 2
R 3.0 | CONFIRMATION OF MINUTES ............................................................................. 2
R 4.0 | DELEGATED APPROVALS ................................................................................... 2
R 5.0 | DEVELOPMENT REPORTS .................................................................................. 2
R 5.1 | PA2011.0007 Residential (two multiple dwellings) - 14 Harbour View Road, Kellaway East ......... 2
R 5.2 | PA2011.0011 Subdivision (boundary adjustment) - 3 and 5 Currawong Street, Kellaway ............. 3
R 5.3 | PA2011.0015 Signage - 88 Ransley Street, Kellaway ........................................................... 3
R 5.4 | PA2010.0198 Visitor Accommodation - Request for extension of permit - 41 Lakeside Road, Tarrow ... 3
R 6.0 | CLOSURE ......................................................................................................... 3
S 14
I The recommendations in these minutes were considered at a meeting held in public. Copies of the reports referred to are held by the Executive Officer and may be inspected during office hours.
PB
P Minutes of a meeting of the Kellaway City Council's Planning Authority Committee held in the Council Chambers, Rossiter Way, Kellaway on Thursday, 3 March 2011 commencing at 11:00am.
H PRESENT
T <b>Name</b> | <b>Present</b> | <b>Apology</b>
T Ald R T Vanstone (Mayor) | Chairman |
T Ald J L Fogarty | Yes |
T Ald K Lenihan | Yes |
T Ald P J Petrakis | Yes |
T Ald M Quarrell | | Apology
T Ald B Reeve | Yes |
H IN ATTENDANCE
P General Manager (D Prowse); Executive Manager City Growth (K Ostler); Planning Coordinator (M Yuen); Executive Officer (T Barr)
R 1.0 | APOLOGIES
P An apology was received from:
G Ald M Quarrell | Apology
R 2.0 | DECLARATIONS OF INTEREST
P Ald P J Petrakis declared an interest in item 5.2 as the owner of an adjoining property.
R 3.0 | CONFIRMATION OF MINUTES
P Ald Reeve moved and Ald Fogarty seconded "That the minutes of the Planning Authority Committee meeting held on 7 February 2011 be confirmed as a true record."
P CARRIED UNANIMOUSLY
R 4.0 | DELEGATED APPROVALS
P Ald Fogarty moved and Ald Lenihan seconded "That the list of development applications approved under delegated authority from 1 February 2011 to 25 February 2011 be received."
P CARRIED UNANIMOUSLY
R 5.0 | DEVELOPMENT REPORTS
R 5.1 | PA2011.0007 Residential (two multiple dwellings) - 14 Harbour View Road, Kellaway East
P The Planning Coordinator presented the report, the main points of which were:
P 5.1.1 The application seeks approval for two single storey units behind the existing dwelling, with a shared driveway of 3.6 metres along the western boundary.
P 5.1.2 The land is zoned Residential under the Kellaway Planning Scheme 2009. Multiple dwellings are discretionary where the site area per dwelling is less than 450 square metres; the site area here is 398 square metres for each unit.
P 5.1.3 Four representations were received during the advertising period. They raised overlooking of the rear yards in Tern Street, stormwater discharge onto the lower lots and the number of vehicle movements on the driveway. Two of the representors also asked that the street tree in front of the site be kept.
P 5.1.4 The applicant has amended the plans to raise the sill height of the two western bedroom windows to 1.7 metres and to provide an on-site detention tank connected to the public main in Harbour View Road. The City's engineers are satisfied that the tank will keep discharge at or below the pre-development flow, and recommend a condition that the tank be installed and certified before the first unit is occupied. A landscaping plan showing a row of screening shrubs along the Tern Street boundary has also been provided, and the driveway is to be sealed and drained to the detention tank so that no run-off reaches the Tern Street lots below. The amended plans were readvertised and no further representations were received in the second period.
P 5.1.5 On balance the proposal meets the performance criteria for site coverage, privacy and access, and approval is recommended subject to conditions.
P Mr G Halloran, the applicant's agent, addressed the Committee in support of the application. Ms R Duthie, a neighbour in Tern Street, spoke against the application and asked that a solid screen fence be required on the western boundary.
P Ald Lenihan moved and Ald Reeve seconded "That, pursuant to the Land Use Planning and Approvals Act 1993 and the Kellaway Planning Scheme 2009, Council approve application PA2011.0007 and grant a permit for Residential (two multiple dwellings) at 14 Harbour View Road, Kellaway East, subject to the conditions in the report and an additional condition requiring a 1.8 metre solid fence on the western boundary."
G <b>For</b> | <b>Against</b>
G Ald Fogarty | Ald Petrakis
G Ald Lenihan |
G Ald Reeve |
G Ald Vanstone |
P CARRIED
R 5.2 | PA2011.0011 Subdivision (boundary adjustment) - 3 and 5 Currawong Street, Kellaway
P Ald Petrakis left the meeting at 11.41am.
P The Planning Coordinator presented the report. The adjustment would move the common boundary 4 metres to the south so that an existing carport is wholly within lot 3; the residual area of lot 5 would be 412 square metres, below the acceptable solution of 450 square metres.
P Ald Reeve moved and Ald Vanstone seconded "That Council approve application PA2011.0011 for a boundary adjustment at 3 and 5 Currawong Street, Kellaway, subject to the conditions in the report."
G <b>For</b> | <b>Against</b>
G Ald Reeve | Ald Fogarty
G Ald Vanstone | Ald Lenihan
P The Chairman did not exercise a casting vote and the motion was LOST.
P Ald Petrakis returned to the meeting at 11.52am.
R 5.3 | PA2011.0015 Signage - 88 Ransley Street, Kellaway
P The Planning Coordinator advised that the applicant had asked for time to submit revised drawings of the illuminated sign. Consideration of this item was deferred to the next meeting.
R 5.4 | PA2010.0198 Visitor Accommodation - Request for extension of permit - 41 Lakeside Road, Tarrow
P Ald Fogarty moved and Ald Lenihan seconded "That Council grant a two year extension of permit PA2010.0198 for Visitor Accommodation at 41 Lakeside Road, Tarrow, to 14 April 2013."
P CARRIED UNANIMOUSLY
R 6.0 | CLOSURE
P There being no further business the Chairman declared the meeting closed at 12.06pm.
