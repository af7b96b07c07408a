@title Development Management Committee 4 September 2019 - Agenda
@font Helvetica
@fontsize 10
@numcol 16
@footer Page {page}
HC MERSEFIELD BOROUGH COUNCIL
S 4
G To: Members of the Development Management Committee | Dr Alison Penketh
G  | Chief Executive
G Councillors: Chair – R Arrowsmith | Town Hall
G Deputy Chair – K Latchford | Marlow Street
G P Croft, H Dutton, S Fearnall, G Lunt, M Orme, N Pickavance, A Sephton, D Tickle, J Whitby and L Yates. | Mersefield MF1 1TH
S 8
P 27 August 2019
H Development Management Committee
P Wednesday, 4 September 2019, 6.30pm
P Venue – Council Chamber, Town Hall, Marlow Street, Mersefield, MF1 1TH
P Agenda prepared by Lydia Cawley, Democratic Services Officer – Telephone: (01632) 960318 E-mail: lcawley@mersefield.gov.uk
HC A G E N D A
H Part 1
P Part 1 items, which will be taken in public unless the law allows the press and public to be excluded.
R Item 1. | <b>Apologies for Absence</b><br/>To note any apologies received.
R 2. | <b>Code of Conduct - Declarations of Interest</b><br/>Members must declare any disclosable pecuniary or non-pecuniary interest in an item of business no later than when that item is reached.
R 3. | <b>Minutes</b> (Pages 1 - 4)<br/>To confirm as a correct record the minutes of the meeting held on 7 August 2019.
R 4. | <b>Planning Applications (Main List)</b><br/>Report of the Director of Growth – circulated as a separate document.
R 5. | <b>Appeal Decisions Summary</b> (Pages 5 - 8)<br/>Report of the Director of Growth.
H Part 2
P Part 2 items, for which the press and public are expected to be excluded because they involve exempt information (Section 100I, Local Government Act 1972).
R 6. | <b>Enforcement – Breach of Condition at Unit 4, Brookside Park</b><br/>Report of the Director of Growth (not for publication – paragraphs 5 and 6).
PB
P Agenda Item 3
HC DEVELOPMENT MANAGEMENT COMMITTEE
C 7 August 2019
P Present: Councillor R Arrowsmith (Chairman) Councillors K Latchford (Deputy), P Croft, H Dutton, G Lunt, M Orme (Substituted for J Whitby), N Pickavance, A Sephton, D Tickle and L Yates
R DM37 | <b>Apologies for Absence</b>
P Apologies for absence were received from Councillors S Fearnall and J Whitby.
R DM38 | <b>Code of Conduct – Declarations of Interest</b>
TH Councillor | Minute | Reason | Action
T H Dutton | DM41 | Member of Ashworthy Parish Council, which had objected to the application | Left the room and took no part in the discussion or vote
T A Sephton | DM40 | Knows the applicant's agent socially | Remained in the room and took part in the discussion and vote
R DM39 | <b>Minutes</b>
P Resolved, That the minutes of the meeting held on 10 July 2019 be approved as a correct record and signed by the Chairman.
R DM40 | <b>Planning Application 2018/33871 – Former Dairy Depot, Northway, Mersefield</b>
P Full planning application for the demolition of the depot buildings and the erection of 46 dwellings with access from Northway.
P The Committee received a report from the Development Manager, Colin Ashurst, who advised that the Highways officer had withdrawn his holding objection following the submission of a revised junction layout.
P Mr Rob Hale, the applicant's agent, addressed the Committee in support of the application. Ward Councillor Jean Hollis spoke against it, citing the lack of school places in the area.
P Councillor Croft moved, and Councillor Latchford seconded, that the application be approved as recommended.
P Resolved, That application 2018/33871 be approved subject to the conditions in the report and the completion of a Section 106 agreement securing 30% affordable housing and an education contribution of £212,000.
R DM41 | <b>Planning Application 2019/34102 – Land adjacent to The Old Forge, Ashworthy Road, Ashworthy</b>
P Outline planning application for up to 9 dwellings in the Green Belt (all matters reserved except access).
P Having declared an interest, Councillor Dutton left the room.
P The Senior Planning Officer, Helen Barrow, presented the report, which recommended approval on the basis that the site was previously developed land.
P Mrs Anne Goulding spoke against the application on behalf of Ashworthy Village Society.
P Members did not accept that the whole of the site was previously developed. Councillor Tickle moved that the application be refused, and Councillor Yates seconded the motion. The motion was carried (For 7, Against 3).
P Resolved, That application 2019/34102 be refused for the following reason: the proposal is inappropriate development in the Green Belt and no very special circumstances have been demonstrated.
R DM42 | <b>Planning Application 2019/34150 – 12 Peel Avenue, Thelby</b>
P Householder application for a two storey rear extension, referred to the Committee because the applicant is an employee of the Council.
P Resolved, That application 2019/34150 be approved subject to the conditions in the report.
R DM43 | <b>Appeal Decisions Summary</b>
P The Committee noted the summary of appeal decisions received in July 2019, three of which had been dismissed and one allowed.
R DM44 | <b>Exclusion of the Public (including the Press)</b>
P Resolved, That members of the public and press be excluded from the meeting for the following item of business on the grounds that it involves the likely disclosure of exempt information as defined in paragraph 5 of Part 1 of Schedule 12A to the Local Government Act 1972.
R DM45 | <b>Legal Advice – Appeal by Hartwell Logistics Ltd</b>
P The Committee received confidential legal advice from Sarah Lyons, Principal Solicitor, on the forthcoming public inquiry into the refusal of the Hartwell distribution centre.
P Resolved, That the Council's case at the inquiry be presented on the basis set out in the advice.
S 20
P Signed ……………………………… Dated ………………………………
