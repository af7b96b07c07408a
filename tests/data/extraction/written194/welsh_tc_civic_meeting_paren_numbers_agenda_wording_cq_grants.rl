@title Civic Meeting of Council 04.07.18
@font Helvetica
@fontsize 10.5
@footer {page}
HC BRYNCOEDWIG TOWN COUNCIL
S 4
P Minutes of the Civic Meeting of Council held in the Council Chamber, Plas Derwen on Wednesday, 4th July, 2018 at 6.30 p.m.
G Present: | Councillors J. Probert (Chair) | R. Ashby-Hale
G | M. Bevington | D.W. Caffell
G | Mrs. G. Eynon | P. Hopkin-Rees
G | L. Maddocks | T. Nantlais
G | K. Pascoe | S. Rumsey
G In Attendance: | Town Clerk – Ms. S. Vaughan-Lloyd |
G Also Present: | Police Neighbourhood Sergeant Mark Tennant | PCSO Lisa Brimble
S 6
P <b>071) Apologies.</b> Councillors A. Goodfellow, H. Jeremiah and W. Trask
P <b>072) Declarations of Interest</b> The Chair reminded Members to make their declarations as and when necessary.
P <b>073) To receive Mayor's report, as appropriate</b> The Mayor, Councillor J. Probert, reported on the following events:
P ▪ Mayor-making and Civic Service – well attended, thanks to the Rector and the Derwen Silver Band; ▪ Armed Forces Day – the parade through Commercial Street had been the largest for some years; ▪ Bryncoedwig Carnival – the Mayor had judged the fancy dress and had been made very welcome.
P <b>074) To receive any verbal recommendations of the Events Sub-Committee held immediately prior to this meeting:</b> Councillor L. Maddocks, Chair of the Events Sub-Committee, provided feedback on the Armed Forces Day event and an update on the arrangements for the Summer Band Concerts.
P The following proposals / expenditure were thereupon recommended to Council for approval: ▪ Summer Band Concerts – Clerk to book St John Ambulance cover for the remaining five concerts; ▪ Remembrance events – order 40 replacement lamp-post poppies; ▪ Christmas Lights switch-on – Clerk to submit application for a Special Event Road Closure Order.
P All expenditure approved accordingly, subject to delegated powers of 'top 4' Senior Members on ratification of costings incurred.
P <b>075) Policing matters: invitation extended to Sergeant Tennant to attend to provide an update and respond to any issues of concern raised</b> The Chair welcomed the Police Officers in attendance. Sergeant Tennant reported that anti-social behaviour in the town centre had fallen since the introduction of evening foot patrols, and that two arrests had been made for criminal damage at the Ffordd y Goedwig underpass.
P Councillor K. Pascoe raised concerns about parking on the zig-zag lines outside Ysgol Bryn Derwen at home time. PCSO Brimble undertook to attend the school during the following week. The Leader thanked the officers for attending.
P Sergeant Tennant and PCSO Brimble left the meeting at this juncture (6.58 p.m.).
P <b>076) Grants:</b>
P <b>a) To receive and consider grants to Sporting and Cultural organisations</b>
P Councillors M. Bevington and T. Nantlais declared an interest in the following item and took no part in discussion or voting thereon. Bryncoedwig Male Voice Choir – Any financial assistance received would be used towards the hire of coaches for the choir's concert in Pentre Meurig. 2017/18 Oct'17 CQ No. 688 £150.00: Approved.
P Plas Derwen Bowls Club – Any financial assistance received would be used to purchase new mats for the indoor season. 2017/18 Nil: Approved.
P <b>b) To receive and consider grants to Community organisations</b>
P Friends of Coed y Bryn – request towards the cost of replacing the boardwalk at the lower pond. Councillor Mrs. G. Eynon asked whether the landowner had contributed. The Clerk confirmed that the landowner had contributed £500. 2017/18 Nil: Approved.
P <b>077) To receive the Minutes of the Civic Meeting of Council held on 6th June, 2018</b> The Minutes were agreed as a true and correct record.
P <b>078) Matters arising</b> None.
P <b>079) To receive correspondence</b> ▪ Coedwig Leisure Trust – timetable for the library's summer reading challenge, noted; ▪ County Borough Council – notice of resurfacing works on Commercial Street from 23rd July, noted; ▪ One Voice Wales – invitation to the Area Committee meeting, 19th July, noted.
P <b>080) Financial matters:</b> a) Schedule of payments June 2018 – the schedule of payments totalling £14,212.36 was approved. b) Bank reconciliation to 30th June, 2018 – Councillor R. Ashby-Hale, as member signatory, confirmed that the reconciliation had been checked against the bank statements. Noted.
P <b>081) To receive planning applications</b> C/2018/0164 – Single storey rear extension, 12 Heol y Parc. No objection. C/2018/0171 – Change of use from retail to hot food takeaway, 48 Commercial Street. Councillor D.W. Caffell stated that there were already four takeaways in the street. It was agreed to object on the grounds of over-concentration of hot food uses.
P <b>082) Town Clock – repairs</b> The Clerk reported that the clock had stopped on 21st June and that Prydderch &amp; Son, clockmakers, had quoted £1,640 for the replacement of the drive motor. Councillor P. Hopkin-Rees proposed, seconded Councillor S. Rumsey, that the quotation be accepted; agreed accordingly.
P <b>083) Date of next meeting</b> Ordinary Meeting of Council, Wednesday, 18th July, 2018 at 6.00 p.m.
S 10
P The meeting closed at 7.42 p.m.
