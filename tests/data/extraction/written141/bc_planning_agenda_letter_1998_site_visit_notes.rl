@title Planning Applications Committee 19.10.98
@font Times-Roman
@fontsize 11
@numcol 12
@footer Planning Applications Committee 19.10.98||{page}
HC AMBURY AND NETHERCOTE BOROUGH COUNCIL
S 6
G ROGER HALLIWELL | Town Hall, Ambury, CV10 4AB
G CHIEF EXECUTIVE | Telephone: (01632) 960376
G Our Ref: RH/JM | Direct Dialling: (01632) 960225
G Your Ref: | Fax No. (01632) 960596
G Date: 9th October, 1998 | DX Ambury 16450 – Typetalk Registered
G If calling please ask for: Joan Marsland |
S 10
P Dear Sir/Madam,
P A meeting of the <b>PLANNING APPLICATIONS COMMITTEE</b> will be held in the Council Chamber, Town Hall, Ambury on Monday, 19th October, 1998 at 5.00 p.m. (Should the business not be finished, the meeting will continue on Thursday, 22nd October, 1998 at 6.00 p.m.)
P Details of the site visits are given overleaf.
P Members of the public may speak on applications from 5.00 p.m. (agenda item 4 refers).
P Yours faithfully,
S 18
P ROGER HALLIWELL<br/>Chief Executive
S 10
G To: All Members of the Planning Applications Committee | (Councillors M.J. Tandy (Chair), P.R. Aston, D.E. Bradbury, K.A. Colley, J. Grewcock, Mrs S. Hinks, T.W. Lowe, B.J. Mattock, Mrs A. Orton, G.H. Pickering, R.S. Sandhu and W.E. Tuckey)
PB
HC A G E N D A
H PART I - PUBLIC BUSINESS
H Site Visit Information
P Site visits have been arranged for applications 024117/WB and 024160/GC. Please meet at the entrance to Cotes Lane Allotments (Item 5, application 024117/WB) at 3.15 p.m. and at 18 Marlborough Road, Nethercote (Item 5, application 024160/GC) at 3.45 p.m. Members without their own transport should be at the Town Hall by 3.00 p.m.
H PROBITY IN PLANNING – COMMITTEE SITE VISITS
P A site visit is held so that Members can see the site and its surroundings for themselves. It is not a meeting of the Committee and no decision is taken on site. The following arrangements will apply:-
P (a) The Chair will explain why the visit is being held, and the case officer will point out the features of the site.
P (b) Members may ask the officer questions of fact, but the merits of the application are not to be discussed.
P (c) The applicant and objectors may attend but will not be invited to address Members on site.
S 6
R 1. | <b>APOLOGIES</b> - Apologies for absence, if any.
R 2. | <b>MINUTES</b> - Minutes of the meeting of 28th September, 1998, for confirmation (attached). (Page 5)
R 3. | <b>DECLARATIONS OF INTEREST</b> - Members to declare any pecuniary or non-pecuniary interests under the National Code of Local Government Conduct.
R 4. | <b>PUBLIC CONSULTATION</b> - Members of the public who have written to the Council about an application on this agenda may speak for up to three minutes when that application is reached. Speakers should give their names to the Committee Clerk by 4.50 p.m.
R 5. | <b>PLANNING APPLICATIONS</b> - Report of the Director of Development attached. (Page 9)
R 6. | <b>APPEALS</b> - To note the appeal decisions received since the last meeting (schedule attached). (Page 31)
R 7. | <b>TREE PRESERVATION ORDER No. 4/98 – LAND AT COTES LANE</b> - Report of the Director of Development attached, seeking confirmation of the Order without modification. (Page 33)
R 8. | <b>ANY OTHER ITEMS</b> - which the Chair decides are urgent by reason of special circumstances, to be specified in the minutes.
H PART II - EXEMPT INFORMATION
R 9. | <b>EXCLUSION OF THE PUBLIC AND PRESS</b> - To consider passing the following resolution:- "That under Section 100A(4) of the Local Government Act 1972 the public and press be excluded from the meeting for the following item of business, on the grounds that it involves the likely disclosure of exempt information as defined in paragraph 12 of Part I of Schedule 12A to the Act."
R 10. | <b>ENFORCEMENT – UNAUTHORISED USE, 41 STATION STREET</b> - Report of the Director of Development attached. (Page 37)
