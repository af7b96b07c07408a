@title Amenities Committee Agenda 16 January 2024
@font Helvetica
@fontsize 10.5
@numcol 12
@footer Seabourne Town Council, The Manor House, Old Town Street, Seabourne || www.seabourne-tc.gov.uk
HC SEABOURNE TOWN COUNCIL
C The Manor House, Old Town Street, Seabourne
C Telephone: 01700 000 412 · Email: office@seabourne-tc.gov.uk
S 8
P To: All Members of the Amenities, Parks and Open Spaces Committee<br/>Cllrs L Hext (Chair), D Rendle (Vice-Chair), P Beer, S Cleave, M Ferris, J Honeywill, K Luscombe, R Tapper and the Town Mayor (ex officio)
P 9 January 2024
P Dear Councillor,
P You are hereby summoned to attend a meeting of the <b>Amenities, Parks and Open Spaces Committee</b> to be held in the Council Chamber, The Manor House, on <b>Tuesday 16 January 2024 at 6.00pm</b> for the purpose of transacting the business set out below.
P Yours sincerely,
I Nicola Trewin
P Town Clerk
S 4
P <b>PUBLIC PARTICIPATION:</b> Up to 15 minutes will be allowed at the start of the meeting for residents to speak on items on this agenda, with a limit of 3 minutes each. Please contact the Town Clerk beforehand.
HC AGENDA
R 1. | <b>APOLOGIES</b><br/>To receive and accept apologies for absence.
R 2. | <b>DECLARATIONS OF INTEREST</b><br/>To receive declarations of disclosable pecuniary and other interests in items on this agenda and to consider any requests for dispensations.
R 3. | <b>PUBLIC PARTICIPATION</b><br/>See note above.
R 4. | <b>MINUTES</b><br/>To approve as a correct record the minutes of the meeting held on 14 November 2023 (attached).
R 5. | <b>MATTERS ARISING</b><br/>To receive an update from the Town Clerk on matters arising from the minutes (for information only).
R 6. | <b>PLAY AREAS</b><br/>To receive the quarterly inspection report (attached) and to consider quotations for replacement safer surfacing at Coombe Vale play area:<br/>(a) Playsafe Surfacing Ltd – £6,980 + VAT<br/>(b) Westward Leisure – £7,415 + VAT
R 7. | <b>BOATING LAKE RAILINGS</b><br/>To consider the report of the Operations Manager on repainting the railings around the boating lake and to recommend a budget to the Finance Committee.
R 8. | <b>CHRISTMAS LIGHTS 2023</b><br/>To review the Christmas lights and switch-on event and to agree any changes for 2024.
R 9. | <b>GROUNDS MAINTENANCE CONTRACT 2024-2027</b><br/>To approve the specification for the grounds maintenance contract (attached) for tender in February.
R 10. | <b>ALLOTMENTS</b><br/>To note the waiting list (currently 23) and the plot inspection results.
R 11. | <b>BUDGET MONITORING</b><br/>To note the Committee's budget position to 31 December 2023 (attached).
R 12. | <b>DATE OF NEXT MEETING</b><br/>Tuesday 12 March 2024 at 6.00pm.
S 6
P <b>PART 2 – EXCLUSION OF PRESS AND PUBLIC</b>
R 13. | <b>EXCLUSION OF PRESS AND PUBLIC</b><br/>To resolve that, in view of the confidential nature of the business about to be transacted, the press and public be excluded from the meeting (Public Bodies (Admission to Meetings) Act 1960, s1(2)).
R 14. | <b>STAFFING – SEASONAL GROUNDS STAFF</b><br/>To consider the recruitment of two seasonal grounds staff for April to September 2024.
