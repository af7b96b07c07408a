@title BRJO Board Meeting 4 - 2 December 2022
@font Helvetica
@fontsize 10
@footer BRJO Board Meeting #4 - 2 December 2022||Page {page}
HC Bellbird Ranges Joint Organisation
HC BRJO Board Meeting
C Tumbarra Learning Centre
C 9.00 am Friday 2 December 2022
S 8
TH Agenda Item | (Attachment) | Pg No
T 1. Welcome &amp; Introductions (Present &amp; Apologies) | |
T 2. Urgent Business or Late Items | |
T 3. Confirmation of BRJO Board Minutes – 16 September 2022 | | 2
T 4. BRJO Chair’s Report | |
T 5. GMAC Recommendations | |
T | 5.1 GMAC Draft Minutes 14 October 2022 | 4
T 6. BRJO Finance Report | |
T 7. Regional Waste Contract – Evaluation Outcome | |
T 8. BRJO Strategic Directions 2023-2026 (commencing with a presentation by GMAC) | |
T 9. Access to Regional Hospitals by Cross-Border Residents | |
T 10. Report – Department of Regional Development | |
T 11. Report – Office of Local Government | |
T 12. BRJO Action List | |
T 13. Next Meeting: 23 &amp; 24 February 2023 in Tumbarra | |
S 8
H Members
TH Council | Mayor | General Manager
T Amberdale Downs Shire Council | Cr Donna Rafferty (Chair) | Lachlan Perrott
T Corrabin Vale Council | Cr Ian Tremaine | Dr Helena Marsh
T Goorinda Regional Council | Cr Patrick Dolan | Warwick Bellamy
T Mirri Mirri Shire Council | Cr Sue Faraday | Andrew Kiely
T Tumbarra Regional Council | Cr Ray Lindqvist | Fiona Ashworth
T Wallambee Plains Council | Cr Grant Heffernan | Melissa Oyelowo
H Attendees
P BRJO Executive: Colin Merriman (Executive Officer), Sian Burrows (Regional Projects Officer)<br/>State Government: Tom Acheson, Department of Regional Development; Leanne Wu, Office of Local Government
PB
HC BRJO Board Meeting #3: 16 September 2022 MINUTES
P <b>Meeting Opened:</b> The meeting opened at 10.00am at the Goorinda Civic Centre.
H 1 Welcome and Introductions
P Cr Donna Rafferty, Chair, welcomed members and acknowledged the traditional custodians of the land. Cr Patrick Dolan welcomed members to Goorinda.
P <b>Present:</b> Cr Donna Rafferty, Lachlan Perrott (Amberdale Downs); Cr Ian Tremaine, Dr Helena Marsh (Corrabin Vale); Cr Patrick Dolan, Warwick Bellamy (Goorinda); Cr Sue Faraday (Mirri Mirri); Cr Ray Lindqvist, Fiona Ashworth (Tumbarra); Cr Grant Heffernan (Wallambee Plains); Colin Merriman, Sian Burrows (BRJO); Tom Acheson (Department of Regional Development).
H 2 Apologies
P Andrew Kiely (Mirri Mirri), Melissa Oyelowo (Wallambee Plains), Leanne Wu (Office of Local Government).
P <b>Resolved:</b> That the apologies be accepted. (Cr Tremaine / Cr Heffernan)
H 3 Urgent Business or Late Items
P Nil.
H 4 Confirmation of BRJO Board Minutes – 3 June 2022
P <b>Resolved:</b> That the minutes of the BRJO Board meeting held 3 June 2022 be confirmed as a true record. (Cr Lindqvist / Cr Faraday)
H 5 BRJO Chair’s Report
P Cr Rafferty spoke to her report, including the meeting with the Minister for Regional Roads in August and the joint submission on the State infrastructure strategy.
P <b>Resolved:</b> That the Chair’s report be noted. (Cr Dolan / Cr Tremaine)
H 6 GMAC Recommendations
P Lachlan Perrott, GMAC Chair, presented the recommendations of the General Managers’ Advisory Committee meeting of 12 August 2022.
P <b>Resolved:</b> That the Board endorse GMAC recommendations 1 to 4 as set out in the report. (Cr Heffernan / Cr Lindqvist)
H 7 BRJO Finance Report
P Colin Merriman presented the finance report to 31 August 2022 and noted that member contributions for 2022-23 had been received from five of the six councils.
P <b>Resolved:</b> That the finance report be received. (Cr Faraday / Cr Dolan)
H 8 Regional Waste Contract
P Colin Merriman advised that the evaluation of tenders for the regional waste contract was not complete. Cr Tremaine asked that the evaluation include the cost of transfer stations.
P The matter was deferred to the December meeting.
H 9 Advocacy – Access to Regional Hospitals
P Members discussed the difficulties residents in the southern districts face in being admitted to hospitals across the border. Dr Helena Marsh said that two patients from Corrabin Vale had been transferred back within the week.
P <b>Resolved:</b> That the Chair write to the Minister for Health seeking a cross-border patient agreement. (Cr Tremaine / Cr Rafferty)
H 10 Report – Department of Regional Development
P Tom Acheson gave a verbal update on the regional drought resilience program and the timing of the next funding round.
H 11 BRJO Action List
P <b>Resolved:</b> That the action list be noted. (Cr Lindqvist / Cr Heffernan)
H 12 Next Meeting
P Friday 2 December 2022 at Tumbarra.
P <b>Meeting Closed:</b> The meeting closed at 1.20pm.
PB
HC General Managers’ Advisory Committee (GMAC)
HC Draft Minutes
C Friday 14 October 2022, 10.00am, via Microsoft Teams
H 1. Present and Apologies
P <b>Present:</b> Lachlan Perrott (Chair), Dr Helena Marsh, Warwick Bellamy, Andrew Kiely, Fiona Ashworth, Melissa Oyelowo, Colin Merriman (BRJO).<br/><b>Apologies:</b> Nil.
H 2. Minutes of GMAC Meeting 12 August 2022
P The minutes of the meeting held 12 August 2022 were confirmed. (Fiona Ashworth / Warwick Bellamy)
H 3. Regional Roads Priorities
P Warwick Bellamy presented the updated list of regional road priorities. Andrew Kiely asked that the Mirri Mirri freight bypass be moved up the list.
P <b>Recommendation to the Board:</b> That the Board adopt the revised regional road priorities list for advocacy in 2023.
H 4. Joint Procurement Update
P Colin Merriman reported that the joint fuel card contract had started on 1 October and that the line marking tender would close in November.
H 5. BRJO Strategic Directions 2023-2026
P The General Managers agreed to present the draft strategic directions to the Board on 2 December, with Dr Helena Marsh and Melissa Oyelowo to lead the presentation.
H 6. Other Business
P Fiona Ashworth raised staff shortages in building certification and suggested a shared certifier for the region. Members agreed that the Executive Officer would scope the idea.
H 7. Next Meeting
P Friday 9 December 2022, 10.00am, via Microsoft Teams.
