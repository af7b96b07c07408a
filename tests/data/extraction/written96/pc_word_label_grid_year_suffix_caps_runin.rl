@title Minutes 25 July 2022
@font Helvetica
@fontsize 11.5
@footer Signed .................................................. (Chair)          Date ............................ // Page {page}
HC MORTON GWYN PARISH COUNCIL
HC Minutes of the Meeting of the Council Monday 25th July 2022 at 7.00pm
C Held in the Pavilion, Morton Gwyn Recreation Ground
S 4
G <b>PRESENT</b> | Cllrs Helen Bebb (Chair), Owen Pryce, Sian Corfield, Robert Hughes, Mair Edwards, Dafydd Gittins and Lynne Parry
G <b>APOLOGIES</b> | Cllr Tom Evason (work) Cllr Gwen Lloyd-Jones (holiday)
G <b>CLERK</b> | Ms Catrin Maddox
G <b>MEMBERS OF THE PUBLIC</b> | Four members of the public were in attendance
S 4
P <b>38.22 DECLARATIONS OF INTEREST AND DISPENSATIONS</b> a) Cllr Gittins declared a personal interest in item 44.22 (b) as a member of the Pavilion Management Committee. b) No dispensations were required.
S 5
P <b>39.22 MINUTES OF COUNCIL MEETING DATED 27th JUNE 2022</b> The Minutes were submitted and circulated as read. It was RESOLVED (unanimously) that the minutes of the meeting be approved and they were signed by the Chair as a correct record of that meeting.
S 5
P <b>40.22 PUBLIC PARTICIPATION SESSION</b> A resident of Wern Lane asked what progress had been made on the request for a footway to the school. Cllr Bebb explained that Shropshire Council had placed the scheme on its list for 2023/24 and the Clerk would circulate the letter. Two residents raised the state of the hedges on the Knockley road.
S 5
P <b>41.22 REPORTS</b> a) Shropshire Councillor Ruth Maddocks reported that the review of the Local Plan had been paused and that the new grass verge cutting schedule would start in August. b) A report had been received from PCSO Iwan Roberts, who recorded two thefts of fuel from farm yards and a rise in off road bikes using the bridleway at Pentre Wood. Cllr Hughes reported that gates on the bridleway had been left open. c) Cllr Corfield reported on the meeting of the Marches Rural Local Joint Committee.
S 5
P <b>42.22 PLANNING</b> a) 22/02614/FUL Erection of an agricultural building, Upper Hendre Farm. It was RESOLVED to support the application. b) 22/02711/HHE Single storey rear extension, 6 Bryn Close. It was RESOLVED to make no comment. c) Decisions received from Shropshire Council were noted.
S 5
P <b>43.22 HIGHWAYS</b> Cllr Pryce reported the blocked culvert at the bottom of Wern Lane and the poor state of the road edge at Tyn-y-coed. It was AGREED that the Clerk should report both on the Shropshire Council portal and ask the Shropshire Councillor for assistance.
S 5
P <b>44.22 PAVILION AND RECREATION GROUND</b> a) Play equipment – The annual RoSPA inspection report had been circulated. Cllr Edwards proposed that the two medium risk items be repaired by the existing contractor at a cost of £420, seconded by Cllr Parry. Carried 6 in favour, 1 abstention. b) Pavilion roof – Cllr Gittins left the room. Three quotations were considered and it was RESOLVED to accept the lowest quotation from Marches Roofing at £2,960 plus VAT. Cllr Gittins returned.
S 5
P <b>45.22 FINANCE</b> a) It was RESOLVED to approve the payments listed in the schedule circulated by the Clerk, totalling £1,873.40. b) The bank reconciliation to 30th June 2022 was received and noted. c) The Clerk reported that the external auditor had confirmed receipt of the AGAR.
S 5
P <b>46.22 TRAINING</b> Cllr Parry asked for places on the SALC councillor training course. It was AGREED that two places be booked at £35 each.
S 5
P <b>47.22 CORRESPONDENCE</b> The list of correspondence had been circulated. There were no matters requiring a decision.
S 5
P <b>48.22 DATE OF NEXT MEETING</b> Monday 26th September 2022 at 7.00pm in the Pavilion.
S 5
S 6
P The meeting closed at 8.52pm.
