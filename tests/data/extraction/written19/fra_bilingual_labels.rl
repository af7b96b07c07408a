@title Fire Authority Minutes 9 March 2026 (English)
@font Helvetica
@fontsize 10
@header_first  
@header Dyfi and Tywi Fire and Rescue Authority - Minutes - 9 March 2026
@footer {page}
HC AWDURDOD TÂN AC ACHUB DYFI A THYWI
HC DYFI AND TYWI FIRE AND RESCUE AUTHORITY
S 4
P <b>NOTE: THESE MINUTES ARE SUBJECT TO CONFIRMATION BY THE FIRE AUTHORITY AT ITS NEXT MEETING</b>
G <b>COFNODION CYFARFOD YR AWDURDOD TÂN</b><br/>Canolfan Gynadledda, Pencadlys y Gwasanaeth Tân ac Achub, Llanddewi Dyfi<br/><b>9 MAWRTH 2026</b> | <b>MINUTES OF THE FIRE AUTHORITY MEETING</b><br/>The Conference Centre, Fire and Rescue Service Headquarters, Llanddewi Dyfi<br/><b>9 MARCH 2026</b>
G 10.30 – 12.50 | 82%
P <b>PRESENOLDEB/ATTENDANCE</b>
P Presennol yn y Cyfarfod/Present at Meeting:
G GADEIRYDD/ CHAIR: | E Pugh
G IS-GADEIRYDD/ DEPUTY CHAIR: | M Rowlands
G AELODAU/MEMBERS: | Cyng/Cllrs: A Bevan, G Daniel, S Evans, H Griffiths, T Harries, W Howells, K James, D Lloyd, C Morgan, L Parry, A Price, R Pritchard, J Thomas, N Vaughan, P Watkins, S Williams
G YMDDIHEURIADAU/APOLOGIES: | Cyng/Cllrs: B Hughes, O Jenkins, F Lewis, G Powell
G YN BRESENNOL /IN ATTENDANCE: | R Beynon, H Rees, S Maddocks, L Gwynne, D Prosser, C Tudor, M Awbery
S 8
R 1 | <b>APOLOGIES FOR ABSENCE</b>
R  | Apologies for absence were received from Councillors B Hughes, O Jenkins, F Lewis and G Powell.
R 2 | <b>DECLARATIONS BY MEMBERS OF ANY PERSONAL OR PREJUDICIAL INTERESTS</b>
R  | All Members present declared that they had a personal interest in any matters relating to, or likely to affect, their own Constituent Authority.
R  | Councillor T Harries declared a personal interest in item 10 as the parent of a serving on-call firefighter.
R 3 | <b>CHAIR'S ANNOUNCEMENTS / PERSONAL MATTERS</b>
R  | The Chair, Councillor E Pugh, reminded the meeting that all Members had the right to speak in the language of their choice and that the simultaneous translation service was available to them.
R  | The Chair congratulated Watch Manager Iwan Roderick of Pennant Fire Station on receiving the King's Fire Service Medal in the New Year Honours.
R 4 | <b>MINUTES OF THE FIRE AUTHORITY MEETING HELD ON 15 DECEMBER 2025</b>
R  | RESOLVED that the minutes of the Fire Authority meeting held on 15 December 2025 be signed as a correct record.
R 5 | <b>MINUTES OF THE RESOURCE MANAGEMENT COMMITTEE HELD ON 26 JANUARY 2026</b>
R  | Councillor M Rowlands, Chair of the Resource Management Committee, presented the minutes.
R  | RESOLVED that the minutes of the Resource Management Committee held on 26 January 2026 be received.
R 6 | <b>REVENUE BUDGET AND CONTRIBUTIONS FROM CONSTITUENT AUTHORITIES 2026/27</b>
R  | The Treasurer, Mr H Rees, presented the report which set out the proposed revenue budget of £62.94m for 2026/27 and the resulting contributions from the six Constituent Authorities, an increase of 5.9%.
R  | Councillor D Lloyd stated that the increase would be very difficult for his Authority to absorb and asked whether the reserves policy could be relaxed for one year. The Treasurer advised that general reserves were already at the minimum level recommended in the reserves strategy.
R  | Councillor S Williams moved an amendment that the increase be limited to 4.5%, to be funded by the deferral of the fleet replacement programme. The amendment was seconded by Councillor D Lloyd. Following a debate, the amendment was put to the vote and was lost, 5 Members voting for and 14 against.
R  | RESOLVED that the revenue budget of £62.94m for 2026/27 be approved, and that the contributions from the Constituent Authorities be as set out in Appendix A.
R 7 | <b>CAPITAL PROGRAMME 2026/27 TO 2030/31</b>
R  | The Treasurer presented the five-year capital programme, which included the replacement of the training tower at Abertywi and twelve new fire appliances.
R  | RESOLVED that the Capital Programme for 2026/27 to 2030/31 be approved.
R 8 | <b>STRATEGIC EQUALITY PLAN ANNUAL REPORT 2024/25</b>
R  | The Head of People Services, Ms L Gwynne, presented the annual report, which was required under the Public Sector Equality Duty in Wales.
R  | Councillor C Morgan asked for the proportion of women among new on-call recruits. Ms L Gwynne replied that it had risen to 17% in 2024/25.
R  | Members NOTED the Strategic Equality Plan Annual Report 2024/25.
R 9 | <b>WELSH LANGUAGE STANDARDS – ANNUAL MONITORING REPORT</b>
R  | Members NOTED the Welsh Language Standards Annual Monitoring Report for 2024/25, prior to its publication by 30 June 2026.
R 10 | <b>ON-CALL DUTY SYSTEM REVIEW – UPDATE</b>
R  | The Chief Fire Officer, Mr R Beynon, gave an update on the review of the on-call duty system and on the pilot of flexible contracts at six stations in the upper Dyfi valley.
R  | Councillor T Harries, having declared a personal interest, took no part in the discussion.
R  | Councillor A Price and Councillor K James welcomed the pilot and asked that the outcome be reported to all Members before any change to contracts was made.
R  | Members NOTED the update and AGREED that a seminar for all Members be held before the final proposals were reported to the Authority.
R 11 | <b>PAY POLICY STATEMENT 2026/27</b>
R  | RESOLVED that the Pay Policy Statement for 2026/27 be approved for publication in accordance with the Localism Act 2011.
R 12 | <b>ANY OTHER BUSINESS</b>
R  | There was no other business.
S 24
P Signed: ......................................................... Dated: .........................
P Chair
