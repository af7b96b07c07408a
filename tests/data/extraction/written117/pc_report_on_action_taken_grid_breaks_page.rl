@title Saltcote Parish Council DRAFT minutes 11 September 2012
@font Times-Roman
@fontsize 10
@header Saltcote Parish Council – DRAFT minutes – 11th September 2012
@footer Page {page} of 2
HC Saltcote Parish Council
HC DRAFT Minutes of the Meeting of the Parish Council
C Held on Tuesday 11th September 2012 at 7.00 p.m. in Saltcote School
G Councillors: | Ashburn (Chair), Dalgliesh, Lowther, Pattinson, Ritson and Sowerby.
G County Councillor: | D. Irving
G Public attendance: | K. Nixon, W. Nixon and A. Blamire
G Clerk: | P Ormond
S 6
H 1.1 Apologies for absence, declarations of interest and dispensation requests from Cllrs.
P Cllr Kelsick and PCSO Graham had sent apologies, the clerk advised. Cllr Dalgliesh, whose house adjoins Moss Side Farm, declared an interest in 6.2. There were no requests for dispensations.
H 2 Minutes (previously circulated).
P 2.1 Minutes of Tuesday 10th July 2012 – approved and signed.
H 3 Report on action taken
TH Ref | Item | By | Report at this meeting | Status
T 3.1 | by councillors | | |
T 3.1.1 | Play area | Cllr Dalgliesh | Cllr Dalgliesh said the rubber matting under the swings went down on 23rd August; the gate spring is still too strong. | Complete
T 3.1.2 | Footpaths | Cllr Lowther | Brambles again block the stile on the church path to Sandwath Marsh; to go on the county's fault list. | Ongoing
T 3.1.3 | Lengthsman scheme | Cllrs Ashburn and Pattinson | Cllr Pattinson said the Marsh Road gullies had been cleared but the Whinny Beck culvert needs rodding. Cllr Sowerby offered to look at the culvert after the next heavy rain. | Ongoing
T 3.1.4 | Parish magazine page | Cllrs Lowther and Ritson | Cllrs Lowther and Ritson will write the October page; Cllr Ritson asked for items by the 20th. | Ongoing
T 3.2 | by the clerk | | |
T 3.2.1 | Bank mandate | Clerk | The bank has now added Cllrs Ritson and Sowerby as signatories, the clerk confirmed. | Complete
T 3.2.2 | Grass cutting contract | Clerk | The contractor will hold his 2012 price for 2013, the clerk reported. It was agreed to extend the contract for one further year. | Agreed
H 4 Finance
P 4.1 Payments: the payments on the schedule, totalling £642.18, were approved – proposed Cllr Ritson, seconded Cllr Pattinson.
P 4.2 Audit: the external auditor's certificate for 2011/12 was received with no matters raised. The certificate was noted.
H 5 Planning
P 5.1 12/0611 Erection of a conservatory, 3 Marsh View – no objection.
P 5.2 12/0650 Change of use of barn to holiday let, Moss Side Farm – the council resolved to support the application.
H 6 Correspondence and reports
P 6.1 County Councillor's report – Cllr Irving reported that the county's consultation on rural bus services closes on 30th September and urged the council to respond.
P 6.2 Moss Side wind turbine consultation – Cllr Dalgliesh left the room. After discussion it was agreed to respond objecting to the height of the proposed turbine. Cllr Dalgliesh returned.
H 7 Date of next meeting
P Tuesday 13th November 2012 at 7.00 p.m. in Saltcote School.
S 8
P The meeting closed at 8.50 p.m.
