@title Camuslinn CC Minutes 20 May 2013
@font Helvetica
@fontsize 11
@footer Camuslinn CC Minutes 20 May 2013||Page {page}
HC MINUTES OF THE MEETING OF CAMUSLINN &amp; DISTRICT COMMUNITY COUNCIL HELD IN CAMUSLINN VILLAGE HALL ON MONDAY, 20 MAY 2013 at 7.30 pm.
S 6
P <b>PRESENT :</b>
G C M MacRae (Chair) | Cllr I Campbell
G A Nicolson (Vice Chair) | D Ferguson (Ranger Service)
G J Sanderson (Treasurer) | A Rae (Ranger Service)
G M Jones | 2 Residents
G I Matheson |
G J Storie |
S 4
P <b>APOLOGIES</b> were intimated by G Finlayson &amp; R Maclean
P Before the business of the meeting Mr Ferguson and Ms Rae of the Highland Council Ranger Service spoke about the proposed coastal path between Camuslinn and Ardnish. D Ferguson explained that the route would follow the old peat road for most of its length and that two new footbridges would be needed. A Rae described the consultation with landowners and crofters, which would run until the end of July. In answer to a question from J Storie, she confirmed that the path would not be promoted until the parking at the pier had been improved. The Chairman thanked them both and their slides will be circulated by email.
P <b>1. MINUTES OF LAST MEETING</b> Adoption of the April Minutes was proposed by I Matheson and seconded by M Jones.
P <b>Matters arising :</b>
P a) <u>Police Matters</u> – Nothing to report this month.
P b) <u>Camuslinn Play Area</u> – The replacement swings have been ordered and should be fitted in June.
P c) <u>Slipway Safety Issue</u> – Still awaiting the harbour engineer’s visit. (Action Cllr Campbell)
P d) <u>Old School Road</u> – The drainage grant bid has been submitted to the Ward budget; a decision is expected in July. Residents of the cottages have been told about the delay.
P e) <u>Roads</u> – Members were unhappy with the surface dressing on the hill above the school, where loose chippings have cracked two windscreens. It was agreed to ask TEC Services to sweep the hill and to re-inspect it in June. (Action Cllr Campbell)
P <b>2. TREASURER’S REPORT</b> J Sanderson reported a balance of £1,874.20 in the current account and £640.00 in the Gala account. The annual accounts have been passed to the independent examiner.
P <b>3. PLANNING</b> 13/01455/FUL – Erection of house, Plot 3 Ardnish Croft – No objections.
P <b>4. COMMUNITY COUNCIL ELECTIONS</b> The Chairman explained that nomination papers must be returned to the Returning Officer by 12 noon on 6 September. A Nicolson asked whether the number of seats could be increased from eight to ten. It was agreed that the Secretary would write to the Ward Manager to ask.
P <b>5. CORRESPONDENCE</b> The following were noted: Highland Council – Gritting Policy consultation; NHS Highland – Dental Services leaflet; Camuslinn Gala Committee – request for help with marshalling on 3 August.
P <b>6. ANY OTHER COMPETENT BUSINESS</b>
P a) <u>Defibrillator</u> – M Jones reported that the Gala Committee would contribute £300 towards a defibrillator for the hall. Discussion was deferred to the June meeting, when the full cost will be known.
P b) <u>Notice board</u> – The glass in the notice board at the shop is cracked. I Matheson offered to replace it.
P <b>7. DATE OF NEXT MEETING</b> Monday, 17 June 2013 at 7.30 pm in Camuslinn Village Hall.
S 24
P Signed ……………………………………… Chairman &nbsp;&nbsp;&nbsp;&nbsp; Date ………………………
