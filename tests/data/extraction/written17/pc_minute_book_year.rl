@title Marston Priors Parish Council minutes 2026
@font Helvetica
@fontsize 10.5
@header ||Minute Book Page No. {page}
@pageoffset 205
@footer Marston Priors Parish Council
P <b>Minutes of the Ordinary Meeting of Marston Priors Parish Council held in the Church Room at 7.45pm on 13 January 2026</b>
P <b>Present:</b> Cllr J Stannard (Chairman); Cllr M Nevitt; Cllr Mrs A Maclean-Fox; Cllr N Bright; Cllr Mrs F Goodier; Cllr Mrs K Elmore; Cllr Miss A Byrne; WCC Cllr L Cadwell <b>Parish Clerk:</b> Mrs Jennifer Bendix <b>Public:</b> Two
P <b>Apologies:</b> WDC Cllr J Marriott was unable to attend the meeting due to a prior commitment.
S 4
P <b>1. Chairman's notice regarding the recording and filming of the meeting</b> The notice regarding the recording and filming of meetings was displayed for those present to read.
P <b>2. Record of members present</b> Noted.
P <b>3. Apologies and acceptance of reasons for absence</b> WDC Cllr J Marriott was unable to attend the meeting due to a prior commitment. Noted.
P <b>4. Declaration of Interest (existence and nature) on Items on the Agenda</b> Having connections to Marston Priors Village Hall, which had applied for a grant, Cllrs Stannard and Nevitt declared an interest in agenda item 13.4.
P <b>5. Public Comments</b> None.
P <b>6. To approve the minutes of the Ordinary Meeting held on 9 December 2025</b> Mrs Bendix advised that the start time of the meeting had been given wrongly on the draft circulated to Councillors. With that correction the minutes were then approved and signed.
P <b>7. Chairman's / Clerk's report</b> Cllr Stannard reported that the defibrillator at the telephone box had been used once since the last meeting and had been restocked. Mrs Bendix reported that the new website accessibility statement had been published.
P <b>8. Matters arising</b> • Bus shelter – The meeting noted that repair works to the Warwick Road bus shelter were completed and the glazing had been replaced.
P • Millennium Green – Cllr Mrs Goodier reported that the new bench had been installed and that the donor had asked for a small plaque.
P <b>9. County and District Councillor reports</b> WCC Cllr L Cadwell reported that the county budget proposals included a 4.99% increase in council tax and that the gritting route along Kites Lane had been reinstated.
P <b>10. Planning</b> The following applications were considered:
P W/25/1944 – 4 Church Lane – single storey rear extension. It was agreed to submit no objection.
P W/25/2011 – Glebe Farm, Kites Lane – conversion of barn to two dwellings. Cllr Bright was concerned about visibility at the access. It was agreed to comment on the access only.
P <b>11. Highways and footpaths</b> Cllr Bright reported three potholes in Warwick Road near the school. Mrs Bendix would report them through the county fault-reporting website. Footpath MP12 had been cleared by the volunteer group.
P <b>12. Correspondence</b> A letter from the Diocese about the churchyard wall and an invitation to the district parish forum on 4 February had been circulated. Correspondence was received and noted by the Council.
P <b>13. Finance</b>
P <b>13.1 Payments</b> Proposed by Cllr Nevitt and seconded by Cllr Mrs Goodier, it was resolved to approve the payments listed below:
TH Payee | Detail | Amount
T Mrs J Bendix | Clerk salary and expenses, December | £412.60
T HMRC | PAYE, December | £96.40
T Arden Grounds Ltd | Grass cutting contract, final instalment | £540.00
T Marston Priors PCC | Church Room hire, Oct–Dec | £60.00
P The payments totalled £1,109.00.
P <b>13.2 Bank reconciliation</b> The bank reconciliation to 31 December 2025 was noted and signed by the Chairman.
P <b>13.3 Budget and precept 2026/27</b> Mrs Bendix presented the draft budget. After discussion it was resolved to set a precept of £24,850 for 2026/27, an increase of 3.1%.
P <b>13.4 Grants</b> Having declared interests, Cllrs Stannard and Nevitt took no part in the discussion or vote. Cllr Mrs Maclean-Fox took the chair for this item. It was resolved to award a grant of £400 to Marston Priors Village Hall towards new stage lighting.
P <b>14. Date of next meeting</b> Tuesday 10 March 2026 at 7.45pm in the Church Room. The meeting closed at 9.20pm.
S 14
P Signed ……………………………………… Chairman          Date ……………………
PB
P <b>Minutes of the Extraordinary Meeting of Marston Priors Parish Council held in the Church Room at 7.30pm on 3 February 2026</b>
P <b>Present:</b> Cllr J Stannard (Chairman); Cllr M Nevitt; Cllr Mrs A Maclean-Fox; Cllr N Bright; Cllr Mrs F Goodier; Cllr Mrs K Elmore <b>Parish Clerk:</b> Mrs Jennifer Bendix <b>Public:</b> Eleven
S 4
P <b>1. Record of members present</b> Noted.
P <b>2. Apologies and acceptance of reasons for absence</b> Cllr Miss A Byrne sent apologies due to work commitments. Noted.
P <b>3. Declaration of Interest (existence and nature) on Items on the Agenda</b> None.
P <b>4. Public Comments</b> Eleven residents attended. Mr Keith Arden of Church Lane spoke about surface water flooding on the application site, and Mrs Paula Wren asked how the Council would respond to the developer's offer of a new play area.
P <b>5. Planning application W/26/0107 – Land north of Warwick Road – erection of 38 dwellings with access and open space</b> Cllr Stannard summarised the application and the consultation responses received so far. Cllr Mrs Elmore said the site lay outside the village boundary shown in the emerging Neighbourhood Plan.
P Cllr Bright proposed that the Council object on the grounds of the site's location, flood risk and highway safety, seconded by Cllr Mrs Elmore. Carried with six votes in favour and one abstention.
P <b>6. Neighbourhood Plan Steering Group – revised terms of reference</b> It was agreed to adopt the revised terms of reference circulated with the agenda. The meeting closed at 8.35pm.
S 14
P Signed ……………………………………… Chairman          Date ……………………
S 20
P <b>Minutes of the Ordinary Meeting of Marston Priors Parish Council held in the Church Room at 7.45pm on 10 March 2026</b>
P <b>Present:</b> Cllr J Stannard (Chairman); Cllr M Nevitt; Cllr Mrs A Maclean-Fox; Cllr N Bright; Cllr Mrs F Goodier; Cllr Mrs K Elmore; Cllr Miss A Byrne; WCC Cllr L Cadwell; WDC Cllr J Marriott <b>Parish Clerk:</b> Mrs Jennifer Bendix <b>Public:</b> None
S 4
P <b>1. Chairman's notice regarding the recording and filming of the meeting</b> The notice regarding the recording and filming of meetings was displayed for those present to read.
P <b>2. Record of members present</b> Noted.
P <b>3. Apologies and acceptance of reasons for absence</b> None.
P <b>4. Declaration of Interest (existence and nature) on Items on the Agenda</b> None.
P <b>5. Public Comments</b> None.
P <b>6. To approve the minutes of the Ordinary Meeting held on 13 January 2026, and the Extraordinary Meeting held on 3 February 2026</b> The minutes of both meetings were approved and signed.
P <b>7. Matters arising</b> • W/26/0107 – Mrs Bendix reported that the objection had been submitted and that the application would go to the district planning committee in April.
P • Potholes – the three defects in Warwick Road had been repaired.
P <b>8. Annual Parish Meeting</b> Cllr Mrs Elmore proposed that the Annual Parish Meeting be held on Tuesday 21 April 2026 at 7.30pm, with the police rural crime team invited to speak, seconded by Cllr Nevitt. On a show of hands the proposal was carried unanimously.
P <b>9. Finance</b>
P <b>9.1 Payments</b> It was resolved to approve the payments listed below:
TH Payee | Detail | Amount
T Mrs J Bendix | Clerk salary and expenses, January and February | £825.20
T HMRC | PAYE, January and February | £192.80
T Kites Lane Nurseries | Spring bulbs for the green | £84.50
P The payments totalled £1,102.50.
P <b>9.2 Internal auditor</b> Cllr Nevitt proposed and Cllr Bright seconded that Heart of Arden Audit Services be reappointed. It was resolved to reappoint Heart of Arden Audit Services as internal auditor for 2025/26.
P <b>10. Date of next meeting</b> The Annual Meeting of the Council will be held on Tuesday 12 May 2026 at 7.45pm. The meeting closed at 9.05pm.
S 14
P Signed ……………………………………… Chairman          Date ……………………
