@title Malvendon PC Annual Meeting May 2007
@font Times-Roman
@fontsize 11
@footer Malvendon Parish Council – Minutes of the Annual Meeting 17th May 2007||Page {page}
HC M A L V E N D O N &nbsp;&nbsp; P A R I S H &nbsp;&nbsp; C O U N C I L
C Minutes of the Annual Meeting of Malvendon Parish Council held in the Village Hall on Thursday 17th May 2007 at 7.30pm
S 4
P <b>Present:</b>
G Councillor Mr R A Pittaway | Chairman
G Councillor Mrs E M Dunstan | Vice Chairman
G Councillor Mrs J Oakden | 
G Councillor Mr P Hemming | 
G Councillor Dr K Saltmarsh | 
G Councillor Mr T Bufton | 
G Mr Alan Gittins | Parish Footpath Warden
G PC D Yarranton | Local Police Officer (part of meeting)
G Mrs S M Ravenhill | Clerk
S 6
H 1. Apologies
P 1.1. The Council accepted the apologies of Cllr Graham Lowbridge and District Cllr Ann Furber.
H 2. Election of Chairman and Vice-Chairman
P 2.1. Chairman. Cllr Tom Bufton proposed that Cllr Richard Pittaway be elected Chairman, Cllr Joan Oakden seconded the motion, which was carried unanimously. Cllr Pittaway signed the declaration of acceptance of office.
P 2.2. Vice-Chairman. Cllr Peter Hemming proposed that Cllr Eileen Dunstan be elected Vice-Chairman, Cllr Karen Saltmarsh seconded the motion, which was carried unanimously.
H 3. Election of Planning Committee
P 3.1. Cllr Eileen Dunstan proposed that Cllrs Hemming, Oakden and Pittaway be elected to the Planning Committee, Cllr Tom Bufton seconded the motion, which was carried unanimously.
H 4. Code of Conduct and Declarations of Interest
P 4.1. The Clerk reminded members that any change to their register of interests must be notified to the District Council's Monitoring Officer within 28 days, and that gifts and hospitality over £25 must also be registered.
P 4.2. Cllr Karen Saltmarsh declared a personal and prejudicial interest in item 9.2 as the applicant is her brother-in-law.
H 5. The Race Relations and Crime and Disorder Acts
P 5.1. Members confirmed that in its business the Council had had regard to its duties under these Acts.
H 6. Acceptance of the Previous Minutes
P 6.1. The minutes of the meeting held on 19th April 2007, having been circulated, were approved as a true record and signed by the Chairman after the spelling of Hollybed Lane had been corrected.
H 7. Matters Arising
P 7.1. The Clerk reported that the County Council had agreed to replace the damaged direction sign at Pool Cross and that the work would be done in June.
P 7.2. Cllr Joan Oakden asked whether there had been any reply about the overflowing litter bin by the common. None had been received and the Clerk will write again.
H 8. Police Report
P 8.1. PC Yarranton reported that there had been one burglary in the parish since the last meeting and several complaints about quad bikes on the common. He asked members to encourage residents to report incidents straight away. PC Yarranton then left the meeting.
H 9. Planning
P 9.1. 07/00814/FUL – Rye Street Farm – Agricultural storage building. No objection.
P 9.2. 07/00861/FUL – The Laurels, Hollybed Lane – Two storey side extension. Cllr Saltmarsh left the room. After discussion the Council resolved to support the application. Cllr Saltmarsh returned.
H 10. Footpaths
P 10.1. Mr Alan Gittins, the Footpath Warden, reported that the new kissing gate on footpath MV12 had been fitted and that the culvert under footpath MV7 near Pool Cross had collapsed. The Council agreed that the Clerk should report the culvert to the County Council's rights of way team.
H 11. Finance
P 11.1. The Clerk presented the accounts for the year ending 31st March 2007 and the annual return. Cllr Peter Hemming proposed, and Cllr Eileen Dunstan seconded, that the accounts and the statement of assurance be approved, which was carried unanimously.
P 11.2. The following payments were approved: Mrs S M Ravenhill, salary April-May £264.00; Ashgrove Insurance Brokers, annual premium £346.12; Village Hall, room hire £18.00.
H 12. Correspondence
P 12.1. The Clerk circulated a list of correspondence received. The correspondence was noted.
H 13. Any Other Business
P 13.1. Cllr Tom Bufton suggested that the Council consider a bench for the common in memory of the late Mr Harold Tolley. This will be on the agenda for the next meeting.
H 14. Date of Next Meeting
P 14.1. Thursday 21st June 2007 at 7.30pm in the Village Hall.
S 10
P There being no further business the Chairman closed the meeting at 9.05pm.
