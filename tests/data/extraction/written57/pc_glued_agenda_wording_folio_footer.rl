@title Minutes 11 January 2012
@font Helvetica
@fontsize 10.5
@footer E & O PC {page} - 2011/2012
@pageoffset 46
P The minutes of the meeting of Ebbsfold and Orsby Parish Council held on Wednesday, 11th January, 2012 at 7.30pm in Ebbsfold Village Hall.
G Present | Cllr. R. Pilgrim (Chairman)
G  | Cllr. D. Catchpole
G  | Cllr. M. Futter
G  | Cllr. S. Gotts
G  | Cllr. A. Howlett
G  | Cllr. P. Mallows
G  | Cllr. Mrs K. Sayer, District Councillor
G In Attendance | Mrs Janet Leeder, Clerk to the Council
G  | 3 members of the public
P The Chairman welcomed everyone to the meeting of the Parish Council and thanked them for their attendance.
P <b>89.To receive apologies for absence from Council members unable to attend</b>
P Apologies had been received and accepted from Cllr. T. Durrant who was working and PCSO Gemma Rix who was attending the Orsby meeting.
P <b>90.To receive Declarations of Interest on matters on the Agenda</b>
P Cllr. Gotts declared an interest in the planning application for Plough Barn, Church Lane as he was carrying out building work at the property.
P <b>91.To approve the minutes of the meeting of the Parish Council held on Wednesday, 9th November, 2011</b>
P The minutes of the meeting of the Parish Council held on Wednesday, 9th November, 2011 were agreed as a correct record and signed by the Chairman.
P <b>92.To receive and comment if appropriate on planning applications and correspondence as received and note comments registered</b>
P 2011/2241Plough Barn, Church Lane, Orsby
P Conversion of barn to dwelling and garage.
P The Council considered the application and agreed it had no objections to the development. Cllr. Gotts took no part in the discussion.
P Decisions received:
P Holly Lodge, Mill Road, Ebbsfold – Council had no objections – Approved
P 4 Glebe Close, Ebbsfold – Council had no objections – Approved
P Ebbsfold Maltings, Norbeck Road – Council had concerns and objected – Approved with 19 conditions. The Clerk was requested to obtain a copy of the conditions for the Council&#39;s files.
P <b>- To adjourn the meeting to receive for information any issues raised by members of the public.</b>
P The meeting was adjourned. Mr Colin Blowers asked about the flooding at the junction of Mill Road and the Street. Cllr. Futter explained that the County Council had been asked to clear the ditch. The meeting was reconvened.
P <b>93.To receive a report from the District Councillor</b>
P Cllr. Mrs Sayer reported that the District Council had agreed its budget proposals for consultation and that the council tax freeze grant would be accepted. The Council noted the report.
P <b>94.To receive a report on Highways matters</b>
P Cllr. Howlett reported that the 30mph signs at the Orsby end of Norbeck Road had been reinstated. The Clerk was asked to report the blocked gully outside the school again.
P <b>95.To consider the precept requirement for 2012/2013</b>
P The Clerk presented the budget prepared by the Finance Working Group. After discussion it was proposed by Cllr. Catchpole and seconded by Cllr. Mallows that the precept for 2012/2013 be set at £6,250. The Council <b>RESOLVED</b> to request a precept of £6,250 for 2012/2013.
P <b>96.To approve payments and note the bank reconciliation</b>
P The following payments were approved: Mrs J Leeder, salary and expenses, £318.44; Ebbsfold Village Hall, hire, £30.00; Broadside Landscapes, grass cutting, £420.00. The bank reconciliation to 31st December 2011 was noted.
P <b>97.To consider the Queen&#39;s Diamond Jubilee celebrations</b>
P Cllr. Pilgrim reported that the Village Hall committee would hold a party on the playing field on Monday 4th June. It was agreed that the Council would provide commemorative mugs for the children of both villages at a cost of up to £250.
P <b>98.To receive correspondence</b>
P Letter from the County Council regarding the winter gritting routes – noted. Invitation to the Rural Community Council&#39;s annual meeting – no one available.
P <b>99.Items for the next Agenda</b>
P Play equipment inspection; Annual Parish Meeting arrangements.
P <b>100.Date of next meeting</b>
P Wednesday, 14th March, 2012 at 7.30pm in Orsby Church Room.
S 8
P There being no further business the meeting closed at 9.05pm.
S 14
P Signed ………………………………… Chairman &nbsp;&nbsp;&nbsp; Date ………………
