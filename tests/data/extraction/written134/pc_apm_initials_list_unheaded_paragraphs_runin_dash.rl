@title Annual Parish Meeting 19 May 2014
@font Times-Roman
@fontsize 11
@header Wressingby Parish Council||Annual Parish Meeting
@footer Minutes to be approved at the Annual Parish Meeting 2015||{page}
H May 2014 Minutes Annual Parish Meeting
H Annual Parish Meeting
P Minutes from meeting held on 19th May 2014 in Wressingby Village Hall at 7.00pm
P Cllr Anthony Brader (AB) – Chairman
P Cllr Lesley Fotherby (LF)
P Cllr Kevin Scarr (KS)
P Cllr Rosemary Elsom (RE)
P Cllr Paul Sharpe (PS)
P Neil Chapman – Clerk (NC)
P District Councillor Harry Overton (HO)
P County Councillor Jane Redgate (JR)
P Press – none
P The Chairman opened the meeting and welcomed everyone.
G Apologises – Cllr Derek Toyne (DT) | 
G Members of Public – Mr Colin Harrop (CH), Mrs Gail Sisson (GS) and 9 other residents | 
P Minutes of the last APM (20th May 2013) were agreed, proposed by LF and seconded by PS.
P Matters Arising – The street light in Church Lane, raised at the last meeting, had been referred to the Parish Council, which had obtained a price of £1,850 but had not yet included it in the budget.
P The Chairman's annual report was read to the meeting. AB said the Council had held six meetings during the year. The precept had been held at £6,200 for the third year running, helped by the £340 council tax support grant. The playing field fence had been renewed at a cost of £1,120 and the Council had joined the county tree-warden scheme. AB thanked the Clerk, who had completed his first year, and the volunteers who kept the bus shelter and the pond clean.
P Financial Statement – NC presented the receipts and payments account for the year ended 31st March 2014. Receipts were £6,874 (precept £6,200, support grant £340, cemetery fees £334) and payments £6,512, leaving balances of £5,306 at the bank, agreeing with the reconciliation signed by KS. The internal auditor had reported no matters and the Annual Return would be approved at the Council's meeting in June. GS asked why the balances were almost a year's precept; NC explained that £2,500 was earmarked for the cemetery wall. The statement was received and noted by the meeting.
P Cemetery – RE said that the cemetery had seen two burials and the sale of one reserved plot in the year. The wall on the north side is leaning and a survey will be obtained. KS said the earmarked sum would not be enough if the wall had to be rebuilt.
P County Councillor – JR reported that the county budget had been set with a 1.9% rise and that the gritting routes were under review; the Wressingby road would remain a priority route. She could not yet say whether the mobile library would continue.
P District Councillor – HO reported on the district's local plan consultation, which closes on 30th June, and on the new garden waste charge of £35 a year.
P Questions from Parishioners – CH asked that the meeting support the street light in Church Lane. He proposed that the meeting ask the Parish Council to include the light in next year's budget, seconded by GS. On a show of hands the proposal was carried by 9 votes to 2. AB said the Council would consider it at its budget meeting in January.
P Wressingby Town Lands Charity – PS, a trustee, presented the charity's accounts for 2013, showing rent income of £1,460 from the charity field and grants of £1,100 to twenty-two households for winter fuel. The meeting approved the charity's accounts, proposed by RE and seconded by LF, and thanked the trustees.
P Date of next APM – to be confirmed; May 2015.
P The meeting closed at 8.20pm.
