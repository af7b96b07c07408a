@title Swaleholme Parish Council Minutes 1999-2000
@font Times-Roman
@fontsize 12
@footer {page}
HC Swaleholme Parish Council Minutes – 1999/2000
S 6
C 10 May 1999 – AGM
C 10 May 1999
C 12 July 1999
C 13 September 1999 – Open Meeting
S 14
HC Swaleholme Parish Council Annual General Meeting 10th May 1999
P The Parish Council AGM was held on the 10th May 1999 in the Reading Room when all councillors were present.
P <u>Election of officers</u>: Councillor Kitching proposed and Councillor Thornber seconded that Councillor Garthwaite should remain as Chairman. Councillor Garthwaite said he would be happy to serve for one more year and signed the acceptance of office form. He said he did not wish to claim an allowance.
P <u>Election of Vice Chairman</u> – Councillor Kitching proposed and Councillor Metcalfe seconded that Councillor Thornber remains Vice Chairman. She thanked Councillors for their support.
P <u>Dates of meetings</u> – Councillors looked over the list of dates for future meetings. It was agreed that meetings would be held on the second Monday of July, September, November, January and March.
P The minutes of the previous AGM were read, approved and signed. This concluded the business and the meeting closed at 8.10.
S 10
HC Swaleholme Parish Council Meeting 10th May 1999
P A Parish Council meeting was held on the 10th May following the AGM. The Chairman welcomed District Councillor Raistrick to the meeting.
P The minutes of the previous meeting were agreed and signed.
P <u>Matters arising</u>: Street lights – the District Council had written to say that two of the lamps on the Dalehead road would be replaced with new fittings in the summer. Councillors were pleased with this.
P <u>Bus service</u> – Councillor Metcalfe reported that the Saturday bus to Hawesby was to be withdrawn from June. It was agreed that the Clerk write to the County Council to ask for the service to be kept.
P <u>Planning</u> – An application for a porch at Low Crag Cottage had been received. Councillors had no objection.
P <u>District Councillor's report</u> – District Councillor Raistrick reported that the District Council had set its budget and that the council tax would rise by 3.9%. He said that the new recycling bank at Ardenside would be in place by July.
P <u>Accounts</u> – The Clerk, Mrs Dinsdale, presented the accounts for the year to 31st March 1999, showing a balance of £1,214.56. The accounts were approved and signed by the Chairman.
P The meeting closed at 9.05.
S 10
HC Swaleholme Parish Council Meeting 12th July 1999
P The meeting was held in the Reading Room. Councillors Garthwaite (Chairman), Thornber, Kitching and Metcalfe were present. Apologies were received from Councillor Sedgwick.
P The minutes of the meeting on 10th May were agreed and signed.
P <u>Bus service</u> – A reply had been received from the County Council saying the Saturday service would continue until the end of the year while a community bus was looked into. Councillor Metcalfe offered to find out how many people would use a community bus.
P <u>Millennium celebrations</u> – Councillor Thornber reported on the first meeting of the village Millennium committee. A bonfire and a tea for the older residents were planned. It was proposed by Councillor Kitching and seconded by Councillor Sedgwick that the Parish Council give £150 towards the tea. All agreed.
P <u>Footpaths</u> – Councillor Kitching reported that the footbridge over Skell Beck was rotten. The Clerk will write to the National Park footpaths officer.
P <u>Correspondence</u> – Letters from the County Association of Local Councils and the Community Council were passed round.
P The meeting closed at 8.55.
S 10
HC Swaleholme Parish Council Open Meeting 13th September 1999
P An open meeting was held in the Reading Room with 23 residents present as well as all councillors. The Chairman welcomed everyone and explained that the meeting had been called to hear views on the proposed mobile telephone mast on Crag Top Edge.
P <u>Telephone mast</u> – Mr Hurst of the telephone company explained the reasons for the site and showed photographs of the mast. Several residents spoke against the mast because it would be seen from the whole dale. Mrs Arkle said that the poor signal in the dale was a danger to farmers working alone. On a show of hands 17 residents were against the mast and 6 in favour. The Parish Council will send these views to the planning authority.
P <u>Minutes</u> – The minutes of the meeting on 12th July were agreed and signed.
P <u>Community bus</u> – Councillor Metcalfe reported that 31 households had said they would use a community bus once a week. It was agreed to ask the Rural Transport Partnership for advice.
P <u>Precept</u> – The Clerk said that the precept would have to be set at the January meeting. It was decided to leave this until then.
P The meeting closed at 9.20.
