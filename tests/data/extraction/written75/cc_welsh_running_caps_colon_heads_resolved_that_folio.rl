@title Cofnodion / Minutes 21.01.2026
@font Helvetica
@fontsize 10.5
@numcol 14
@pageoffset 40
@footer {page}
HC Cyngor Cymunedol Llanfedw, Cwm a Rhydwen
HC Llanfedw, Cwm &amp; Rhydwen Community Council
S 4
HC MINUTES OF THE COUNCIL MEETING HELD ON 21 JANUARY 2026 AT THE OLD SCHOOL, PENTRE CWM
S 4
G PRESENT: | Cllrs: J Bellis-Roberts, H Cadwaladr, D A Parry, T G Hughes (in the Chair), R Owen, C Maddocks, K Pennant, G W Tudor
G ALSO PRESENT: | Huw Rowlands (Clerk/RFO)
S 4
R 86 | <b>APOLOGIES:</b><br/>Cllrs M Pritchard and E Lloyd-Jones.
R 87 | <b>OPEN FORUM</b><br/>Mr Gareth Hughes of Bryn Teg asked when the Council would reply to his letter about the condition of the lane to Pentre Isaf. The Chair explained that the matter was on the agenda under Matters Arising.
R 88 | <b>NORTH WALES POLICE REPORT</b><br/>PCSO Siân Roberts reported that there had been two reports of sheep worrying near Moel Rhydwen and one theft of heating oil. She asked residents to keep dogs on leads near livestock.
R 89 | <b>URGENT MATTERS</b><br/>It was noted that Cllr E Lloyd-Jones had been absent from meetings for some time through illness. In due regard to the circumstances, it was RESOLVED: That the absence be approved and that Cllr Lloyd-Jones be given a further six month period in which to attend a meeting of the Council.
R 90 | <b>DECLARATIONS OF INTEREST</b><br/>Cllrs D A Parry and R Owen declared an interest in Item 10 on the agenda – Financial Assistance to Voluntary or Community Bodies, due to a close family attachment.
R 91 | <b>MINUTES</b><br/>The Minutes of the Meeting of the Council held on 17 December 2025 were considered.<br/>RESOLVED: That the Minutes be received and confirmed, as a correct record.
R 92 | <b>MATTERS ARISING</b><br/>(i) Lane to Pentre Isaf – the Clerk reported that Denbighshire County Council had added the lane to its patching programme for March. He would write to Mr Hughes accordingly.<br/>(ii) Defibrillator training – the Clerk reported that the British Heart Foundation trainer had offered new dates in February.<br/>(iii) Website – Cllr Pennant reported that the accessibility statement had been updated and the Welsh pages were now complete.
R 93 | <b>FINANCE</b><br/>(a) Payments. The schedule of payments for December and January was presented.<br/>RESOLVED: That the payments listed in the schedule, totalling £1,846.30, be approved.<br/>(b) Budget and Precept 2026/27. The Clerk presented the draft budget. Cllr Maddocks asked that provision be made for the replacement of the bus shelter at Cwm.<br/>RESOLVED: That the precept for 2026/27 be set at £14,500.
R 94 | <b>PLANNING</b><br/>(a) 47/2025/1109 – Erection of agricultural building, Tyddyn Uchaf – No objection.<br/>(b) 47/2025/1122 – Conversion of chapel to dwelling, Capel Seion, Rhydwen – after discussion it was RESOLVED: That the Council objects to the application on the grounds of inadequate parking and access.
R 95 | <b>FINANCIAL ASSISTANCE TO VOLUNTARY OR COMMUNITY BODIES</b><br/>Cllrs D A Parry and R Owen left the meeting for this item.<br/>RESOLVED: That grants be made as follows: Rhydwen Young Farmers’ Club £250; Cwm and District Eisteddfod £300; Llanfedw Playgroup £200.
R 96 | <b>CORRESPONDENCE</b><br/>One Voice Wales – area committee meeting on 5 March; Denbighshire County Council – consultation on winter gritting routes; Wales Audit Office – audit timetable. The correspondence was noted.
R 97 | <b>DEFIBRILLATOR SIGNAGE</b><br/>Cllr Bellis-Roberts briefed the Council on options and costs for signs showing the location of the three defibrillators. It was agreed that a proof be brought to the next meeting.
R 98 | <b>DATE OF NEXT MEETING</b><br/>Wednesday 18 February 2026 at 7.00pm at the Old School, Pentre Cwm.
P The meeting closed at 9.05pm.
