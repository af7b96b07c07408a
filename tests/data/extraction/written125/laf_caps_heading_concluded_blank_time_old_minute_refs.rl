@title LAF minutes 17 May 2006
@font Helvetica
@fontsize 10
@header_first AGENDA ITEM 1
@footer {page}
@pageoffset 22
@numcol 10
P <b>NORTH AND EAST WESSBURY LOCAL ACCESS FORUM</b>
P <b>MINUTES OF A MEETING OF THE FORUM HELD AT THE VILLAGE HALL, COLDASH MAGNA, ON WEDNESDAY 17 MAY 2006, COMMENCING AT 2.00 PM AND CONCLUDED AT PM</b>
P <b>Present:</b> Dr M E Harcourt*, Mr T Brassey, Mr R Colley, Mr A J Dimmock DL, Mrs F Gale, Mr P Ingram, Mr C R T Mostyn*, Lady Pomfret, Councillor D Varley, Ms J Whitlock.
P <b>Observer:</b> Councillor R Ashe (Executive Member for Countryside and Leisure, Wessbury District Council)
P <b>In Attendance:</b> Ms L Baird (Radleigh Borough Council), Ms H Carver (Wessbury District Council), P J Ransome (Secretary), Mr T Yeates (Wokesby Borough Council).
P <b>Apologies for Absence:</b> Mr G Ellery, Mrs S Partridge, Councillor N Quinn.
P * Term of office ends June 2006 – see Minute 8
P 2 members of the public were present.
R 1 | <b>SITE VISIT</b>
R  | Before the meeting, several Members looked at Restricted Byway 14 at Coldash Magna, where the surface had been damaged by vehicles over the winter.
R 2 | <b>ELECTION OF CHAIRMAN</b>
R  | RESOLVED: That Lady Pomfret be Chairman of the Forum until the May 2007 meeting.
R  | (Lady Pomfret in the Chair)
R 3 | <b>ELECTION OF VICE-CHAIRMAN</b>
R  | RESOLVED: That the choice of a Vice-Chairman be deferred until the September meeting.
R 4 | <b>MR W HOLLINS</b>
R  | RESOLVED: That the Forum's thanks be recorded to Mr W Hollins, who has stepped down after chairing the Forum for two years.
R 5 | <b>MINUTES</b>
R  | The Minutes of the meeting held on 18 January 2006 were confirmed and signed by the Chairman, with the words "and the towpath" added to Minute 37.
R 6 | <b>MATTERS ARISING ON THE MINUTES</b>
R  | 36 Joint Working
R  | Ms H Carver undertook to find out, for the next meeting, whether the three Councils could share a single list of claimed routes.
R  | 38 River Access
R  | Ms L Baird reported that the navigation authority had agreed to replace the missing life-buoys at Radleigh Lock by the end of June.
R  | 41 Public Involvement
R  | The Secretary advised that the AONB partnership had still not answered the Forum's letter.
R 7 | <b>RIGHTS OF WAY IMPROVEMENT PLANS</b>
R  | Mr T Yeates gave a presentation on the draft Rights of Way Improvement Plan for Wokesby, which would be published for consultation in July. Mr Colley asked whether the plan included any new bridleway links across the river. Mr Yeates said that two links were proposed but that neither was yet funded. Councillor Ashe said that Wessbury District Council would look at the cost of a joint bridleway study with Wokesby.
R  | RESOLVED: That the Secretary send the Forum's comments on the draft plan to Wokesby Borough Council by 30 June 2006.
R 8 | <b>MEMBERSHIP</b>
R  | The Secretary reported that the terms of office of Dr M E Harcourt and Mr C R T Mostyn would end in June 2006 and that both wished to continue.
R  | RESOLVED: That the three Councils be recommended to re-appoint Dr Harcourt and Mr Mostyn as Members of the Forum for a further three years.
R 9 | <b>CONSULTATION EXERCISES</b>
R  | Dr Harcourt reported that she had replied on the Forum's behalf to the Countryside Agency's consultation on the coastal access proposals, as agreed at the last meeting. Ms Whitlock asked that future responses be circulated to Members before they were sent.
R  | The Forum noted the responses sent since the last meeting.
R 10 | <b>WORKING GROUPS</b>
R  | Mr Ingram reported that the Equestrian Working Group had met twice and had drawn up a list of twelve gaps in the bridleway network. The Chairman reported that she had met the County's Rights of Way Manager to discuss the list.
R 11 | <b>ANY OTHER BUSINESS</b>
R  | Mrs Gale raised the locked gate on Footpath 9 at Hazelmere Farm. Ms H Carver undertook to write to the landowner.
R 12 | <b>DATE OF NEXT MEETING</b>
R  | Wednesday 20 September 2006 at 2.00 pm at the Council Offices, Wokesby.
S 8
P (The meeting commenced at 2.00 pm and closed at 4.35 pm)
P CHAIRMAN .......................................................
P Date of Signature .......................................
