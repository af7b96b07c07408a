@title Polgarrow Town Council - Full Council minutes 14 November 2024
@font Helvetica
@fontsize 10
@numcol 22
@header POLGARROW TOWN COUNCIL FULL COUNCIL 14TH NOVEMBER 2024
@footer {page}
@pageoffset 3116
P <b>MINUTES</b> of a meeting of Polgarrow Town Council at The Council Chamber, Market House, Fore Street, Polgarrow, on Thursday 14th November 2024, 6.30 pm.
G <b>PRESENT:</b> | Councillor D Rowse | Chairman
G  | Councillor Mrs J Penberthy | Vice-Chairman
G  | Councillor T Angwin |
G  | Councillor Ms R Bolitho |
G  | Councillor P Chenoweth | (from point mentioned)
G  | Councillor Mrs A Hosking |
G  | Councillor K Jago |
G  | Councillor Ms L Nance |
G  | Councillor S Trethewey |
P <b>IN ATTENDANCE:</b> Kerensa Pollard, Town Clerk; Morwenna Eddy, Deputy Town Clerk; Unitary Councillor Sarah Pascoe; PCSO Liam Body; four members of the public and one member of the press.
P The Chairman drew attention to the fire exits and the evacuation procedure.
R C.5210 | <b>APOLOGIES FOR ABSENCE</b>
R C.5210.1 | Apologies had been received from Councillors Hendra and Spargo.
R C.5210.2 | <b>RESOLVED:</b> that the apologies of Councillors Hendra and Spargo be accepted
R  | Proposed by Councillor Rowse Seconded by Councillor Angwin
R  | Put to the vote: carried unanimously.
R C.5211 | <b>CHAIRMAN’S ANNOUNCEMENTS</b>
R C.5211.1 | The Chairman gave a summary of his civic engagements since October: the Remembrance parade and service at the parish church on 10th November; the opening of the new changing rooms at Trewollack Park on 2nd November; and the harbour lifeboat open day on 19th October. He thanked the Deputy Town Clerk for organising the Remembrance arrangements.
R C.5212 | <b>TO RECEIVE DECLARATIONS OF INTEREST FROM MEMBERS IN RESPECT OF ITEMS ON THIS AGENDA, WITH THE NATURE OF ANY SUCH INTEREST</b>
R C.5212.1 | Councillor Mrs Hosking declared a non-registerable interest in minute C.5219 as a trustee of the Polgarrow Youth Band.
R C.5213 | <b>REQUESTS FOR DISPENSATION</b>
R C.5213.1 | None had been received.
R C.5214 | <b>PUBLIC PARTICIPATION</b>
R C.5214.1 | Mr Nicholas Tonkin addressed the Council about the condition of the steps between Chapel Terrace and the harbour car park, which he said had become dangerous in wet weather. The Chairman thanked Mr Tonkin and asked the Town Clerk to report the steps to the highway authority.
R C.5214.2 | Councillor Chenoweth arrived at this point (6.41 pm).
R C.5215 | <b>TO RECEIVE REPORTS FROM UNITARY COUNCILLORS AND THE POLICE</b>
R C.5215.1 | Unitary Councillor Sarah Pascoe reported on the consultation on the future of household waste centres, which closes on 6th December, and said that the resurfacing of Lower Quay would now take place in February.
R C.5215.2 | PCSO Liam Body reported a fall in anti-social behaviour around the bus station since the new lighting was installed. Members thanked him for attending.
R C.5216 | <b>TO CONFIRM THE MINUTES OF THE FULL COUNCIL MEETING OF 10TH OCTOBER 2024</b>
R C.5216.2 | <b>RESOLVED:</b> that the minutes of 10th October 2024 be confirmed and signed by the Chairman
R  | Proposed by Councillor Mrs Penberthy Seconded by Councillor Jago
R  | Put to the vote: carried unanimously.
R C.5217 | <b>PLANNING AND ENVIRONMENT COMMITTEE – MINUTES OF 24TH OCTOBER 2024 FOR RECEIPT</b>
R C.5217.2 | <b>RESOLVED:</b> that the committee minutes of 24th October 2024 be received
R  | Proposed by Councillor Trethewey Seconded by Councillor Ms Nance
R  | Put to the vote: carried unanimously.
R C.5218 | <b>TO CONSIDER THE DRAFT BUDGET FOR 2025/26 AND THE PRECEPT REQUIREMENT</b>
R C.5218.1 | The Town Clerk presented the draft budget, which had been considered by the Finance and General Purposes Committee on 31st October. The draft provided for a precept of £412,560, an increase of 4.9 per cent, to meet the rise in staff costs and the second phase of the Trewollack Park works.
R C.5218.2 | Councillor Angwin proposed an amendment that the precept increase be limited to 3 per cent, with the difference met from general reserves. This was seconded by Councillor Ms Bolitho. Put to the vote, the amendment was lost.
R C.5218.3 | <b>RESOLVED:</b> that the budget for 2025/26 be approved as presented and that a precept of £412,560 be requested from the unitary authority
R  | Proposed by Councillor Mrs Penberthy Seconded by Councillor Trethewey
R  | Put to the vote: carried by a majority.
R C.5219 | <b>TO CONSIDER A REQUEST FROM THE POLGARROW YOUTH BAND FOR A GRANT TOWARDS NEW INSTRUMENTS</b>
R C.5219.1 | Having declared an interest, Councillor Mrs Hosking left the room.
R C.5219.2 | <b>RESOLVED:</b> that a grant of £1,500 be awarded to the Polgarrow Youth Band from the community grants budget
R  | Proposed by Councillor Jago Seconded by Councillor Ms Nance
R  | Put to the vote: carried unanimously.
R C.5219.3 | Councillor Mrs Hosking returned to the meeting.
R C.5220 | <b>CHRISTMAS LIGHTS AND LANTERN PARADE 2024</b>
R C.5220.1 | The Deputy Town Clerk reported that the lights would be switched on by the Mayor on Saturday 30th November and that the lantern parade would leave the Market House at 5 pm. Road closure orders had been granted. Members noted the arrangements.
R C.5221 | <b>TO RECEIVE THE TOWN CLERK’S REPORT</b>
R C.5221.1 | The report was noted. Councillor Ms Bolitho asked for an update on the replacement of the harbour bench; the Town Clerk said a price was awaited.
R C.5222 | <b>DATE OF THE NEXT MEETING</b>
R C.5222.1 | Thursday 12th December 2024 at 6.30 pm in The Council Chamber, Market House.
S 10
P The meeting closed at 8.22 pm.
S 14
P Signed ........................................................ Chairman &nbsp;&nbsp;&nbsp;&nbsp; Date ....................................
