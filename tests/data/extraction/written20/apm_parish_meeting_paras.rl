@title Sleddale Head Parish Meeting minutes 21 March 2012
@font Times-Roman
@fontsize 11
@numcol 12
@footer Sleddale Head Parish Meeting – 21st March 2012 – page {page}
HC SLEDDALE HEAD PARISH MEETING
C Minutes of Sleddale Head Parish Meeting held on Wednesday, 21st March, 2012, in Sleddale Institute at 7.30 p.m.
P <b>Present:</b> Alan Birkett (chairman), Ruth Airey, Thomas Airey, Gordon Bland, Helen Bland, Patricia Cowperthwaite, John Dixon, Margaret Dixon, Susan Fell, Colin Gaskell, Elaine Gaskell, Peter Harker, Ann Harker, David Hodgson, Janet Holme, Brian Jackman, Linda Jackman, Robert Metcalfe, Carol Nelson, Michael Park, Judith Park, Stephen Rigg, Wendy Rigg, Neil Shepherd, Dorothy Stainton, Keith Taylforth, Jean Taylforth, Richard Walker and Gillian Wilson.
P The chairman opened the meeting by explaining that the clerk, Peter Harker, had lost his voice and had asked to be excused from taking the minutes. He said that the name of Susan Fell had been put forward to take the minutes for this meeting only. This was proposed by Gordon Bland, seconded by Janet Holme and approved by the meeting. Susan Fell took the minutes.
P Apologies for absence were received from Mary Addison, Frank Beck, Hannah Beck, Christopher Leck, Rosemary Leck and Tom Nicholson.
H 1. People of Sleddale Head
R 1.1. | The chairman welcomed Neil Shepherd and Gillian Wilson, who had moved into Low Ghyll in January, to their first parish meeting.
R 1.2. | Dorothy Stainton reported that Edith Moffat, who had lived at Hollin Bank for over sixty years, had died in February. The meeting stood in silence in her memory.
H 2. Minutes of Parish Meeting held on 16th November, 2011.
R 2.1. | These had been circulated and copies were also available at this meeting. Brian Jackman proposed that they be approved as a correct record; Carol Nelson seconded. They were approved and signed by the chairman.
R 2.2. | Matters arising. Richard Walker asked whether the County Council had replied about the cattle grid at Stile End. Peter Harker said a reply was still awaited and he would chase it.
H 3. Finance
R 3.1. | Peter Harker presented the accounts for the year to date. The balance at the bank was £2,846.12, of which £900 was held for the Institute roof.
R 3.2. | The meeting considered the precept for 2012/13. Keith Taylforth proposed that the precept remain at £1,500; Ruth Airey seconded. Michael Park proposed an increase to £1,800 to build up a reserve for the footbridge, but found no seconder. The proposal to hold the precept at £1,500 was carried with two against.
H 4. Highways and the Valley Road
R 4.1. | Stephen Rigg reported that the repairs to the valley road below Sadgill had been done in December but that the surface had broken up again after the frost.
R 4.2. | John Dixon said that the passing places needed marking posts, as visitors did not know where to pull in. It was agreed that the clerk should write to the Highways Area Engineer asking for the road to be inspected and for marker posts to be provided.
H 5. Broadband
R 5.1. | Colin Gaskell explained the community broadband scheme being promoted in neighbouring valleys, which would need a contribution of about £350 from each household taking part, and a grant from the parish of £1,000 towards the mast.
R 5.2. | Helen Bland said that many older residents would not use the service and should not pay for it through the precept. Colin Gaskell proposed that the parish meeting contribute £1,000 towards the mast; Elaine Gaskell seconded. On a show of hands the proposal was defeated, 9 for and 17 against.
R 5.3. | It was agreed that Colin Gaskell would continue to collect names of households interested in the scheme.
H 6. Planning
R 6.1. | The chairman reported that the National Park Authority had granted permission for the conversion of the barn at Hollin Bank to a holiday let. No other applications had been received.
H 7. Sleddale Institute
R 7.1. | Judith Park, for the Institute committee, reported that the roof repairs would start in May. The committee had received two quotations and had accepted the lower one, from W. & J. Mounsey, for £3,640.
R 7.2. | Linda Jackman thanked everyone who had helped at the Christmas supper, which had raised £412.
H 8. Any other business
R 8.1. | Thomas Airey asked whether the parish could buy a defibrillator for the Institute. The chairman said this would be put on the agenda for the next meeting.
R 8.2. | Patricia Cowperthwaite reported that the footpath sign at Galeforth had been knocked down again.
H 9. Date of next meeting
R 9.1. | The annual parish meeting will be held on Wednesday, 16th May, 2012, at 7.30 p.m. in the Institute.
P The meeting closed at 9.25 p.m.
S 24
P Signed .......................................... Chairman          Date ..........................
