@title Full Council Minutes 15 July 2004
@font Times-Roman
@fontsize 11
@numcol 26
@header FULL COUNCIL||15 JULY 2004
@footer {page}
@pageoffset 2186
HC BRANDESWICK TOWN COUNCIL
C MINUTES of the Meeting of the Full Council held in the Council Chamber, Town Hall, Brandeswick on Thursday 15 July 2004 at 7.30 pm
S 4
P <b>PRESENT:</b> Councillor Mrs J Orford (Town Mayor) in the Chair; Councillors D Akers, Mrs L Barham, G Catchpole, P Debenham (Deputy Mayor), Mrs S Elmy, R Fiske, K Garrod, Mrs A Hollis, T Jessup, B Keeble, Mrs M Last and N Mayhew.
P <b>IN ATTENDANCE:</b> Mr C Pettit (Town Clerk), Mrs R Quinton (Deputy Town Clerk), 4 members of the public and 1 representative of the press.
S 6
R FC/04/041 | <b>PRAYERS</b><br/>Prayers were said by the Town Mayor's Chaplain.
R FC/04/042 | <b>APOLOGIES FOR ABSENCE</b><br/>Apologies were received and accepted from Councillors Mrs P Nunn and W Rout.
R FC/04/043 | <b>DECLARATIONS OF INTEREST</b><br/>Councillor Keeble declared a personal interest in Minute FC/04/049 as Secretary of the Brandeswick Bowls Club.
R FC/04/044 | <b>MINUTES</b><br/>RESOLVED that the Minutes of the Meeting of the Council held on 17 June 2004 be confirmed as a correct record and signed by the Town Mayor.
R FC/04/045 | <b>TOWN MAYOR'S ANNOUNCEMENTS</b><br/>The Town Mayor reported on the civic engagements she had attended since the last meeting, including the Carnival Procession on 3 July and the opening of the new Day Centre in Cowslip Road, and thanked Members for their support.
R FC/04/046 | <b>PUBLIC QUESTION TIME</b><br/>A resident of Cowslip Road asked when the damaged railings at the Recreation Ground would be replaced. The Town Clerk replied that the contractor had been instructed and that the work would be completed before the end of July.
R FC/04/047 | <b>FINANCE AND GENERAL PURPOSES COMMITTEE – 24 JUNE 2004</b><br/>The Minutes of the meeting were received. Arising from Minute FGP/04/022 (Internal Audit), which had been RECOMMENDED TO COUNCIL, it was moved by Councillor Debenham, seconded by Councillor Mrs Hollis and<br/>RESOLVED that the recommendation of the Committee be adopted and that Kembrook Audit Services be appointed as the Council's internal auditor for 2004/05.
R FC/04/048 | <b>PLANNING AND ENVIRONMENT COMMITTEE – 1 JULY 2004</b><br/>RECEIVED.
R FC/04/049 | <b>GRANTS PANEL – 5 JULY 2004</b><br/>The Council considered the Panel's recommendations on the annual grants round, which included four grants of more than £1,000 requiring the approval of the Council. It was moved by Councillor Garrod and seconded by Councillor Mrs Last that the Panel's recommendations be adopted.<br/>An amendment was moved by Councillor Catchpole and seconded by Councillor Fiske that the grant to the Brandeswick Bowls Club be reduced from £1,800 to £1,000. On being put to the vote the amendment was LOST.<br/>A recorded vote having been requested by three Members on the substantive motion, the voting was as follows:<br/>FOR: Councillors Akers, Mrs Barham, Debenham, Mrs Elmy, Garrod, Mrs Hollis, Jessup, Mrs Last, Mayhew and Mrs Orford (10)<br/>AGAINST: Councillors Catchpole and Fiske (2)<br/>ABSTAINED: Councillor Keeble (1)<br/>The substantive motion was CARRIED.
R FC/04/050 | <b>NOTICE OF MOTION – CCTV IN THE MARKET PLACE</b><br/>Councillor Mayhew moved, and Councillor Mrs Elmy seconded, the following motion of which notice had been given: "That this Council contributes £5,000 towards the extension of the district CCTV scheme to the Market Place." Following debate, and with the consent of the meeting, Councillor Mayhew withdrew the motion so that the Finance and General Purposes Committee could first consider the running costs.
R FC/04/051 | <b>NOTICE OF MOTION – SKATEBOARD PARK</b><br/>It was moved by Councillor Jessup and seconded by Councillor Akers "That the Council reserves £15,000 in its 2005/06 budget towards a skateboard park on the Recreation Ground." On being put to the vote the motion was LOST (4 for, 8 against, 1 abstention).
R FC/04/052 | <b>OFFICE OPENING HOURS</b><br/>Consideration of the report of the Town Clerk was DEFERRED to the September meeting, at the request of the Deputy Town Clerk, pending the outcome of staff consultation.
R FC/04/053 | <b>SCHEDULE OF PAYMENTS</b><br/>RESOLVED that the payments made in June 2004, totalling £23,917.06, as set out in the schedule circulated with the agenda, be ratified.
R FC/04/054 | <b>CORRESPONDENCE</b><br/>The Town Clerk reported the correspondence received since the last meeting, including a letter of thanks from the Brandeswick in Bloom committee. NOTED.
R FC/04/055 | <b>DATE OF NEXT MEETING</b><br/>Thursday 16 September 2004 at 7.30 pm.
S 8
P The meeting closed at 9.20 pm.
S 18
P Town Mayor ............................................          Date ............................
