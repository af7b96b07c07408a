@title Minutes of the Board 26 March 2025
@font Times-Roman
@fontsize 10.5
@header - {page} -   Minutes of a Kelthorpe Marsh Drainage Board meeting held on 26th March 2025
@pageoffset 1054
HC KELTHORPE MARSH DRAINAGE BOARD
C Minutes of a Meeting of the Board held at the Board's Offices, Fenside House, Mawsby, on Wednesday, 26th March 2025, at 9.00 a.m.
S 4
G <b>Elected Members</b> | <b>Appointed Members</b>
G * Messrs G. Tunnard (Vice-Chairman) | * Cllrs H. Pocklington (Chairman)
G * J.R. Bratley | M.A. Freshney
G * W.H. Cawthorne | * R.J. Haddlesey
G * S.D. Ellerker | * Mrs A.K. Sowerby
G T.W. Laverack | * P.J. Strickson
G * N.F. Maddison | * D.C. Wragby
G * Mrs P.M. Otter | * L.B. Yarwood
G * R.A. Quickfall |
G * J.E. Thurgood |
P * Present
G * Messrs A. Dymoke (Chief Executive) | * D.J. Skelton (Engineer)
G * M. Ingoldby (Director of Technical Services) | * R.P. Welbourn (Director of Operations)
G * Mrs S. Thackwray (Director of Finance) |
P * In attendance
S 6
H 1. APOLOGIES FOR ABSENCE
P Apologies for absence were received from Cllr M.A. Freshney and Mr T.W. Laverack.
H 2. DECLARATIONS OF INTEREST
H 2:1 Declaration of Interest in an Agenda Item
P Cllr R.J. Haddlesey (agenda items 9 and 12) and Mr J.R. Bratley (agenda item 11).
H 2:2 Update of Register of Members' Interests
P The Chief Executive reported that the annual review of the Register of Members' Interests was under way and that forms would be re-issued to all members with the June agenda. Members were asked to return them before the end of July.
H 3. CHAIRMAN'S ANNOUNCEMENTS
P The Chairman welcomed Mrs A.K. Sowerby, appointed by East Kelthorpe District Council, to her first meeting of the Board. He also reported that he and the Chief Executive had attended the regional drainage conference at Brigthorpe on 4th March, where the Board's work on the Hallgarth catchment had been presented as a case study.
H 4. BOARD MINUTES (Pages 1041 to 1054)
P RESOLVED
P That the minutes of the Meeting of the Board held on 29th January 2025 be confirmed as a correct record subject to the deletion of 'and Ormby' in the first sentence of paragraph 3 of the Operations Report.
H 5. MATTERS ARISING
H 5:1 Minute 6(b), Page 1043 - Finance
P The Engineer reported that the review of future capital schemes was continuing and that a full report would be brought to the June Board meeting.
H 5:2 Minute 7, Page 1045 - Estimates
P The Chief Executive reported that a copy of the Estimates for 2025/26 had been sent to all Board members with the agenda. Project Summaries were being prepared and would be circulated to the District Councils and to the Parish Councils concerned once complete.
H 6. FINANCE REPORT
P The Director of Finance presented the Finance Report for the period to 28th February 2025, which showed expenditure within budget and drainage rate collection at 97.4 per cent. Cllr R.J. Haddlesey asked whether the special levy from East Kelthorpe District Council had been received in full. The Director of Finance confirmed that the final instalment had been paid on 14th March.
P RESOLVED
P That the Finance Report be received and the payments listed at Appendix A, totalling £412,806.37, be approved.
H 7. RISK REGISTER
P The Chief Executive presented the annual review of the Board's Risk Register. Two new risks had been added, relating to the availability of electricity supply at the smaller pumping stations and to the retention of skilled plant operators.
P RESOLVED
P That the revised Risk Register be approved.
H 8. ENGINEER'S REPORT
P The Engineer reported on the winter period. Mawsby Outfall Pumping Station had run for 1,412 hours between November and February, the highest figure since 2014, and all stations had operated without significant breakdown. Water levels in the Hallgarth Drain had remained within target throughout the January rainfall.
P The report was noted.
H 9. OPERATIONS REPORT
P The Director of Operations reported that the winter maintenance programme was 86 per cent complete and that the long-reach excavator based at Skendlow depot had been out of service for five weeks. Mr G. Tunnard asked whether the machine was worth repairing. The Director of Operations advised that repair costs would exceed half the value of a replacement.
P RESOLVED
P That the purchase of a replacement long-reach excavator, at a cost not exceeding £186,000, be approved.
H 10. PLANNING AND CONSENTS
P The Director of Technical Services reported that fourteen applications for consent under the Board's byelaws had been determined under delegated powers since the last meeting, and that two enforcement notices had been served in respect of unconsented culverts at Fendyke Carr.
P The report was noted.
H 11. CAPITAL SCHEMES 2025/26
P Mr J.R. Bratley left the meeting for this item.
P The Engineer presented the proposed Hallgarth Drain Improvement Scheme, estimated at £640,000, of which £410,000 would be met by flood defence grant in aid. Members discussed the timing of the works and the effect on access for neighbouring farms.
P RESOLVED
P That the Hallgarth Drain Improvement Scheme proceed to tender, and that the Chief Executive be authorised to accept the lowest compliant tender within the approved estimate.
H 12. HEALTH AND SAFETY
P The Director of Operations reported that there had been no reportable accidents in the period. One near miss, involving a weedcutting boat on the Mawsby Main Drain, had been investigated and the safe system of work revised.
P The report was noted.
H 13. DATE OF NEXT MEETING
P The next meeting of the Board will be held on Wednesday, 25th June 2025 at 9.00 a.m.
S 6
P The meeting closed at 11.05 a.m.
