@title Bourncote PC minutes 8 November 2018
@font Helvetica
@fontsize 10.5
@header ||{page}
@pageoffset 511
@footer Signed …………………………………… Chairman          Date ……………………
HC BOURNCOTE PARISH COUNCIL
C Minutes of the Meeting of the Parish Council held in the Village Hall on Thursday 8 November 2018 at 7.30 pm
P <b>Present:</b> Councillors: P Astley (Chairman), J Dunmore, S Elwood and T Harcourt. <b>In attendance:</b> Mrs L Frost (Minutes Secretary, Ouse Valley Clerking Services) and 3 members of the public.
H 1. Apologies for absence and declarations of interest
P <b>1.1 To receive and accept apologies for absence</b>
P Apologies were received from Cllr Quinney (work commitments) and District Cllr Ann Rowley.
P <b>1.2 To receive councillors' declarations of interest in items on this agenda</b>
P Cllr Elwood declared an interest in item 7.2 as she lives next to the site, and said she would speak on it only in the public session.
P <b>1.3 To consider any written requests for dispensations</b>
P None.
H Public questions and reports from District and County Councillors
P A resident asked when the dog bin on the recreation ground would be emptied more often. County Cllr Mark Hollins reported that the consultation on the bypass route would open in December and that he would bring the exhibition boards to the village hall if the Council wished. Cllr Elwood, speaking as a resident, set out the neighbours' concerns about the Mill Road site.
H 2. To approve the minutes of the meeting on 13 September 2018
P RESOLVED that the minutes of 13 September 2018 be signed by the Chairman as a correct record. (Prop JD, 2nd TH, unanimous)
H 3. Clerk's report and matters arising, for information only
P The Minutes Secretary reported that the Clerk remains on sick leave and that the bus shelter repair has been booked for 19 November. The replacement noticeboard at the shop has been installed.
H 4. Finance
P <b>4.1 To approve the payments listed</b>
P RESOLVED to approve the payments as listed on the schedule, totalling £1,286.44. (Prop PA, 2nd SE, unanimous)
P <b>4.2 To note the bank reconciliation to 31 October 2018</b>
P The reconciliation was noted.
P <b>4.3 To consider the grant request from Bourncote Village Hall Committee</b>
P The Hall Committee had asked for £750 towards new stacking chairs. Cllr Harcourt felt £500 was more in line with grants to other groups. RESOLVED to grant £500 to Bourncote Village Hall Committee under s.137. (Prop TH, 2nd JD, 3 in favour, 1 abstention)
H 5. Highways and footpaths
P Cllr Harcourt reported that the stile on footpath 4 near Coldharbour Farm is broken and the path along the brook is overgrown. It was agreed that the Minutes Secretary would report both to the County Council's rights of way team.
H 6. Speedwatch
P Cllr Dunmore reported that the group had carried out four sessions since September, recording 61 vehicles over the limit on the High Street. The Council agreed to buy a second speed detection device at a cost of up to £180.
H 7. Planning
P <b>7.1 S/2874/18/FL – 9 Church Lane – single storey rear extension</b>
P RESOLVED to support the application. (Prop JD, 2nd PA, unanimous)
P <b>7.2 S/3011/18/OL – Land east of Mill Road – outline application for up to 9 dwellings</b>
P Cllr Elwood left the room. Members discussed the access onto Mill Road and the drainage of the site. RESOLVED to object on the grounds of highway safety and flood risk. (Prop TH, 2nd PA, 2 in favour, 1 against)
P Cllr Elwood returned.
P <b>7.3 Decisions notified by the District Council</b>
P S/1920/18/FL – 2 Orchard Close – approved. Noted.
H 8. Correspondence
P Circulated to members before the meeting; none requiring action.
H 9. Items for the next agenda
P Precept 2019/20; Christmas tree lights.
H 10. Date of next meeting
P Thursday 10 January 2019 at 7.30 pm in the Village Hall.
S 8
P The meeting closed at 9.20 pm.
