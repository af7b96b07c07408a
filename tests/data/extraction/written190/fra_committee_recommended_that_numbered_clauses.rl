@title Minutes Template - Greater Harrowdale Fire and Rescue Service
@font Helvetica
@fontsize 10.5
@footer {page}
HC GREATER HARROWDALE FIRE AND RESCUE AUTHORITY
S 4
HC COMMUNITY PROTECTION COMMITTEE
S 4
C Minutes of the meeting held on Thursday 14 March 2013 at 10.30 am in the Authority Room, Fire Service Headquarters, Brackenmoor Road, Alderstowe
S 6
P <b>PRESENT:</b> Councillor Maureen Oldacre (in the Chair); Councillors Frank Bellweather, Sunita Desai, Graham Tolley, Peter Ashworth-Lyle and Janice Crook.
P <b>OFFICERS:</b> Deputy Chief Fire Officer (Andrew Pimlott); Treasurer and Director of Resources (Keith Ormerod); Head of Protection (Group Manager Helen Sowerby); Community Safety Manager (Station Manager Darren Quayle); Democratic Services Officer (Lorna Beddows).
S 6
H 1. APOLOGIES FOR ABSENCE
P Apologies for absence were received from Councillors Ted Marland and Rukhsana Pervez.
H 2. DECLARATIONS OF INTEREST
P Councillor Graham Tolley declared a personal interest in Item 6 (Residential Sprinkler Advocacy) as a non-executive director of a registered housing provider operating in the Cressingdale district.
H 3. MINUTES OF THE MEETING HELD ON 17 JANUARY 2013
P Councillor Janice Crook noted that her apologies for the January meeting had been sent but were not recorded.
P <b>Resolved:</b> That, subject to the inclusion of Councillor Crook's apologies, the minutes of the meeting held on 17 January 2013 be approved as a correct record and signed by the Chair.
H 4. BUSINESS SAFETY ENFORCEMENT ACTIVITY 2012/13
P The Head of Protection presented a report which summarised the audits, enforcement notices and prohibition notices issued under the Regulatory Reform (Fire Safety) Order 2005 during the first three quarters of the year. She reported that 1,142 audits had been completed against a target of 1,300, that 61 enforcement notices had been served and that two prosecutions were being prepared, one of them concerning a guest house in Millbrayne where fire doors had been wedged open and alarms disconnected.
P The Treasurer and Director of Resources drew attention to the cost of the additional inspecting officers funded from reserves in 2012/13 and advised that the posts would need to be absorbed within the base budget from April if the audit target was to be maintained.
P Members thanked the Head of Protection for a clear report and put a number of questions on the figures, to which officers responded.
P Finally, Councillor Sunita Desai asked for further detail on the number of houses in multiple occupation audited jointly with district housing teams. The Head of Protection undertook to provide the figures to Members after the meeting.
P <b>Recommended:</b> That:
P 1. The report, the comments made and GHFRS's risk-based auditing approach be noted.
P 2. A further report on the joint inspection arrangements with district housing teams be brought to the July meeting.
H 5. PRIMARY AUTHORITY PARTNERSHIPS
P The Head of Protection outlined the two Primary Authority partnerships entered into since the last meeting, with a regional pub company and a care home group, and explained the charging basis agreed for the advice given.
P Councillor Frank Bellweather asked whether the income covered the officer time involved. The Treasurer and Director of Resources confirmed that the charges were set on a cost-recovery basis and were reviewed each year.
P <b>Recommended:</b> That:
P 1. The content of the report be noted.
H 6. RESIDENTIAL SPRINKLER ADVOCACY
P Councillor Graham Tolley, having declared a personal interest, remained in the room but took no part in the vote.
P The Deputy Chief Fire Officer introduced a proposal to contribute towards the retro-fitting of sprinkler systems in two high-rise blocks at Copperfield Rise, Cressingdale, in partnership with the landlord, and reminded Members that both blocks had been the subject of serious fires in 2009 and 2011.
P Councillor Peter Ashworth-Lyle moved that the contribution be capped at £60,000; this was seconded by Councillor Janice Crook. On being put to the vote the motion was carried by 4 votes to 1.
P <b>Resolved:</b> That:
P 1. A contribution of up to £60,000 from the Community Risk Reduction Reserve be approved towards the Copperfield Rise sprinkler scheme.
P 2. The Deputy Chief Fire Officer be authorised to agree the funding agreement with the landlord.
H 7. HOME SAFETY CHECK PROGRAMME - QUARTER 3 PERFORMANCE
P The Community Safety Manager reported that 9,874 home safety checks had been delivered in the quarter, 58% of them to households referred by partner agencies. He explained that the fall in checks carried out by wholetime crews reflected the training commitments arising from the new appliance fleet.
P Councillor Maureen Oldacre asked that future reports break the figures down by district.
P <b>Recommended:</b> That:
P 1. The content of the report and the comments raised be noted.
H 8. ARSON REDUCTION - BONFIRE PERIOD 2012
P The Community Safety Manager presented a review of the bonfire period, during which deliberate secondary fires had fallen by 17% compared with 2011. He thanked the district councils for the removal of 212 tonnes of fly-tipped material before 5 November.
P Councillor Janice Crook commented that the waste removal had made a visible difference in the Alderstowe estates and asked that the same arrangements be repeated this year.
P <b>Recommended:</b> That:
P 1. The content of the report be noted.
P 2. The Chair write on behalf of the Committee to thank the district councils for their support.
H 9. EXCLUSION OF THE PRESS AND PUBLIC
P <b>Resolved:</b> That the press and public be excluded from the meeting for the following item of business on the grounds that it involves the likely disclosure of exempt information as defined in paragraph 3 of Part 1 of Schedule 12A to the Local Government Act 1972.
H 10. PROSECUTION UPDATE (PART B)
P The Head of Protection updated Members on the two prosecutions referred to under Item 4.
P <b>Recommended:</b> That:
P 1. The update be noted.
H 11. DATE OF NEXT MEETING
P Thursday 11 July 2013 at 10.30 am, Fire Service Headquarters.
S 10
P The meeting closed at 12.05 pm.
