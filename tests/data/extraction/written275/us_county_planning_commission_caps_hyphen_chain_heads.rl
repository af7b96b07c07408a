@title Quillen County Planning Commission Minutes May 26, 2015
@font Times-Roman
@fontsize 11
@header_first  
@header QUILLEN COUNTY PLANNING COMMISSION MINUTES PAGE {page}||MAY 26, 2015
HC QUILLEN COUNTY PLANNING COMMISSION
HC MINUTES
HC MAY 26, 2015
HC 5:00 P.M.
C QUILLEN COUNTY ADMINISTRATION BUILDING
C 210 W. COURT STREET
C COMMISSION CHAMBERS
C CALDER SPRINGS, TN. 37194
G <b>MEMBERS PRESENT:</b> | <b>MEMBERS ABSENT:</b>
G DELBERT HASKINS, CHAIRMAN | WANDA PHIPPS
G GARLAND TEAGUE, VICE-CHAIRMAN |
G ROSALIND MCKEEHAN |
G OTIS BRANNUM |
G LYLE DOCKERY |
G FAYE WHITLOCK |
G CURTIS ELLENBURG |
P <b>STAFF PRESENT:</b>
P JOLENE PRATER, ADMINISTRATIVE ASSISTANT
P NATHAN CRISP, COUNTY PLANNER
P DIANE OVERHOLT, COUNTY ATTORNEY
P CHAIRMAN HASKINS WELCOMED CURTIS ELLENBURG, WHO WAS APPOINTED BY THE COUNTY COMMISSION IN APRIL, AND ANNOUNCED THAT ITEM 5 HAD BEEN WITHDRAWN BY THE APPLICANT.
P <b>APPROVAL OF THE APRIL MINUTES</b>
P Motion for approval of the April minutes by Mr. Teague, seconded by Ms. Whitlock. Motion passed unanimously.
P 1. PUBLIC HEARING AND REZONING-HOLLIS AND RUTH GENTRY-PRELIMINARY MASTER DEVELOPMENT PLAN AND REZONING-REPRESENTED BY MARCUS DELOACH-(4th COUNTY COMMISSION DISTRICT)-Applicants were requesting their property to be rezoned from Agricultural to Commercial 1 Planned Unit Development and Preliminary Master Development Plan approval for a farm supply store. Subject property is located at 3315 Sorrel Fork Road, Calder Springs, Tn., is on Tax Map 62, Parcel 14.02, contains 2.3 acres and is zoned Agricultural.
P This is a public hearing and was advertised in the Calder Springs Courier May 12, 2015. The adjoining property owners were notified by certified mail.
P Mr. Deloach came forward to explain and represent this request. He stated that the store would be open from 7:00 a.m. until 6:00 p.m. and would not sell fuel.
P Chairman Haskins opened the public hearing.
P Mr. Lonnie Satterwhite, an adjoining owner, asked that a privacy fence be required along his line. Mr. Deloach stated that the applicants would agree to an eight foot board fence.
P The public hearing was closed.
P Mr. Crisp stated that staff recommended approval with the fence shown on the final master development plan.
P Motion for approval of the Preliminary Master Development Plan with the fence and to forward this rezoning request to the County Commission for a vote by Mr. Brannum, seconded by Ms. McKeehan. Motion passed unanimously.
P 2. WILLOW BEND SUBDIVISION-SECTION 3-PRELIMINARY AND FINAL PLAT-REPRESENTED BY TERRY HOLLOWAY-(9th COUNTY COMMISSION DISTRICT)-Applicant was requesting preliminary and final plat approval for eleven lots on Willow Bend Drive. Subject property is on Tax Map 88, Parcel 31.00 and contains 14.6 acres.
P Mr. Holloway came forward to represent this request.
P Mr. Dockery asked whether the road would be brought up to county standards before the plat was recorded. Mr. Crisp stated that a performance bond of $96,000 had been posted for the road.
P There was discussion.
P Motion for approval of the preliminary and final plat subject to the bond being maintained until the road is accepted by Mr. Dockery, seconded by Mr. Teague. Motion passed 6-1, with Mr. Ellenburg voting no.
P 3. PUBLIC HEARING-CONDITIONAL USE PERMIT-BOARDING KENNEL-ARLENE PRUETT-(2nd COUNTY COMMISSION DISTRICT)-Applicant was requesting a conditional use permit for a boarding kennel for up to 30 dogs at 1180 Persimmon Ridge Road. The property contains 6.1 acres and is zoned Agricultural.
P This is a public hearing and was advertised in the Calder Springs Courier May 12, 2015.
P Ms. Pruett came forward and explained that the dogs would be kept indoors from 8:00 p.m. until 7:00 a.m.
P Chairman Haskins opened the public hearing. Mr. Vernon Tackett and Mrs. Glenda Tackett spoke against the request because of noise. The public hearing was closed.
P Ms. Overholt advised the Commission that a conditional use permit may be made subject to conditions on hours and numbers.
P Motion for approval with a limit of 20 dogs and a requirement for a sound barrier fence on the north side by Ms. Whitlock, seconded by Mr. Brannum. Motion passed 5-2.
P 4. SITE PLAN-MT. ZION MISSIONARY BAPTIST CHURCH-FELLOWSHIP HALL ADDITION-REPRESENTED BY CLAY HUTSELL-(6th COUNTY COMMISSION DISTRICT)-Applicant was requesting site plan approval for a 4,800 square foot fellowship hall addition and 40 additional parking spaces at 905 Zion Hill Road.
P Mr. Hutsell came forward to represent this request.
P Motion for approval of the site plan by Mr. Teague, seconded by Mr. Dockery. Motion passed unanimously.
P 5. REZONING-DAVID ORR-REPRESENTED BY SELF-(11th COUNTY COMMISSION DISTRICT)-This item was withdrawn by the applicant.
P 6. DISCUSSION OF AMENDMENTS TO THE ZONING RESOLUTION REGARDING SHORT-TERM RENTALS-Mr. Crisp presented examples of short-term rental regulations from two neighboring counties. Ms. McKeehan asked that any amendment require an on-site contact person. There was discussion. Staff will bring a draft amendment to the June meeting.
P 7. STAFF REPORT-Mr. Crisp reported that building permits for new homes in the unincorporated county were up by 18 percent over the same period of 2014.
P THERE BEING NO FURTHER BUSINESS, THE MEETING ADJOURNED AT 6:42 P.M.
S 30
P _______________________________ CHAIRMAN
S 14
P _______________________________ SECRETARY
