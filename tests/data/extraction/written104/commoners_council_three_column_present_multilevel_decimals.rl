@title Council Minutes 9 April 2025
@font Helvetica
@fontsize 10.5
@footer Council Minutes {page} 9 April 2025
HC WYTHMOOR COMMONERS’ COUNCIL
P Minutes of the meeting of the Wythmoor Commoners’ Council held at the Moorgate Hotel, Brentmoor Bridge on Wednesday 9 April 2025.
P Present:
G Mr K Northmore - Chairman | Mr D Cleave | Mr R Leaman
G Mrs A Warne – Vice Chairman | Mr S Hannaford | Mr T Luscombe
G Mr P Friend – Deputy Chairman | Mrs J Perryman | Mr M Sandercock
G Mr G Bowden | Mr W Chudley | Ms L Pinsent
P In attendance: Mrs H Stoneman (Clerk), Mr N Ashplant (Livestock Protection Officer)
P <b>1 Chairman’s Remarks</b> Mr Northmore welcomed two young commoners attending as observers and congratulated the Clerk on completing twenty years in post.
P <b>2.</b> Apologies were received from Messrs R Voysey and T Shilston and Mrs P Coker.
P <b>3. Confirmation of Minutes</b> Mr Luscombe pointed out that the figure for ponies gathered at the autumn drift on Ridding Down (item 6) should be 146, not 164. Subject to that correction the minutes of 12 February 2025 were confirmed and signed.
P <b>4. Matters Arising</b>
P <b>4.1 Boundary Stones Survey</b> Mrs Warne reported that volunteers had now recorded 61 of the 74 boundary stones on the northern commons, with photographs and grid references. The remaining stones would be surveyed once the ground had dried.
P <b>4.2 Roadside Fencing at Wistlecombe</b> The Highway Authority had replied that the broken roadside fence would not be repaired until the next financial year. Mr Cleave said that ewes and lambs were on the road most mornings. Council agreed to write again requesting an urgent site meeting.
P <b>4.3 Vehicle Access Track, Ridding Down</b> The landowner’s application to resurface the track was still with the National Park Authority. Consideration was deferred until the Authority’s report is available.
P <b>5. Finance</b>
P <b>5.1 Accounts for the year ended 30 June 2024</b> The independent examiner had signed the accounts without qualification. The accounts were adopted without dissent.
P <b>5.2 Estimates 2025/2026</b> The Clerk presented the estimates, which provide for a 3% rise in members’ contributions. Mr Friend moved their approval, seconded by Mrs Perryman; passed by 17 votes to 1, none abstaining.
P <b>6. Livestock Matters</b>
P <b>6.1 Ponies</b>
P <b>6.1.1</b> Mr Sandercock reported that the spring drift on the northern commons would take place on 14 June and asked for riders and walkers to help.
P <b>6.1.2</b> Ms Pinsent asked that foals left unclaimed after the drift be reported to the Clerk at once. It was agreed that a reminder be sent to all pony keepers with the drift notice.
P <b>6.2 Sheep Scab</b> The Livestock Protection Officer reported two confirmed cases on the southern commons since the last meeting. Mr Ashplant reminded Members that treated sheep must be kept off the common for the full withdrawal period.
P <b>7. Swaling</b> The returns for the 2024/25 season, showing 31 burns completed out of 44 licensed, were noted.
P <b>8. Any Other Business</b> Mr Hannaford raised the damage caused by off-road vehicles near Wistlecombe and asked that it be reported to the police liaison officer.
P <b>9. Date of Next Meeting</b> Wednesday 11 June 2025 at 7.00pm, Moorgate Hotel.
S 24
P Signed ……………………………………… Chairman          Date ………………………
