@title Minutes of the Parish Council Meeting 20th November 2013
@font Times-Roman
@fontsize 11
@numcol 17
@footer Lanvorrow Parish Council – Minutes 20.11.2013||Page {page}
HC LANVORROW PARISH COUNCIL
C Minutes of the Parish Council Meeting held on Wednesday, 20th November 2013 at 7.30 p.m. in Lanvorrow Village Hall
S 4
P <b>Present:</b> Chairman: Cllr. R. Tremayne
P Councillors: Cllrs. J. Penhallow, M. Keast, A. Vosper, D. Sleeman, H. Brenton and T. Ough
P <b>In Attendance:</b> Parish Clerk
P District Cllr. W. Hoskin
P Three Members of the Public
S 6
R 1071. | <b>APOLOGIES FOR ABSENCE</b> Cllr. Dunstan (family commitment). PCSO Nancarrow had sent apologies for possible lateness.
R 1072. | <b>DECLARATION OF INTERESTS</b> The Chairman requested that interests be declared as matters arose.
R 1073. | <b>PUBLIC OPEN QUESTION TIME</b> A resident of Chapel Terrace asked whether the Parish Council could press for the blocked culvert below the Methodist chapel to be cleared before the winter. The Chairman undertook to raise the matter under Item 1079.
P As PCSO Nancarrow had not arrived, the Chairman proposed that the Police Report be taken on his arrival. This was agreed.
R 1074. | <b>COUNCIL MEETING MINUTES</b> Cllr. Keast proposed the Minutes of the Full Council Meeting held on 16th October 2013 be approved subject to the spelling of "Trezilla" being corrected in Item 1062. Cllr. Vosper seconded the proposal which was carried. (Vote 5 For. 0 Against. 2 Abstentions). Cllr. Tremayne signed the Minutes.
R 1075. | <b>MATTERS ARISING</b> The Clerk reported on the following:
P Item 1062 – Dog Bin, Fore Street – the replacement bin had been installed by Moorvale District Council on 4th November. Noted.
P Item 1064 – Derelict Barn, Higher Trezilla – Cllr. Penhallow reported that the owner had still not replied to the Clerk's letter of 21st October. This item was deferred to the December meeting.
R 1076. | <b>POLICE REPORT</b> PCSO Nancarrow arrived at 7.52 p.m. and reported two incidents in the parish since the last meeting: diesel taken from a tank at Poldarrow Cross and a complaint about off-road motorcycles on the Lanvorrow Downs bridleway. Members thanked PCSO Nancarrow for attending.
R 1077. | <b>FINANCE</b>
R (a) | <b>Accounts for Payment</b> Cllr. Sleeman proposed that the following accounts be paid: Clerk's salary and expenses (October) £212.40; Moorvale District Council – dog bin emptying £58.50; Lanvorrow Village Hall – room hire £16.00. Cllr. Ough seconded the proposal which was carried. (Vote 7 For. 0 Against. 0 Abstentions).
R (b) | <b>Precept 2014/15</b> The Clerk presented the draft budget which had been circulated. Cllr. Brenton proposed that the precept be set at £5,400. Cllr. Keast proposed an amendment that the precept remain at £5,150, the figure for the current year; this was seconded by Cllr. Vosper. The amendment was lost. (Vote 2 For. 4 Against. 1 Abstention). Cllr. Penhallow seconded the original proposal which was carried. (Vote 5 For. 2 Against. 0 Abstentions).
R 1078. | <b>PLANNING</b> PA13/10442 – Mr &amp; Mrs G. Jago, Rosevarrow, Chapel Terrace – Two storey rear extension. Cllr. Ough proposed that the Council support the application; Cllr. Sleeman seconded the proposal which was carried. (Vote 6 For. 0 Against. 1 Abstention). Cllr. Penhallow abstained as a neighbour of the applicants.
P PA13/10517 – Poldarrow Farm – Agricultural building for livestock. Members had no objection.
R 1079. | <b>HIGHWAYS AND CULVERTS</b> The Clerk reported that the Highways Officer had inspected the culvert below the Methodist chapel and had placed it on the winter cleansing programme. Cllr. Vosper asked that the Council also request a review of the 30 m.p.h. limit at Poldarrow Cross. It was agreed that the Clerk write to the Highways Officer on both matters.
R 1080. | <b>CORRESPONDENCE</b> The following items had been circulated: (i) Moorvale District Council – Local Plan consultation; (ii) Rural Community Council – newsletter; (iii) letter of thanks from Lanvorrow Pre-School for the grant. Received and noted.
R 1081. | <b>PLAYING FIELD GOALPOSTS</b> Cllr. Brenton proposed that new junior goalposts be purchased at a cost of £640 from the Playing Field reserve. There was no seconder and the proposal fell. Cllr. Brenton asked that the matter be placed on a future agenda when further quotations had been obtained.
R 1082. | <b>CHRISTMAS TREE</b> It was RESOLVED that a Christmas tree be purchased for the village square at a cost not exceeding £120, and that Cllr. Ough be thanked for again offering to erect it.
R 1083. | <b>COUNCILLORS' REPORTS</b> Cllr. Sleeman reported that the stile on the footpath at Lower Tregarrick had been repaired by the landowner.
R 1084. | <b>DATE OF NEXT MEETING</b> The next meeting will be held on Wednesday, 18th December 2013 at 7.30 p.m. in the Village Hall.
S 8
P There being no further business the Chairman closed the meeting at 9.25 p.m.
S 14
P Signed ………………………………… (Chairman)          Date ……………………
