@title CHCC Minutes 2021-09-22
@font Helvetica
@fontsize 10.5
@header_first 
@header Cwm Heulog Community Council || Minutes 22nd September 2021
@footer CHCC Minutes 2021-09-22 FINAL.docx || Page {page}
HC CYNGOR CYMUNED CWM HEULOG COMMUNITY COUNCIL
C Clerc i'r Cyngor | Clerk to the Council: R M Pryce-Watkin CiLCA, FSLCC
C Swyddfa'r Cyngor, 4 Stryd y Bont, Cwm Heulog, Powys
S 6
P <b>MINUTES of COUNCIL ORDINARY BUSINESS MEETING on Wednesday 22nd September 2021 at 7.30pm held remotely on Zoom-Pro platform.</b>
P <b>1.0 Welcome, Attendance, Remote Meeting Etiquette and Apologies for Absence:</b> to record attendance, to recap on the remote meeting etiquette, to receive and resolve if desired to approve absence(s) (paper 1 previously circulated).
P The Chairman welcomed all to the meeting and reminded Members that microphones should be muted except when speaking.
P Attendance: Cllr G H Beddoes (Chairman), Cllr S Corfield, Cllr T Jenkins-Hope, Cllr D A Mostyn, Cllr P Lewis, Cllr W R Owen (Vice-Chairman), Cllr E Tudor.
P Apologies for absence approved by Council: Cllr M Pritchard (work commitment).
P Other apologies for absence received: None.
P Other Members absent: Cllr K Davies.
P In attendance: R M Pryce-Watkin (Clerk to the Council); one member of the public.
P <b>2.0 Declarations of Members' Interests and Dispensations:</b> to receive declarations of interest from Members in accordance with Part III of the Local Government Act 2000, which established the Local Government Code of Conduct for Members, and to note Members' dispensations (papers 2a-b previously circulated).
P Members declared personal/prejudicial interests at the start of the meeting as follows:
TH Agenda Item Number | Councillor | Nature of Declaration
T 5.2 | D A Mostyn | Personal & prejudicial interest as a neighbour of the applicant
T 7.2 | E Tudor | Personal interest as treasurer of the Cwm Heulog Show Society
P <b>3.0 Public Participation:</b> to receive members of the public who wish to address the council in respect of any item of business on the agenda.
P A resident of Heol Ddu, Mr O Rhydderch, spoke about the speed of traffic past the school and asked the Council to support a 20mph limit. The Chairman thanked him and said that the matter would be taken under item 6.0.
P <b>4.0 Minutes:</b> to confirm the minutes of the ordinary business meeting held on 25th August 2021 (paper 4 previously circulated).
P RESOLVED: to confirm the minutes of the meeting held on 25th August 2021 as a true record, to be signed by the Chairman at the next meeting held in person.
P <b>5.0 Planning:</b>
P <b>5.1 P/2021/0733 Erection of agricultural livestock building, Tir Gwyn, Cwm Heulog:</b> to consider the application (paper 5a previously circulated).
P Cllr W R Owen reported that the building would be screened by the existing woodland. RESOLVED: to support the application.
P <b>5.2 P/2021/0761 Two storey side extension, 9 Maes Heulog:</b> to consider the application (paper 5b previously circulated).
P Cllr D A Mostyn left the meeting for this item. RESOLVED: to support the application subject to the neighbour's concerns about overlooking being considered by the planning officer.
P <b>5.3 P/2021/0798 Works to trees in a conservation area, The Old Vicarage:</b> to consider the application (paper 5c previously circulated).
P RESOLVED: to leave the decision to the Powys County Council tree officer.
P <b>6.0 Highways and Rights of Way:</b> to receive reports and to resolve on any actions required.
P Cllr S Corfield reported that the footpath from Pont y Felin to the chapel was blocked by a fallen tree. Further to the public participation session, Members discussed a 20mph limit past the school. RESOLVED: to write to Powys County Council in support of a 20mph limit outside Ysgol Cwm Heulog.
P <b>7.0 Finance:</b> to receive the financial statement and to approve payments (papers 7a-c previously circulated).
P 7.1 The Clerk presented the financial statement to 31st August 2021, showing a balance of £14,206.33 across both accounts.
P 7.2 Cllr E Tudor declared her interest and took no part. RESOLVED: to approve a grant of £300 to the Cwm Heulog Show Society.
P 7.3 RESOLVED: to approve the payments listed in paper 7c totalling £1,918.40.
P <b>8.0 Correspondence:</b> to receive correspondence (paper 8 previously circulated).
P The correspondence list was received and noted.
P <b>9.0 Reports from Members on Outside Bodies:</b> to receive reports.
P Cllr T Jenkins-Hope reported on the One Voice Wales area meeting, which had discussed the return to in-person meetings. Cllr P Lewis reported that the Village Hall committee had reopened the hall for regular bookings.
P <b>10.0 Items for Information and the Next Agenda:</b> to receive items.
P Remembrance Sunday arrangements; precept and budget 2022/23.
P <b>11.0 Date of Next Meeting:</b> Wednesday 27th October 2021 at 7.30pm, venue to be confirmed.
P The meeting closed at 9.02pm.
S 12
P Signed ……………………………… Chairman &nbsp;&nbsp;&nbsp; Date ………………………
