@title Governance Committee agenda 15 November 2023
@font Helvetica
@fontsize 10
@numcol 17
@footer {page}
HC WEALDHURST DISTRICT COUNCIL
P To the Members of the Governance Committee:
G Councillor Tom Ashdown (Chairman) | Councillor Philippa Mertens
G Councillor Derek Quennell (Vice-Chairman) | Councillor Sunita Oduya
G Councillor Grace Fairbairn | Councillor Noel Stedman
G Councillor Harriet Leng | Councillor Andrew Vosper
P You are summoned to the meeting to be held on <b>Wednesday, 15th November, 2023 at 5.30 pm</b> in the Council Chamber, Parkside, Chart Way, Wealdhurst.
P Jane Eastwood<br/>Chief Executive
HC Agenda
R <b>Item</b> | <b>Business</b>
R 1. | <b>Apologies for absence</b>
R 2. | <b>Minutes</b> (Page 2)<br/>To approve as correct the minutes of the meeting held on 13 September 2023<br/>(Note: If any Member wishes to propose an amendment to the minutes they should submit this in writing to committeeservices@wealdhurst.gov.uk at least 24 hours before the meeting.)
R 3. | <b>Declaration of Members' Interests</b><br/>To receive any declarations of interest from Members of the Committee
R 4. | <b>Announcements</b><br/>To receive any announcements from the Chairman of the Committee or the Chief Executive
R 5. | <b>Review of the Policy Development Advisory Groups</b> (Page 3)<br/>To receive a report from the Director of Corporate Resources on a proposed review of the purpose and procedures of PDAGs
R 6. | <b>Representatives on Outside Bodies</b> (Page 4)<br/>To consider a report on the procedure for appointing representatives on Outside Bodies
R 7. | <b>Urgent Business</b><br/>Items not on the agenda which the Chairman of the meeting is of the opinion should be considered as urgent because of the special circumstances
PB
P <para alignment="right"><b>Agenda Item 2</b></para>
HC GOVERNANCE COMMITTEE
HC 13 SEPTEMBER 2023
P <b>Present:</b> Councillors: Tom Ashdown (Chairman), Derek Quennell (Vice-Chairman), Grace Fairbairn, Harriet Leng, Philippa Mertens, Noel Stedman and Andrew Vosper
P <b>Apologies:</b> Councillor Sunita Oduya
P <b>Also present:</b> Councillor Malcolm Pryce (Leader)
P <b>Officers:</b> Sharon Tull (Director of Corporate Resources), Ewan Birtles (Head of Legal and Democratic Services), Roz Kinnear (Democratic Services Officer)
R GC/11 | <b>MINUTES</b>
R  | The minutes of the meeting of the Committee held on 12 July 2023 were approved as a correct record and signed by the Chairman.
R GC/12 | <b>DECLARATIONS OF MEMBERS' INTERESTS</b>
R  | There were no declarations of interest.
R GC/13 | <b>ANNOUNCEMENTS</b>
R  | The Chairman announced that the Council had been shortlisted for a regional award for its work on webcasting meetings.
R GC/14 | <b>ANNUAL GOVERNANCE STATEMENT – ACTION PLAN PROGRESS</b>
R  | The Director of Corporate Resources reported on progress against the action plan in the Annual Governance Statement 2022/23. Four of the seven actions were complete and the rest would be reported to the next meeting.
R  | Councillor Leng asked when the updated whistleblowing policy would be published. The Head of Legal and Democratic Services said that it would be on the website by the end of October.
R  | <b>RESOLVED</b>
R  | That the progress against the Annual Governance Statement action plan be noted.
R GC/15 | <b>MEMBER TRAINING PROGRAMME</b>
R  | The Democratic Services Officer presented the draft programme of training for Members for 2023/24. Councillor Vosper suggested that a session on viability assessments would help members of the Planning Committees, and Councillor Fairbairn asked that sessions be recorded for those unable to attend in the daytime.
R  | The Committee agreed that a session on viability assessments be added to the programme and that all sessions be recorded.
R GC/16 | <b>PUBLIC SPEAKING AT FULL COUNCIL</b>
R  | The Committee considered feedback from Members on the arrangements for public speaking at meetings of the full Council. Councillor Stedman proposed that the time allowed to each speaker be increased from three to five minutes, and Councillor Mertens seconded the proposal. The Leader, Councillor Pryce, said that the present limit allowed more residents to speak within the half hour. On being put to the vote the proposal was lost.
R GC/17 | <b>URGENT BUSINESS</b>
R  | There was no urgent business.
P The meeting closed at 6.41 pm having commenced at 5.30 pm<br/>CHAIRMAN
PB
P <para alignment="right"><b>Agenda Item 5</b></para>
HC Report to Governance Committee
P 15 November 2023<br/>By the Director of Corporate Resources
HC DECISION REQUIRED
P Not exempt
P <b>Subject: Review of the Policy Development Advisory Groups</b>
H Summary
P The Annual Governance Statement 2022/23 recommended a review of the Policy Development Advisory Groups (PDAGs), which have met since 2015 to advise Cabinet Members on emerging policy. Attendance has fallen, and some Members have questioned whether the groups add value to the scrutiny process. This report proposes terms of reference for a review by a cross-party working group.
H Recommendations
P That the Committee:<br/>i) Agree the terms of reference for the review set out at Appendix 1.<br/>ii) Appoint four Members to the working group.
H Reasons for recommendations
P To respond to the action in the Annual Governance Statement and to ensure that the advisory arrangements remain effective.
H Background papers
P Annual Governance Statement 2022/23.
P Wards affected: None. Contact: Sharon Tull, Director of Corporate Resources.
PB
P <para alignment="right"><b>Agenda Item 6</b></para>
HC Report to Governance Committee
P 15 November 2023<br/>By the Head of Legal and Democratic Services
HC DECISION REQUIRED
P Not exempt
P <b>Subject: Representatives on Outside Bodies – Appointment Procedure</b>
H Summary
P The Constitution does not say clearly whether the Council, the Cabinet or the Leader appoints representatives to outside bodies. Appointments have been made in different ways since 2019, which has caused confusion when vacancies arise during the year. This report sets out the options and recommends that the full Council make appointments at its annual meeting, with in-year vacancies filled by the Chief Executive in consultation with the Group Leaders.
H Recommendations
P That the Committee recommend to Council that Part 3 of the Constitution be amended as set out at Appendix A.
H Reasons for recommendations
P To provide clarity and consistency in the appointment of representatives on outside bodies.
P Wards affected: None. Contact: Ewan Birtles, Head of Legal and Democratic Services.
