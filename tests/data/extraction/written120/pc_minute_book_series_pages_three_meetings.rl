@title Marlcombe Parish Council minute book 2016
@font Times-Roman
@fontsize 11
@numcol 20
@header MARLCOMBE PARISH COUNCIL || Series Page {page}
@pageoffset 374
@footer Chairman's initials ..............
HC MINUTES OF MARLCOMBE PARISH COUNCIL MEETING
C Held on Wednesday 14<super>th</super> September 2016 in Marlcombe Village Hall at 7.30pm
P <b>Present:</b> Cllrs J Ashdown (Chairman), P Ruddock, M Fensome, K Twitchett, L Orpin, D Woolgar; Mrs S Chamberlain (Clerk); 2 members of the public.
R 16/088 | <b>APOLOGIES</b> – Cllr Hebden (holiday). Accepted.
R 16/089 | <b>DECLARATIONS OF INTEREST</b> – None.
R 16/090 | <b>MINUTES</b> – The minutes of the meeting held on 13<super>th</super> July 2016 were confirmed and signed as a correct record.
R 16/091 | <b>PUBLIC PARTICIPATION</b> – A resident asked what could be done about speeding on Church End. Cllr Fensome reported that the Community Speedwatch group had recorded 41 vehicles over the limit in August and that the figures had gone to the police.
R 16/092 | <b>PLANNING</b> – 16/01877/FUL Hill Farm Barn, Stocking Lane – conversion of barn to one dwelling. Cllr Orpin noted that the design kept the original cart openings. The Council resolved to support the application. Proposed Cllr Orpin, seconded Cllr Twitchett.
R 16/093 | <b>HIGHWAYS</b> – Potholes in Green Lane and at the Mill Lane junction were reported. The Clerk will report them on the county council's website.
R 16/094 | <b>FINANCE</b> – It was resolved to pay the following accounts: Mrs S Chamberlain, salary July–September £567.00; Marlcombe Village Hall, hire £36.00; R Petts, grass cutting £210.00.
R 16/095 | <b>NEIGHBOURHOOD PLAN</b> – Cllr Ruddock reported that three consultants had responded to the invitation to quote. It was agreed to call an extraordinary meeting on 28<super>th</super> September to consider the quotations.
R 16/096 | <b>DATE OF NEXT MEETING</b> – Wednesday 12<super>th</super> October 2016 at 7.30pm.
P The meeting closed at 9.05pm.
P Signed ....................................... Chairman     12<super>th</super> October 2016
S 10
HC MINUTES OF AN EXTRAORDINARY MEETING OF MARLCOMBE PARISH COUNCIL
C Held on Wednesday 28<super>th</super> September 2016 in Marlcombe Village Hall at 7.30pm
P <b>Present:</b> Cllrs J Ashdown (Chairman), P Ruddock, M Fensome, K Twitchett, L Orpin, C Hebden; Mrs S Chamberlain (Clerk); 4 members of the public.
R 16/097 | <b>APOLOGIES</b> – Cllr Woolgar (work). Accepted.
R 16/098 | <b>DECLARATIONS OF INTEREST</b> – Cllr Twitchett declared a pecuniary interest as the owner of land within the plan area and left the room for item 16/099.
R 16/099 | <b>NEIGHBOURHOOD PLAN CONSULTANTS</b> – Cllr Ruddock presented the three quotations, which ranged from £6,800 to £11,250. Cllr Hebden asked whether the cheapest included the housing needs survey; the Clerk confirmed that it did not. Cllr Ruddock proposed that Vale Planning Partnership be appointed at a cost of £8,400, seconded Cllr Orpin. Carried, 4 votes to 1.
R 16/100 | <b>GRANT APPLICATION</b> – It was resolved that the Clerk apply for a neighbourhood planning grant of £7,500.
P The meeting closed at 8.20pm.
P Signed ....................................... Chairman     12<super>th</super> October 2016
S 10
HC MINUTES OF MARLCOMBE PARISH COUNCIL MEETING
C Held on Wednesday 12<super>th</super> October 2016 in Marlcombe Village Hall at 7.30pm
P <b>Present:</b> Cllrs J Ashdown (Chairman), P Ruddock, M Fensome, K Twitchett, L Orpin, D Woolgar, C Hebden; Mrs S Chamberlain (Clerk); no members of the public.
R 16/101 | <b>APOLOGIES</b> – None.
R 16/102 | <b>DECLARATIONS OF INTEREST</b> – None.
R 16/103 | <b>MINUTES</b> – The minutes of the meetings held on 14<super>th</super> and 28<super>th</super> September 2016 were confirmed and signed as correct records.
R 16/104 | <b>MATTERS ARISING</b> – The Clerk reported that the grant application had been submitted on 3<super>rd</super> October.
R 16/105 | <b>PLANNING</b> – (a) 16/02011/HH 7 Orchard Close – two storey rear extension. No objection. (b) 16/02090/FUL Land at Mill Lane – four dwellings with new access. Cllr Woolgar said the access would be on the inside of a bend. It was resolved to object on the grounds of highway safety and overdevelopment.
R 16/106 | <b>PLAY AREA</b> – Cllr Woolgar reported that the annual inspection had found the zip wire seat worn. Deferred to the November meeting when quotations will be available.
R 16/107 | <b>FINANCE</b> – The budget monitoring statement to 30<super>th</super> September 2016 was noted.
R 16/108 | <b>CORRESPONDENCE</b> – Letters from the county council on winter gritting and from the Village Hall committee on its new hire charges were circulated.
R 16/109 | <b>DATE OF NEXT MEETING</b> – Wednesday 9<super>th</super> November 2016 at 7.30pm.
P The meeting closed at 8.45pm.
P Signed ....................................... Chairman     9<super>th</super> November 2016
