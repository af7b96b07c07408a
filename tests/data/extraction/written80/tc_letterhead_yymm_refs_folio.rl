@title Full Council Minutes 14 December 2010
@font Helvetica
@fontsize 10.5
@header ||{page}
@pageoffset 83
G Town Clerk J M Trebilcock | Lanhendra Town Council
G Telephone 01566 770412 | The Town Hall
G townclerk@lanhendra-tc.gov.uk | Lanhendra Cornwall PL15 9TH
S 10
HC MINUTES OF THE FULL COUNCIL MEETING held on TUESDAY 14 DECEMBER 2010 at 7pm in the Guildhall
P <b>PRESENT</b> Cllrs Angove, Bolitho, Mrs Curnow, Jory (until 1012/44), Kitto (Deputy Mayor), Nancekivell, Mrs Pengelly, Rowe, Treloar (Town Mayor), Mrs Uren, Vosper.
P In attendance: Town Clerk (Mrs J Trebilcock), Cornwall Cllr A Penrose, members of the press, members of the public.
H 1012/37 Apologies for absence
P Cllr Pascoe sent his apologies. The Mayor's Chaplain and Sgt Hocking had also sent apologies.
H 1012/38 Declarations of Interest
P Cllr Jory and Cllr Treloar declared an interest in the Carnival Committee grant (budget discussion).
H 1012/39 To confirm the Minutes of the last meeting, previously circulated
P It was resolved to confirm and sign the minutes of the Full Council meeting held on 16 November 2010.
H 1012/40 To receive and adopt the minutes of committees and sub-committees, previously circulated
P It was resolved to receive and adopt the minutes of the following committees and sub committees: a) Planning Committee held on Thursday 11 November at 7pm; b) Environment and Open Spaces Committee held on Monday 6 December at 11am; c) Finance &amp; General Purposes Committee held on Wednesday 8 December at 7pm.
H 1012/41 Public Representation Session
P A written police report was circulated at the meeting. A copy is appended to these minutes. Mr P Jago spoke about the loss of parking in the Square during the Christmas market and asked that traders be consulted before next year. Cllr Rowe said that the Events Working Group would meet the traders in February.
H 1012/42 Budget 2011/2012
P The second draft budget for 2011/2012 had been circulated to all councillors with the agenda for the Finance &amp; General Purposes Committee held on 8 December. Further copies were made available at the meeting. Cllr Kitto, as chairman of F&amp;GP, explained that the Committee had recommended approval of the budget and precept. The Council considered the budget proposals and unanimously resolved, having regard to the level of reserves, to accept the budget and the recommended precept of £298,450 for 2011/2012.
H 1012/43 Cornwall Council
P Cornwall Cllr A Penrose reported on the transfer of the public toilets and the Castle Green car park to town and parish councils and on the consultation on the Core Strategy. The report was noted.
H 1012/44 Town Hall roof
P The Town Clerk reported that three quotations had been received for repairs to the Town Hall roof and the lead valley over the Guildhall. It was proposed by Cllr Vosper, seconded by Cllr Mrs Uren and resolved to accept the quotation of £14,600 from Trevone Roofing Ltd, to be met from the building reserve. Cllr Jory left the meeting.
H 1012/45 Christmas Lights
P Cllr Mrs Pengelly reported that the switch-on had been well attended despite the weather, and that the new lights in Broad Street had worked well. The Mayor, Cllr Treloar, thanked the Christmas Lights Committee and the staff for their work.
H 1012/46 Mayor's Engagements
P The list of the Mayor's engagements since the last meeting was received and noted.
H 1012/47 Correspondence
P Letters from the Cornwall Association of Local Councils (training programme 2011), Cornwall Council (winter gritting of town centre pavements) and the Lanhendra Twinning Association (thanks for the civic reception) were noted.
H 1012/48 Date of next meeting
P Tuesday 18 January 2011 at 7pm in the Guildhall.
S 12
P The meeting closed at 9.15pm.
S 18
P Signed ......................................................... Town Mayor        Date ........................
