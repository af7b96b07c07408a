@title Minutes September 2009
@font Times-Roman
@fontsize 11
@numcol 14
@footer Llanwynfor Community Council – Minutes 15th September 2009||Page {page}
HC Minutes of Llanwynfor Community Council Meeting held at Bryncorlan Village Hall on Tuesday 15th September 2009
P <b>Present:</b> Councillors Eirian Bebb (Chair), Huw Kinsey, Dilys Wozencroft, Gareth Pugh, Rhian Stoddart, Tom Evason, Lynne Jarman, Peter Ashford and County Councillor Myfanwy Gittins. Alun Ellis (Clerk).
P Also present: 3 residents and Nerys Lloyd (Border Bugle).
R 1093 | <b>Apologies</b> Ron Tudor was not in attendance.
R 1094 | <b>Approval of Minutes – 21st July 2009</b> The July minutes were approved and EB signed them. Proposed by HK, seconded by DW
R 1095 | <b>Declarations of Interest</b> – Members hold standing dispensations covering wind farm and school reorganisation matters. RS and CCMG have an interest in P/2009/0731 (agricultural building, Ty Uchaf, Bryncorlan).
R 1096 | <b>Matters arising (not on this agenda)</b> None.
R 1097 | <b>Playgrounds</b> The repainting at Bryncorlan is done and has smartened the play area up a great deal. The roundabout at Llanwynfor still squeaks; EB will grease it at the weekend. ACTION: EB<br/>AE has had the annual inspection reports back. Both are mostly low risk apart from a loose bolt on the see-saw and a worn chain on the cradle swing. TE thinks the chain should be done before the half term holiday. ACTION: AE
R 1098 | <b>Bryncorlan Playing Field Drainage</b> Two quotes were received for putting a land drain along the bottom of the field. HK said the cheaper quote did not include reinstating the turf. Agreed to accept the quote from Hafren Groundworks of £1,380. Proposed by PA, seconded by TE
R 1099 | <b>County Councillor's Report</b> CCMG reported that the consultation on the future of the small schools would start in October and that she would circulate the dates of the public meetings. She has also chased the gritting route for the top road.
R 1100 | <b>Police Report</b> No officer attended. AE read the email from the PCSO: one theft of diesel from a farm near Ty Uchaf and a report of quad bikes on the forestry track.
R 1101 | <b>Planning</b> P/2009/0731, Erection of agricultural building, Ty Uchaf, Bryncorlan. RS and CCMG left the room. No objections. Proposed by GP, seconded by LJ. RS and CCMG returned.
R 1102 | <b>Planning Decisions</b> The following decisions were noted: P/2009/0512 Conversion of barn, Pentre Farm – approved; P/2009/0588 Extension, 4 Heol y Capel – approved.
R 1103 | <b>Wind Farm Consultation</b> There was a long discussion about the cable route from the proposed wind farm on the hill. DW said the community had not been told enough. It was agreed to respond to the developer asking for the cable to go underground through the valley. ACTION: AE
R 1104 | <b>Highways</b> The potholes outside the chapel have been filled but the drain by the bridge is blocked again. AE to report. ACTION: AE
R 1105 | <b>Footpaths</b> LJ reported that she had walked footpath 14 with the footpath officer. Two stiles need replacing and the officer will put them on the list for the winter.
R 1106 | <b>Bus Shelter</b> Still waiting for the second quote. Deferred to the October meeting.
R 1107 | <b>Christmas Lights</b> PA reported that one set of lights needs replacing. GP offered to collect a new set from the wholesaler.
R 1108 | <b>Village Hall Committee</b> DW gave the report from the hall committee. The new boiler is in and the hall is booked every Saturday until Christmas.
R 1109 | <b>Finance – Payments</b> The following payments were approved: Clerk's salary July–September £345.00; Hafren Groundworks (deposit) £400.00; Bryncorlan Village Hall hire £30.00; CHALC subscription £88.00. Proposed by HK, seconded by RS
R 1110 | <b>Finance – Bank Balances</b> Current account £2,874.19; deposit account £5,112.40. Noted.
R 1111 | <b>Audit 2008/09</b> The external auditor's certificate has been received with no matters raised. It will be put on the noticeboards.
R 1112 | <b>Grant Requests</b> A letter was read from the Bryncorlan Over 60s asking for help with the cost of the Christmas lunch. £150 agreed. Proposed by LJ, seconded by PA
R 1113 | <b>Correspondence</b> Letters from the Post Office (changes to opening hours at Llanwynfor), the Wildlife Trust (hedgerow survey) and the Health Board (flu clinics). All noted.
R 1114 | <b>CHALC Training</b> Training dates for new councillors are on 3rd and 10th November. HK and TE asked to go. ACTION: AE to book
R 1115 | <b>Border Bugle</b> Nerys Lloyd asked if the council would send a short piece for the November issue about the playground work. EB will write it.
R 1116 | <b>Remembrance Sunday</b> EB will lay the wreath at Llanwynfor and GP at Bryncorlan.
R 1117 | <b>Any Other Business</b> (for information only) RS mentioned that the phone box at Bryncorlan has been reported as damaged.
R 1118 | <b>Date of Next Meeting</b> Tuesday 20th October 2009 at 7.30pm at Llanwynfor Chapel Vestry.
S 10
P Meeting closed at 9.40pm
