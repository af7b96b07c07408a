@title Minutes Ordinary Business 211025
@font Helvetica
@fontsize 10
@header_first clerk@bryncaled.org.uk || www.bryncaled.org.uk
@header clerk@bryncaled.org.uk || www.bryncaled.org.uk
@footer Minutes Ordinary Business 211025 Approved by Council.doc || Page {page} of 2
HC CYNGOR CYMUNED BRYNCALED COMMUNITY COUNCIL
C 4 Tan y Fron Terrace, Pont Hafren, Trefaldwyn, Powys. SY15 7QT
C Clerc i’r Cyngor | Clerk to the Council: G M Prothero BA, CiLCA, PSLCC
S 6
P <b>MINUTES of FULL COUNCIL ORDINARY BUSINESS MEETING on Tuesday 21st October 2025, 7.30pm at Bryncaled Community Hall.</b>
P <b>1.0 Attendance, Apologies for Absence, Dispensations, and Declarations of Members’ Interests:</b> to record attendance, to receive and resolve if desired on apologies for absence, and to receive declarations of interest from Members in accordance with Part III of the Local Government Act 2000, and note dispensations (papers 1a-b previously circulated).
P Attendance: Cllr E Bebb (Chairman), Cllr H Corfield, Cllr R Gittins, Cllr W Jervis, Cllr M Pryce (Vice-Chairman), Cllr S Tudor, Cllr L Wozencroft.
P The Chairman welcomed members of the public.
P Apologies for absence approved by Council: Cllr T Oakley (family commitment).
P Other apologies for absence reported to meeting: None.
P Other Members not present: None.
P In attendance: G M Prothero (Clerk to the Council). County Cllr D Ellis-Hughes (from item 4.0).
P Dispensations: Current dispensations can be found on the council’s website.
P Declarations of Members’ interests: Members declared personal / prejudicial interests at the start/ during the meeting as follows:
TH Agenda Item Number | Councillor | Nature of Declaration
T 6.2 Planning Applications | R Gittins | Personal and prejudicial interest as the applicant’s brother-in-law
T 9.1 Grants | L Wozencroft | Personal interest as treasurer of the Bryncaled Bowling Club
P <b>2.0 Public Participation:</b> to receive members of the public who wish to address the council in respect of any item of business included in the agenda. Any member of the public wishing to speak must notify the Clerk to the Council no later than 15 minutes prior to the start of the meeting.
P Mr Huw Pentre spoke on behalf of residents of Heol Camlad about the condition of the unadopted track behind the school and asked the Council to raise it with Powys highways. The Chairman thanked him and said the matter would be considered under item 7.0.
P <b>3.0 Minutes of Meetings:</b> to approve and sign the minutes as a correct record of the Council Ordinary Business Meeting 23rd September 2025 at Bryncaled Community Hall (paper 3 previously circulated).
P Resolved: that the minutes of the Council Ordinary Business Meeting 23rd September 2025 be approved and signed by the Chairman as a correct record.
P <b>4.0 County Councillor’s Report:</b> to receive a report from the County Councillor for the Bryncaled ward.
P County Cllr Ellis-Hughes reported on the county council’s review of household waste centres and on the resurfacing of the B4386 which is expected in the spring. Noted.
P <b>5.0 Clerk’s Report and Correspondence:</b> to receive the Clerk’s report of actions arising from previous meetings and correspondence received (paper 5 previously circulated).
P The Clerk reported that the replacement notice board had been fitted at Pentre Green and that One Voice Wales had circulated the new model standing orders. The report was received and noted.
P <b>6.0 Planning Matters:</b> to consider planning applications and other planning matters received from Powys County Council (papers 6a-c previously circulated).
P 6.1 25/1402/HH Extension to dwelling, Ty Isaf, Bryncaled. Resolved: to support the application.
P 6.2 25/1433/FUL Erection of agricultural building, Cefn Hir Farm. Cllr R Gittins left the room. Cllr S Tudor proposed that the Council object on the grounds of scale; there being no seconder, the proposal fell. Resolved: to support the application subject to a landscaping condition. Cllr R Gittins returned.
P <b>7.0 Highways and Rights of Way:</b> to consider highways and rights of way matters.
P Cllr W Jervis reported that the unadopted track behind the school was in private ownership and that Powys highways would not maintain it. Resolved: that the Clerk write to the landowner on behalf of residents asking that the worst potholes be filled.
P <b>8.0 Finance:</b> to receive the financial statement, approve payments and consider financial matters (papers 8a-c previously circulated).
P 8.1 The financial statement to 30th September 2025 was received and noted.
P 8.2 Resolved: to approve payments totalling £1,187.40 as listed on paper 8b.
P 8.3 Cllr M Pryce proposed that the Council increase the Clerk’s hours from 8 to 10 per week from 1st November 2025, seconded by Cllr H Corfield. On a vote, 5 in favour, 1 against, the motion was carried.
P <b>9.0 Grants:</b> to consider grant applications received (paper 9 previously circulated).
P 9.1 Bryncaled Bowling Club: request for £400 towards a new mower. Cllr L Wozencroft took no part in the discussion. It was agreed to defer the application to the November meeting pending receipt of the club’s accounts.
P <b>10.0 Playing Field:</b> to receive an update on the playing field and consider any action required.
P Cllr H Corfield reported that the annual RoSPA inspection had rated the zip wire as medium risk. Resolved: to obtain quotations for replacing the zip wire seat and cable.
P <b>11.0 Remembrance Sunday:</b> to make arrangements for the laying of the Council’s wreath.
P It was agreed that the Chairman would lay the wreath at the Bryncaled memorial.
P <b>12.0 Date of Next Meeting:</b> Tuesday 25th November 2025 at 7.30pm at Bryncaled Community Hall.
P The meeting closed at 9.22pm.
S 10
P Signed: ........................................ Chairman      Date: ....................
