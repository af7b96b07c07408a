@title Thackmoor PC minutes March 2003
@font Times-Roman
@fontsize 11.5
@header_first
@header Thackmoor Parish Council - Minutes 18 March 2003
@footer Page {page}
HC THACKMOOR PARISH COUNCIL
C Chairman: Mr Dennis Pattinson        Clerk: Rev'd A Whiteside
S 6
H Minutes of the Meeting held at 7.00pm on Tuesday 18thMarch 2003
P Present: Parish Councillors: Dennis Pattinson (Chairman), Marjorie Harrison, Graham Sharpe, John Berwick and Paul Tweedie,
P County Councillor: Keith Lowther
P Borough Councillor: Carole McAlinden
P Parish Clerk: Anne Whiteside
P Apologies for absence were received from Cllrs Raymond Thwaite, Ellen Martindale and Robert Irving.
P <b>Chairman's Opening Remarks:</b> The Chairman thanked Cllrs Harrison and Berwick for organising the litter pick on 1st March, which had filled 34 bags. He also welcomed County Councillor Lowther, attending for the first time since his illness.
P <b>112/02 Requests for Dispensations</b> – none.
P <b>113/02 Declarations of Interest</b> – Cllr M Harrison declared a personal interest in minute 118/02 as a member of the Community Centre committee.
P <b>114/02 Public Section</b> – Two members of the public were present and asked about the flooding at the foot of Pit Lane. The Chairman explained that the matter was on the agenda under 120/02.
P <b>115/02 Minutes</b>
P On the proposal of Cllr D Pattinson, seconded by Cllr G Sharpe, the minutes of the Parish Council Meeting held on 18thFebruary 2003 were approved and signed as a correct record.
P <b>116/02 Matters forArising from the Minutes</b>
P i) The new dog bin had been installed at the end of Chapel Row.
P ii) The Chairman had written to the bus company about the Sunday service and was awaiting a reply.
P iii) The Clerk reported that the insurance renewal had been received and was slightly lower than last year.
P iv) It was noted that the footpath at Sourholme had now been cleared by the landowner.
P <b>117/02 Planning Matters</b> – There were none.
P <b>118/02 Community Centre</b>
P A letter from the solicitors acting for the Community Centre trustees was read to the meeting. The trustees wish to transfer the centre's field to the Parish Council. Resolved that the Clerk reply to say that the Council is willing in principle, subject to a survey of the boundary walls.
P <b>119/02 Finance</b>
P The Clerk reported a balance of £2,814.20 in the current account. On the proposal of Cllr J Berwick, seconded by Cllr P Tweedie, the following accounts were approved for payment: Clerk's salary (quarter) £210.00; Thackmoor Community Centre, room hire £24.00; Moorside Garden Services, grass cutting £95.00.
P <b>120/02 Footpaths and Highways</b>
P Cllr Sharpe reported that the gully at the foot of Pit Lane was blocked again and that two houses had been affected during the February rain. It was agreed that the Clerk write to the County Highways area office asking for the gully to be jetted and the outfall checked.
P <b>121/02 Correspondence</b>
P The following correspondence was noted: (a) Borough Council - spring clean leaflets; (b) Association of Local Councils - training dates; (c) Rural Community Council - newsletter.
P <b>122/02 Village Spring Clean</b> – Cllr Harrison offered to organise a second litter pick in May and asked for volunteers.
P <b>123/02 Date of Next Meeting</b> – Tuesday 15thApril 2003 at 7.00pm in the Community Centre.
S 14
P Signed ................................................ Chairman        Date .............................
