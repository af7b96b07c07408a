@title Town Board Minutes March 11 2020
@font Times-Roman
@fontsize 12
@footer {page}
I Because of the Governor's executive order on public gatherings, residents are asked to confirm all scheduled meeting dates with the Town Clerk before attending. Meetings after March 16 may be held by telephone conference.
S 8
G STATE OF NEW YORK | MARCH 11, 2020
G COUNTY OF WESTFALL |  
S 8
H PUBLIC HEARING 6:30 PM
P <u>Public Hearing Local Law # 1 of 2020</u>
P Supervisor Kowalczyk declared the public hearing on Local Law #1 of 2020, known as the Town of Veddersburg Solar Energy Facilities Law, open with the following members present: Councilmembers Van Alstyne, Bruno, Heller &amp; Oduya. Supervisor Kowalczyk opened the floor to guests: Ruth Zabel, Carl Brisbin, Anita Pozzi and Tom Maher all spoke in favor of limiting large solar arrays to the industrial zone. Mr. Brisbin asked that the setback from residences be increased to 500 feet. Ms. Pozzi offered to collect written comments from residents on Dutch Hollow Road. Supervisor Kowalczyk thanked everyone for their comments and, there being no further comment, declared the hearing closed at 6:58 PM.
S 6
H REGULAR MEETING
P The regular monthly meeting of the Town Board of the Town of Veddersburg was held on the above date with the following officers present: Supervisor Kowalczyk, Councilmembers Van Alstyne, Bruno, Heller &amp; Oduya. Also present were Town Clerk Dunlap, Attorney Reinhart, Highway Superintendent Gage and several interested citizens. The Pledge of Allegiance was led by Supervisor Kowalczyk who then called the meeting to order at 7:00 PM.
P The minutes of 02/12/20 were presented and Councilmember Heller made a motion to add the names of the residents who spoke about the salt shed. There was no second and the motion failed. Supervisor Kowalczyk made a motion, seconded by Councilmember Bruno to accept the minutes of 2/12/20. Motion carried with the following roll call vote: Supervisor Kowalczyk, Councilmembers Bruno, Van Alstyne &amp; Oduya voting aye. Councilmember Heller voted nay.
P Supervisor Kowalczyk made a motion, seconded by Councilmember Oduya to approve the Supervisor's monthly report for February. Motion carried unanimously.
P Councilmember Van Alstyne made a motion, seconded by Councilmember Bruno to pay General Fund vouchers #51 through #78 in the amount of $23,416.09 and Highway Fund vouchers #19 through #33 in the amount of $31,882.40. Motion carried unanimously.
P Highway Superintendent Gage reported that the department had used 1,140 tons of salt this winter and that the loader needs a new transmission. He asked the Board to consider a budget transfer at the April meeting.
P Councilmember Heller made a motion, seconded by Councilmember Oduya to schedule a public hearing on Local Law #2 of 2020 (Dog Control) for April 8, 2020 at 6:30 PM. Motion carried unanimously.
P Councilmember Oduya made a motion, seconded by Councilmember Van Alstyne to table Local Law #1 of 2020 until the County Planning Board has completed its review. Motion carried with the following roll call vote: Councilmembers Oduya, Van Alstyne, Bruno &amp; Heller voting aye. Supervisor Kowalczyk voted nay.
P Attorney Reinhart advised that the Town's emergency procedures allow a meeting to be held by telephone conference if the public can listen in. Supervisor Kowalczyk made a motion, seconded by Councilmember Bruno to authorize the Supervisor to hold the April meeting by telephone conference if public gatherings are still restricted. Motion carried unanimously.
P Town Clerk Dunlap reported that dog license renewals are due by March 31 and that 212 of 540 licenses had been renewed so far.
P Councilmember Bruno made a motion, seconded by Councilmember Heller to adjourn the meeting at 8:14 PM. Motion carried unanimously.
S 14
P Respectfully submitted,
S 18
P Beverly Dunlap
P Town Clerk
