@title Mirrabook Shire Council Minutes 10 November 2008
@font Helvetica
@fontsize 10.5
@footer Unconfirmed Minutes 10th November 2008||{page}
HC MIRRABOOK SHIRE COUNCIL
S 6
HC MINUTES OF THE ORDINARY MEETING OF THE MIRRABOOK SHIRE COUNCIL HELD AT THE SHIRE HALL, GIDGEE STREET, MIRRABOOK CROSSING, ON MONDAY 10th NOVEMBER 2008 COMMENCING AT 9:06AM
S 8
H ATTENDANCE:
P Councillors R Hensley (Mayor), D Quayle (Deputy Mayor), P Jorgenson, L Matheson, T Kirwan
P Chief Executive Officer Warwick Pettit, Works Manager Col Durack, Minute Secretary Sharon Iles
P Mayor Cr Hensley opened the meeting and welcomed everyone, and thanked the Works Manager for his efforts during the recent flooding of the Coolabah Creek crossing.
H APOLOGIES
P Nil
H CONFIRMATION OF MEETING MINUTES
P <b>RESOLUTION: 2008.11.1</b> That the minutes of the General Meeting of the Mirrabook Shire Council held on Monday 13th October 2008 be confirmed as a true account of the events.
G Moved: Cr Kirwan | Seconded: Cr Matheson | CARRIED: 5/0
H BUSINESS ARISING FROM PREVIOUS MEETING
P <u>Community Groups Governance Training</u> The Chief Executive Officer to investigate funding under the Regional Development Program and report to the December meeting.
P <u>Stock Route Water Facility</u> Cr Quayle asked whether the Department had replied about the bore at Twelve Mile. The CEO advised that a reply was still awaited.
H MEMBERS' BUSINESS
P Councillors raised the following matters:
P Item 1 Cr Jorgenson • Airport terminal – security grille on the western door to be repaired before the wet season
P Item 2 Cr Quayle • Brolga Creek crossing – safety of the side rail to be considered, or a kerb installed • Shire Ball 2009 – suggested Saturday 18th April 2009 at the Shire Hall
P Item 3 Cr Matheson • Business development in the Shire – Council to seek advice on how local businesses may be supported
P <b>RESOLUTION: 2008.11.2</b> That the Chief Executive Officer obtain appropriate legal advice as to how Council may support the development of business interests within the Shire.
G Moved: Cr Matheson | Seconded: Cr Jorgenson | CARRIED: 5/0
P The Council Meeting broke for morning tea at 10:24am and resumed at 10:46am.
H CHIEF EXECUTIVE OFFICER'S REPORT
P The Chief Executive Officer presented his report, covering the 2008/09 budget review, the Local Government Association conference and staff housing at Mirrabook Crossing. Cr Hensley asked that the housing report come back to Council with costings for two new units.
P <b>RESOLUTION: 2008.11.3</b> That the Chief Executive Officer's report be received.
G Moved: Cr Quayle | Seconded: Cr Kirwan | CARRIED: 5/0
H WORKS MANAGER'S REPORT
P The Works Manager presented his report on flood damage restoration, the reseal program and the gravel pit at Wirrinderra Downs. He advised that the flood damage claim has been lodged with the Department for $1.26 million.
P <b>RESOLUTION: 2008.11.4</b> That the Works Manager's report be received and that Council renew the lease of the Wirrinderra Downs gravel pit for a further five years.
G Moved: Cr Jorgenson | Seconded: Cr Quayle | CARRIED: 4/1
H FINANCE REPORT
P <b>RESOLUTION: 2008.11.5</b> That the accounts as listed totalling $412,388.07 be passed for payment.
G Moved: Cr Kirwan | Seconded: Cr Jorgenson | CARRIED: 5/0
H CORRESPONDENCE
P <b>RESOLUTION: 2008.11.6</b> That the inwards correspondence be received and the outwards correspondence be endorsed.
G Moved: Cr Matheson | Seconded: Cr Quayle | CARRIED: 5/0
H TOWN PLANNING
P <u>Application for Reconfiguring a Lot (1 into 2) – Lot 4 on SP 118273, Brolga Road</u>
P <b>RESOLUTION: 2008.11.7</b> That Council approve the application for reconfiguring a lot subject to the conditions in the attached schedule.
G Moved: Cr Quayle | Seconded: Cr Matheson | CARRIED: 5/0
H GENERAL BUSINESS
P Christmas closure – Council agreed that the Shire office close from 24th December 2008 and reopen on 5th January 2009.
P Cr Kirwan raised the condition of the Twelve Mile grid and asked that it be inspected.
H NEXT MEETING
P The next General Meeting of Council will be held on Monday 8th December 2008 commencing at 9:00am.
H CLOSURE
P There being no further business the meeting closed at 12:52pm.
