@title Municipal District of Drumcarragh November 2016
@font Times-Roman
@fontsize 11.5
@header Municipal District of Drumcarragh – November 2016
@footer {page}
P _____________________________________________________________________________
P Minutes of the Municipal District of Drumcarragh meeting held in the Drumcarragh Civic Services Centre, Drumcarragh, on Thursday 3rd November, 2016 at 5.30 pm.
H In attendance:
G Cathaoirleach: | Cllr. M. Gallen
G Members: | Councillors: P. Heeney, D. Cassidy, R. Toal, B. Mulroy, E. Crean
G Officials: | F. Brannock, Director of Services
G  | S. Kiernan, Meetings Administrator
G  | G. Lenehan, Senior Engineer
G  | A. Foy, Senior Executive Officer
G Guests: | Inspector Declan Mee, An Garda Síochána
G  | Úna Corr, Drumcarragh Tidy Towns
G Apologies: | none
H Minute No. 94/16
P To confirm the minutes of the meeting held on Thursday 6th October, 2016.
P Proposed by: Cllr. P. Heeney, Seconded by: Cllr. R. Toal
H Minute No. 95/16
P Matters arising
P In regard to Minute No. 88/16, Cllr. Mulroy asked whether the drainage works at Church Road, Kilcrea had been completed. The Senior Engineer confirmed that the works would be finished by the end of November.
H Minute No. 96/16
P Presentation – An Garda Síochána
P Inspector Declan Mee gave an update on policing in the district, including the results of the operation against burglary in rural areas during September and October. Cllr. Crean asked that the community alert schemes be given more support. Inspector Mee agreed to meet the scheme co-ordinators. The Cathaoirleach thanked Inspector Mee for his attendance.
H Minute No. 97/16
P Presentation – Drumcarragh Tidy Towns
P Úna Corr outlined the results of this year's Tidy Towns competition, in which Drumcarragh had gained 11 marks, and the group's plans for 2017. Members congratulated the group on its result.
H Minute No. 98/16
P Section 38 Traffic Calming – Main Street, Kilcrea
P Following the public consultation, it was proposed by Cllr. E. Crean and seconded by Cllr. M. Gallen that the traffic calming scheme proceed as advertised. Agreed.
H Minute No. 99/16
P Declaration of Roads to be Public Roads
P It was proposed by Cllr. R. Toal, seconded by Cllr. P. Heeney and resolved:
I "That the road serving Riverview Close, Kilcrea be declared a public road in accordance with Section 11 of the Roads Act, 1993."
H Minute No. 100/16
P Municipal District Works Programme 2016 – Progress Report
P G. Lenehan, Senior Engineer, presented the progress report on the 2016 works programme. Of the 41 schemes in the programme, 36 were complete and the remainder would be finished before Christmas, weather permitting. The report was noted.
H Minute No. 101/16
P General Municipal Allocation 2017
P Consideration of the draft General Municipal Allocation for 2017 was deferred to the December meeting pending adoption of the Council's budget.
H Minute No. 102/16
P Notice of Motion – Cllr. B. Mulroy
P "That the Municipal District requests Drumcarragh County Council to provide public lighting on the local road at Ballinlough."
P Proposed by: Cllr. B. Mulroy, Seconded by: Cllr. D. Cassidy
P F. Brannock, Director of Services, advised that the request would be considered in the 2017 public lighting programme. The motion was put to a vote: For 3, Against 3. The Cathaoirleach used his casting vote against the motion and the motion fell.
H Minute No. 103/16
P Correspondence
P The correspondence as circulated was noted.
H Minute No. 104/16
P Any Other Business
P Cllr. Heeney raised the condition of the footpath outside the national school in Kilcrea. A. Foy agreed to arrange an inspection.
H Minute No. 105/16
P Date of next meeting
P Thursday 1st December, 2016 at 5.30 pm.
S 8
P This concluded the business of the meeting.
S 20
G Signed: ____________________ | Signed: ____________________
G Cathaoirleach | Meetings Administrator
