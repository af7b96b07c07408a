@title Area (2) Committee draft minutes 13 November 2008
@font Helvetica
@fontsize 10
@numcol 15
@header North Ambury District Council
@footer Area (2) Committee 13.11.08||Page {page}
H Draft minutes of the Area (2) Committee Meeting held on Thursday 13 November 2008 at Hexbridge Community School, School Lane, Hexbridge commencing at 7.00pm.
S 4
G <b>Present:</b> | Councillor R J Pettifer (Chairman)<br/>Councillors M Aldred, S Bickerton, P Dorling, K Fenner and W Halsey
G <b>County/Town/Parish Council Representatives:</b> | Councillor D Latham - County Council<br/>Councillor M Oddie (Mayor) - Hexbridge Town Council<br/>Councillor S Yeo - Hexbridge Town Council<br/>Councillor G Lusty - Ashwold Parish Council<br/>Councillor F Nash - Cawley Parish Council<br/>Councillor H Penrose - Nettlecote Parish Council
G <b>Others Present:</b> | Sergeant D Kettle (Ambury Police), R Tanfield (Programme Manager – One Council for Ambury), L Greer (Hexbridge and Villages Community Partnership)
G <b>Officers Present:</b> | J Pengelly (Area Highways Manager – Ambury County Council), B Carrow (Community Development Officer), A Whitlock (Democratic Services Officer)
S 6
R M31. | <b>Apologies for Absence</b><br/>Apologies were received from Councillor J Carradine and from Inspector T Wolsey (Ambury Police), who was represented by Sergeant D Kettle.
R M32. | <b>Minutes</b><br/>The minutes of the meeting held on 11 September 2008 were approved as a correct record and signed by the Chairman.
R M33. | <b>Declarations of Interest</b><br/>Councillor Fenner declared a personal interest in minute M37(b) as a member of the Hexbridge Youth Trust.
R M34. | <b>Chairman’s Announcements</b><br/>The Chairman reminded members that this would be the last but one meeting of the Committee before the new unitary council took over its functions, and thanked the town and parish representatives for their support over the past four years.
R M35. | <b>Police Matters</b><br/>Sergeant Kettle reported that overall crime in the area had fallen by 8% compared with the same period last year, although there had been a series of thefts from vans in Hexbridge town centre. Councillor Oddie (Mayor) asked about the closure of the front counter at Hexbridge police station and Sergeant Kettle undertook to provide the opening hours for the town council newsletter.
R M36. | <b>One Council for Ambury – Community Area Boards</b><br/>R Tanfield gave a presentation on the proposed community area boards which would replace the area committees from 2009. Questions were asked by Councillor Lusty (Ashwold Parish Council) and Councillor Dorling about the role of parish councils on the boards and the delegated budgets.<br/><b>Resolved:</b> To note the presentation and to thank Mr Tanfield for attending.
R M37. | <b>Area Committee Grants</b><br/>B Carrow introduced the report of the Community Development Officer on the applications received in the second round.<br/><b>Resolved:</b><br/>(a) To award £1,200 to Hexbridge Allotments Association towards a water supply.<br/>(b) To award £800 to Hexbridge Youth Trust towards the youth shelter survey.<br/>(c) That the application from Ashwold Cricket Club be refused as it did not meet the criteria.
R M38. | <b>Highways and Transport Issues</b><br/>J Pengelly reported on the winter maintenance programme and on the resurfacing of Mill Street, which had been completed ahead of schedule. The Committee agreed to ask the County Council to carry out a speed survey on the Hexbridge road at Nettlecote Cross.
R M39. | <b>Hexbridge Youth Shelter</b><br/>At the request of Hexbridge Town Council, consideration of the proposed youth shelter in Abbey Meadow was deferred to the next meeting.
R M40. | <b>Town and Parish Council Issues</b><br/>Councillor Oddie (Mayor) raised the condition of the Market Cross railings. Councillor Nash reported flooding at Cawley Ford after the October storms and asked that the culvert be inspected.
R M41. | <b>Petition – Street Lighting, Priory Close</b><br/>A petition of 46 signatures requesting improved street lighting was received. The Chairman advised that it would be referred to the Head of Environmental Services for a report to the next meeting.
R M42. | <b>Dates of Future Meetings</b><br/>Thursday 12 February 2009 and Thursday 19 March 2009, both at 7.00pm, venues to be confirmed.
S 8
P (Duration of meeting: 7.00pm – 9.25pm)
P The Officer who has produced these minutes is A Whitlock, Democratic Services Officer, direct line 01633 500 214.
