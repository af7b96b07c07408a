@title Amenities Committee 5 November 2013
@font Times-Roman
@fontsize 11
@header {page}
@pageoffset 70
@footer Signed ……………………………………… Chairman          Date ………………………
HC BRENSHAM &amp; UPCOTT TOWN COUNCIL
P A meeting of the AMENITIES Committee was held in the Council Chamber, 4 Heathfield Parade, Heathfield Way on TUESDAY the 5 November 2013 and commenced at 7.30 p.m.
G <b>PRESENT:</b> | Councillor Mrs M Quarrie (in the Chair)
G  | Councillor P Rusby
G  | Councillor F H Drane
G  | Councillor Mrs E Andrews
G  | Councillor F Rickard
G  | Councillor J Porter
G  | Councillor Mrs J M Richards (Chairman of Council)
G  | Councillor J C Small (V/Chairman of Council)
G Also in attendance: | Karen Whitlow, Town Clerk
G  | Denise Oram, Office Manager
P <b>APOLOGIES:</b> Councillor R Tilley.
H 217/13 DECLARATIONS OF INTEREST:
P Councillor Rickard declared a personal interest in minute 220/13 as an allotment tenant.
H 218/13 CLERKS REPORT:
P a. Minute 88/07 Creation of Maintenance Procedures. Nothing further to report.
P b. Minute 101/10 Remedial drainage work at Upcott Cemetery. The contractor has cleared the soakaway and the Clerk will report on its effect after the winter.
P c. Minute 102/10 Creation of a children’s area in Upcott Cemetery. The first burial in the new children’s area in the North Cemetery has taken place.
P d. Minute 269/11 Enhancement of Upcott Skatepark. The Youth Group will contact the Town Council when they are ready to proceed.
P e. Minute 183/12 Future of the Pavilion Building at the Recreation Ground. No further information.
P f. Minute 129/13 Christmas Carol Service. See Agenda item.
P The report was NOTED.
H 219/13 CORRESPONDENCE:
P a) A letter was received from the Brensham Allotment Association advising that they will not be applying for lottery funding in relation to the water troughs as they are likely to be unsuccessful for any project that could be the responsibility of the Council.
P continued…………………….
PB
P b) An email was received from the County Council’s rights of way officer confirming that the stile on footpath 14 behind the cemetery will be replaced with a kissing gate before Christmas.
H 220/13 TO CONSIDER ALLOTMENT MATTERS:
P <u>Water Supply</u>
P Investigations into the provision of a meter and standpipes are ongoing.
P <u>Allotment inspection</u>
P A further inspection took place in October and letters were sent to the tenants of six plots requiring attention. Councillor Rusby asked that tenants who do not respond be given notice. It was RESOLVED that the Clerk issue a notice to quit to any tenant whose plot is not cultivated by 31 January 2014.
H 221/13 TO CONSIDER THE CHRISTMAS CAROL SERVICE ARRANGEMENTS:
P The Town Clerk reported that the Salvation Army band had confirmed their attendance on Sunday 15 December at 4.00 p.m. It was RESOLVED to meet the cost of the band (£120) and of refreshments (£45).
H 222/13 TO CONSIDER QUOTATIONS FOR TREE WORKS AT UPCOTT CEMETERY:
P Three quotations had been circulated. Councillor Drane proposed that the lowest quotation, from Heathside Arboriculture at £1,640, be accepted; seconded by Councillor Mrs Andrews. RESOLVED.
H 223/13 TO CONSIDER THE ANNUAL SKATEPARK INSPECTION REPORT:
P Councillor Porter reported that the annual inspection had found two loose ramp panels and worn surfacing at the foot of the half-pipe. RECOMMENDED to Full Council that £800 be allocated from the Open Spaces reserve for the repairs.
H 224/13 TO RECEIVE THE QUARTERLY BUDGET MONITORING REPORT:
P The Office Manager presented the report, which showed expenditure at 58% of the annual budget at the half year. NOTED.
H 225/13 TO CONSIDER A REQUEST FOR A MEMORIAL BENCH AT THE RECREATION GROUND:
P A request had been received from the family of the late Mr G Hallett. It was RESOLVED to approve the request subject to the Council’s standard bench specification and a contribution of £650.
P continued…………………….
PB
H 226/13 TO CONSIDER THE DRAFT AMENITIES ESTIMATES 2014/15 AND MAKE A RECOMMENDATION TO THE FINANCE AND GENERAL PURPOSES COMMITTEE:
P The Town Clerk presented the draft estimates. Councillor Small asked whether cemetery fees could be increased; it was agreed to review fees at the January meeting. RECOMMENDED to the Finance and General Purposes Committee that the Amenities budget for 2014/15 be set at £96,400.
H 227/13 DATE OF NEXT MEETING:
P Tuesday 7 January 2014 at 7.30 p.m. in the Council Chamber.
P The meeting closed at 9.05 p.m.
