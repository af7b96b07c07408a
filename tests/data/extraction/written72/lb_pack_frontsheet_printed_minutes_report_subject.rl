@title Agenda Document for Planning Applications Committee A, 14/05/2008 19:00
@font Helvetica
@fontsize 10.5
@header_first Public Document Pack||
@header ||Page {page}
@pageoffset -1
HC London Borough of Wandlebury
S 6
HC PLANNING APPLICATIONS COMMITTEE A
C Wednesday 14 May 2008 at 7.00 pm
C Room 8, Wandlebury Town Hall, Bramley Hill, London SW2 9ZZ
S 6
P <b>Members:</b> Councillor Ann Kirwan (Chair), Councillor Toby Eckersall (Vice-Chair), Councillors Grace Obi, Neil Hardcastle, Fatima Rahman, Simon Vellacott and Jo Pilling.
P <b>Substitute Members:</b> Councillors Ray Hume, Sarah Tinsley and Dev Mistry.
P <b>Contact:</b> Colin Mardle; Tel: 020 7946 0183; Email: cmardle@wandlebury.gov.uk
S 6
HC AGENDA
G <b>1.</b> | Declarations of Interest | 
G <b>2.</b> | Minutes | (Pages 1 - 2)
G  | To approve the minutes of the meeting held on 16 April 2008 as a correct record. | 
G <b>3.</b> | Addendum | 
G  | Circulated at the meeting. | 
G <b>4.</b> | 27-31 Acre Road SW9 (Ferndale Ward) 08/00412/FUL | (Page 3)
G <b>5.</b> | Land rear of 2-10 Tulwell Rise SW12 (Thornmead Ward) 08/00377/FUL | (to follow)
S 10
P Date of publication: 6 May 2008
PB
P <b>Agenda Item 2</b>
HC MINUTES of the PLANNING APPLICATIONS COMMITTEE A held on Wednesday 16 April 2008 at 7.00 pm
P <b>PRESENT:</b> Councillor Ann Kirwan (Chair), Councillor Toby Eckersall (Vice-Chair), Councillor Grace Obi, Councillor Neil Hardcastle, Councillor Fatima Rahman and Councillor Ray Hume (substitute for Councillor Jo Pilling)
P <b>APOLOGIES:</b> Councillor Jo Pilling and Councillor Simon Vellacott
P <b>ALSO PRESENT:</b> Councillor Martin Oyelaran (Ward Councillor for item 5)
H 1. DECLARATION OF INTERESTS
P Councillor Hardcastle declared that he was a member of the Herne Vale Society, which had objected to the application at item 5, but that he had taken no part in the Society's discussion of it and would consider the application with an open mind.
H 2. MINUTES
P RESOLVED: That the minutes of the meeting held on 19 March 2008 be approved and signed by the Chair as a correct record.
H 3. ADDENDUM
P The Committee received the addendum, which set out late representations and corrections to the officers' reports. The Chair agreed that it be admitted as urgent business because it contained information received after the despatch of the agenda.
H 4. 5 CLAPTON PARADE SE22 (HERNE VALE WARD) 07/04781/FUL
P Case No. 07/04781/FUL: Erection of a mansard roof extension to provide two self-contained flats, with refuse and cycle storage.
P The Planning Officer, Ms Helen Moyo, introduced the report and the addendum, which corrected the number of cycle spaces.
P The Committee heard from Mr Frank Osei, an objector, who said that the mansard would be out of character with the unbroken parapet line of the parade.
P The Committee heard from Mr Luca Bellini, the applicant's agent, who said that two other buildings in the parade already had roof extensions.
P Councillor Eckersall moved, and Councillor Obi seconded, that the application be refused on the grounds of its harm to the character of the parade. Upon being put to the vote the motion was carried (4 votes for, 2 against).
P RESOLVED: To refuse planning permission for the reason that the mansard roof would disrupt the unbroken roofline of Clapton Parade and harm the character of the Herne Vale Conservation Area.
H 5. 14-16 BRAMPTON GROVE SE22 (HERNE VALE WARD) 08/00118/FUL
P Case No. 08/00118/FUL: Demolition of a vacant garage workshop and erection of a part two, part three storey building containing six flats.
P The Planning Officer, Ms Helen Moyo, introduced the report.
P Ms Rosa Lindqvist, a neighbour, spoke against the proposal; Mr Dean Carver, the architect, spoke in support. Councillor Oyelaran, Ward Councillor, asked the Committee to require the third storey to be set back from the street.
P Councillor Rahman moved approval with an added condition requiring samples of brick to be agreed. This was seconded by Councillor Hume and, upon being put to the vote, was carried (5 votes for, 1 against).
P RESOLVED: To grant conditional planning permission subject to the completion of a Section 106 agreement and an additional condition requiring samples of facing brick to be submitted and approved.
H 6. 40 OAKFIELD ROAD SW4 (BRAMLEY COMMON WARD) 08/00206/FUL
P Case No. 08/00206/FUL: Change of use of ground floor from shop (A1) to restaurant (A3) with rear extract duct.
P The Committee noted that the applicant had submitted a revised noise report on the day of the meeting, which Environmental Health had not yet been able to assess.
P DECISION: DEFERRED to allow Environmental Health to comment on the revised noise report.
H 7. TREE PRESERVATION ORDER NO. 301 (2008) – 9 FOUNTAIN COURT SW9
P The Tree Officer, Mr Pavel Horak, presented the report on the objection to the provisional Order protecting a mature London plane in the rear garden.
P RESOLVED: That Tree Preservation Order No. 301 (2008) be confirmed without modification.
S 6
P The meeting ended at 9.55 pm
S 12
P CHAIR
P PLANNING APPLICATIONS COMMITTEE A
P Wednesday 14 May 2008
S 6
P <b>Date of Despatch:</b> Thursday 24 April 2008 <b>Contact for Enquiries:</b> Colin Mardle <b>Tel:</b> 020 7946 0183
PB
P <b>Agenda Item 4</b>
T <b>Report to:</b> | Planning Applications Committee A
T <b>Date:</b> | 14 May 2008
T <b>Report of:</b> | Divisional Director of Planning and Development
T <b>Subject:</b> | 27-31 Acre Road SW9 (Ferndale Ward) 08/00412/FUL
T <b>Application type:</b> | Full planning permission
T <b>Case officer:</b> | Helen Moyo
H 1. Summary
P The application seeks permission for the erection of a fourth floor roof extension to the existing office building at 27-31 Acre Road and the change of use of the upper floors from offices (B1) to 8 residential units. The site lies within the Acre Road local centre but outside any conservation area.
H 2. Recommendation
P Grant conditional permission subject to the completion of a Section 106 agreement securing a car-free development and a contribution of £24,000 towards local play space.
H 3. Consultation
P Letters were sent to 86 neighbouring occupiers. Five objections were received, raising concerns about the height of the extension, overlooking of houses in Orlanda Road and the loss of office floorspace. The Ferndale Residents' Association supports the retention of the ground floor shops.
H 4. Assessment
P The extension is set back 2 metres from the front parapet and finished in dark grey zinc, so that it reads as a lightweight addition. The nearest windows in Orlanda Road are 24 metres from the rear elevation, which exceeds the council's guidance of 18 metres. The loss of office floorspace is acceptable because the upper floors have been vacant for three years and marketing evidence has been provided.
H 5. Conclusion
P The proposal would provide needed housing without harm to the character of the area or the living conditions of neighbours, and is recommended for approval.
