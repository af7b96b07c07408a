@title Sheldmoor Parish Council minutes 2 February 2021
@font Helvetica
@fontsize 10
@numcol 17
@footer Sheldmoor Parish Council – Minutes 2 February 2021 || Page {page}
HC SHELDMOOR PARISH COUNCIL
C Minutes of the Council Meeting held on Tuesday 2 February 2021 at 7:30 pm, held remotely by Zoom videoconference
S 4
P <b>PRESENT</b> Cllr R Penhale (Chair), Cllr S Ackland, Cllr T Bidgood, Cllr M Coombe, Cllr A Daw, Cllr J Heathman, Cllr P Luxton, Cllr K Vosper.
P <b>IN ATTENDANCE</b> Parish Clerk: Mrs E Quick; Cllr D Northcott (District Council); Cllr L Yeo (County Council, from 7:50 pm); Members of the public: 5
H 1. APOLOGIES FOR ABSENCE
R 21.012 | Apologies were received from Cllr Gorfin (work commitment). Cllr Yeo had advised that she would join the meeting late because of another commitment.
H 2. DECLARATION OF INTEREST
R 21.013 | <b>Register of Interests</b><br/>Cllr Coombe declared a new interest as she had become a trustee of the Sheldmoor Village Hall charity.
R 21.014 | <b>Personal interests</b><br/>The following personal interests in items on the agenda were declared:<br/>• Item 9 (minute 21.026): Cllr Bidgood, as a member of the Sheldmoor Allotment Society.<br/>• Item 11 (minute 21.029): Cllr Coombe, as a trustee of the Sheldmoor Village Hall charity.
R 21.015 | <b>Disclosable pecuniary interests</b><br/>No disclosable pecuniary interests in items on the agenda were declared.
R 21.016 | <b>Dispensations</b><br/>No requests for dispensations were received.
H 3. PUBLIC PARTICIPATION SESSION
R 21.017 | The Chair invited representations from the members of the public. A resident of Mill Street asked whether the Council would support a 20 mph limit through the village centre. The Chair explained that the request would be considered under item 10. Another resident thanked the Council for the new bench at Sheldmoor Cross.
H 4. MINUTES OF THE MEETING HELD ON 5 JANUARY 2021
R 21.018 | It was proposed by Cllr Daw, seconded by Cllr Luxton and RESOLVED that the minutes of the meeting held on 5 January 2021 be approved as a correct record. The Chair will sign them when meetings in person resume.
H 5. REPORTS FROM THE COUNTY AND DISTRICT COUNCILLORS
R 21.019 | <b>County Councillor</b><br/>Cllr Yeo had not yet joined the meeting; her written report had been circulated and was noted.
R 21.020 | <b>District Councillor</b><br/>Cllr Northcott reported that the District Council had agreed to extend the small grants scheme for community groups until June. He also reported that the consultation on the Local Plan review would open in March.
H 6. CLERK'S REPORT
R 21.021 | The Clerk reported that the external auditor had signed off the annual return without qualification and that the insurance renewal had been received at a cost of £612.40. The report was noted.
H 7. PLANNING
R 21.022 | <b>21/0044/FUL – Higher Bowden Farm, Sheldmoor</b><br/>Erection of an agricultural building for livestock. Cllr Heathman presented the application. It was proposed by Cllr Heathman, seconded by Cllr Ackland and RESOLVED to support the application.
R 21.023 | <b>21/0061/HOU – 4 Orchard Way, Sheldmoor</b><br/>Single storey rear extension. It was RESOLVED to make no comment on the application.
H 8. FINANCE
R 21.024 | <b>Payments</b><br/>It was proposed by Cllr Vosper, seconded by Cllr Coombe and RESOLVED that the payments listed in the schedule, totalling £1,946.22, be approved.
R 21.025 | <b>Precept 2021/22</b><br/>The Council considered the draft budget circulated by the Clerk. It was proposed by Cllr Vosper, seconded by Cllr Penhale and RESOLVED that the precept for 2021/22 be set at £14,500, an increase of 2.1%.
H 9. ALLOTMENTS
R 21.026 | Cllr Bidgood reported that all plots were let and there were four people on the waiting list. The Allotment Society had asked for a water trough at the lower end of the site. It was agreed that the Clerk should obtain quotations.
H 10. HIGHWAYS AND TRAFFIC
R 21.027 | <b>20 mph limit request</b><br/>Cllr Luxton reported on the request for a 20 mph limit. Members supported the principle but noted that the County Council would require evidence of speeds. It was RESOLVED to ask the County Council for a speed survey on Mill Street. Cllr Yeo joined the meeting at 7:50 pm.
R 21.028 | <b>Sheldmoor Cross junction</b><br/>Cllr Yeo reported that the resurfacing of the Sheldmoor Cross junction was programmed for April.
H 11. CORRESPONDENCE
R 21.029 | The correspondence list was noted. The letter from the Village Hall trustees asking for a grant towards new heaters was deferred to the March meeting so that a quotation could be obtained.
H 12. DATE OF NEXT MEETING
R 21.030 | Tuesday 2 March 2021 at 7:30 pm, by Zoom. The meeting closed at 9:12 pm.
