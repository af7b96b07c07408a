@title Brereholt Superior PC minutes September 2010
@font Helvetica
@fontsize 10.5
@footer {page}
@pageoffset 22
HC BREREHOLT SUPERIOR PARISH COUNCIL
C Clerk - Mrs Pauline Ashcroft      Telephone – 01632 960418
C Chairman – Graham Lydiate      Vice Chairman – Moira Tanfield
S 6
P Minutes of meeting held at 7.45pm on Tuesday 14th September 2010 at Brereholt Village Institute, Moss Lane.
P Present: Chair of the meeting Graham Lydiate (GL), Moira Tanfield (MT), Oliver Henshall (OH), Janet Birtles (JB), Keith Dunnock (KD), Ruth Adlington (RA) and the Clerk.
P 10.098 Apologies for absence: Simon Pettigrew (SP) and Lorna Kettle (LK).
P 10.099 Declarations of Interest in any agenda item: KD declared a personal interest in item 10.106 as the applicant at 4 Pinfold Close is his neighbour.
P 10.100 Parishioner's Question time – Two residents of Pinfold Close asked whether a grit bin could be placed at the top of the close before the winter. The Chairman said the Clerk would put the request to the highway authority and report back.
P 10.101 To approve the Minutes of the last Meeting on 13th July 2010. – the minutes were agreed and signed as a correct record.
P 10.102 To discuss matters arising from the last meeting, not already covered in the agenda – OH reported that the replacement finger post at Dane Bank had still not been put up and that he had chased the footpaths officer twice since July. The Clerk to write formally.
P 10.103 Police Report – PCSO Danby had sent a short report by e-mail: one theft of red diesel from a farm on Holly Lane and two complaints of quad bikes using the bridleway behind Moss Wood. Nothing else to report for the area.
P 10.104 To appoint internal auditor for 2010/11 – A letter had been received from Mr Alan Fairbrother, who carried out the audit last year, offering to act again for a fee of £60. It was resolved to appoint Mr Fairbrother.
P 10.105 Standing Orders review. The Clerk reported that the model standing orders issued by the county association had been revised in the spring and circulated a marked copy showing the changes. This was reviewed and agreed, with the time allowed for public speaking set at fifteen minutes.
P 10.106 Planning – 10/2231M Lower Birch Farm, Holly Lane - Replacement agricultural building No comment. 10/2307M 4 Pinfold Close - Two storey side extension. KD left the room for this application. Members had no objection but asked that the existing boundary hedge be kept.
P 10.106.01 Planning Decisions – 10/1870M The Old Smithy – conservatory – approved by the borough.
P 10.107 Highways – JB reported that the white lining at the Moss Lane junction had at last been renewed. MT asked for the blocked gully outside the Institute to go on the list for the lengthsman; the Clerk to add it.
P 10.108 Village Institute – RA said the Institute committee had raised £412 at the summer fair and that quotations for the roof repair would be brought to the November meeting.
P 10.109 Finance – The following payments were approved: P Ashcroft, salary July to September, £486.00; HMRC, £121.50; Brereholt Village Institute, room hire, £45.00; Mossbank Garden Services, grass cutting, £310.00.
P 10.110 Precept 2011/12 – Members considered the draft budget circulated by the Clerk. Proposed GL, seconded OH. It was resolved to hold the precept at £7,250 for 2011/12.
P 10.111 Correspondence – The letter from the borough council on the review of polling districts was noted. The county association newsletter was passed round.
P 10.112 Date of next meeting – Tuesday 9th November 2010 at 7.45pm at the Village Institute.
S 10
P The meeting closed at 9.20pm.
S 12
P Signed …………………………………… Chairman      Date ……………………
