@title RPA Board minutes 24 July 2019
@font Helvetica
@fontsize 10
@numcol 10
@header {page}
@footer RPA Board – Approved minutes – 24 July 2019 || OFFICIAL
HC RPA BOARD MEETING
C <b>APPROVED</b>
HC Minutes of the meeting held on Wednesday, 24 July 2019
P <b>Venue:</b> Meeting Room 2, Constabulary Headquarters, Aldwark Business Park, Rotherby RB4 2LQ
H Present
P Helen Ashdown (Chair)<br/>Martin Kearsley<br/>Priya Venkatesan<br/>Gareth Lloyd-Rees<br/>Anne-Marie Colquhoun<br/>David Oyelaran<br/>Stuart Penhaligon, CEO / Chief Constable<br/>Joanna Reddish, Deputy Chief Constable<br/>Colin Whitbread, Director of Corporate Services
H Apologies
P Robert Lyall
H In Attendance
P Fiona Tasker, Head of Governance and Legal Services<br/>Mark Boateng, Head of Finance<br/>Liam O'Driscoll, Communications Manager<br/>Claire Ridout, Board Secretary
P <b>Start:</b> 10:30 hrs approx.
R 1 | <b>Agenda and Chair's Announcements</b>
R | The Chair opened the meeting and welcomed David Oyelaran to his first Board meeting as the Authority member who represents the water companies. The apologies are recorded above; no member declared a conflict of interest.
R 2 | <b>Minutes of the Board Meeting held on 20 March 2019 and Action Log</b>
R | The minutes of the meeting held on 20 March 2019 were APPROVED as an accurate record. The Board Secretary reported that all actions on the log were complete or were on the agenda, with the exception of action 19/07 (collaboration agreement with the Environment Agency), which was carried forward.
R 3 | <b>Chief Constable's Report</b>
R | Stuart Penhaligon introduced his report. Armed officer numbers remained 14 below the establishment figure, although the May intake had reduced the gap. Martin Kearsley asked whether the gap was affecting the response times at the upland sites; the Chief Constable said that it was not, but that rest day cancellations had risen.
R | The Board NOTED the report.
R | ACTION: Chief Constable to circulate the rest day cancellation figures for Q1.
R 4 | <b>Performance Report – Quarter 1 2019/20</b>
R | Joanna Reddish presented the report. Eleven of the fourteen measures were on target. Priya Venkatesan commented that the firearms training compliance figure had fallen for the second quarter running and asked for an explanation at the next meeting.
R | The Board NOTED the performance report.
R 5 | <b>Finance Report and Medium Term Financial Plan</b>
R | Mark Boateng reported a forecast underspend of £0.4m, mainly on pay. The Medium Term Financial Plan assumed a 2% pay award and no change to the charging formula agreed with the operators.
R | Following discussion, the Board AGREED that the Medium Term Financial Plan be submitted to the sponsoring department by 31 August 2019.
R 6 | <b>Strategic Risk Register</b>
R | Fiona Tasker presented the register. Gareth Lloyd-Rees suggested that the cyber security risk be re-scored following the recent national alert. The Board agreed that the Audit and Risk Assurance Committee should review the scoring in September.
R 7 | <b>Annual Report and Accounts 2018/19</b>
R | Colin Whitbread introduced the Annual Report and Accounts, which had been reviewed by the Audit and Risk Assurance Committee on 9 July 2019. The external auditor had issued an unqualified opinion.
R | The Board APPROVED the Annual Report and Accounts 2018/19 for signature by the Chief Executive and their laying before Parliament.
R 8 | <b>Audit and Risk Assurance Committee – Chair's Report</b>
R | Anne-Marie Colquhoun, Chair of the Committee, reported on the meeting of 9 July 2019. Two internal audit reports had been received, both with moderate assurance.
R | The Board NOTED the report.
R 9 | <b>People Committee – Chair's Report</b>
R | This item was deferred to the September meeting, as the People Committee had not yet met.
R 10 | <b>Local Pension Board – Annual Report</b>
R | The Board Secretary presented the annual report of the Local Pension Board on behalf of its Chair. Helen Ashdown thanked the members of the Pension Board for their work.
R | The Board NOTED the annual report.
R 11 | <b>Any Other Business</b>
R | David Oyelaran asked whether Board members could visit one of the operational sites before the end of the year. It was agreed that the Board Secretary would arrange a visit in November.
R | ACTION: Board Secretary to arrange a site visit for Board members.
R 12 | <b>Date of Next Meeting</b>
R | Wednesday, 25 September 2019 at 10:30 hrs, Constabulary Headquarters.
P Close: 13:05 hrs
