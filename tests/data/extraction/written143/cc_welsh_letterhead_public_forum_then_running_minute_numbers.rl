@title Minutes 10 June 2013
@font Times-Roman
@fontsize 11
@numcol 20
@pageoffset 118
@footer Signed ……………………………… Chairman     Date ………………||{page}
HC PENHYWEL COMMUNITY COUNCIL
C 4 Heol y Capel, Penhywel, Caldicot, Mons. Tel: 01291 430117
S 6
P Minutes of the Meeting of the Community Council held on Monday 10th June 2013 which commenced at 6.45pm.in the Sports Pavilion.
S 4
H Public Forum
P Three members of the public indicated they wished to speak.
P Glenys Pardoe wanted to know why the invoices for the allotment fence had not been published. The Clerk will send her copies.
P Alun Rees questioned the cost of the Sports Pavilion roof repairs and whether other firms had been asked to quote. Advised that this would come up under Finance.
P PALGS Chairman asked when the water butts taken off the allotments in April would be put back. Told this was item 05/2517 on the agenda.
R 05/2511 | <b>Present</b><br/>Chairman - Cllr Mrs P Harries<br/>Vice Chairman - Cllr Mrs L Brace<br/>Community Councillors - Mrs J Morse, Mr T Bowen, &amp; D Kerslake (arrived 7.40.pm)<br/>Clerk - Mrs R Hopkins<br/>Members of the public also attended :- Mrs G Pardoe, Mr A Rees, Mr K Lusk
R 05/2512 | <b>Apologies</b><br/>Cllr S Gwatkin<br/>Cllr D Kerslake – would arrive late
R 05/2513 | <b>Declaration of Interest</b><br/>Cllr Mrs P Harries - Penhywel Primary School/ Village Voice<br/>Cllr T Bowen - Allotment tenant
R 05/2514 | <b>Minutes of Meeting held 13th May 2013</b><br/>It was proposed by Cllr Mrs J Morse and seconded by Cllr T Bowen that the minutes be accepted as a true record. Agreed.
R 05/2515 | <b>Matters Arising</b><br/>Security Fence Key (04/2488) – returned by the contractor and signed for.<br/>Footpath, Playing Fields (04/2491) – Cllr Mrs Brace reported that the contractor had been asked to reinstate the path edging before the summer fete.
R 05/2516 | <b>Police Report</b><br/>The Clerk read the police report for May: one theft from a garden shed in Heol Las, two reports of youths gathering at the PSP car park after 10pm and one road traffic collision on the B-road at Pont Mawr with no injuries.
R 05/2517 | <b>Allotments</b><br/>The Sub Committee Chairman, Cllr Mrs Brace, reported that PALGS had asked for the water butts to be returned. Following discussion it was<br/><b>RESOLVED</b> that the water butts be reinstated on the allotments at a cost not exceeding £120.
R 05/2518 | <b>Playing Fields Barrier</b><br/>Cllr T Bowen proposed that the barrier on the Playing Fields be locked from 9pm to 7am during the summer, seconded Cllr Mrs J Morse. Vote: 3 for, 2 against – carried.
R 05/2519 | <b>Finance</b><br/>The following payments were approved:<br/>Mrs R Hopkins – salary May £312.40<br/>Gwent Vale CBC – emptying of dog bins £86.25<br/>D J Roofing – PSP roof repair (first stage) £1,150.00<br/>Cllr Mrs Harries reported that a second quotation for the remaining roof work had been requested.
R 05/2520 | <b>Planning</b><br/>DC/2013/00388 – 22 Heol Las – conservatory to rear. No objection.
R 05/2521 | <b>Correspondence</b><br/>a) One Voice Wales – Larger Councils conference, 29th June – noted.<br/>b) Gwent Vale CBC – consultation on public toilet provision – noted.
R 05/2522 | <b>Village Voice</b><br/>Copy for the July edition to be with the Clerk by 21st June. The item on a PSP Management Committee was deferred to the July meeting.
R 05/2523 | <b>Date of Next Meeting</b><br/>Monday 8th July 2013 at 6.45pm in the Sports Pavilion.
S 8
P The meeting closed at 8.55pm.
