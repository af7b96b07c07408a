@title Scarthby Parish Council Minutes 030909
@header Scarthby Parish Council Minutes 03/09/09||Page {page}
@fontsize 10.5
@numcol 9
HC SCARTHBY PARISH COUNCIL
C Minutes of the meeting of the Parish Council on Thursday 3rd September 2009 - 7.30 pm at Scarthby Institute.
P Before the formal business Mr Dunstan raised the broken glass in the Moss Lane bus shelter, which had now been boarded up for three months. Members agreed that the clerk should press the borough council for a repair date. Mrs Halsall thanked the council for the new bench by the war memorial.
R 1 | <b>To record apologies for absence</b><br/>Present: Cllr Mrs M Ashworth (Chairman), Cllr G Hesketh (Vice-Chairman), Cllr T Baybutt, Cllr Mrs L Culshaw, Cllr D Pennock, Cllr Mrs A Rimmer, Cllr Mrs XXXX, Cllr J Sephton.<br/>Apologies: Cllr N Tyrer (working away).<br/>In attendance: Mrs J Swarbrick (Clerk), PCSO K Gaskell and 3 members of the public.
R 2 | <b>To receive declarations of interest</b><br/>Cllr Pennock – personal interest in items 6 and 9 as a member of the borough council. Cllr Mrs Culshaw – personal interest in item 10 as a trustee of the Institute. Cllr Baybutt – personal and prejudicial interest in planning application 2009/0688/FUL as a neighbour; he left the room while it was considered.
R 3 | <b>To approve the minutes of the meeting held 2nd July 2009</b><br/>Resolution (61/09): That the minutes of 2nd July 2009 are approved and signed by the Chairman.<br/>Proposed by Cllr Hesketh, seconded by Cllr Mrs Rimmer, one abstention (absent in July).
R 4 | <b>To approve the minutes of the extraordinary meeting held 16th July 2009</b><br/>Resolution (62/09): That the extraordinary meeting minutes of 16th July 2009 are approved and signed.<br/>Proposed by Cllr Sephton, seconded by Cllr Mrs Culshaw, two abstentions (absent on 16th July).
R 5 | <b>Chairman's Report</b><br/>The Chairman had represented the council at the opening of the new health centre on Long Heys Road and at the county association's autumn conference, where the main topic was the new code of conduct. She thanked the volunteers who had cleared the brook path in August.
R 6 | <b>Reports from Borough and County Councillors</b><br/>Cllr Pennock reported that the borough's new fortnightly waste collection would start in the first week of November and that leaflets would be delivered in October. County Councillor R Aspinall had sent a written report on the Long Heys junction scheme, which was circulated.
R 7 | <b>Clerk's report and correspondence</b><br/>The clerk reported that the annual return had been signed off by the external auditor without comment, and that the water company would close the reservoir path for six weeks from 21st September. Circulars from the rural community council and the county association were tabled. The report and correspondence were noted.
R 8 | <b>Finance</b><br/>The following payments were presented:
T Chq no | Payee | Details | £
T 100412 | Mrs J Swarbrick | Salary July/August | 412.60
T 100413 | HM Revenue &amp; Customs | PAYE | 61.80
T 100414 | Greenscape Services | Grass cutting (3 cuts) | 345.00
T 100415 | Scarthby Institute | Room hire Jul–Sep | 45.00
P Resolution (63/09): That the payments listed above be approved. Proposed by Cllr Baybutt, seconded by Cllr Sephton, carried unanimously. The balance at the bank on 31st August was £9,214.37.
R 9 | <b>Planning applications</b><br/>Cllr Baybutt left the room.
T Application | Site | Proposal | Observation
T 2009/0671/FUL | 12 Brookfold Lane | Rear conservatory | No objection
T 2009/0688/FUL | Rookery Farm, Moss Lane | Conversion of barn to two dwellings | Object – access onto a single-track lane
T 2009/0702/ADV | The Wheatsheaf | Illuminated hanging sign | No objection
P Resolution (64/09): That the observations above be sent to the borough council. Proposed by Cllr Hesketh, seconded by Cllr Mrs Rimmer, 6 for, 1 against. Cllr Baybutt returned to the meeting.
R 10 | <b>Institute car park lighting</b><br/>Two quotations had been received for two lighting columns and a timer. Cllr Hesketh proposed that a third quotation be sought before any decision; this was seconded by Cllr Pennock. On a vote (3 for, 4 against) the proposal was lost. Cllr Mrs Culshaw did not vote.<br/>Resolution (65/09): That the quotation of £1,840 from Hallcroft Electrical be accepted. Proposed by Cllr Sephton, seconded by Cllr Mrs Rimmer, 5 for, 2 against.
R 11 | <b>Parish plan steering group</b><br/>The draft questionnaire had not been received from the steering group in time for the meeting. Deferred to the October meeting.
R 12 | <b>Footpaths</b><br/>Cllr Mrs Rimmer reported that the stile on footpath 14 near the old brickworks had collapsed and that the landowner would prefer a kissing gate. Members approved a contribution of £75 towards the cost of a gate, subject to the county's footpath officer agreeing the design.
R 13 | <b>Items for information</b><br/>Cllr Sephton asked that the bonfire and fireworks arrangements be placed on the October agenda. PCSO Gaskell reported two thefts from sheds on Brookfold Lane and asked residents to mark their tools.
R 14 | <b>Date of next meeting</b><br/>Thursday 1st October 2009 at 7.30 pm in the Institute.
S 14
P Signed ……………………………………… Chairman          Date ……………………
