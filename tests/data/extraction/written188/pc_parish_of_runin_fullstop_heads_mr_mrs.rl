@title Harlowmere Parish Council minutes 15 July 2009
@font Times-Roman
@fontsize 13
@footer Harlowmere Parish Council – Minutes 15th July 2009||Page {page}
HC PARISH OF HARLOWMERE
S 4
C Minutes of the Meeting of the Parish Council held on Wednesday 15th July 2009 at the Coronation Hall
S 6
P Attendees: Mr Sewell (Chairman), Mrs Aldous, Mr Brigham, Mr Catesby, Mrs Dunmore, Mr Fitch, Mr Holloway, Mr Pargeter, Mr Trickett, Cty. Cllr. Irene Masterson, Mr Quinlan (Clerk) and 6 members of the public.
S 4
P 1.  Apologies were received from Mrs Fenwick and Mr Oakes.
P 2.  Declarations of Interest. Mr Fitch declared a personal interest in item 6 (Allotments) as a plot holder.
P 3.  Minutes. It was proposed by Mr Brigham, seconded by Mrs Aldous and agreed unanimously that the Minutes of 17th June 2009 be approved. The Chairman signed them.
P 4.  Matters Arising. Mr Catesby reported that the glazing in the Church Lane bus shelter had been replaced and that the insurers had met the cost less the excess. Mrs Dunmore asked whether the replacement bench for the green had been ordered; the Clerk said the supplier had promised delivery by the end of August and he would chase it.
P 5.  Public Participation. Mrs Penrose addressed Members on her family's request to plant a memorial tree on the green in memory of her late husband. The Council approved the request provided that the species and position were agreed with the tree warden beforehand. Two residents of Mill Road spoke about the speed of traffic past the school (see item 9).
P 6.  Allotments. Mr Fitch left the room. Mrs Aldous reported that two plots at Pound Field were vacant and that the tenant of plot 14 had paid no rent for two years despite three reminders. It was proposed by Mrs Aldous, seconded by Mr Pargeter, that the tenancy of plot 14 be ended; on a show of hands the proposal was carried by 5 votes to 2. Mr Fitch returned.
P 7.  Reports &amp; Actions. Mr Holloway reported that he and Mr Trickett had walked the footpaths in the north of the parish in June; the stile on footpath 7 near Hollins Farm is broken and the county rights of way team has been told. The Clerk will report the overhanging hedge on Back Lane to the landowner.
P 8.  Other Parish Matters. Cemetery: the Clerk reported that the contractor had completed the first cut of the new section and the invoice was awaited. Village sign: Mrs Dunmore said the repainting had been done free of charge by Mr Ellery and asked that a letter of thanks be sent. Cty. Cllr. Masterson said the county's review of rural bus subsidies would report in the autumn.
P 9.  Motion – Speed limit on Mill Road. Mr Pargeter proposed that the Council ask the county council to extend the 30 mph limit on Mill Road as far as the school; seconded by Mr Catesby. After discussion, on being put to the vote the motion was lost, 3 in favour and 5 against.
P 10.  Planning. 09/01122/FUL Orchard House, Mill Road – two storey rear extension. No objection. 09/01187/CLP 3 Tanners Row – single storey outbuilding. Members had no comment.
P 11.  Finance. Cheques were authorised as listed on the schedule circulated with the agenda, the largest being £640.00 to Greenway Grounds for the cemetery cut. Proposed Mrs Dunmore, seconded Mr Brigham, agreed.
P 12.  Correspondence. As circulated. Noted.
P 13.  Date of next meeting. Wednesday 16th September 2009 at 7.30 pm in the Coronation Hall.
S 8
P There being no further business the meeting closed at 9.05 pm.
