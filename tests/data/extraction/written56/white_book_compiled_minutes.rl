@title White Book - Council 13 April 2015
@font Helvetica
@fontsize 10.5
@numcol 14
@footer White Book - Council 13th April, 2015||{page}
S 120
HC Amblewood Metropolitan Borough Council
S 30
HC Meeting of the Council
HC 13th April, 2015
S 30
C Minutes of Committees and Sub-Committees
C Action Notes of Community Forums
C Delegated Decision Sheets
S 30
C (Decision sheets, minutes and reports can be viewed online via the Committee Management Information System (CMIS))
PB
H Council Meeting &#8211; 13th April, 2015 &#8211; White Book
P Period: 9th February to 27th March, 2015
TH Meeting | Date | Pages
T Community Forums |  |
T Quarrybrook and Sedgecote Community Forum | 09/03/2015 | 3 - 4
T Regulatory, Statutory and Other Committees |  |
T Development Control Committee | 16/03/2015 | 5 - 6
T Licensing Sub-Committee 2 | 24/02/2015 | 7 - 8
T Delegated Decision Summaries | 09/02/2015 - 27/03/2015 | published separately
PB
HC Action Notes of the Quarrybrook and Sedgecote Community Forum
C Monday 9th March, 2015 at 6.30pm
C at Hollybank Primary School, Vicarage Lane, Quarrybrook
S 6
H Present:
P Councillor A Hemming (Chair)
P Councillors S Ali, P Brettell, K Nagra and J Whitehall
H Officers:
P Community Engagement Officer (Mrs L Sheldon) and Democratic Services Officer (Mrs H Cartwright)
H Also in attendance:
P Sergeant R Wedge (Quarrybrook Neighbourhood Policing Team) and 14 members of the public
S 4
R 27 | <b>Welcome and Introductions</b>
R  | The Chair welcomed everyone to the meeting and introduced the Members and officers present.
R 28 | <b>Apologies for Absence</b>
R  | Apologies for absence were submitted on behalf of Councillor M Round.
R 29 | <b>Declarations of Interest</b>
R  | No Member made a declaration of interest in accordance with the Members' Code of Conduct.
R 30 | <b>Action Notes of the Previous Meeting</b>
R  | The action notes of the meeting held on 17th November, 2014 were agreed as a correct record.
R 31 | <b>Policing Update</b>
R  | Sergeant R Wedge reported that burglary had fallen by 11% compared with the same period last year, but that thefts from vans on the Sedgecote estate remained a concern. Residents were encouraged to mark tools and report suspicious activity.
R  | A resident asked about speeding on Vicarage Lane. Sergeant Wedge undertook to arrange speed checks with the Community Speed Watch volunteers.
R  | <b>Action: Sergeant R Wedge</b>
R 32 | <b>Residents' Issues</b>
R  | Mr K Dudfield raised the condition of the footpath through Sedgecote Dingle, which had become waterlogged. Councillor Nagra stated that she had reported the problem to the Highways team and would chase a response.
R  | Mrs J Plant asked when the bus shelter on Hollybank Road, damaged in January, would be replaced. The Community Engagement Officer undertook to contact the transport authority.
R  | <b>Action: Community Engagement Officer</b>
R 33 | <b>Community Forum Grants</b>
R  | The Community Engagement Officer presented four applications for funding from the Forum's grant allocation of &#163;2,000.
R  | It was agreed that grants be awarded of &#163;600 to Quarrybrook Allotment Association, &#163;450 to Sedgecote Over-60s Club and &#163;500 to Hollybank Primary School PTA, and that the application from Quarrybrook Juniors FC be referred to the next meeting for further information.
R  | <b>Action: Community Engagement Officer</b>
R 34 | <b>Date of Next Meeting</b>
R  | The next meeting will be held on Monday 15th June, 2015 at Sedgecote Community Centre.
S 8
P The meeting ended at 8.05pm.
P CHAIR
PB
HC Minutes of the Development Control Committee
C Monday 16th March, 2015 at 6.00 pm
C in the Council Chamber, The Council House, Amblewood
S 6
H Present:
P Councillor D Whitcombe (Chair)
P Councillor M Aston (Vice-Chair)
P Councillors G Billingham, P Brettell, E Cashmore, S Fellows, T Harley, J Oakes, R Siviter and W Taylor
H Officers:
P Development Manager (Mr P Jukes), Principal Planning Officer (Ms C Dangerfield), Solicitor (Mrs N Haden) and Democratic Services Officer (Mrs K Lashford)
S 4
R 41 | <b>Apology for Absence</b>
R  | An apology for absence from the meeting was submitted on behalf of Councillor B Hollies.
R 42 | <b>Appointment of Substitute Member</b>
R  | It was reported that Councillor W Taylor had been appointed as a substitute member for Councillor B Hollies for this meeting of the Committee only.
R 43 | <b>Declarations of Interest</b>
R  | Councillor S Fellows declared a non-pecuniary interest in respect of planning application P15/0107, as he had been contacted by the applicant's agent prior to the meeting, and withdrew from the meeting during its consideration.
R 44 | <b>Minutes</b>
R  | <b>Resolved</b>
R  | That the minutes of the meeting of the Committee held on 23rd February, 2015, be approved as a correct record and signed.
R 45 | <b>Planning Application P14/1842 &#8211; 16 Cedar Rise, Brierwood Heath &#8211; Two Storey Side Extension</b>
R  | Councillor Cashmore, ward member, spoke in support of the application on behalf of the applicant.
R  | <b>Decision:</b> Approved, subject to conditions numbered 1 to 5.
R 46 | <b>Planning Application P15/0107 &#8211; Former Lock Works, Canal Street, Quarrybrook &#8211; Erection of 22 Dwellings and Associated Access</b>
R  | A representative of the objectors, Mr B Wassell, and the applicant's agent, Mr T Fellows, were in attendance at the meeting and spoke in objection to and in support of the application respectively.
R  | The Principal Planning Officer presented the report and advised that the site was allocated for housing in the Development Strategy.
R  | It was moved by Councillor Harley and seconded by Councillor Billingham that the application be refused, contrary to the officer's recommendation, because of the inadequate provision of parking within the site. On being put to the vote, the motion was carried.
R  | <b>Decision:</b> Refused, for the reason that the proposed parking provision is inadequate for the number of dwellings proposed and would lead to indiscriminate parking on Canal Street, to the detriment of highway safety.
R 47 | <b>Planning Application P15/0188 &#8211; Land Adjacent to 3 Nailers Row, Sedgecote &#8211; Erection of Detached Dwelling</b>
R  | <b>Decision:</b> Deferred to enable Members to visit the site.
S 8
P The meeting ended at 7.40 pm.
P CHAIR
PB
HC Minutes of Licensing Sub-Committee 2
C Tuesday 24th February, 2015 at 10.00 am
C in Committee Room 2, The Council House, Amblewood
S 6
H Present:
P Councillor P Brettell (Chair)
P Councillors J Oakes and R Siviter
H Officers:
P Licensing Officer (Mrs T Hingley), Legal Advisor (Mr G Tilley) and Democratic Services Officer (Mrs H Cartwright)
S 4
R 26 | <b>Apologies for Absence</b>
R  | No apologies for absence were submitted.
R 27 | <b>Declarations of Interest</b>
R  | No Member made a declaration of interest in accordance with the Members' Code of Conduct.
R 28 | <b>Application for a Premises Licence &#8211; The Old Lock House, 2 Wharf Lane, Quarrybrook</b>
R  | A report of the Strategic Director was submitted on an application for a premises licence in respect of The Old Lock House, 2 Wharf Lane, Quarrybrook.
R  | The following were in attendance at the meeting:-
R  | Mr O Bayliss &#8211; Applicant
R  | Mrs E Partridge and Mr D Partridge &#8211; Local residents
R  | Following introductions, the Licensing Officer presented the report. Mr Bayliss explained that he intended to operate the premises as a canalside cafe bar, closing at 11.00 pm. Mrs Partridge expressed concern about noise from the outside seating area late at night.
R  | The parties then withdrew from the meeting to enable the Sub-Committee to determine the application.
R  | <b>Resolved</b>
R  | That the application for a premises licence, in respect of The Old Lock House, 2 Wharf Lane, Quarrybrook, be granted, subject to the outside seating area not being used after 9.00 pm.
R  | <b>Reasons for Decision</b>
R  | The Sub-Committee considered that the condition was necessary and proportionate to promote the licensing objective of the prevention of public nuisance.
R 29 | <b>Application for Review of a Premises Licence &#8211; Sedgecote Stores, 41 High Street, Sedgecote</b>
R  | A report of the Strategic Director was submitted on an application by Trading Standards for the review of the premises licence following two failed test purchases.
R  | The premises licence holder did not attend the hearing. The Sub-Committee agreed to proceed in his absence.
R  | <b>Resolved</b>
R  | That the premises licence in respect of Sedgecote Stores, 41 High Street, Sedgecote, be suspended for a period of six weeks and that the designated premises supervisor be removed.
S 8
P The meeting ended at 11.35 am.
P CHAIR
