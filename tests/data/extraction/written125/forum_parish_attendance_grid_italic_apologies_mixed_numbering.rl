@title Arunbridge North Community Forum minutes 18 January 2017
@font Helvetica
@fontsize 10
@footer {page}
HC ARUNBRIDGE NORTH COMMUNITY FORUM
C Minutes of a meeting of the Community Forum held on Wednesday, 18th January 2017, Sallowfield Village Hall.
P <b>Attendance and Apologies</b> (in italics):
T Wyndcombe Parish Council | <i>Apologies sent</i>
T Bexcombe Parish Council | Attended: Rosalind Tapper
T Coldhollow Parish Council | Attended: Malcolm Reddaway
T Sallowfield Parish Council | Attended: Graham Whitby, Alison Pearce
T Haslow Down Parish Council | Attended: Malcolm Reddaway
T Kelsham Parish Meeting | <i>Apologies sent – Bridget Oakes</i>
T Pellworth Parish Council | Attended: Janet Okoye
T Castle Marden Town Council | Attended: Owen Pritchard, Harriet Bloxham
T Tollbridge Heath Parish Council | <i>Apologies sent</i>
T Orley with Sutfield Parish Council | <i>Apologies sent – Colin Mabbott</i>
T Dunsby Hill Parish Council | Attended: Nigel Thorogood
T Merrow Vale Parish Council | Attended: Peter Lanyon
T Weald Police | <i>Apologies sent – PCSO Kerry Dunstan</i>
T West Weald County Council | Attended: Cllr Hilary Pocock, Fiona Blackwell
T Arunbridge District Council | <i>Apologies sent – Cllr Roger Fitch, Martin Strudwick</i>
S 6
H 1. Introduction by the Chairman
P Malcolm Reddaway welcomed members and thanked Sallowfield Parish Council for the use of its hall. He reminded members that the Forum had no budget of its own and existed so that the parishes could share information and speak to the district and county councils with one voice.
H 2 Apologies for absence
P As shown in the table above.
H Minutes of previous meeting and matters arising
P The minutes of the meeting of 13th July 2016 were accepted as a true record.
P Matters arising: The minutes had given the wrong date for the AVALC area meeting, which took place on 27th September. Janet Okoye was asked what had come of the complaint about the Pellworth surgery shutting one afternoon a month for staff training. She reported that the practice manager had agreed to publish the closure dates in the parish magazine three months ahead.
H 4. Police update
P PCSO Dunstan had sent a written update which was read by the Chairman. There had been a number of thefts of quad bikes and trailers from farms in the north of the area, and farmers were urged to use ground anchors and to register with Farm Watch. Graham Whitby asked whether speed checks could be carried out on the Castle Marden road through Sallowfield, and it was agreed that the Chairman would pass this on to the Neighbourhood Policing Team.
H 5. West Weald County Council
P Cllr Hilary Pocock reported that the County Council was consulting on the closure of two household waste sites at weekends and that the consultation ran until 24th February. She urged the parishes to respond. Fiona Blackwell, the County's Community Officer, explained that the Clearwater drainage fund for drainage schemes had reopened and that parishes could apply for up to £10,000. Nigel Thorogood asked whether the fund could be used for a culvert on private land. Fiona Blackwell said that it could if the landowner agreed and the work reduced flooding of the highway.
H 6. Arunbridge District Council
P The District Council had sent a written update on the Local Plan review and the new garden waste charges, which had been circulated before the meeting. The Forum noted the update.
H 7. National Park Local Plan
P Harriet Bloxham said that the Park's pre-submission Local Plan would be published for consultation in the spring and suggested that the Forum hold a workshop so that the smaller parishes could prepare a joint response. Rosalind Tapper supported this. It was agreed that Harriet Bloxham and Owen Pritchard would organise a workshop in Castle Marden in March.
H 8. AVALC
P Malcolm Reddaway reported on the AVALC area meeting held on 27th September, at which the new training programme for clerks and councillors had been launched. Alison Pearce asked for the programme to be circulated to all parishes.
H 9. Any other business
P Peter Lanyon raised the poor state of the road signs at Merrow Vale crossroads. Owen Pritchard said that Castle Marden had had the same problem and that reporting through the County's online form had worked well.
H 10. Date of next meeting
P Wednesday 12th July 2017 at 7.00pm, hosted by Dunsby Hill Parish Council.
P The meeting closed at 9.05pm.
