@title Minutes APM and APCM 16 May 2012
@font Times-Roman
@fontsize 12.5
@header ||{page}
@pageoffset 2230
@footer Signed ........................................ Chairman||Date ..............................
P <b>Minutes of the Pennock and Wrayburn Annual Parish Meeting and Annual Parish Council Meeting held on Wednesday 16th May 2012.</b>
P Present: Mr Alan Gethin – Chair. Mrs Rosalind Parfitt. Mrs Hilary Cobbold. Mr Derek Stainer. Mrs Joan Tilsley. Dr Martin Ackroyd – Clerk. Mr Colin Raybould, Wendshire County Councillor. Three members of the general public.
H Annual Parish Meeting.
P The chairman welcomed the members of the public and opened the meeting to them at 7:30pm. Mr Peter Lusk thanked the Council and the Clerk for the work done on the Pound Lane footway over the winter. Mrs Sheila Dorrington asked whether the Council would again fund the hanging baskets at the two bus stops; the chairman said this would be considered under Finance. There being no other topics of discussion, the chairman closed the meeting at 7:41pm.
H Annual Parish Meeting.
P <b>Election of Chairman</b> Mrs Parfitt proposed, seconded by Mrs Cobbold, that Mr Gethin be elected as chairman. No other nominations were received and the vote was carried nem. con. Mr Gethin signed the declaration of acceptance of office.
P <b>Election of Vice-Chairman</b> Mr Stainer proposed Mrs Tilsley, seconded by Mrs Parfitt. There being no other nominations Mrs Tilsley was elected and signed her declaration.
P <b>Apologies</b> No apologies for absence had been received.
P <b>Minutes of the Last Meeting:</b> These were approved and signed as a true record by the Chair.
P <b>Matters arising.</b> There had been no progress on the repair of the Cowleaze Road verge. Mr Raybould explained that the County highways budget had been cut again this year but that he would raise the matter with the area engineer himself. Mrs Cobbold reported that the blocked gully opposite Hurst Farm had been cleared within a week of being reported. The Clerk reported that he had written twice to the bus operator about the timetable case at the Green and had received no reply; he would write again.
P <b>Speed on the Cowleaze Road.</b> Mr Stainer reported that the speed survey promised in February had still not taken place. Mr Raybould explained the difference between a fixed sign and a vehicle activated sign and indicated that the second was the more likely to be funded. It was agreed that the Clerk should obtain a quotation for a vehicle activated sign and report in July.
P <b>Planning.</b> P12/W0871 Rose Cottage, Mill End: single storey rear extension. Councillors resolved to raise no objection to the application. P12/W0903 Land adjoining the Old Forge: stable block and tack room. Mrs Tilsley declared an interest as a neighbour and took no part. After discussion it was resolved to object on the grounds of access on to a narrow lane.
P <b>Finance.</b> The following payments were approved: Clerk's salary April–May £312.40; Wendshire Association of Local Councils subscription £86.00; R. Haines (grass cutting, April) £145.00; hanging baskets deposit £60.00. Proposed Mrs Tilsley, seconded Mr Stainer. The balance at the bank on 30th April was £6,214.18. Mrs Dorrington's request for the hanging baskets was considered and a contribution of £60.00 towards them was agreed, the remainder to be met by the Pennock Gardening Club. The Clerk was asked to move £2,000.00 from the current account to the deposit account.
P <b>Annual Return 2011/12.</b> The Clerk presented the annual return and the internal auditor's report, which raised no matters of concern. It was resolved that the accounting statements for 2011/12 be approved and signed by the Chair and the Clerk.
P <b>Risk Assessment.</b> Deferred to the July meeting so that the play area inspection report can be included.
P <b>Correspondence.</b> The list of correspondence received since March was noted.
P <b>Date of Next Meeting</b> Wednesday 18th July 2012 at 7:30pm in the Reading Room.
P The meeting closed at 9:12pm.
