@title Tamerleigh Parish Council Minutes November 2013
@font Times-Roman
@fontsize 11
@numcol 16
@footer Signed ..................................... (Chairman)          Date ........................ // Page {page}
HC TAMERLEIGH PARISH COUNCIL
C Minutes of the Parish Council Meeting held on Wednesday, 13th November 2013 at 7.30 p.m. in Tamerleigh Village Hall
P <b>Present:</b> Chairman: Cllr. R. Pengelly
P Councillors: Cllrs. M. Vosper, J. Dart, S. Hext, A. Northey, P. Kivell and D. Gilbard
P <b>In Attendance:</b> Parish Clerk; County Cllr. H. Barrington; Two Members of the Public
R 1050. | <b>APOLOGIES FOR ABSENCE</b> Cllrs. Trood and Yelland. PCSO Yeo had warned that another call might delay her.
R 1051. | <b>DECLARATION OF INTERESTS</b> Cllr. Northey declared a personal and prejudicial interest in item 1058 as the applicant is a relative. No other interests were declared.
R 1052. | <b>PUBLIC QUESTION TIME</b> A resident of Chapel Row asked whether the Council could do anything about vans parking on the pavement outside the shop. The Chairman said this would be passed to PCSO Yeo.
P PCSO Yeo not yet being present, the Chairman proposed that the police report be taken after item 1054.
R 1053. | <b>COUNCIL MEETING MINUTES</b> Cllr. Dart moved that the Minutes of 9th October 2013 be signed as a correct record; Cllr. Hext seconded and the motion was carried. (Vote 5 For. 0 Against. 2 Abstentions). The Chairman then signed them.
R 1054. | <b>MATTERS ARISING</b> Item 1041 – Grit Bins – The PC reported that the Highway Authority had agreed to refill both bins in December; the bin at Lower Tamerleigh will be replaced as the lid is broken. Item 1043 – Notice Board – The new board has been delivered and Cllr. Kivell has arranged for it to be fixed on the Hall wall next week. Item 1046 – Bus Timetable – No reply yet from the operator. The PC will write again.
R 1055. | <b>POLICE REPORT</b> PCSO Yeo arrived at 7.55 p.m. and reported one theft of diesel from a farm and two reports of anti-social behaviour near the playing field. She would look into the parking outside the shop raised under item 1052.
R 1056. | <b>COUNTY COUNCILLOR'S REPORT</b> County Cllr. Barrington reported that the County's budget consultation closes on 6th December and that the repairs to Combe Bridge are now planned for the spring.
R 1057. | <b>DISTRICT COUNCILLOR'S REPORT</b> No report had been received.
P Cllr. Northey left the meeting.
R 1058. | <b>PLANNING</b> 1/1288/2013/FUL – Higher Combe Barn – conversion of barn to one dwelling with garaging. Members considered the plans and the officer's site notice. Cllr. Vosper proposed that the Council support the application, seconded by Cllr. Dart and carried. (Vote 5 For. 1 Against.)
P Cllr. Northey returned to the meeting.
R 1059. | <b>PLANNING DECISIONS</b> The PC reported that permission had been granted for the extension at 2 Mill Cottages (1/0977/2013/HH). Council noted the decision.
R 1060. | <b>FINANCE – PAYMENTS</b> The following payments were approved on the proposal of Cllr. Dart, seconded by Cllr. Hext: Clerk's salary October £214.50; HMRC £53.60; Tamerleigh Village Hall (hire) £18.00; Moorside Grounds (grass cutting) £96.00.
R 1061. | <b>FINANCE – BANK RECONCILIATION</b> The PC presented the bank reconciliation to 31st October 2013 showing £7,812.44 in the current account. Council noted the reconciliation, which was signed by the Chairman.
R 1062. | <b>BUDGET AND PRECEPT 2014/15</b> The draft budget was discussed at length. Cllr. Gilbard felt the reserves were higher than needed. It was RESOLVED that the precept for 2014/15 be set at £5,400. (Vote 6 For. 1 Against.)
R 1063. | <b>GRASS CUTTING CONTRACT 2014–16</b> Only one tender had been returned by the closing date. Deferred to the January meeting so that the contract can be advertised again.
R 1064. | <b>PLAY AREA</b> Cllr. Hext reported on the monthly inspection. The roundabout bearing is noisy but safe. The PC is to obtain a quote for a new bearing.
R 1065. | <b>HIGHWAYS</b> Cllr. Kivell reported flooding at Tamerleigh Cross after heavy rain. The PC will report it to the Highway Authority.
R 1066. | <b>FOOTPATHS</b> The footpath warden's report was circulated. No issues were raised.
R 1067. | <b>DEFIBRILLATOR</b> Cllr. Vosper proposed that the Council fund a second defibrillator at Lower Tamerleigh. This was seconded by Cllr. Northey but the proposal was lost. (Vote 2 For. 4 Against. 1 Abstention).
R 1068. | <b>CHRISTMAS LIGHTS</b> It was agreed that the Council would again pay for the electricity for the lights on the Hall, up to £40. Cllr. Gilbard offered to help put the lights up on 30th November.
R 1069. | <b>REMEMBRANCE SUNDAY</b> Cllr. Pengelly reported that he had laid the wreath on behalf of the Council. Thanks were recorded to the village ex-servicemen's association for organising the service.
R 1070. | <b>CORRESPONDENCE</b> A list of correspondence received since the last meeting had been circulated. Council noted the correspondence.
R 1071. | <b>TRAINING</b> Cllr. Dart reported on the planning training session she attended on 23rd October and offered to circulate her notes.
R 1072. | <b>WEBSITE</b> The PC reported that the minutes and agendas for 2013 are now on the website.
R 1073. | <b>ITEMS FOR NEXT AGENDA</b> Grass cutting contract; bus timetable.
R 1074. | <b>DATE OF NEXT MEETING</b> Wednesday 8th January 2014 at 7.30 p.m. in Tamerleigh Village Hall.
P There being no further business, the Chairman closed the meeting at 9.35 p.m.
