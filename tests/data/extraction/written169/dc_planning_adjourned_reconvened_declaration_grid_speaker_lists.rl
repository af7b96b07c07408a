@title Planning Committee minutes 13 and 20 March 2012
@font Helvetica
@fontsize 10
@numcol 14
@footer Planning Committee 13.03.12 and 20.03.12||Chairman's initials ........   Page {page}
HC SOARBRIDGE DISTRICT COUNCIL
S 4
HC MINUTES OF THE MEETING OF THE PLANNING COMMITTEE
C held in the Council Chamber, The Carrington Offices, Soarbridge
C 13<super>th</super> March 2012 (adjourned) and 20<super>th</super> March 2012 (reconvened).
C commencing at 6.30p.m.
S 6
P <b>Present:</b> Councillor Pochin, Chairman.
P <b>Councillors:</b> Ashby, Mrs. Brudenell, Dakin, Everard (13<super>th</super> March 2012 only), Gulliver, Holyoake, Mrs. Kilby, Leadbetter, Orton, Tansley and Mrs. Wragg (20<super>th</super> March 2012 only).
P <b>Officers:</b> B. Ingleby, C. Marriott, D. Paget, R. Quenby and S. Tugby.
S 4
R 91. | <b>CHAIRMAN'S ANNOUNCEMENTS</b>
R  | The Chairman opened the meeting, introduced the officers and explained what to do if the fire alarm sounded. He reminded those present that the proceedings were being recorded.
R 92. | <b>APOLOGIES FOR ABSENCE</b>
R  | There were no apologies.
R 93. | <b>MINUTES</b>
R  | Councillor Orton's attendance at the meeting of 14<super>th</super> February 2012 had not been recorded, and the Committee asked for his name to be added.
R  | RESOLVED that: the Chairman sign the Minutes of 14<super>th</super> February 2012 as a true record, with Councillor Orton's name added.
R 94. | <b>DECLARATIONS OF MEMBERS' INTERESTS</b>
T Councillor Mrs. Brudenell | Application 12/00088/FUL | Personal and prejudicial: owns the house adjoining the site. Left the room for the item.
T Councillor Holyoake | Application 12/00088/FUL | Personal and prejudicial: Board Member of Soarvale Homes, the applicant. Left the room for the item.
T Councillor Tansley | Application 11/01912/OUT | Personal: member of Great Fosston Parish Council, a consultee. Stayed and voted.
R 95. | <b>APPLICATION 11/01912/OUT – LAND OFF STATION ROAD, GREAT FOSSTON</b>
R  | Outline application for the erection of up to 60 dwellings, public open space and a new access.
R  | Speakers: Objector – Mr. G. Rudkin; Parish Council – Councillor P. Sharman (Great Fosston Parish Council); Applicant's Agent – Ms. L. Fairbrother; Ward Member – Councillor Dakin.
R  | Councillor Gulliver proposed that the application be refused, contrary to the officer recommendation, on the grounds of the loss of the gap between Great Fosston and Kibthorpe. This was seconded by Councillor Leadbetter. On being put to the vote the motion was carried, 7 for and 4 against.
R  | RESOLVED that: the application be REFUSED for the following reason: the development would erode the open gap between Great Fosston and Kibthorpe, contrary to Policy CS17 of the Core Strategy.
R 96. | <b>APPLICATION 12/00088/FUL – FORMER GARAGE COURT, MILL LANE, SOARBRIDGE</b>
R  | Erection of six affordable dwellings.
R  | (Councillors Mrs. Brudenell and Holyoake were out of the room for this item.)
R  | Speakers: none registered.
R  | RESOLVED that: the application be APPROVED subject to the conditions set out in the report.
R 97. | <b>APPLICATION 12/00102/FUL – THE PADDOCK, MAIN STREET, ILLBURY</b>
R  | Change of use of land to the keeping of horses and erection of a stable block.
R  | Speakers: Objector – Mrs. J. Harrow; Applicant – Mr. T. Bilson.
R  | Councillor Ashby asked about the storage of manure and the Senior Planning Officer explained the proposed condition.
R  | RESOLVED that: the application be APPROVED subject to the conditions set out in the report and an additional condition requiring details of the manure store.
R  | <i>The meeting adjourned at 9.58p.m. on 13<super>th</super> March 2012 and reconvened at 6.30p.m. on 20<super>th</super> March 2012.</i>
R 98. | <b>APPLICATION 11/01850/FUL – HILL TOP FARM, SADDINGWORTH ROAD, KIBTHORPE</b>
R  | Erection of a single wind turbine (hub height 46 metres) and associated works.
R  | Speakers: Objector – Mr. K. Newbold; Applicant's Agent – Mr. A. Cheshire.
R  | Members raised concerns about the effect of the turbine on the setting of Kibthorpe Conservation Area. It was moved by Councillor Mrs. Kilby and seconded by Councillor Orton that consideration of the application be deferred to allow a photomontage from Church Street to be prepared.
R  | RESOLVED that: consideration of the application be DEFERRED to a future meeting to allow a photomontage to be prepared.
R 99. | <b>APPLICATION 12/00137/LBC – 4 HIGH STREET, SOARBRIDGE</b>
R  | Replacement shopfront (Listed Building Consent).
R  | Speakers: none registered.
R  | The application was withdrawn by the applicant prior to the meeting.
R 100. | <b>APPEALS</b>
R  | The Committee noted the report on planning appeals lodged and determined since the last meeting.
S 8
P The meeting closed at 8.41p.m. on 20<super>th</super> March 2012.
S 16
P Chairman ........................................................ Date ..............................
