@title Pennisford Parish Council minutes 12 July 2022
@font Helvetica
@fontsize 10
@numcol 14
@header Pennisford Parish Council||Minutes 12.07.2022
@footer Chairman’s signature ……………………………  Date ……………||Page {page}
HC MINUTES OF A MEETING OF PENNISFORD PARISH COUNCIL HELD ON TUESDAY 12th JULY 2022 AT 7.30 PM AT THE OLD FORGE ROOM
S 4
P <b>PRESENT:</b> Cllr D Kettering (Chairman) Cllr S Amory Cllr P Nuttall Cllr H Brightwell Cllr J Oduya Mrs K Pellow (Parish Clerk)
P <b>IN ATTENDANCE:</b> County Cllr F Ashdown District Cllr R Tamblyn 7 members of public
S 4
R 41. | <b>Apologies.</b> To note apologies and the reasons given. District Cllr M Gorringe (another council meeting).
R 42. | <b>Declarations of Interest.</b> Members to declare any interest in items on this agenda and its nature. Cllr H Brightwell item 46.2 non pecuniary – neighbouring property. Cllr J Oduya item 48 non pecuniary – Speedwatch volunteer.
R 43. | <b>Minutes.</b> To sign the minutes of the meeting of 10th May 2022 as a correct record. Resolved: That the Chairman signs the minutes of 10th May 2022 as a correct record. All in favour (prop Cllr Nuttall 2nd Cllr Amory).
R 44. | <b>Public Forum</b> Members of the public may speak for up to three minutes each, fifteen minutes in all. A resident asked why the hedge along the Pound Lane footway had not been cut this year. County Cllr F Ashdown replied that the hedge was the landowner’s responsibility and that she had written to him. Mr Colin Rudd spoke about the stile on footpath 7, which has rotted through and is now unsafe for older walkers; he offered to help with the repair. Cllr Oduya agreed to look at the stile with Mr Rudd and report back. Two residents spoke against application 22/02010/FUL (item 46.2), listing: • the access onto Pound Lane is on a blind bend • the field floods in most winters • the two houses would overlook the gardens of Pound Cottages
R 45. | <b>County and District Councillor Reports.</b> To hear reports from the county and district councillors. County Cllr Ashdown reported that the Highways Local Fund bid for the Mill Way crossing has been approved in principle and that the survey will take place in September. District Cllr Tamblyn presented his written report, previously circulated, and answered questions on the new garden waste charges.
R 46. | <b>Planning.</b> To comment on applications notified by the district council.
R 46.1 | 22/01877/HFUL – 4 Mill Way – single storey rear extension. Resolved: to support the application (prop Cllr Amory 2nd Cllr Kettering). All in favour.
R 46.2 | 22/02010/FUL – Land east of Pound Lane – erection of two dwellings with new access. Cllr Brightwell, having declared an interest, left the room. Members considered the residents’ comments from the Public Forum. Resolved: to object on the grounds of highway safety at the proposed access and the risk of surface water flooding (prop Cllr Nuttall 2nd Cllr Oduya). 4 for, 0 against. Cllr Brightwell returned.
R 47. | <b>Finance.</b> To receive the accounts and authorise payments.
R 47.1 | <b>To approve payments.</b> Resolved: to approve the payments listed in the schedule, totalling £1,286.40 (prop Cllr Kettering 2nd Cllr Brightwell). All in favour.
R 47.2 | <b>Bank reconciliation.</b> The reconciliation to 30th June 2022 was noted and signed by the Chairman.
R 48. | <b>Community Speedwatch.</b> To hear progress and consider equipment. Cllr Kettering reported that six volunteers have now completed training and that sessions on Mill Way had recorded 41 vehicles over the limit in June. Cllr Oduya said a second speed gun would allow two sites to be covered on the same evening. Resolved: to purchase a second speed gun at £245 from the Speedwatch allocation (prop Cllr Oduya 2nd Cllr Amory). All in favour.
R 49. | <b>Village Green Bench.</b> To consider the Women’s Institute’s request for a memorial bench. Quotations had not been received. Deferred to the September meeting.
R 50. | <b>Clerk’s Report.</b> For information. The Clerk reported that the play area inspection is booked for 2nd August, that the insurance renewal has been received at £612.18 and that the defibrillator pads expire in October.
R 51. | <b>Date of next meeting.</b> Tuesday 13th September 2022 at 7.30 pm at the Old Forge Room.
S 10
P Meeting closed at 9.20 pm
