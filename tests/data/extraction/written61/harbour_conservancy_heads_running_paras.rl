@title Conservancy minutes 13 March 2023
@font Helvetica
@fontsize 10
@numcol 14
@footer {page}
HC WRENHAVEN HARBOUR CONSERVANCY
C Minutes of the meeting held on Monday 13 March 2023 from 2pm at the Harbour Office, Quayhithe.
S 4
G <b>Present</b> | Rosalind Pettifer (Chairman) | |
G | Neil Broadbent | Martin Gedge | Sally Winterbourne
G | Desmond Okafor | Philippa Trask | Harriet Lusk
G | Colin Spratling | Julian Ashdown | Bryony Keel
G | Kenneth Larkworthy | Dominic Fell |
G <b>Officers</b> | Richard Penhallow | Alison Greatorex | Tom Vickery
G | Fiona Chalke | Kate Rumbold (Minutes) |
G <b>In attendance</b> | Graham Ellery | |
S 6
H 1. WELCOME AND APOLOGIES
R 212. | The Chairman welcomed members to the meeting, and in particular Bryony Keel, who had been appointed by Easthythe Borough Council in place of the late Peter Ansell. Apologies for absence were received from Veronica Hale and Tariq Mahmood.
H 2. DECLARATIONS OF INTEREST
R 213. | As harbour dues form part of the discussions, the following members declared an interest as harbour users: Martin Gedge, Philippa Trask and Dominic Fell.
R 214. | Neil Broadbent declared an interest as the Cabinet Member for Finance at West Aldmere County Council.
H 3. MINUTES
R 215. | The minutes of the meeting held on Monday 21 November 2022 were agreed as a true record and approved by the Conservancy.
H 4. ADVISORY COMMITTEE
R 216. | The Chairman of the Advisory Committee, Graham Ellery, reported that the Advisory Committee had met on 27 February 2023 and had supported the proposed harbour dues for 2023/24 by a majority. He would bring forward other points of note at the relevant items during the meeting.
H 5. CHAIRMAN'S UPDATE
R 217. | The Chairman provided an update on her work for the Conservancy since the last meeting. She had met the leaders of Saxbourne District Council and Easthythe Borough Council to press for stronger protection of the National Landscape in their emerging Local Plans.
R 218. | She thanked the staff and volunteers who had cleared over four tonnes of litter from the foreshore at Sallows Point during the winter working parties.
H 6. DIRECTOR & HARBOUR MASTER'S REPORT
R 219. | The Director & Harbour Master presented his report. The new patrol boat had entered service in January, and the annual buoyage inspection by the general lighthouse authority had found all aids to navigation to be in good order.
R 220. | Harriet Lusk asked whether the number of speeding incidents in the Fleet Channel had fallen since the new signage was installed. The Deputy Harbour Master said that reports had fallen by a third compared with the previous summer, although the season had been shorter.
R 221. | Members noted the report.
H 7. HARBOUR DUES 2023/24
R 222. | The Head of Finance presented the proposed harbour dues and charges for 2023/24, which included an increase of 5.5 per cent on annual dues for craft over 6 metres and no increase for dinghies and canoes.
R 223. | Julian Ashdown proposed an amendment that the increase for all craft be limited to 4 per cent. This was seconded by Colin Spratling. On being put to the vote the amendment was lost by 4 votes to 9.
R 224. | The Conservancy RESOLVED to approve the schedule of harbour dues and charges for 2023/24 as set out in Appendix 1 to the report.
H 8. MOORINGS POLICY REVIEW
R 225. | The Deputy Harbour Master presented the revised Moorings Policy. The main changes were to the transfer of moorings on the sale of a vessel and to the length of time a mooring could be left vacant before being reallocated.
R 226. | Graham Ellery reported that the Advisory Committee had recommended that applicants on the waiting list should be required to confirm their interest every two years rather than every year. The Conservancy RESOLVED to adopt the revised Moorings Policy, with the change to the waiting list rules recommended by the Advisory Committee.
H 9. NATIONAL LANDSCAPE MANAGEMENT PLAN 2024-2029
R 227. | The National Landscape Manager presented the draft Management Plan, which had been prepared with the four constituent local authorities and the Wrenhaven Harbour Trust.
R 228. | Bryony Keel asked how the Plan would address nutrient levels in the upper harbour. The National Landscape Manager said that a new objective on water quality had been added following the partnership workshop in January.
R 229. | The Conservancy agreed to publish the draft Plan for public consultation from 3 April to 26 May 2023.
H 10. PLANNING COMMITTEE REPORT
R 230. | Kenneth Larkworthy, Chairman of the Planning Committee, reported on the applications considered since the last meeting, including the Conservancy's objection to the proposed holiday lodges at Mill Rithe.
R 231. | Members noted the report.
H 11. BUDGET MONITORING
R 232. | The Head of Finance reported that expenditure for the year to 28 February 2023 was within budget and that a small surplus of £18,400 was forecast on the harbour account. Members noted the report.
H 12. RESERVES POLICY
R 233. | The Head of Finance presented the annual review of the Reserves Policy and recommended that the target for the general reserve be raised to £750,000 over three years. Sally Winterbourne said that the target was prudent given the age of the harbour workboats. On being put to the vote, the recommendation was carried by 11 votes to 2.
H 13. ANY OTHER BUSINESS
R 234. | Desmond Okafor raised the condition of the public slipway at Quayhithe Hard and asked that it be inspected before Easter. The Director & Harbour Master agreed to arrange this.
H 14. DATE OF NEXT MEETING
R 235. | The next meeting of the Conservancy will be held on Monday 12 June 2023 at 2pm.
S 8
P The meeting closed at 4.38pm.
S 14
P Chairman ………………………………………&nbsp;&nbsp;&nbsp;&nbsp;Date …………………………
