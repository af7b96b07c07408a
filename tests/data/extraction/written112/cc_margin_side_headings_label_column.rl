@title West Carrigeen County Council Minutes 2 December 2002
@font Times-Roman
@fontsize 11
@numcol 42
@footer {page}
HC West Carrigeen County Council
C Minutes of West Carrigeen County Council Meeting held in The Council Chamber, County Hall, Ballyvourane On Monday 2nd December, 2002 at 2.00 p.m.
S 6
R In the Chair | Cllr. Nora Fitzgibbon.
R Present | Cllrs. T. Ahearne, J. Breen, M. Cleary, P. Dalton, K. English, J. Fennessy, D. Hackett, S. Keating, R. Lonergan, M. Maher, E. O Donnell, B. Prendergast, T. Ryan, J. Slattery, P. Walsh.
R Apologies | Cllr. Seán Tobin.
R In attendance | Mr. Denis Moloney, County Manager, Mr. J. Kirwan, Ms. A. Mullins, Mr. T. Guiry, Directors of Services, Ms. C. Ryan, Head of Finance.
R Meetings Administrator | Michael Fahy
S 8
R Vote of Sympathy | A vote of sympathy was extended to the family of the late Mr. Jack Condon, former member of the Council, on the proposal of Cllr. T. Ahearne seconded by Cllr. M. Maher. Members stood for a minute’s silence.
R Minutes | On the proposal of Cllr. J. Breen and seconded by Cllr. K. English the minutes from the Council Meeting held on 4th November, 2002 were adopted, subject to the following correction written into the minute book by the Meetings Administrator: ‘Cllr. E. O Donnell’ in place of ‘Cllr. E. O Dwyer’ under Notices of Motion.
R Matters Arising | Cllr. D. Hackett asked what had become of the Knockmeelan group water scheme application. It was agreed that Mr. J. Kirwan would write to him with a full account before the next meeting.
R Planning Refusals | None had issued since the last meeting, the Meetings Administrator advised.
R Part 8 Library Extension, Ballyvourane | Mr. T. Guiry, Director of Services, presented the report on the proposed extension to Ballyvourane Branch Library, which had been on public display for six weeks. Two submissions had been received, both in favour of the development. Cllr. R. Lonergan welcomed the scheme and asked that the reading room be available in the evenings.
R  | It was proposed by Cllr. R. Lonergan
R  | Seconded by Cllr. P. Dalton
R  | And Resolved:
R  | That the proposed extension to Ballyvourane Branch Library be proceeded with in accordance with the report submitted under Part 8 of the Planning and Development Regulations, 2001.
R Declaration of Public Road Cois Abhann, Newtownlough | Mr. T. Guiry reported that the estate roads at Cois Abhann had been completed to the Council’s standards and that the developer’s bond had been released. Cllr. J. Fennessy said that the residents had waited four years for this decision.
R  | It was proposed by Cllr. J. Fennessy
R  | Seconded by Cllr. S. Keating
R  | And Resolved:
R  | That we the Members of West Carrigeen County Council being satisfied that the road at Cois Abhann, Newtownlough, as shown on the map circulated with the report, is of public utility and having considered the submissions received, hereby declare the said road to be a public road in accordance with Section 11 of the Roads Act, 1993.
R Estimates 2003 | The Cathaoirleach informed the meeting that the Estimates Meeting would be held on Monday 16th December, 2002 at 11.00 a.m. and that the draft Estimates would issue to members on 6th December.
R Local Electoral Areas | Mr. Denis Moloney, County Manager, said that the Minister’s order fixing the new electoral area boundaries had been received and that the maps were on display in the County Hall. The information was noted.
R Housing Loans | It was proposed by Cllr. B. Prendergast seconded by Cllr. T. Ryan And Resolved: That the Council borrow the sum of €1,200,000 from the Housing Finance Agency for the purpose of house purchase and improvement loans.
R Notice of Motion Cllr. E. O Donnell | “That this Council requests the Department of the Environment and Local Government to restore the grant for the repair of private lanes.”
R  | Cllr. E. O Donnell proposed the motion and Cllr. J. Slattery seconded it. Ms. A. Mullins said that the Council would continue to seek an allocation. After discussion the motion was put to a vote: For 9, Against 6. The motion was declared carried.
R Correspondence | The correspondence listed on the agenda was noted.
R Any Other Business | Cllr. P. Walsh raised the lack of lighting at the Newtownlough school crossing. Ms. A. Mullins said that the matter would be included in the 2003 lighting programme.
S 10
P The meeting then concluded.
S 16
P Signed: ____________________________ Cathaoirleach
P Date: ____________________________
