@title Board Minutes September 25 2012
@font Times-Roman
@fontsize 11
@header RDKI Board Minutes||September 25, 2012 Page {page}
@header_first  
HC REGIONAL DISTRICT OF KESTREL INLET
HC MINUTES OF THE REGULAR MEETING OF THE BOARD<br/>OF THE REGIONAL DISTRICT OF KESTREL INLET HELD ON<br/>TUESDAY, SEPTEMBER 25, 2012, AT 7:00 PM IN THE<br/>RDKI BOARD CHAMBERS
S 8
P Present:
G Director M. Okonkwo | Chairperson
G Director R. Feltham | Electoral Area A
G Director J. Stroud | Electoral Area C
G Alternate<br/>Director P. Varnes | Electoral Area D
G Director T. Gillanders | Electoral Area E
G Director S. Marchuk | Electoral Area F
G Director K. Ostergaard | District of Ferncliff
G Director G. Fairbairn | Town of Lyall Beach
G Director D. Kerrigan | City of Port Anselm
G Director L. Sherwood | City of Port Anselm
G Director A. Pannu | City of Port Anselm
G Director W. Tisdale | City of Port Anselm
P Also in Attendance:
G N. Reddy | Chief Administrative Officer
G B. Tollefson | Sr. Mgr., Corporate Administration
G C. Abernathy | Gen. Mgr., Strategic &amp; Community Development
G E. Morrow | Recording Secretary
H CALL TO ORDER
P The Chairperson welcomed Alternate Director Varnes to the meeting and noted that Director Okonkwo would vote on behalf of Electoral Area B.
H DELEGATIONS
P Hugh Benning, re Cedar Flats Road Drainage.
P Mr. Benning asked the Board to press the Ministry of Transportation and Infrastructure to replace the culvert under Cedar Flats Road, which had flooded four properties in each of the last three winters.
H BOARD MINUTES
P MOVED Director Sherwood, SECONDED Director Fairbairn, that the minutes of the regular Board meeting held September 11, 2012 be adopted.
P CARRIED
H COMMUNICATIONS/CORRESPONDENCE
P Terry Alcott, Port Anselm Harbour Authority, re Breakwater Lighting.
P MOVED Director Kerrigan, SECONDED Director Stroud, that the correspondence from the Port Anselm Harbour Authority with respect to lighting on the north breakwater be received.
P CARRIED
P Minister of Community, Sport and Cultural Development, re Gas Tax Agreement.
P MOVED Director Marchuk, SECONDED Director Gillanders, that the correspondence from the Minister of Community, Sport and Cultural Development regarding the renewal of the Gas Tax Agreement be received.
P CARRIED
H BYLAWS – FOR ADOPTION
P Bylaw No. 1655.01 – Ferncliff Fire Protection Service Area Amendment.
P MOVED Director Ostergaard, SECONDED Director Feltham, that "Ferncliff Fire Protection Service Area Amendment Bylaw No. 1655.01, 2012" be adopted.
P CARRIED
H COMMITTEE OF THE WHOLE
P MOVED Director Pannu, SECONDED Director Tisdale, that the minutes of the Committee of the Whole meeting held September 11, 2012 be received for information.
P CARRIED
P Regional Growth Strategy – Five Year Review.
P MOVED Director Pannu, SECONDED Director Tisdale, that the Board direct staff to begin the five year review of the Regional Growth Strategy and to report back with a work plan and budget by December 2012.
P CARRIED
H ELECTORAL AREA PLANNING COMMITTEE
P Development Variance Permit Application No. 90712 – Hawksworth – 2290 Seabright Road – Area E.
P MOVED Director Gillanders, SECONDED Director Marchuk, that Development Variance Permit Application No. 90712 to reduce the front lot line setback from 8.0 metres to 2.5 metres be approved.
P Opposed (4): Director Feltham, Director Stroud, Director Varnes and Director Okonkwo
P DEFEATED
H ADMINISTRATOR'S REPORTS
P Arrowhead Fire Hall – Tender Award.
P MOVED Director Ostergaard, SECONDED Director Feltham, that the Board award the contract for the Arrowhead Fire Hall addition to Tidewater Builders Ltd. in the amount of $1,384,600.
P Director Kerrigan asked that the award wait until the fire chiefs had reviewed the revised floor plan.
P MOVED Director Kerrigan, SECONDED Director Sherwood, that the tender award for the Arrowhead Fire Hall addition be deferred to the October 9, 2012 Board meeting.
P CARRIED
H NEW BUSINESS
P Director Fairbairn's motion on a regional noise control bylaw was deferred to the October 9, 2012 Board meeting at her request.
H NOTICE OF MOTION
P Director Tisdale withdrew the notice of motion she had given at the September 11, 2012 meeting regarding the sale of the Parkhurst Road works yard.
H IN CAMERA
P MOVED Director Sherwood, SECONDED Director Pannu, that pursuant to Section 90(1)(e) and (g) of the Community Charter the Board proceed to an In Camera meeting to consider items related to land and legal matters.
P CARRIED
H ADJOURNMENT
P MOVED Director Stroud, SECONDED Director Pannu, that this meeting terminate.
P CARRIED
P TIME: 8:41 PM
S 24
G ___________________________ | ___________________________
G CHAIRPERSON | SR. MGR., CORPORATE ADMINISTRATION
