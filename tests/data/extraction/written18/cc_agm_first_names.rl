@title Auchenleith CC AGM and Minutes June 2026
@font Helvetica
@fontsize 10.5
@footer Auchenleith Community Council||Page {page}
HC AUCHENLEITH COMMUNITY COUNCIL ANNUAL GENERAL MEETING (AGM) 25th June 2026, 7.30pm, Auchenleith Village Hall
P <b>Present:</b> Fiona Christie (Chairperson); Graham Leask (Secretary); Moira Duguid (Treasurer); Ewan Birnie (Vice Chair); Sandra Milne; Colin Rae; Petra Walsh; Iain Shand; Cllr Morven Lumsden
P <b>Apologies:</b> Cllr A Pirie; Kirsty Brand
P <b>Attending:</b> 4 Members of the public
H 1 Welcome and Apologies
P The Chair welcomed those attending and apologies were given as above.
H 2 Minutes of AGM held on 26th June 2025
P Adopted as proposed by Sandra and seconded by Colin
H 3 Chair's Report
P The Chair had previously circulated a summary of the work of the Council over the past year and read out the report (appended) for the benefit of members of the public. She thanked members for their work on the flood resilience group and the Christmas lights.
P Adopted as proposed by Moira and seconded by Iain
H 4 Treasurer's Report & Financial Statement
P Moira presented the Financial Statement for the year to 31st March 2026, which had been examined by Mr D Gauld. Income had been £2,184 and expenditure £1,911, leaving a balance of £3,402.
P Adopted as proposed by Ewan and seconded by Petra
P There were no Questions.
H 5 Community Council Membership
P Graham reported that there were two vacancies following the resignation of Alan Craig and that both could be filled by co-option until the next election. Cllr Lumsden advised that the Council's Community Council Officer would send the co-option forms. This was noted.
H 6 Election of Office Bearers
P Cllr Lumsden took the chair for the election. Fiona Christie was nominated as Chairperson by Colin, seconded by Sandra. Ewan Birnie was nominated as Vice Chair by Petra, seconded by Iain. Graham Leask and Moira Duguid were willing to continue as Secretary and Treasurer. There being no other nominations, all four were elected. This was agreed unanimously and the Chair resumed her seat.
H 7 AOCB
P There was no other competent business.
P <b>Date of Next AGM:</b> 24th June 2027 (or as advised by Aberdeenshire Council once the Scheme of Establishment review is complete). Next General Meeting immediately following this meeting.
PB
HC AUCHENLEITH COMMUNITY COUNCIL MINUTES OF THE MEETING HELD ON 25 JUNE 2026
P <b>Present:</b> as for the AGM above. <b>Attending:</b> Cllr Morven Lumsden and four members of the public.
P <b>1. Welcome:</b> The Chairperson welcomed those present and in particular Richard Kerr from Stagecoach.
P <b>2. Apologies for Absence:</b> Kirsty Brand, Cllr Alasdair Pirie.
P <b>3. Police Matters:</b> There was no police presence and no report had been received. Colin reported two incidents of speeding motorcycles on the Monymusk road late at night and members of the public were asked to report such incidents to the 101 number.
P <b>4. The Minutes of the Meeting held on 28 May 2026:</b> Adoption of the minutes of the meeting held on 28 May 2026 was proposed by Iain Shand, seconded by Petra Walsh and approved unanimously.
P <b>5. Matters Arising from Minutes:</b> All matters arising not covered elsewhere on the agenda are listed below. a) Play Park Resurfacing: Graham had chased Aberdeenshire Council and the work is now scheduled for August. b) Bus Shelter, Station Road: Sandra reported that the glass had been broken again. c) Village Signs: Ewan said the new signs had been delivered and would be fitted by volunteers. It was agreed that Graham write to the Roads Department about the broken shelter before the school holidays.
P <b>6. Bus Services:</b> Richard Kerr explained that the 421 service would move to an hourly timetable from August because of driver shortages. Petra asked whether the last bus from Inverurie could be kept at 22.10, and Cllr Lumsden undertook to raise the matter with the Council's public transport unit. Richard was thanked for attending the meeting.
P <b>7. Planning:</b> Ewan reported on three applications: APP/2026/0611, extension at 12 Burnside Road; APP/2026/0627, garage at Mains of Leith; APP/2026/0650, five houses on the field north of the school. It was agreed that no comment be made on the first two applications and that the Community Council object to APP/2026/0650 on road safety grounds.
P <b>8. Treasurer's Report:</b> Moira reported a balance of £3,402 with the £600 Council grant still to be received. The report was noted.
P <b>9. Correspondence:</b> Graham had received the Aberdeenshire Council newsletter, a request for litter pickers from Keep Scotland Beautiful and an invitation to the Gala Committee.
P <b>10. AOCB:</b> Sandra asked for volunteers for the Gala stall. Iain raised the state of the war memorial railings before the Remembrance service.
P <b>11. Date of Next Meeting:</b> Thursday 27 August 2026 at 7.30pm, Auchenleith Village Hall.
