@title BCC minutes January 2025
@font Helvetica
@fontsize 10.5
@footer Balgarvie Community Council – Minutes 14/01/2025||Page {page}
HC BALGARVIE COMMUNITY COUNCIL
C DRAFT Minutes of the meeting held on Tuesday 14th January 2025 at 7.30pm in Balgarvie Village Hall
H Present
P Community Councillors: Graham Soutar (Chair) (GS), Morag Findlay (Secretary) (MF), Derek Ogilvy (Treasurer) (DO), Alison Petrie (AP), Hamish Lowden (HL), Sheila Crerar (SC). Also present: Cllr Bill Duthie (Angus Council), PC Kirsty Laing (Police Scotland) and 7 members of the community.
H Apologies
P Euan Mathers (EM), Cllr Fiona Braid (Angus Council).
H Chair Comments
P GS welcomed everyone and wished all a happy new year. He thanked the volunteers who had gritted the school brae during the December cold spell.
H Approval of Minutes
P The minutes of the meeting on 12th November 2024 were approved (proposed AP, seconded HL).
H Matters Arising
P Bus shelter at Kirkton road end – MF reported that Angus Council had confirmed the shelter would be replaced by the end of March. Hall roof survey – DO confirmed the survey report had been received and was with the Hall committee.
H Police Matters
P PC Laing reported 6 incidents in the area since November, including a theft of diesel from a farm at Newbigging and two reports of speeding on the B954. Speed checks had been carried out on three occasions. A resident asked whether the mobile speed camera van could attend; PC Laing said she would pass the request on. The report was noted with thanks.
H Current Projects and Issues
P <u>Path network</u>: HL reported that the path from the village to the Den had been cleared of fallen trees by the Ranger service. Signage was still needed at the Millhole junction.
P <u>Defibrillator</u>: SC confirmed that the second defibrillator had been installed at the Hall and registered with The Circuit. Training for volunteers would be held on 8th February.
P <u>Community Action Plan</u>: GS said that the survey had received 142 responses. It was agreed that a drop-in session be held in March to present the results. Action: MF to book the Hall.
H Planning Applications
P 24/00812/FULL – Erection of a dwelling house, land north of Westfield Cottage. AP said that neighbours were concerned about drainage. It was agreed to submit a comment on drainage only. Action: AP.
P 24/00840/PPPL – Planning permission in principle for two houses at Balgarvie Mains. No comment.
H Community Communications
P MF reported that the January newsletter had been delivered to all households and the Facebook page now had 410 followers.
H Correspondence
P Angus Council – Community Council grant claim form for 2025/26. Angus Council – Consultation on the Local Development Plan review (closing 28th February). Scottish Water – Planned works at Balgarvie Water Treatment Works. All correspondence noted.
H Finance
P DO presented the Treasurer's report. Balance at 31st December 2024: £3,412.58, of which £1,850.00 is ring-fenced for the path network. The grant from Angus Council of £615.00 had been received. The Treasurer's report was accepted.
H AOCB
P Cllr Duthie reported that Angus Council's budget would be set on 27th February and that the consultation on school transport had closed. HL asked whether the Council had any plans to repair the Newbigging bridge parapet; Cllr Duthie undertook to find out.
P A resident raised the state of the verges on the Kirkton road after the cable laying works. GS said the Community Council would write to the contractor. Action: MF.
H Date of Next Meeting
P Tuesday 11th March 2025 at 7.30pm in Balgarvie Village Hall.
P The meeting closed at 9.05pm.
