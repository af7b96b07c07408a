@title Ashlemere Parish Council minutes 17 June 2009
@font Times-Roman
@fontsize 11
@footer Ashlemere Parish Council – 17 June 2009||Page {page}
P <b>Minutes of the Parish Council meeting of Ashlemere Parish Council held on Wednesday 17 June 2009 at 7pm in the Coronation Hall, Ashlemere.</b>
P Present: Cllr D Pellow (In the Chair), Cllr J Haskett (Vice-Chairman), Cllr M Andrade, Cllr S Bowditch, Cllr C Fenner, Cllr R Iles, Cllr P Lamport, Cllr K Sillence, Cllr W Tapper.
P Also present: County Councillor Mr G Whitcombe, District Councillor Mrs L Fry, Youth and Community Worker Karen Dibden, PCSO Amy Strode and four members of the public.
P In attendance: Mr N Ferris, Parish Clerk. Mrs J Okoro, Finance and Admin Officer.
P <b>1. Apologies:</b> Cllr E Marsh, Cllr T Yeates.
P <b>2. Declarations of Interest:</b> Cllr Iles declared a personal and prejudicial interest in application 09/94017, Land rear of 22 Shore Road, because his house adjoins the site, and left the room while it was considered. Cllr Bowditch declared a personal interest in minute 8, Community Centre Refurbishment, as a member of the Community Centre management committee.
P <b>3. To approve and sign the minutes of the meetings held on 13 May 2009 and 20 May 2009 (Annual Meeting).</b>
P RESOLVED: That the minutes of both meetings be approved and signed by the Chairman.
P <b>4. Chairman’s Announcements:</b> The Chairman reported that the Best Kept Village judging would take place in the first week of July and thanked the volunteers who had cleared the churchyard path. He asked members to let the Clerk know by Friday if they could attend the Armed Forces Day service.
P <b>5. Police Report:</b> PCSO Amy Strode reported 14 crimes in the parish during May, including two thefts from vans on the industrial estate and damage to the bus shelter in Marsh Lane. Cllr Lamport asked whether the police could patrol the foreshore car park on Friday nights. PCSO Strode said she would pass the request to the neighbourhood team. She also asked members to publicise the free bicycle marking session at the Coronation Hall on Saturday 4 July.
P <b>6. Planning:</b> The following applications were considered. Cllr Iles left the room for application 09/94017.
P RESOLVED: That the following observations be sent to the District Council:
TH Application | Site | Proposal | Observations
T 09/93988 | 4 Ferry Close | Two storey side extension | Recommend PERMISSION
T 09/94017 | Land rear of 22 Shore Road | One detached dwelling | Recommend REFUSAL – overdevelopment and loss of parking
T 09/94102 | Ashlemere Sailing Club | Replacement boat store | Recommend PERMISSION
P <b>7. Youth and Community Worker’s Report:</b> Karen Dibden reported that attendance at the Tuesday youth club had risen to an average of 26 and that six young people had completed their first aid certificates. The summer activity programme would be delivered to every house in July.
P <b>8. Community Centre Refurbishment:</b> Cllr Bowditch reported that three tenders had been received for the new kitchen and toilets, the lowest being £23,480 from Tidemill Building Services. Cllr Fenner asked whether the work could be completed before the autumn lettings. It was proposed by Cllr Fenner and seconded by Cllr Haskett that the lowest tender be accepted. A vote was taken: 7 for, 2 against.
P RESOLVED: That the tender of Tidemill Building Services in the sum of £23,480 be accepted.
P <b>9. Finance:</b> The Finance and Admin Officer presented the statement of accounts to 31 May 2009 and the schedule of payments.
P RESOLVED: That the payments listed in Appendix A, totalling £8,412.66, be approved.
P <b>10. Allotments:</b> Cllr Sillence reported that two plots at Kiln Lane were vacant after the tenants had given notice. It was agreed that they be offered to the first two people on the waiting list.
P <b>11. Correspondence:</b> The list of correspondence received since the last meeting had been circulated. The list of correspondence was noted.
P <b>12. Items for Information:</b> Cllr Tapper reported that the county council would be resurfacing Shore Road during the school holidays.
P <b>13. Date of Next Meeting:</b> Wednesday 15 July 2009 at 7pm in the Coronation Hall.
S 14
P The meeting closed at 9.05pm.
S 18
P Signed ……………………………… Chairman &nbsp;&nbsp;&nbsp;&nbsp; Date ……………………
