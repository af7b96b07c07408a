@title Strathmuir, Kinbrae & Torrie Community Council - AGM and November meeting 2019
@font Helvetica
@fontsize 10
@header Office Bearers: Fiona Dalgarno – Chair, Alasdair Crombie – Vice Chair, Ruth Menzies – Secretary, Iain Buchan – Treasurer
@footer W: www.strathmuirkt-cc.org.uk || Working together for our villages
HC ANNUAL GENERAL MEETING
HC STRATHMUIR, KINBRAE & TORRIE COMMUNITY COUNCIL
HC Wednesday, 6th November 2019 – 19:30
C Kinbrae Public Hall
S 6
H FORMAL AGM BUSINESS – 19:30
P <b>1. WELCOME AND INTRODUCTIONS</b> Fiona Dalgarno took the chair and welcomed the eleven residents present. She then named the members round the table: Alasdair Crombie – elected representation for Strathmuir; Ruth Menzies – elected representation for Kinbrae; Iain Buchan – elected representation for Kinbrae; Gordon Rennie – co-opted representation for Torrie; Shona Keir – elected representation for Torrie; Callum Gibb – youth representation for Strathmuir. Ward Councillors Moira Lennox and Derek Shand were also present.
P <b>2. APOLOGIES</b> Neil Forsyth (elected representation for Strathmuir) sent apologies and would attend the monthly meeting if he got back in time.
P <b>3. MINUTES OF PREVIOUS AGM</b> The 2018 AGM minutes were accepted without correction on the proposal of Shona Keir, seconded by Gordon Rennie.
P <b>4. COMMUNITY COUNCIL’S ANNUAL REPORT & FINANCIAL STATEMENTS</b> <i>Chairperson’s Report</i> Fiona gave the annual report, which had been put together by all members. Its main points were the long fight over the quarry lorry route, the new bench scheme at Torrie and the difficulty of filling the two vacant seats. The report in full follows these minutes; a copy has also gone on the website. <i>Treasurer’s Report</i> Iain Buchan presented the accounts to 30 September 2019, showing income of £1,240 (mainly the regional council's administration grant) and spending of £1,105, with £2,316 carried forward. A resident asked why insurance had gone up; Iain explained that the policy now covered the defibrillator cabinets. The accounts were adopted on the proposal of Alasdair Crombie, seconded by Ruth Menzies.
P <b>5. ELECTION OF OFFICE BEARERS</b> Gordon Rennie proposed that the present office bearers continue for a further year and Callum Gibb seconded. There were no other nominations and Fiona Dalgarno (Chair), Alasdair Crombie (Vice Chair), Ruth Menzies (Secretary) and Iain Buchan (Treasurer) were re-elected.
P <b>6. APPOINTMENT OF INDEPENDENT EXAMINER</b> It was agreed to ask Mrs Elspeth Raeburn to examine the accounts again for 2019/20. Iain will write to her.
P <b>7. CLOSE OF AGM</b> The AGM closed at 19:55 and the Chair thanked residents for coming.
S 8
H COMMUNITY COUNCIL MONTHLY MEETING – 20:00
P Present: as above, together with Neil Forsyth from 20:10. Chair: Fiona Dalgarno.
P <b>1. APOLOGIES AND DECLARATIONS OF INTEREST</b> No further apologies. Shona Keir declared an interest in the Mains of Torrie application (item 4) as a neighbour.
P <b>2. MINUTES OF OCTOBER MEETING</b> The October minutes were approved. Proposed: Ruth Menzies. Seconded: Iain Buchan.
P <b>3. POLICE REPORT</b> No officer attended. Ruth read out the e-mailed ward report: two break-ins to sheds at Kinbrae, one drink-driving arrest on the B-road and a number of speeding complaints at the school. Members asked Ruth to request that the mobile speed van visits the school in the mornings.
P <b>4. PLANNING</b> (a) APP/2019/2214 – Mains of Torrie, two holiday lodges. After discussion the CC agreed to submit an objection on road safety grounds. Shona Keir took no part. (b) APP/2019/2290 – Strathmuir Filling Station, new canopy and signs. No objection. (c) Quarry extension scoping – Alasdair Crombie will attend the council drop-in on 19 November and report back.
P <b>5. ROADS AND PATHS</b> Gordon Rennie reported that the Torrie burn path was flooded again at the footbridge. Councillor Lennox undertook to chase the landscape services team. The broken streetlight on Station Brae has now been repaired.
P <b>6. RESILIENCE PLAN</b> The draft plan has been circulated but not all members had read it. Approval was deferred until the December meeting so that comments can be included.
P <b>7. TREASURER’S REPORT</b> Iain reported £2,284 in the bank after paying the hall hire. The report was noted.
P <b>8. CORRESPONDENCE</b> A list of the month’s correspondence was circulated; nothing needed a reply except the invitation to the area community council forum, which Callum Gibb offered to attend.
P <b>9. AOB</b> Neil Forsyth asked that the Christmas lights switch-on be advertised on the website. Callum will post it.
P <b>10. DATE OF NEXT MEETING</b> Wednesday 4th December 2019 at 19:30, Torrie School.
S 8
I Chairperson’s Report for 2018/19 (as presented to the AGM)
P This has been a year in which the Community Council spent more evenings on the quarry than on anything else. After the lorry route consultation we wrote three times to the planning service and met the operator twice. We are pleased that the new route keeps the lorries away from the school at the start and end of the day. The bench scheme at Torrie, paid for from the wind farm fund, was completed in June and the benches are well used. We still have two vacancies and would welcome anyone who is willing to give one evening a month to the community.
