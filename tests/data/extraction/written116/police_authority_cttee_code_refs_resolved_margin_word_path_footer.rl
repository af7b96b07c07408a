@title CEER Minutes 15 July 2008
@font Helvetica
@fontsize 10.5
@numcol 26
@footer S:\Committees\CEER\2008\CEER Minutes 15-07-08.doc||{page}
HC Mid Marches Police Authority
S 4
C Minutes of a Meeting of the Community Engagement &amp; External Relations
C Held at the Police Authority Offices, Trefaldwyn House, Castell Brynmor
C On Tuesday 15th July 2008 at 10am
S 6
G <b>Present:</b> | Mrs S Gwilliam (Chair)
G  | Mr R T Bevan JP
G  | Mrs H Lazenby
G  | Cllr D M Rees
G  | Cllr P Jenkins
G  | Cllr E W Price
G  | Cllr G Llewellyn
G  | Cllr H Morgan-Hughes
S 4
G <b>In attendance:</b> | Mr A J Pennant (Chief Executive)
G  | Ms C Harcombe (Assistant Chief Executive)
G  | Mr O Tudor (Community and Partnership Officer)
G  | Superintendent M Vaughan (Mid Marches Police)
G  | Ms L Ferrier (Communications Manager)
S 4
G <b>Observers</b> | Mrs K Attwood
G  | Cllr B J Hollins
S 8
R CE01 | <b>Appointment of Chair</b>
R RESOLVED: | That Mrs Sarah Gwilliam be appointed as Chair.
P As outgoing Chair, Mr Bevan thanked Members and officers for their support during his two years in the chair. Mrs Gwilliam then took the chair.
R CE02 | <b>Apologies for Absence</b>
P Apologies for absence were received from the Chief Constable and Cllr T Gough.
R CE03 | <b>Declarations of Interest</b>
P No declarations were made.
R CE04 | <b>Minutes of the Meeting held on 8th April 2008</b>
R RESOLVED: | That the minutes of the meeting held on 8th April 2008 be signed as a correct record.
R CE05 | <b>Community Engagement Strategy 2008-2011</b>
P Ms Harcombe presented the draft strategy, which sets out how the Authority will seek the views of local people on policing over the next three years. Cllr Rees asked how the Authority would reach people in the more remote valleys. Mr Tudor explained that the Authority would use the mobile police station at livestock markets and agricultural shows, and would work through town and community councils.
R RESOLVED: | That the draft Community Engagement Strategy be endorsed and recommended to the full Authority for adoption.
R CE06 | <b>Public Consultation on Policing Priorities</b>
P Mr Tudor reported on the results of the spring consultation, which had drawn 1,146 responses. Anti-social behaviour and speeding were again the two issues most often raised. Superintendent Vaughan commented that the results matched what officers were hearing at local meetings.
P The Committee noted the report.
R CE07 | <b>Authority Newsletter</b>
P Ms Ferrier tabled a draft of the autumn newsletter. Cllr Jenkins asked that the Welsh and English texts be printed side by side rather than in separate editions. It was agreed that the newsletter be produced as a single bilingual edition and delivered with the council tax leaflets.
R CE08 | <b>Meetings with Town and Community Councils</b>
P Cllr Price reported that she and Mrs Lazenby had attended four meetings of town and community councils since April and that these had been well received. Superintendent Vaughan offered to send a local inspector to each meeting.
R RESOLVED: | That a programme of four area meetings with town and community councils be arranged for the autumn.
R CE09 | <b>Youth Engagement Event</b>
P Consideration of this item was deferred to the next meeting as the report had not been circulated in time.
R CE10 | <b>Any Other Business</b>
P Cllr Morgan-Hughes raised the lack of a police presence at the Castell Brynmor show and asked that this be looked at for next year. Mr Pennant undertook to raise it with the Chief Constable.
R CE11 | <b>Date of Next Meeting</b>
P Tuesday 14th October 2008 at 10am, Trefaldwyn House.
S 10
P The meeting closed at 12.25pm.
