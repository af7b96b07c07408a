@title Appendix 2 - MQT transcript 14 March 2019
@font Helvetica
@fontsize 10.5
@header_first Appendix 2||
@footer {page}
S 10
HC Brenmouth Assembly Mayor’s Question Time – Thursday 14 March 2019
HC Transcript of Item 5 – Questions to the Mayor
S 8
H 2019/3107 - Bus service cuts in the outer towns
H Aled Brinsworth AM
P Brenmouth Buses has withdrawn the evening services on routes 41, 44 and 57 serving Brenford Cross, Brenmoor and Saltings Quay. What representations have you made to the operator, and will you use the bus support grant to restore them?
P <b>Rosalind Atherleigh (Mayor of Brenmouth):</b> Thank you for the question. I share the Member’s frustration. I wrote to the managing director of Brenmouth Buses on 28 February asking that the withdrawal be postponed until the Authority had assessed the effect on shift workers at Saltings Quay, and my officers met the company on 6 March. The company has agreed to keep the 41 running until the end of May while we look at whether the bus support grant can fund the other two routes. I will report back to the Assembly in April.
P <b>Aled Brinsworth AM:</b> Mr Mayor – Madam Mayor, I should say – the grant is already committed for this year. Where exactly will the money come from?
P <b>Rosalind Atherleigh (Mayor of Brenmouth):</b> Some of it is committed, but not all of it. There is an underspend of around £400,000 from the school transport budget which I am minded to redirect, subject to the Assembly’s scrutiny.
P <b>Aled Brinsworth AM:</b> I look forward to seeing that. Thank you.
H 2019/3110 - Air quality at Brenmoor primary schools
H Joanna Fairlie AM
P How many of the primary schools in Brenmoor exceed the legal limit for nitrogen dioxide, and when will the school streets scheme reach them?
P <b>Rosalind Atherleigh (Mayor of Brenmouth):</b> Monitoring last year showed three primary schools in Brenmoor above the annual limit. Two of them will join the school streets scheme in September and we are working with the borough on the third, where the main road makes a closure more difficult.
P <b>Joanna Fairlie AM:</b> Will parents be consulted before September?
P <b>Rosalind Atherleigh (Mayor of Brenmouth):</b> Yes. Consultation letters go out after Easter.
P <b>Desmond Okoro AM:</b> On a point of order, Chair. The Mayor’s answer to my written question last month gave a different number of schools.
P <b>Kathryn Pellow AM (Chair):</b> That is not a point of order, Assembly Member, but the Mayor may wish to write to you about the discrepancy.
P <b>Rosalind Atherleigh (Mayor of Brenmouth):</b> I will happily do that.
H 2019/3114 - Flood defences at Saltings Quay
H Desmond Okoro AM
P Residents of Saltings Quay were told in 2017 that the tidal wall would be raised by 2020. Is that still the timetable?
P <b>Rosalind Atherleigh (Mayor of Brenmouth):</b> With your permission, Chair, I will ask the Deputy Mayor for Environment to answer, as she chairs the flood partnership.
P <b>Kathryn Pellow AM (Chair):</b> Very well.
P <b>Hannah Vosper (Deputy Mayor for Environment):</b> Thank you, Chair. The design work is complete and the contract will be let in the summer. The wall will be raised in two phases, the first by the end of 2020 and the second in 2021, because the contractor cannot close the quay road for a whole year.
P <b>Desmond Okoro AM:</b> So the answer is no. People were promised 2020.
P <b>Hannah Vosper (Deputy Mayor for Environment):</b> The first phase, which protects the houses, will be finished in 2020. The second phase protects the boatyards.
H 2019/3118 - Housing targets in the draft spatial plan
H Callum Strachan AM
P Your draft spatial plan sets a target of 6,200 homes a year. How many of these will be genuinely affordable?
P <b>Rosalind Atherleigh (Mayor of Brenmouth):</b> The plan asks that half of all homes on public land and 35% on private land be affordable, and of those, 60% at social rent. On our assumptions that would mean around 2,100 affordable homes a year.
P <b>Callum Strachan AM:</b> Last year’s completions were less than half of that. What makes you think it will change?
P <b>Rosalind Atherleigh (Mayor of Brenmouth):</b> The housing investment fund will start paying out in June, and for the first time we will have the land as well as the money.
P <b>Bernadette Quayle AM:</b> Will the Mayor publish the viability assumptions behind the 35% figure?
P <b>Rosalind Atherleigh (Mayor of Brenmouth):</b> They are in the evidence base, which is on the website, but I will ask officers to send the Member a summary.
H 2019/3121 - Night-time economy in Brenmouth city centre
H Nerys Halloran AM
P <i>[Asked by Nerys Halloran AM on behalf of Tom Penwarden AM]</i>
P Will the Mayor appoint a night-time economy champion, as other city regions have done?
P <b>Rosalind Atherleigh (Mayor of Brenmouth):</b> I am not persuaded that a champion on its own would make a difference. What I will do is set up a night-time forum with the licensing authorities, the police and the trade, and I will chair the first meeting myself.
P <b>Nerys Halloran AM:</b> Assembly Member Penwarden will be disappointed, but I will pass that on. Thank you.
H 2019/3125 - Apprenticeship levy transfers
H Bernadette Quayle AM
P How much unspent apprenticeship levy have employers in the region transferred to small firms through the Authority’s pledge scheme?
P <b>Rosalind Atherleigh (Mayor of Brenmouth):</b> Since the scheme opened in October, eleven large employers have pledged £1.3 million, and £410,000 has been transferred so far, funding 74 apprenticeships in small firms.
P <b>Bernadette Quayle AM:</b> That is welcome. Will you write to the other large employers?
P <b>Rosalind Atherleigh (Mayor of Brenmouth):</b> I already have, and I will do so again before the end of the financial year.
H 2019/3129 - Policing of the Brenmouth derby
H Joanna Fairlie AM
P <i>[Question not asked owing to time; a written answer will be provided.]</i>
S 10
P <b>Kathryn Pellow AM (Chair):</b> Thank you, Madam Mayor. That concludes Question Time.
