@title Ollerbridge Town Team Draft Minutes 17 March 2025
@font Helvetica
@fontsize 10
@numcol 22
@footer Chairman's initials and date______________________
G <b>Meeting (No)</b> | Ollerbridge Town Team (No 4)
G <b>Time &amp; Date</b> | 6.30 pm
G <b>Place</b> | Town Hall
G <b>Document</b> | Draft Minutes
G  | 17 March 2025
P <b>Present:</b> Cllrs Bardsley (Chair), Okafor, Pennington &amp; Hallworth. Business members: Mrs G Ashcroft (Ollerbridge Traders), Mr T Sefton (Quayside Antiques), Ms R Dutton (Bridge Street Bakery).
P <b>In attendance:</b> Cllr Venables, Lucy Kerrigan (Town Centre Manager) &amp; Mrs P Rimmer (Deputy Town Clerk)
R 58 | <b>Questions to Council</b>
R  | None
R 59 | <b>Apologies for absence</b>
R  | Received from Cllr Stott and Mr J Bamber and accepted
R 60 | <b>Declarations of Interest</b>
R  | Ms Dutton declared a pecuniary interest in item 64 as an applicant for a shop front grant.
R 61 | <b>Minutes of the last meeting</b>
R  | Meeting 3 - 20.1.25
R Resolved | Minutes agreed as true record.
R  | Minutes signed by Cllr Bardsley
R 62 | <b>Town Centre Manager's Report</b>
R  | The Town Centre Manager presented report TT4/62 covering the Christmas events, the new loading bay signs on Bridge Street and progress with the business directory. Mrs Ashcroft asked that the directory include the market traders. Cllr Okafor welcomed the increase in visitors to the Christmas market.
R Resolved | That the report be received.
R 63 | <b>Footfall and Vacancy Data</b>
R  | The Town Centre Manager presented the quarterly footfall figures, which were 6% higher than the same quarter last year, and reported that the vacancy rate had fallen from eleven to nine units. The Town Team noted the figures.
R 64 | <b>Shop Front Improvement Grants</b>
R  | Ms Dutton left the meeting.
R  | The Town Centre Manager presented report TT4/64 on the four applications received in the second round of the scheme. Cllr Pennington asked whether the applicant at 14 Quay Street had obtained listed building consent; the Town Centre Manager confirmed that consent had been granted in February.
R Resolved | That grants of £1,500 each be awarded to 3 Bridge Street, 14 Quay Street and 22 Market Place, and that the application for 9 Bridge Street be deferred pending a revised quotation.
R  | Ms Dutton returned to the meeting.
R 65 | <b>Markets and Events</b>
R  | Mr Sefton reported that the monthly antiques and collectables market would move to the second Saturday from April. The Town Team agreed that the Easter trail should run from 12 to 21 April and that the Town Centre Manager should approach the primary schools to take part.
R 66 | <b>Working Groups</b>
R  | The Town Team received the notes of its working groups:
R a | Noted the notes of the Events Working Group from 3.3.25
R b | Noted the notes of the Wayfinding Working Group from 10.3.25. Cllr Hallworth explained that the group favoured finger posts in the heritage style already used on the Quay.
R Resolved | That the Wayfinding Working Group obtain three quotations for six finger posts for the next meeting.
R 67 | <b>Heritage Signage on the Quay</b>
R  | Cllr Venables asked that the interpretation boards on the Quay be replaced as part of the same project, as two had faded badly. The Town Centre Manager said she would include them in the request for quotations.
R 68 | <b>Town Team Budget 2025/26</b>
R  | The Deputy Town Clerk presented the budget of £18,000 approved by the Town Council, with £6,000 for the grant scheme, £7,500 for events and £4,500 for promotion.
R Resolved | That the allocation of the Town Team budget for 2025/26 be approved as presented.
R 69 | <b>Correspondence</b>
R  | A letter from the Ollerbridge Civic Society supporting the wayfinding project was noted.
R 70 | <b>Date of next meeting</b>
R  | 12 May 2025 at 6.30 pm, Town Hall
