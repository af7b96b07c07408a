@title Cabinet Agenda 24-03-2021
@font Helvetica
@fontsize 10.5
@numcol 14
@footer - {page} -
C Civic Centre, Fernleigh Road, Ashlingford, Westmarch AF4 2QT. Tel. No: 01632 960441 Fax No: 01632 960442
C <b>Gerald Pennifold</b> LLB (Hons) DipLG FCMI
C Chief Executive
S 14
HC CABINET AGENDA
S 6
P <b>Date:</b> Wednesday 24th March 2021
P <b>Time:</b> 6.00pm <b>NB Time</b>
P <b>Venue:</b> <b>NB</b> Remote – Microsoft Teams
P This meeting will be webcast live on the internet.
S 4
P <b>Membership:</b>
G Councillor Bellweather | Chairman – Leader of the Council
G Councillor Mrs Orrock | Special Projects – Deputy Leader of the Council
G Councillor Dancey | Place – Housing
G Councillor Fitzwarren | Place – Infrastructure
G Councillor Mrs Gadsby | People – Community
G Councillor Hallworth | People – Health & Wellbeing
G Councillor Ingamells | Growth – Strategic Planning
G Councillor Mrs Jessop | Environment
G Councillor Kemble | Economic Development Delivery
G Councillor Lorrimer | Resources
S 4
P <b>Cabinet Enquiries:</b> Martin Quill ext. 2417 <u>cabinet@ashlingford.gov.uk</u>
P <b>Reference:</b> 9/2020/2021
P <b>Publication Date:</b> Tuesday 16th March 2021
S 10
HC AGENDA
H PART I
I (Business to be taken in public)
R 1. | <b>Apologies</b>
R 2. | <b>Members’ Interests</b>
R 3. | <b>Minutes</b><br/>To approve the Minutes of the meeting held on 17th February 2021.
R 4. | <b>Forward Plan</b><br/>To review the Forward Plan.
R 5. | <b>Local Plan – Regulation 19 Consultation Responses:</b><br/>(Report of the Cabinet Member for Growth – Strategic Planning)
R 6. | <b>Fernleigh Road Car Park Resurfacing Project Update</b><br/>(Report of the Cabinet Member for Place – Infrastructure)
R 7. | <b>Community Safety Partnership Plan 2021–2024</b><br/>(Report of the Cabinet Member for People – Community)
R 8. | <b>Finance Update – Quarter 3</b><br/>(Report of the Cabinet Member for Resources)
R 9. | <b>Treasury Management Strategy 2021/22</b><br/>(Report of the Cabinet Member for Resources)
R 10. | <b>Housing Repairs and Voids Contract – Award</b><br/>(Report of the Cabinet Member for Place – Housing, Cabinet Member for Resources)
R 11. | <b>Matters to be referred from /to the Standing Committees</b>
R 12. | <b>Matters referred from Policy &amp; Scrutiny Committees</b>
R (1) | Town Centre Markets Review
R (2) | Parks and Open Spaces Byelaws
S 6
H PART II
I (Business to be taken in private)
P (Item to be considered with the press and public excluded from the meeting)
R 13. | <b>Disposal of Land at Tannery Lane Depot</b><br/>(Report of the Cabinet Member for Resources)<br/>Reason for exclusion: paragraph 3 of Part 1 of Schedule 12A to the Local Government Act 1972 – information relating to the financial or business affairs of any particular person (including the authority holding that information).
S 12
I Webcasting: the public part of this meeting will be broadcast on the Council’s website and a recording kept for six months. Members of the public who wish to put a question to a Cabinet Member about an item on this agenda should send it to the Cabinet Enquiries address by noon on Monday 22nd March 2021.
I If you require this agenda in large print or another format please telephone 01632 960441 ext. 2417.
