@title Environment Scrutiny Committee - Agenda - 17 November 2009
@font Times-Roman
@fontsize 11
@numcol 12
@footer ESC/091117/AG||Page {page}
HC OUSEMERE COUNTY COUNCIL
C ______
P AGENDA for a meeting of the <b>ENVIRONMENT SCRUTINY COMMITTEE</b> in the Council Chamber, County Hall, Hartsford on <b>TUESDAY 17 NOVEMBER 2009 AT 10.00 A.M.</b>
C ______
P <b>MEMBERS OF THE COMMITTEE (12) QUORUM 3</b>
P G E Ashdown, B M Calloway, M A Dorrell, P J Frayling (Vice-Chairman), S T Gedge, R W Hensby, A J Kitchiner, D L Mottram, C H Oldacre (Chairman), N P Rendall, V A Sillitoe, J K Ufton
P (J R Pennock substituting for M A Dorrell)
P N.B. Any member of the County Council may attend and speak at this meeting.
HC AGENDA
H AUDIO SYSTEM
P A hearing loop is fitted in the Council Chamber. Please ask at Main Reception if you would like to use a headset.
H PART 1 (PUBLIC) AGENDA
P The public and press are welcome to attend this part of the meeting. Any business which the Committee may need to take in private is listed under "Part II ('closed') agenda" at the end of this agenda.
H MINUTES [SC.8]
P To confirm the minutes of the Environment Scrutiny Committee meeting of 15 September 2009 (circulated previously), with one correction:
P In minute 6, for 'Members noted the closure of the Brackenmoor depot' read 'Members noted that the Brackenmoor depot was proposed for closure, subject to consultation with the staff affected'.
H PUBLIC PETITIONS [SC.11]
P A petition signed by at least 100 people who live, work or pay business rates in Ousemere may be presented to the Committee by a resident or local elector of the county, provided it concerns a matter within the Committee's remit. The lead petitioner may speak to the petition for up to three minutes but may not take any further part in the debate.
P Written notice of a petition must reach the County Secretary, County Hall, Hartsford, fourteen clear days before the meeting, or three clear days before it where the subject is already the subject of a report on the agenda.
P Mrs Ann Colley of Little Hensham has given notice that she will present a petition against the withdrawal of the Saturday journeys on bus route 417 (Little Hensham to Hartsford), which is the subject of item 3 below.
R 1. | <b>FLOOD RISK MANAGEMENT: PROGRESS ON SURFACE WATER MANAGEMENT PLANS</b><br/>Report of the Director of Environment<br/>Members are invited to comment on progress with the surface water management plans for Hartsford, Stowmere and the Lower Ouse villages, and on the draft protocol for joint working with the district councils and the Environment Agency.
R 2. | <b>HOUSEHOLD WASTE RECYCLING CENTRES: REVISED OPENING HOURS</b><br/>Report of the Director of Environment<br/>To scrutinise the proposal to close the four smaller recycling centres on Wednesdays and Thursdays from April 2010, before it is considered by the Cabinet Member for Environment on 1 December 2009.
R 3. | <b>RURAL BUS SERVICES: REVIEW OF SUPPORTED ROUTES</b><br/>Report of the Director of Highways and Transport<br/>The Committee is asked to consider the outcome of the review of supported bus routes and the criteria proposed for the award of contracts from September 2010. The Cabinet Member for Highways and Transport, County Councillor K S Blackmore, has been invited to attend for this item.
R 4. | <b>STREET LIGHTING: PART-NIGHT LIGHTING TRIAL</b><br/>Joint report of the Director of Highways and Transport and the Head of Sustainability<br/>To receive the results of the six-month part-night lighting trial in Stowmere and Fennick Green and to recommend whether the scheme should be extended to other towns.
R 5. | <b>SCRUTINY TOPIC GROUP: HIGHWAY VERGE MAINTENANCE – FINAL REPORT</b><br/>Report of the Chairman of the Topic Group<br/>To consider the final report and recommendations of the topic group and to agree that they be forwarded to the Cabinet.
R 6. | <b>SCRUTINY WORK PROGRAMME 2009 – 2011</b><br/>Report of the Head of Scrutiny
R 7. | <b>OTHER PART I BUSINESS</b><br/>Such other Part I Business which, if the Chairman agrees, is of sufficient urgency to warrant consideration.
H ITEMS FOR REPORT TO THE COUNCIL [SC.7 (2)]
P To agree items for inclusion in the Committee's report to Council.
H PART II ('CLOSED') AGENDA
H EXCLUSION OF PRESS AND PUBLIC
P No confidential business has been notified for this meeting. Should any arise, the Chairman will move:-
P "That under Section 100(A)(4) of the Local Government Act 1972 the press and public be excluded for the following item(s) because of the likely disclosure of exempt information falling within paragraph … of Part 1 of Schedule 12A to the Act."
P If you require further information about this agenda please contact Lorraine Quartey, Democratic Services Officer, on telephone no. 01632 960218 or e-mail lorraine.quartey@ousemere.gov.uk
P KATHRYN PEVERELL
P COUNTY SECRETARY
