@title Tweedholm Community Council Minutes 10 March 2015
@font Times-Roman
@fontsize 11
@footer Tweedholm Community Council – Minutes 10.03.15||Page {page}
P <b>MINUTES of the MEETING of Tweedholm Community Council held in the Council Chamber, Town Hall, Tweedholm on Tuesday 10 March 2015, at 7.00 pm</b>
P <b>PRESENT:</b> Provost Morag Elliot (Chair), Councillors Ruaridh Blaikie, Janet Fairbairn, Kenneth Dodds, Aileen Pringle and Stuart Laidlaw and Councillors Hamish Cranston and Douglas Turnbull.
P <b>IN ATTENDANCE:</b> Lorna Haig (Secretary) and Graham Purves (Traders’ Association)
P <b>APOLOGIES:</b> Councillors Neil Brydon and Carol Renwick and CC Councillor Alison Tait and PC Jamie Hood (Police)
I Questions for Cheviot Council members or community councillors should reach the Secretary in writing a week before the meeting.  Members must declare any interest before an item is discussed.
H Welcome
P Provost Morag Elliot opened the meeting and welcomed five residents. She reported the resignation of Councillor Ewan Rutter, who has moved away from the town, and asked that the Council’s thanks for his eleven years of service be minuted. It was noted that a card had been sent.
H Police Matters
P PC Hood’s report for February had been circulated. The Secretary read his note on a spate of shed break-ins in the Haugh area and residents were asked to lock outbuildings. Councillor Blaikie asked for a further speed check on the Kelvale Road after Easter. The Secretary undertook to forward the request.
H Traders’ Association
P Mr Purves said footfall had dropped while the market place was closed for paving and asked the Community Council to back a free-parking Saturday before the summer festival. Members agreed to write in support.
H Minutes of Previous Meeting
P The minutes of 10 February 2015 were approved on the motion of Councillor Dodds, seconded by Councillor Fairbairn.
H Matters Arising
P Councillor Turnbull said the paving of the market place would finish a fortnight early and that parking would reopen with 16 spaces, two of them for blue badge holders. Councillor Laidlaw asked where the taxi rank would go and was told it stays beside the Town Hall.
H Treasurer’s Report
P In Councillor Brydon’s absence the Secretary presented the accounts: £2,916.40 in hand, £1,150 of it committed to the festive lights. The report was noted.
H Planning Applications
P 15/00212/FUL – 14 Bridgend Row – shop to café. Members had no objection.
P 15/00240/LBC – The Black Bull – new signage. Councillor Pringle felt the proposed fascia was out of scale with the street. It was agreed to object unless the lettering was reduced.
H Correspondence
P Letter from Cheviot Council on the review of community council boundaries (responses by 30 April) – to be discussed at the April meeting.
P Invitation to the summer festival committee on 24 March – Provost Morag Elliot to attend.
H Cheviot Council Councillors’ Reports
P Councillor Cranston reported that Cheviot Council had set its budget with council tax unchanged and that new bin calendars would be delivered in April. Councillor Turnbull said that consultation on the flood protection scheme would open in May.
H Any Other Competent Business
P Councillor Pringle raised the state of the riverside path below the bridge. The Provost said she would ask the Cheviot Council ranger to look at it.
P Councillor Fairbairn proposed that the Community Council give £100 to the Tweedholm Pipe Band towards new uniforms. Seconded Councillor Laidlaw. This was agreed by all present.
H Date of Next Meeting
P Tuesday 14 April 2015, 7.00 pm, Town Hall.
S 12
P The meeting closed at 8.50 pm.
