@title Hartmoor Parish Council minutes 17 September 2007
@fontsize 10.5
@numcol 14
@footer Hartmoor Parish Council – Minutes 17/09/07 – page {page}
HC HARTMOOR PARISH COUNCIL
C Clerk - Alan Pettigrew. 14 Canal Walk, Seend Cleeve, Melksham. SN12 6QB
S 4
HC MINUTES
G Date: | Monday 17th September 2007
G Place | Hartmoor School, Brickfield Lane, Hartmoor
G Time | 7.00 pm
S 4
P Councillors: Ashdown Brickell Callaway* Dorrington Elstob* Fenwick Gatward Hembury* Ivens Jellicoe * Also Westbury Town Councillor
P Also present - Cllr. Nettleship (Wiltshire County Council), PC Kate Osmond (Wiltshire Police)
R 71 | <b>APOLOGIES</b> Apologies were received from Cllr. Kestell and Cllr. Lambden (prior engagements). These were accepted by the meeting.
R 72 | <b>DISCLOSURES OF INTEREST</b> Cllr. Fenwick stated that the planning application at Orchard Close (para. 78) is close to his home.
R 73 | <b>MINUTES OF THE PREVIOUS MEETING</b> Resolved: that the Minutes of the Parish Council Meeting held on Monday 20th August 2007, which had been circulated, are approved as being a correct record and signed as such by the chairman.
R 74 | <b>COUNTY COUNCILLOR`S ITEMS</b> Cllr. Nettleship reported on current matters and answered questions from councillors, including an update on the proposed improvements at the A361 junction.
R 75 | <b>POLICE REPORT</b> PC Kate Osmond gave a brief report on local issues. Cllr. Ivens raised speeding on Marsh Road and Cllr. Dorrington outlined problems caused by parking near the school. PC Osmond addressed these concerns and gave some advice.
R 76 | <b>PUBLIC PARTICIPATION</b> - Five members of the public were present. A resident of Bramble Way asked about the overgrown hedge on the footpath to the canal.
R 77 | <b>TRAFFIC CALMING – Marsh Road</b> Cllr. Ivens reported on the speed survey results. It was proposed by Cllr. Ivens, seconded by Cllr. Gatward and approved unanimously that the council refer this matter to the Community Area Transport Group.
R 78 | <b>PLANNING MATTERS</b> 1. Application ref. W/07/02214/FUL – two dwellings at Orchard Close. Cllr. Fenwick took no part. Resolved: to object on the grounds of overdevelopment and loss of parking. 2. Application ref. W/07/02361/FUL – conservatory at 4 Church Row. Resolved: no objection.
R 79 | <b>GRANT APPLICATION – Hartmoor Youth Club</b> Cllr. Callaway proposed a grant of £600 towards the new kitchen, seconded by Cllr. Jellicoe. Cllr. Brickell proposed that the grant be limited to £400; after discussion Cllr. Brickell withdrew his proposal. Resolved: that a grant of £600 be made under section 137.
R 80 | <b>RECREATION GROUND – BMX TRACK</b> Cllr. Hembury moved that the council seek quotations for a BMX track on the recreation ground, seconded by Cllr. Elstob. Following discussion, and as the Recreation Committee had not yet considered the proposal, Cllr. Hembury withdrew the motion with the consent of his seconder. The matter was referred to the Recreation Committee.
R 81 | <b>FINANCE</b> The clerk presented the accounts to 31st August 2007. Resolved: that the following payments be approved – A. Pettigrew salary (Aug) £285.40; Wiltshire Association of Local Councils, training £45.00; Hartmoor School, room hire £36.00.
R 82 | <b>CLERK’S REPORT</b> The clerk’s report on correspondence received was noted. The clerk was asked to write to the Environment Agency about the blocked culvert at Mill Lane.
R 83 | <b>DATE OF NEXT MEETING</b> Monday 15th October 2007 at 7.00 pm, Hartmoor School.
S 6
P The meeting closed at 9.10 pm.
