@title Full Council Minutes 4 September 2019
@font Times-Roman
@fontsize 11
@numcol 12
@header_first  
@header Eastlade Parish Council||Full Council 04.09.2019
@footer Chairman's initials ..........||Page {page}
HC EASTLADE PARISH COUNCIL
C The Memorial Hall, Oxford Road, Eastlade, RG17 9XE   Telephone: 01488 700000
C Clerk: Mrs Karen Whitfield   Assistant Clerk: Mrs Ann Meacham   email: clerk@eastlade-pc.gov.uk
S 6
HC MINUTES OF A MEETING OF THE FULL COUNCIL ON WEDNESDAY 4 SEPTEMBER 2019 AT 7:30 PM IN THE MEMORIAL HALL, EASTLADE
P Present: Cllr D. Spencer, Cllr Bellingham (Chairman), Cllr Coker, Cllr Pinfold, Cllr Rigby (vice-chairman), Cllr Nye, Cllr M. Spencer, Cllr Marlow, Cllr McKinnon and Mrs Whitfield (Clerk). Members of the Public: Mrs Wilde, Mrs Robbins, Mr Rowley and Mrs Corfield. 2 additional members arrived late and did not give their names.
R  | <b>Acceptance of apologies for absence</b> Schedule 12 of the Local Government Act 1972 requires a record to be kept of the members present and that this record form part of the minutes of the meeting. Members who cannot attend a meeting should tender apologies to the Parish Clerk as it is usual for the grounds upon which apologies are tendered also to be recorded. Apologies: Cllr Rowlands is in a meeting in London. Cllr Bulstrode is unable to attend due to a medical appointment. Cllr Brace is away on work.
R  | <b>DECLARATIONS OF INTEREST</b> Disclosable Pecuniary Interests Regulation 2012 (SI 2012/1464). Cllr Marlow declared an interest in item 67 (b) as the applicant's neighbour.
R 63 | <b>MINUTES OF THE PREVIOUS MEETING</b> <i>LGA 1972 Sch 12 para 41(1)</i> The minutes of the 14th August 2019 approved and signed.
R 64 | <b>PUBLIC PARTICIPATION</b> <i>Public Bodies (admission to meetings) Act 1960</i>. Mrs Wilde requested to present her business plans for the old forge site. <u>Suspension of Standing Orders</u>. Mrs Wilde outlined her plan for a small craft workshop and café, which would employ three people from the village and would need a change of use. Mr Rowley asked about parking for visitors; Mrs Wilde said the yard would take eight cars. Cllr Bellingham thanked Mrs Wilde and advised her to seek pre-application advice from the district council before submitting plans, as the site lies within the conservation area. Standing Orders reinstated.
R 65 | <b>DISTRICT COUNCILLOR'S REPORT</b> Cllr Pinfold reported that the district council's draft local plan review would go out to consultation in November and that the develop-<br/>ment boundary for Eastlade was not proposed to change. Cllr Nye asked whether the settlement hierarchy would be revisited; Cllr Pinfold said it would.
R 66 | <b>FINANCE</b> <i>LGA 1972 s150 (5)</i> The Clerk presented the schedule of payments for August (£3,912.47) and the bank reconciliation to 31 August 2019. Proposed Cllr Rigby, seconded Cllr McKinnon. <b>RESOLVED:</b> the payments listed were approved and the reconciliation was signed by the Chairman.
R 67 | <b>PLANNING APPLICATIONS</b> <i>Town and Country Planning Act 1990 Sch 1 para 8</i> (a) 19/01873/HOUSE, Coppice Cottage, Upper Eastlade - single storey extension. No objection. (b) 19/01902/FULD, land rear of 6-10 Baydon Road - three dwellings. Cllr Marlow left the room. Cllr Coker proposed that the council object on the grounds of overdevelopment and access; seconded by Cllr D. Spencer. Vote: 6 for, 2 against. The proposal was carried. Cllr Marlow returned.
R 68 | <b>HIGHWAYS AND FOOTPATHS</b> Cllr M. Spencer reported that the footpath sign at Hilldrop Lane had been replaced and that the salt bin at the school was empty. The report was noted.
R 69 | <b>RECREATION GROUND</b> Cllr Nye proposed that the tennis court be resurfaced this financial year at a cost of up to £9,500 from reserves; seconded by Cllr Coker. Cllr Bellingham said that the reserves were committed to the hall roof. Vote: 3 for, 6 against. The motion was lost.
R 70 | <b>MEMORIAL HALL</b> Two quotations for the roof repairs had been received, but the third contractor had not yet visited. Consideration of the quotations was deferred to the October meeting.
R 71 | <b>CORRESPONDENCE</b> Letters from the Eastlade Trainers' Association about winter salting, from BALC about training and from a resident about hedge cutting on Baydon Road were received and noted.
R 72 | <b>DATE OF NEXT MEETING</b> Wednesday 2 October 2019 at 7:30 pm in the Memorial Hall.
S 8
P Meeting closed at 21:40.
