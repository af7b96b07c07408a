@title Tallowby Parish Council - Minutes 6 April 2021
@font Helvetica
@fontsize 10.5
@numcol 17
@header_first TALLOWBY PARISH COUNCIL
@header Tallowby Parish Council - Ordinary Meeting 6 April 2021
@footer Chairman's initials ..........||Page {page}
HC MINUTES OF THE ORDINARY MEETING OF PARISH COUNCIL Tuesday 6 April 2021 at 7.30pm
S 6
P <b>PRESENT :</b> Councillors J Abernethy (Chairman), K Dunmore, R Fothergill, P Halloran, M Ibbotson, S Quarmby.
P Clerk H Lindqvist
P <b>IN ATTENDANCE:</b> Councillor Whitlam, WCC (minutes 251/20 to 259/20) Councillor Osei, WCC, (minutes 251/20 to 256/20) and two members of the public.
I The meeting took place by Zoom video conference under the 2020 regulations that allow local councils to meet remotely.
S 4
R 251/20 | <b>Apologies for Absence</b> Apologies were received from Councillor T Veitch (work commitments) and the reason for absence was accepted.
R 252/20 | <b>Minutes of the Ordinary Meeting held on 2 March 2021</b> Resolved: that the minutes of the meeting held on 2 March 2021 be approved as a correct record, to be signed by the Chairman when meetings resume in person.
R 253/20 | <b>Declarations of interest – Members Code of Conduct.</b> To note any interests declared by members in items on this agenda. Councillor Fothergill declared a pecuniary interest in minutes 254/20a and 254/20b as the owner of land next to the site and took no part in the discussion. Councillor Ibbotson declared a personal interest in minute 259/20 as a trustee of the village hall. (Post meeting note – "254/20a and 254/20b" should read 255/20a and b.)
R 254/20 | <b>Planning Matters</b> a) The Clerk reported that the following decisions had been received from WCC:<br/>21/00418/PLF - Single storey rear extension, 4 Mill Garth, Tallowby - Approved with conditions<br/>21/00502/TPO - Crown reduction of one sycamore, The Old Vicarage, Church Walk - Approved<br/>b) Applications considered:<br/>21/00711/PLF - Erection of detached double garage, Rose Cottage, Beck Lane<br/>Resolved: that the Council raises no objection to the application.
R 255/20 | <b>Land off Beck Lane – pre-application consultation</b> a) Councillor Quarmby summarised the leaflet delivered by the developer, which describes up to fourteen homes with access from Beck Lane and a new footway to the school.<br/>b) Members were concerned that the leaflet gave no opportunity to see plans in person. Resolved: that the Clerk writes to the developer asking for a public exhibition in the village hall before any application is submitted.
R 256/20 | <b>Ward Councillors' Report</b> Councillor Whitlam reported that the gully clearing programme for the village had been brought forward to May. Councillor Osei reported that WCC had set its budget with a council tax rise of 1.99% and that the adult social care precept had been deferred. Councillor Osei left the meeting.
R 257/20 | <b>Finance</b> a) Payments:<br/>Clerk's salary (March) £412.60<br/>HMRC – PAYE £103.20<br/>Tallowby Village Hall – room hire (Annual Parish Meeting) £24.00<br/>Wold Mowing Ltd – first cut of the playing field £180.00 plus VAT<br/>Resolved: that the payments listed be approved.<br/>b) The bank balance at 31 March 2021 was £11,804.37 (current account £2,114.90, reserve account £9,689.47).
R 258/20 | <b>Playing field – annual inspection report</b> The Clerk presented the annual inspection report. No high risks were found; the worn shackles on the cradle swing and the loose matting under the multi-play unit were rated medium. Councillor Dunmore agreed to replace the shackles from the spares held in the store. Resolved: that the Clerk obtains two quotations for new matting beneath the multi-play unit.
R 259/20 | <b>Village hall – reopening</b> Councillor Ibbotson reported that the hall committee intends to reopen for the toddler group from 17 May, with a limit of twelve families and a cleaning rota between sessions. Noted.
R 260/20 | <b>Correspondence</b> The following were received: (i) WCC – consultation on the draft Local Transport Plan, closing 30 April 2021; (ii) a resident – request for a dog bin on the school path. It was agreed that Councillor Halloran would draft a response to the transport consultation for circulation to members.
R 261/20 | <b>Date and Time of Next Meeting</b> Annual Meeting of the Council: Tuesday 4 May 2021 at 7.00pm, by Zoom or in the village hall, depending on the regulations then in force.
S 8
P There being no further business the meeting closed at 8.52pm.
S 16
P Signed ......................................................... Chairman        Date ............................
