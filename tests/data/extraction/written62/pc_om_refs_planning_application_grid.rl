@title Tollingsea Parish Council minutes 12 February 2020
@font Times-Roman
@fontsize 11
@footer - {page} -
HC TOLLINGSEA PARISH COUNCIL
C Minutes of the Ordinary Meeting of the Council held in the Village Hall, on Wednesday 12th February 2020 at 7.15 pm
S 6
P <b>PRESENT:</b> Chairman: Cllr. Brenda Sallows, Vice-Chairman: Cllr. Raymond Pettit, Cllr’s Dennis Ambler, Carol Fenn, Martin Greig, Janice Hollier, Terry Loakes, Shirley Moat &amp; Alan Wickes
P Cllr. Paul Dunmow, County Councillor (arrived at 7.40 pm)
P Gary Sayers, Community Warden
P <b>APOLOGIES:</b> Cllr. Lynn Tabor (family commitment), Cllr. Roy Elkins (District Council meeting)
P <b>MINUTES:</b> Neville Ashwood (Clerk)
P <b>PUBLIC PRESENT:</b> Four
P <b>OM-20-021 MEMBERS DECLARATION OF INTEREST:</b> The Chairman reminded Councillors of their responsibility under the Localism Act 2011 and the Council’s Code of Conduct to declare any Pecuniary or Non-Pecuniary Interests in any matter to be discussed. Cllr. Hollier declared a Non-Pecuniary Interest in respect of Planning Application 20/00131/FUL as the applicant is a neighbour.
P <b>OM-20-022 PLANNING APPLICATIONS:</b>
TH APPLICATION &amp; PROPOSAL | APPLICANT | ADDRESS
T a. 20/00118/FUL Proposed single storey rear extension and replacement garage. | Mr &amp; Mrs Pardew | 14 Sealey Close, Tollingsea
T No objections. | | 
T b. 20/00131/FUL Change of use of agricultural building to holiday let. | Mr K Brightwell | Marsh Farm, Creek Lane, Tollingsea
T The Parish Council objects to this application on the grounds of the narrow access along Creek Lane and the lack of passing places. | | 
T c. 20/00140/TPO Fell one ash tree (T3) subject to TPO 11/07. | Tollingsea Primary School | School Lane, Tollingsea
T No objections, subject to a replacement tree being planted. | | 
T d. 20/00152/LBC Replacement of rotten timber windows with like for like. | Ms H Gantry | 2 Church Cottages, The Street, Tollingsea
T No objections. | | 
P It was RESOLVED that the above comments be forwarded to the District Council. Cllr. Hollier did not vote on application b.
P <b>OM-20-023 PLANNING DECISIONS:</b> The Clerk reported that 19/01874/FUL (Oakfield, Mill Road) had been approved and 19/01902/OUT (land adjacent to The Green) had been refused by the District Council. Noted.
P <b>OM-20-024 PUBLIC FORUM:</b> A resident of Creek Lane spoke against application 20/00131/FUL, referring to the number of vehicles already using the lane. A second resident asked when the bus shelter on Point Road would be repaired; the Clerk said that the insurer had now approved the claim.
P <b>OM-20-025 MINUTES OF THE PREVIOUS MEETING:</b> The minutes of the meeting held on 15th January 2020 were approved and signed as a correct record. Proposed Cllr. Pettit, seconded Cllr. Moat, all in favour.
P <b>OM-20-026 COUNTY COUNCILLOR’S REPORT:</b> Cllr. Dunmow reported that the County Council had agreed its budget, with a 3.99% increase in council tax. Resurfacing of Point Road was programmed for the summer. Cllr. Ambler asked about the flooding at the Creek Lane junction; Cllr. Dunmow undertook to chase Highways.
P <b>OM-20-027 COMMUNITY WARDEN’S REPORT:</b> Gary Sayers reported on fly-tipping at the end of Marsh Lane and two incidents of anti-social behaviour at the recreation ground. He had worked with the police to identify the youths responsible. The Council thanked him for his report.
P <b>OM-20-028 CLERK’S REPORT:</b> The Clerk’s report had been circulated. The Clerk highlighted the new data protection training for Councillors on 4th March. The report was noted.
P <b>OM-20-029 FINANCE:</b> The payments schedule for February totalling £3,284.16 was presented. It was RESOLVED to approve the payments. Proposed Cllr. Greig, seconded Cllr. Fenn, all in favour. The bank reconciliation to 31st January was checked and signed by the Chairman.
P <b>OM-20-030 RECREATION GROUND:</b> Cllr. Loakes reported that two quotations had been received for replacing the safety surfacing under the swings. After discussion it was RESOLVED to accept the lower quotation from Playsafe Surfaces Ltd at £2,640 plus VAT. Proposed Cllr. Loakes, seconded Cllr. Wickes, 8 in favour, 1 abstention.
P <b>OM-20-031 CORRESPONDENCE:</b> The correspondence list had been circulated. A letter from the Tollingsea Regatta Committee requesting the use of the recreation ground on 22nd August was agreed.
P <b>OM-20-032 HIGHWAYS:</b> Cllr. Ambler reported that the 30 mph signs at the entrance to the village on Point Road were obscured by overgrown hedges. The Clerk will report this to Highways.
P <b>OM-20-033 DATE OF NEXT MEETING:</b> Wednesday 11th March 2020 at 7.15 pm in the Village Hall.
S 6
P There being no further business the Chairman closed the meeting at 9.05 pm.
S 18
P Signed ............................................ Chairman          Date ..........................
