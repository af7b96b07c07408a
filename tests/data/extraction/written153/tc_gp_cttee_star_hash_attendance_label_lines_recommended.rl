@title General Purposes Committee 18 May 2017
@font Times-Roman
@fontsize 11
@numcol 28
@header Wendmouth Town Council || GP 18.05.17
@footer Page {page}
H GENERAL PURPOSES COMMITTEE 18th May2017
P <b>Present</b>
P *Cllr P R Halloran – Chairman<br/>#Cllr Mrs E V Sandercock – Vice-Chairman<br/>*Cllr A J Bassett<br/>*Cllr K Drewitt<br/>#Cllr N F Ormsby (Deputy Mayor)<br/>*Cllr Mrs J Penhallow (Town Mayor)<br/>*Cllr R S Quick<br/>*Cllr T W Yeo
P *Denotes attendance<br/>#Denotes apology for absence
P Observers: Cllr S L Maddern
P Also in attendance: the Town Clerk and 2 members of the public.
S 4
H 1.ELECTION OF VICE-CHAIRMAN.
R Proposed: | Cllr K Drewitt
R Seconded: | Cllr R S Quick
R Resolved: | That Cllr Mrs E V Sandercock be elected Vice-Chairman of the General Purposes Committee for the ensuing year, she having indicated before the meeting that she would be willing to serve.
H 2.DECLARATIONS OF INTEREST.
P Cllr A J Bassett declared a personal interest in item 6 as a member of the Regatta Committee.
H 3.MINUTES OF THE MEETING HELD ON 20th APRIL 2017.
R Proposed: | Cllr T W Yeo
R Seconded: | Cllr Mrs J Penhallow
R Resolved: | That the minutes of the meeting held on 20th April 2017 be signed by the Chairman as a correct record.
H 4.REQUEST FROM WENDMOUTH ROWING CLUB TO SITE A STORAGE CONTAINER ON THE COAL QUAY.
P From Full Council on 9th May 2017 (Minute C/17/044), the request from the Rowing Club had been referred to this Committee for a recommendation. The Club wishes to keep its two training gigs' oars, seats and safety gear in a 20ft container beside the crane base, where it would be clear of the fish lorries' turning space.
P Cllr Quick asked whether the Harbour Authority had been consulted. The Town Clerk confirmed that the Harbour Master had no objection provided the container was moved if the quay was needed for repairs. Cllr Drewitt said that a grey steel box would look out of place on the Coal Quay and asked that it be painted.
R Proposed: | Cllr R S Quick
R Seconded: | Cllr A J Bassett
R Recommended: | That the Rowing Club be granted a licence for one year only, at a fee of £150, on condition that the container is painted in the harbour green and is moved at 14 days' notice.
H 5.PUBLIC SEATS ON THE EMBANKMENT.
P The Clerk reported that three of the seats between the slipway and the lifeboat house had rotten slats and that one had been taped off. Cllr Drewitt suggested that hardwood slats should be fitted rather than buying new seats, as the cast ends were sound.
R Proposed: | Cllr K Drewitt
R Seconded: | Cllr T W Yeo
R Resolved: | That the Clerk obtain quotations for hardwood replacement slats for the three seats, not exceeding £600 in total, and report to the June meeting.
H 6.REGATTA WEEK 2017 – ROAD CLOSURES AND STEWARDING.
P Cllr Bassett left the room.
P Cllr Mrs Penhallow reported that the county highway authority had approved the closure of Foss Street and the lower end of Ferry Hill from 6pm to 11pm on the Friday and Saturday of Regatta Week, and that the Regatta Committee had found twelve stewards. The Town Council's part would be to provide the barriers and the signs, which were already in store.
P The Committee noted the report.
P Cllr Bassett returned.
H 7.PUBLIC CONVENIENCES – WINTER OPENING HOURS.
P Members discussed the complaints received about the Embankment toilets being locked at 4pm from November to March. It was pointed out that the cleaning contract allowed for one evening visit only and that later opening would add about £1,100 a year to the contract. Cllr Yeo said that visitors arriving on the last ferry had nowhere to go and that the town's reputation suffered.
R Proposed: | Cllr T W Yeo
R Seconded: | Cllr R S Quick
P That the Embankment toilets be kept open until 7pm throughout the winter and that the extra cost be met from the General Reserve.
P On being put to the vote the motion was lost (3 for, 4 against).
H 8.DOG FOULING ON THE CASTLE FIELD.
P Deferred to the June meeting, as the District Council's dog warden had not yet replied to the Clerk's letter of 2nd May.
H 9.CORRESPONDENCE.
P (a) Letter from the Wendmouth Society thanking the Council for the new finger post at the top of Jubilee Steps.<br/>(b) E-mail from a resident of Quay Terrace about seagulls and the food waste sacks left out on Sunday nights.<br/>(c) Notice from the District Council of the closure of the Higher Town car park on 3rd and 4th June for resurfacing.
P The correspondence was noted and the Clerk was asked to pass (b) to the District Council.
H 10.DATE OF NEXT MEETING.
P Thursday 15th June 2017 at 7pm in the Guildhall.
S 6
P The meeting closed at 8.52pm.
S 14
P Signed ......................................................... Chairman&nbsp;&nbsp;&nbsp;&nbsp;Date ..............................
