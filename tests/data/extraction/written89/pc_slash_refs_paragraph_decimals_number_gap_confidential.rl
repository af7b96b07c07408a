@title Coldmoss-cum-Frith Parish Council minutes 2 June 2020
@fontsize 10.5
@footer Signed ………………………………… Chairman          Date …………………… ||{page}
HC COLDMOSS-CUM-FRITH PARISH COUNCIL
C Minutes of the meeting of the Parish Council held remotely by Zoom on Tuesday 02 June 2020 at 7.30pm
P <b>PRESENT:</b> Cllr Alan Sumner (Chairman), Cllr Jenny Heald, Cllr Mark Dutton, Cllr Priya Vyas, Cllr Colin Wrench and Cllr Robert Stockton
P <b>IN ATTENDANCE:</b> Borough Cllr Sarah Penketh, Mrs Helen Ormerod (Clerk) and two members of the public
H 20/031 APOLOGIES FOR ABSENCE
P 20/031.1 Cllr Wrench had sent apologies for late arrival; he joined the meeting at 7.50pm during minute 20/036.
H 20/032 DECLARATIONS OF INTEREST
P 20/032.1 Cllr Heald declared a pecuniary interest in minute 20/043 as a relative of the Clerk and took no part in that item.
H 20/034 MINUTES OF THE MEETING HELD ON 05 MAY 2020
P 20/034.1 RESOLVED – that the minutes of the Annual meeting held on 05 May 2020 be approved and signed by the Chairman as a true and correct record.
H 20/035 NOTES OF THE INFORMAL MEETING OF COUNCILLORS
P 20/035.1 Councillors noted the notes of the informal meeting held by telephone on 19 May 2020.
H 20/036 BOROUGH COUNCILLOR'S REPORT
P 20/036.1 Borough Cllr Penketh reported that the household waste recycling centres had reopened by appointment and that the Borough Council had paid over £4m in small business grants.
P 20/036.2 Cllr Dutton asked whether the verge cutting programme would go ahead; Borough Cllr Penketh said that the first cut was scheduled for the week of 15 June.
H 20/037 COVID-19 COMMUNITY SUPPORT
P 20/037.1 Councillors reviewed the support given by volunteers since March. Cllr Vyas reported that 46 households were now receiving regular help with shopping and prescriptions.
P 20/037.2 It was noted that the Council had spent £540 to date on the community helpline and leaflets.
P 20/037.3 RESOLVED – that a further £300 be allocated to the community helpline for June to August.
H 20/038 FLOODING AT FRITH BROOK
P 20/038.1 Cllr Stockton reported that residents of Brook Lane had again been affected by flooding on 21 May. The Clerk was asked to write to the Lead Local Flood Authority requesting a formal investigation.
H 20/039 PLANNING
P 20/039.1 20/1733N Moss Farm, Coldmoss – conversion of a barn to one dwelling. The Council had no objection.
P 20/039.2 20/1802N 3 Frith Close – two-storey side extension. The Council had no objection.
H 20/040 FINANCE
P 20/040.1 RESOLVED – that the payments listed below be approved: Mrs H Ormerod (salary May) £342.16; HMRC (PAYE) £85.40; Zoom subscription £14.39.
P 20/040.2 The bank reconciliation to 31 May 2020 was received and noted.
H 20/041 DATE OF NEXT MEETING
P 20/041.1 Tuesday 07 July 2020 at 7.30pm by Zoom.
H 20/042 EXCLUSION OF PRESS AND PUBLIC
P 20/042.1 RESOLVED – that in view of the confidential nature of the business about to be transacted the press and public be excluded under the Public Bodies (Admission to Meetings) Act 1960.
H 20/043 CONFIDENTIAL: CLERK'S HOURS
P 20/043.1 Having declared an interest, Cllr Heald left the meeting. The Chairman reported on the review of the Clerk's hours. RESOLVED – that the Clerk's contracted hours be increased from 6 to 8 hours a week from 1 July 2020.
P The meeting closed at 9.12pm.
