@title Monthly Meeting of Council 21 March 2016 - Agenda and Reports
@font Helvetica
@fontsize 10.5
@footer Back to Agenda || {page}
HC DRUMCARRIG AND LISNAVEIGH BOROUGH COUNCIL
C Drumcarrig Civic Centre, 14 Market Street, Drumcarrig BT79 9QA
S 4
C 18 March 2016
S 6
P Dear Alderman / Councillor
P You are hereby requested to attend the MONTHLY MEETING of DRUMCARRIG AND LISNAVEIGH BOROUGH COUNCIL which will be held as follows:
G Date: | Monday 21 March 2016
G Time: | 6.30 pm
G Venue: | Council Chamber, Drumcarrig Civic Centre
P Yours sincerely
S 10
P Declan Rafferty
P Chief Executive
S 8
HC A G E N D A
R 1 | <b>APOLOGIES</b>
R 2 | <b>COUNCIL MINUTES</b>
R 2.1 | To confirm and sign Minutes of the Council Meeting held on 22 February 2016.
R 3 | <b>DECLARATIONS OF INTEREST</b>
R 4 | <b>CHIEF EXECUTIVE'S REPORT</b>
R 4.1 | Consultation by the Department for Infrastructure on the A29 Drumcarrig Bypass (verbal update)
R 4.2 | Lisnaveigh Greenway – Phase 2 Funding Offer (Report C-16-13 attached)
R 5 | <b>SCHEDULE OF CORRESPONDENCE</b> (Report C-16-14 attached)
R 6 | <b>SCHEDULE OF DOCUMENTS REQUIRING CORPORATE SEAL</b> (Report C-16-15 attached)
R 7 | <b>NOTICES OF MOTION</b>
R 7.1 | NOTICE OF MOTION: in relation to rural broadband Proposed by Alderman McIlwaine Seconded by Councillor Devlin and set out in the schedule attached.
R 8 | <b>COMMITTEE MINUTES</b>
R 8.1 | To approve and adopt the Minutes of the Environmental Services Committee meeting held on 1 March 2016 (copy attached).
R 8.2 | To approve and adopt the Minutes of the Leisure and Community Services Committee meeting held on 7 March 2016 (to follow).
S 4
P <b>***ITEM 9 IN CONFIDENCE***</b>
R 9 | <b>TENDER FOR THE SUPPLY OF REFUSE COLLECTION VEHICLES</b> (Report to follow)
PB
P <b>Agenda Item 4.2</b>
P Report C-16-13
T Report to: | Council
T Date of Meeting: | 21 March 2016
T Subject: | Lisnaveigh Greenway – Phase 2 Funding Offer
T Reporting Officer (Including Job Title): | Aine Corrigan, Director of Regeneration
T Contact Officer (Including Job Title): | Mark Tolan, Greenways Project Officer
T Is this report restricted for confidential business? | No
H 1.0 Purpose and Background
P 1.1 The purpose of this report is to inform Members of a letter of offer received from the Department for Infrastructure for Phase 2 of the Lisnaveigh Greenway, between Ballyshane and Tullyroe, and to seek approval to accept it.
P 1.2 Phase 1 of the Greenway opened in September 2015 and has recorded more than 41,000 trips.
H 2.0 Key Issues
P 2.1 The letter of offer is for £1.26m, being 75% of the eligible costs. The remaining £420,000 is included in the Council's capital programme for 2016/17.
P 2.2 Works must be completed by 31 March 2018.
H 3.0 Recommendation
P 3.1 That the Council accepts the letter of offer from the Department for Infrastructure for Phase 2 of the Lisnaveigh Greenway.
H 4.0 Resource Implications
P 4.1 Match funding of £420,000 has been provided for in the capital programme.
H 5.0 Equality and Good Relations Implications
P 5.1 The project has been screened and no adverse impacts were identified.
PB
P <b>Agenda Item 5</b>
P Report C-16-14
T Report to: | Council
T Date of Meeting: | 21 March 2016
T Subject: | Schedule of Correspondence
T Reporting Officer (Including Job Title): | Declan Rafferty, Chief Executive
T Contact Officer (Including Job Title): | Grainne Lavery, Democratic Services Manager
T Is this report restricted for confidential business? | No
H 1.0 Purpose and Background
P 1.1 To present to Members the correspondence received since the last meeting of the Council, as listed in the schedule at Appendix 1.
H 2.0 Key Issues
P 2.1 The schedule includes letters from the Northern Ireland Housing Executive about the Tullyroe estate, from the Fire and Rescue Service about the new Drumcarrig station and from two community associations seeking the use of Council land for summer events.
H 3.0 Recommendation
P 3.1 That the correspondence be noted, and that the requests for the use of Council land be referred to the Leisure and Community Services Committee.
PB
P <b>Agenda Item 6</b>
P Report C-16-15
T Report to: | Council
T Date of Meeting: | 21 March 2016
T Subject: | Schedule of Documents Requiring Corporate Seal
T Reporting Officer (Including Job Title): | Declan Rafferty, Chief Executive
T Contact Officer (Including Job Title): | Grainne Lavery, Democratic Services Manager
T Is this report restricted for confidential business? | No
H 1.0 Purpose and Background
P 1.1 The documents listed below require the Corporate Seal of the Council to be affixed.
G (i) | Lease of the Old Courthouse, Main Street, Ballyshane to Ballyshane Arts Collective
G (ii) | Deed of dedication, Lisnaveigh Greenway Phase 1 land at Drumagh
H 2.0 Recommendation
P 2.1 That the Corporate Seal be affixed to the documents listed.
PB
HC DRUMCARRIG AND LISNAVEIGH BOROUGH COUNCIL
HC ENVIRONMENTAL SERVICES COMMITTEE
C Minutes of the meeting of the Environmental Services Committee held in the Council Chamber, Drumcarrig Civic Centre on Tuesday 1 March 2016 at 7.00 pm
G PRESENT: | In the Chair: Councillor P Devlin
G | Members: Alderman J McIlwaine, Alderman R Gault, Councillor S Breen, Councillor C Hanna, Councillor M Keenan, Councillor T O'Hagan and Councillor L Rooney
G Officers in Attendance: | Director of Environmental Services (Mr K McConville), Head of Waste Management (Ms D Quinn), Democratic Services Officer (Mrs S Mulholland)
H 1. APOLOGIES
P Apologies were received from Councillor F Mallon.
H 2. DECLARATIONS OF INTEREST
P Councillor L Rooney declared an interest in item 5 as a member of the Tullyroe Residents' Association.
H 3. BUSINESS OF THE CHAIR
P The Chair, Councillor Devlin, congratulated the Waste Management team on achieving a recycling rate of 51% for the third quarter.
H 4. NORTHERN IRELAND WATER – SEWER UPGRADE, MAIN STREET, BALLYSHANE
P The Director of Environmental Services reported on the programme of works and the proposed traffic management. Alderman McIlwaine asked that traders be given at least four weeks' notice of any road closure.
P It was agreed that the report be noted and that NI Water be asked to meet traders before the works begin.
H 5. DOG CONTROL ORDERS – TULLYROE PLAYING FIELDS
P Having declared an interest, Councillor Rooney left the meeting during consideration of this item. The Head of Waste Management presented the results of the consultation on extending the dog exclusion area.
P Proposed by Alderman Gault
P Seconded by Councillor Breen and
P <b>AGREED TO RECOMMEND:</b> that the Dog Exclusion Order be extended to include the new playing pitches at Tullyroe.
H 6. CHRISTMAS AND NEW YEAR BIN COLLECTIONS – REVIEW
P The Head of Waste Management reported that 97% of collections over the holiday period had been made on the revised days. Councillor Hanna asked that the revised calendar be posted to households earlier next year.
P It was agreed that the revised calendar be issued by 1 December each year.
H 7. CORRESPONDENCE
P The Committee noted a letter from the Department of Agriculture, Environment and Rural Affairs on the 2016/17 waste grant.
H 8. ANY OTHER BUSINESS
P Councillor Keenan raised the condition of the recycling bring site at Drumagh car park, and the Director undertook to arrange additional collections.
P The meeting concluded at 8.10 pm.
