@title Technical & Environmental Services 03.11.09
@font Times-Roman
@fontsize 11
@header Technical & Environmental Services : 03.11.09||Some information is excluded under FOI
@footer {page}
@pageoffset 1186
HC BALLYQUORRAN BOROUGH COUNCIL
P <b>Minutes</b> of the proceedings of the Technical &amp; Environmental Services Committee held, in committee, in the Linen Room, Civic Offices, Mill Street, Ballyquorran, BT29 4QX, on Tuesday, 3 November 2009, at 6.00 p.m.
G PRESENT: | Councillor J Kerrigan (in the chair)
G ALDERMEN: | W Dunseath MBE, Mrs R McAlinden MBE
G COUNCILLORS: | P Brannock, S Gilliland, D Harbinson, Mrs E Lavery, T McConkey
G IN ATTENDANCE: | Director of Technical &amp; Environmental Services, Building Control Manager, Client Manager, Acting Environmental Health Manager, Operational Services Manager and Assistant Members' Services Officer
G APOLOGIES: | Apologies were received on behalf of Councillors Mrs A Corry and J Waddell
S 6
H <u>REPORT FROM BUILDING CONTROL MANAGER</u>
P (copy previously circulated)
H T&amp;ESC/2009/471 : SCHEDULE OF APPLICATIONS
P The Building Control Manager referred Members to the schedule of applications approved by the Building Control Service for the period 1 September 2009 to 30 September 2009. A total of 212 full plans and 96 building notices had been processed within the statutory period.
P Councillor Brannock asked whether the figures for October could be included at the next meeting as the schedule was now some weeks out of date. The Building Control Manager undertook to bring the October return to the December meeting.
P The schedule was noted.
H T&amp;ESC/2009/472 : DANGEROUS STRUCTURE – 14 MILLBRAE ROW, BALLYQUORRAN
P Members were advised that the gable wall of the vacant premises at 14 Millbrae Row had partially collapsed following the storm of 17 October 2009 and that the owner could not be traced. Temporary fencing had been erected under delegated authority.
P It was proposed by Alderman Dunseath, seconded by Councillor Harbinson and agreed that the Council serve notice under the Public Health Acts and carry out the works in default, the cost to be registered as a charge against the property.
H T&amp;ESC/2009/473 : ENERGY PERFORMANCE CERTIFICATES – ENFORCEMENT
P The Building Control Manager reported on the first six months of enforcement of the requirement for Energy Performance Certificates on the sale or letting of dwellings. Twenty-three warning letters had been issued and no penalty notices had yet been required.
P The report was noted.
H T&amp;ESC/2009/474 : STREET NAMING – LANDS AT ASHGROVE LANE
P An application had been received from Carrick Homes Ltd to name a new development of 38 dwellings at Ashgrove Lane. The developer's preferred name was "Willow Reach", with "Ashgrove Mews" as an alternative.
P Councillor Mrs Lavery stated that the local residents' association favoured a name which reflected the townland. It was proposed by Councillor Mrs Lavery, seconded by Councillor McConkey and agreed that the development be named Ashgrove Mews.
H T&amp;ESC/2009/475 : PROPERTY CERTIFICATES – FEES 2010/11
P Members considered a proposal to increase the fee for property certificates from £55 to £60 with effect from 1 April 2010, in line with neighbouring councils.
P AGREED to recommend that the fee for property certificates be increased to £60 from 1 April 2010.
H <u>REPORT FROM CLIENT MANAGER</u>
P (copy previously circulated)
H T&amp;ESC/2009/476 : REFUSE COLLECTION – CHRISTMAS ARRANGEMENTS
P The Client Manager outlined the collection arrangements for the Christmas and New Year period. Collections due on Friday 25 December and Friday 1 January would take place on the following Saturdays.
P It was agreed that the revised collection calendar be advertised in the local press and on the Council's website.
H T&amp;ESC/2009/477 : KERBSIDE RECYCLING – GLASS COLLECTION PILOT
P Members were reminded that a pilot kerbside glass collection had operated in the Cloverhill Park area since April 2009. The Client Manager reported a participation rate of 61% and recommended that the scheme be extended to a further 4,000 households from February 2010 at an estimated additional cost of £48,000 per annum.
P Councillor Gilliland expressed concern at the cost in the present financial climate and proposed that the matter be deferred until the rates estimates had been considered. This was not seconded.
P It was then proposed by Councillor Harbinson and seconded by Alderman Mrs McAlinden that the recommendation be adopted. On a vote being taken, 6 Members voted in favour and 2 against and the proposal was declared carried.
H T&amp;ESC/2009/478 : TENDER – SUPPLY OF WHEELED BINS 2010-2012
P Four tenders had been received for the supply of 140, 240 and 360 litre wheeled bins over a two year period. The lowest tender, from Polyform Containers Ltd, was £118,420.
P AGREED to recommend that the tender from Polyform Containers Ltd be accepted.
H T&amp;ESC/2009/479 : BULKY WASTE COLLECTIONS – PERFORMANCE
P The Client Manager reported that 1,146 bulky waste collections had been carried out in the first half of the year, with an average waiting time of six working days. Councillor McConkey welcomed the improvement on the previous year.
P Noted.
H T&amp;ESC/2009/480 : CIVIC AMENITY SITE, QUARRY LANE – OPENING HOURS
P Members considered a request from residents of Quarry Lane that the site close at 6.00 p.m. rather than 8.00 p.m. during the summer months. Alderman Dunseath suggested that usage figures for the evening period be obtained before any decision was taken.
P It was agreed that consideration of this matter be deferred to the January meeting to allow the usage figures to be presented.
H T&amp;ESC/2009/481 : LITTER PICK – SCHOOLS INITIATIVE
P The Client Manager reported that eleven primary schools had taken part in the autumn litter pick and that 2.3 tonnes of litter had been collected. Certificates would be presented to the schools by the Mayor.
P The report was noted.
H <u>REPORT FROM ACTING ENVIRONMENTAL HEALTH MANAGER</u>
P (copy previously circulated)
H T&amp;ESC/2009/482 : FOOD HYGIENE INSPECTIONS – QUARTERLY RETURN
P The Acting Environmental Health Manager presented the quarterly return for July to September 2009. Of the 184 programmed inspections, 179 had been completed and two premises had been served with hygiene improvement notices.
P Noted.
H T&amp;ESC/2009/483 : PETROLEUM (REGULATION) ACTS 1928 AND 1936 – LICENCE RENEWALS
P Applications had been received for the renewal of petroleum spirit licences at the following premises: Kilcroy Service Station, 2 Moss Road; Ballyquorran Filling Station, 118 Main Street; and Corrbeg Motors, 41 Cairnview Road.
P It was agreed that the licences be renewed for a period of one year.
H T&amp;ESC/2009/484 : DOG CONTROL – FIXED PENALTY NOTICES
P Members were advised that 27 fixed penalty notices had been issued for dog fouling since April 2009. Councillor Gilliland asked whether the dog wardens could patrol the riverside walk in the early morning. The Acting Environmental Health Manager agreed to review the patrol rota.
P The report was noted.
H T&amp;ESC/2009/485 : HOUSES IN MULTIPLE OCCUPATION – CONSULTATION ON REGISTRATION SCHEME
P The Department for Social Development had issued a consultation on the transfer of the registration scheme for houses in multiple occupation to district councils. A draft response had been prepared for Members' consideration.
P Councillor Mrs Lavery stated that the transfer should not proceed without full funding. It was proposed by Councillor Mrs Lavery, seconded by Councillor Brannock and agreed that the draft response be approved, subject to the inclusion of a paragraph on funding.
H T&amp;ESC/2009/486 : SEASONAL INFLUENZA – STAFF VACCINATION CLINICS
P The Acting Environmental Health Manager reported that vaccination clinics for front-line staff would be held at the Civic Offices and the Moss Road depot during November.
P Noted.
H T&amp;ESC/2009/487 : ENTERTAINMENTS LICENCE – THE CORN EXCHANGE, MARKET SQUARE
P An application had been received for the grant of an indoor entertainments licence for The Corn Exchange, Market Square, for a maximum of 350 persons. All inspections had been satisfactory and no objections had been received.
P It was proposed by Councillor Harbinson, seconded by Councillor McConkey and agreed that the licence be granted for a period of one year.
H <u>REPORT FROM OPERATIONAL SERVICES MANAGER</u>
P (copy previously circulated)
H T&amp;ESC/2009/488 : KILCROY CEMETERY – EXTENSION WORKS
P The Operational Services Manager reported that the drainage works for the extension to Kilcroy Cemetery had been completed at a cost of £63,900, within the approved budget. The first section of new plots would be available from January 2010.
P AGREED that the report be noted and that the new plots be made available from January 2010.
H T&amp;ESC/2009/489 : GRASS CUTTING CONTRACT 2010-2012
P Members were asked to approve the invitation of tenders for the grass cutting of Council open spaces for a further two years on the same specification as the current contract.
P AGREED to recommend that tenders be invited on the existing specification.
H T&amp;ESC/2009/490 : PUBLIC CONVENIENCES – VANDALISM
P The Operational Services Manager reported three incidents of vandalism at the public conveniences in Church Lane since the last meeting, with repair costs of £2,150. Alderman Mrs McAlinden asked whether CCTV coverage could be extended to the entrance.
P It was agreed that the Director obtain costs for the extension of CCTV coverage and report to the next meeting.
H T&amp;ESC/2009/491 : PLAY AREA INSPECTIONS
P The annual independent inspection of the Council's fourteen play areas had been completed. No high risk items had been identified and minor repairs were being carried out.
P Noted.
H T&amp;ESC/2009/492 : WINTER GRITTING – COUNCIL CAR PARKS
P Members considered arrangements for the gritting of Council car parks and the footways at the Civic Offices during the winter period, at an estimated cost of £4,800.
P It was agreed that the arrangements be approved.
H T&amp;ESC/2009/493 : VEHICLE REPLACEMENT PROGRAMME 2010/11
P The Operational Services Manager presented the proposed programme for the replacement of two refuse collection vehicles and one tipper lorry in 2010/11.
P Councillor McConkey asked that the specification include the most efficient engines available. It was proposed by Councillor McConkey, seconded by Councillor Gilliland and agreed to recommend that the programme be included in the capital estimates.
H <u>CORRESPONDENCE</u>
H T&amp;ESC/2009/494 : ROADS SERVICE – RESURFACING PROGRAMME 2009/10
P A letter had been received from Roads Service, Southern Division, setting out the resurfacing schemes to be carried out in the borough before 31 March 2010.
P Councillor Brannock asked that Roads Service be reminded of the poor condition of the Cairnview Road footway. The letter was noted.
H T&amp;ESC/2009/495 : NILGA – WASTE INFRASTRUCTURE SEMINAR
P Members were advised of a seminar on waste infrastructure to be held by the Northern Ireland Local Government Association at Carnbrae House on 26 November 2009.
P It was agreed that the Chairman and Vice-Chairman attend.
S 8
P There being no further business the meeting terminated at 7.25 p.m.
