@title Planning and Economic Development Committee Minutes March 22, 2004
@font Times-Roman
@fontsize 11
@header PLANNING & ECONOMIC DEVELOPMENT COMMITTEE MINUTES || MARCH 22, 2004 - {page} - CITY OF OSTRANDER PARK
@pageoffset 40
HC PLANNING & ECONOMIC DEVELOPMENT COMMITTEE MINUTES
HC MARCH 22, 2004
HC CITY OF OSTRANDER PARK
P The Planning and Economic Development Committee met this date commencing at 3:30 p.m. under Councillor T. Whelan, Chair, with the following members present: Mayor D. Castonguay and Councillors R. Meunier, G. Albrecht, M. Oduya and P. Lindqvist.
P Officials present: Ms. L. Marchetti, Mr. K. Sandoval, Mr. J. Haddad, Mr. A. Reyes-Burke and Ms. C. Villeneuve.
H DTS 04/021 - 112 HARTWELL ROAD - ZONE CHANGE ZC 03/19/H/LM - BRENNAN HOMES LTD. - STANHOPE WARD
P The Committee was in receipt of Development and Technical Services Department report DTS 04/021 dated March 9, 2004, recommending approval of a zone change from Residential Three Zone (R-3) to Residential Six Zone (R-6) to permit 14 street townhouse units.
P Ms. L. Marchetti advised that the applicant had reduced the number of units from 18 to 14 following the neighbourhood meeting held in January, and that the revised concept plan retains the row of mature maples along the rear lot line.
P Mr. B. Quinlan, Quinlan Planning Ltd., appeared as a delegation on behalf of the applicant in support of the staff recommendation. Mrs. E. Fodor, 118 Hartwell Road, appeared as a delegation and asked that a board fence be required along her side lot line. Ms. Marchetti advised that fencing would be addressed through site plan approval.
P On motion by Councillor R. Meunier, it was resolved:
P "That Zone Change Application ZC 03/19/H/LM (112 Hartwell Road - Brennan Homes Ltd.) requesting a change in zoning from Residential Three Zone (R-3) to Residential Six Zone (R-6) be approved in the form shown in the 'Proposed By-law' attached to Development and Technical Services Department report DTS 04/021."
H DTS 04/027 - DEMOLITION CONTROL APPLICATION DC 04/02/W/KB - 48 WINTHROP STREET - ST. MARGARET'S WARD
P The Committee was in receipt of report DTS 04/027 dated March 11, 2004, respecting an application to demolish a vacant single detached dwelling. Mr. J. Haddad advised that the building has been boarded up since 2001 and that a replacement dwelling is proposed.
P On motion by Councillor G. Albrecht, it was resolved:
P "That Demolition Control Application DC 04/02/W/KB requesting permission to demolish one single detached dwelling at 48 Winthrop Street be approved, subject to a building permit for the replacement dwelling being issued prior to the issuance of the demolition permit."
H DTS 04/030 - HERITAGE PERMIT APPLICATION HPA 2004-III-006 - 15 MILLRACE LANE - REPLACEMENT WINDOWS
P The Committee was in receipt of report DTS 04/030 dated March 12, 2004. Ms. C. Villeneuve advised that the Heritage Advisory Committee had not yet considered the revised window drawings submitted by the owner.
P Councillor M. Oduya questioned whether vinyl windows had been permitted elsewhere in the Millrace heritage district. Following discussion, it was agreed to defer consideration of this matter to the April 19, 2004 meeting of this Committee.
H DTS 04/033 - SIGN VARIANCE SV 04/01 - 900 QUEENSWAY EAST - ELECTRONIC MESSAGE BOARD
PB
P The Committee was in receipt of report DTS 04/033 dated March 15, 2004, recommending refusal of a variance to permit an electronic message board 9.2 square metres in area where the Sign By-law permits 3.0 square metres.
P Mr. D. Ashcombe, Queensway Auto Mall, appeared as a delegation and advised that the board would be switched off between 11:00 p.m. and 6:00 a.m. Councillor P. Lindqvist asked whether a smaller board had been considered.
P On motion by Councillor P. Lindqvist, it was resolved:
P "That Sign Variance Application SV 04/01 (900 Queensway East) requesting permission to erect an electronic message board with an area of 9.2 square metres be refused."
H ED 04/011 - DOWNTOWN FACADE IMPROVEMENT GRANT PROGRAM - 2004 ALLOCATION
P The Committee was in receipt of Economic Development report ED 04/011 dated March 10, 2004. Mr. K. Sandoval advised that eleven applications had been received for the 2004 program, against a budget of $120,000.
P Councillor T. Whelan asked that the evaluation criteria be circulated to members of Council.
P On motion by Councillor T. Whelan, it was resolved:
P "That grants under the Downtown Facade Improvement Grant Program be approved for the eleven properties listed in Economic Development report ED 04/011, to a total of $118,400."
H DTS 04/024 - 2003 BUILDING ACTIVITY REPORT
P The Committee received for information report DTS 04/024 dated March 1, 2004, which indicates that building permits with a construction value of $214 million were issued in 2003. Mr. A. Reyes-Burke advised that residential permits had risen for the fourth year in a row.
H LANEWAY PARKING - NEW BUSINESS
P Councillor M. Oduya advised that he had received complaints about vehicles parked on the public laneway behind King Street East and requested that staff report on enforcement options. Mr. J. Haddad advised that a report would be brought forward in May.
P On motion, the meeting adjourned at 5:12 p.m.
S 8
P L. Brophy
P Committee Administrator
