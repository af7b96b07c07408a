@title ENPG meeting papers 16 November 2017
@font Times-Roman
@fontsize 11
@header ENPG meeting papers – 16th November 2017||Page {page}
@footer Ermesleigh Neighbourhood Plan – working papers, not for publication beyond the Group and the Parish Council
HC ERMESLEIGH NEIGHBOURHOOD PLANNING GROUP (ENPG)
C A working group of Ermesleigh Parish Council
S 4
C Meeting to be held on Thursday 16th November 2017, 11.00 am – 2.00 pm
C in the Meeting Room, Memorial Hall, Ermesleigh
S 6
H CONTENTS OF THIS PACK
G Agenda | page 1
G Paper A – Regulation 14 consultation responses (agenda item 3) | page 2
G Paper B – Design Code brief (agenda item 4) | page 3
G Paper C – Budget and grant claim (agenda item 6) | page 3
G Minutes of the meeting held on 12th October 2017 (agenda item 2) | page 4
S 6
HC AGENDA
P 1. Declaration of interests
P 2. Minutes of the meeting held on 12th October 2017 and matters arising (attached)
P 3. Regulation 14 consultation – schedule of responses and proposed modifications (Paper A)
P 4. Design Code – brief for consultant (Paper B)
P 5. Housing sites – update on landowner discussions (verbal, CP)
P 6. Finance – budget and grant claim (Paper C)
P 7. Communications – Ermesleigh News article and website
P 8. Any other business
P 9. Date of next meeting
P Helen Rowe, Chair, 9th November 2017
PB
H ENPG PAPER A
G Agenda item | 3
G Subject: | Review of responses to the Regulation 14 consultation
G From: | Graham Bellew, on behalf of the policies sub-group
G Date: | 8th November 2017
H 1. Purpose
P To present the schedule of responses received during the Regulation 14 consultation (4th August – 15th September 2017) and the modifications to the draft Plan proposed by the policies sub-group.
H 2. Summary of responses
P 61 responses were received: 44 from residents, 9 from Schedule 1 bodies and 8 from landowners or their agents. The District Council's response was received on 2nd November and is included in the schedule. Most comments supported the Plan's vision; the main concerns were the settlement boundary at Lower Mill Road, parking standards and the wording of the flood-risk policy.
H 3. Recommendation
P That the Group agrees the proposed modifications in the schedule, subject to any changes made at the meeting, and asks the Parish Council to note them.
S 8
P <i>Schedule of responses (22 pages) circulated separately by email.</i>
PB
H ENPG PAPER B
G Agenda item | 4
G Subject: | Draft Design Code – brief for consultant
G From: | Mark Lyddon
H Background
P At the October meeting the Group asked for a short brief so that quotations could be sought for a Design Code covering the conservation area and the two hamlets. The draft brief asks for a character appraisal, guidance on materials and boundary treatments, and a short illustrated code suitable for inclusion as an appendix to the Plan.
H Recommendation
P That the Group approves the brief and asks the Parish Clerk to invite three quotations.
S 10
H ENPG PAPER C
G Agenda item | 6
G Subject: | Budget and grant claim 2017/18
G From: | Jill Westaway, Treasurer
P The Group holds £3,412.60 in the Parish Council's ring-fenced account. Committed spending to March 2018 is estimated at £2,150 (printing and consultant support). A grant claim of £4,800 for the Design Code and the Plan's examination stage can be submitted once quotations are received.
H Recommendation
P That the Group notes the budget position and authorises the Treasurer to prepare the grant claim.
PB
HC ERMESLEIGH NEIGHBOURHOOD PLANNING GROUP (ENPG)
P <b>Final and amended minutes of the meeting held on Thursday 12th October 2017 11.00 am – 14.00 in the meeting room at the Memorial Hall.</b>
P <b>Present:</b> Helen Rowe (HR) Chair, Graham Bellew (GB), Colin Pethick (CP), Mark Lyddon (ML), Jill Westaway (JW) Treasurer, Dawn Widdicombe (DW) Minutes Secretary. Co-opted members: Robert Penhale (RP), Nicola Stentiford (NS) Parish Councillor, Peter Sloman (PS).
P <b>Apologies:</b> Keith Ashworth (KA) Parish Councillor, Tessa Loram (TL).
P Before the meeting started DW asked whether all present agreed to her recording the meeting, to help with accurate minutes. All agreed.
H 1. DECLARATION OF INTERESTS
P HR advised that development sites might be discussed during the meeting. There were no declarations of interest.
H 2. MINUTES OF LAST MEETING AND MATTERS ARISING
P The minutes of the meeting held on 14.09.17 had been circulated by email. The minutes were agreed by those present as an accurate account. DW to forward them to the Parish Clerk for the information of the Parish Council.
H 3. REGULATION 14 CONSULTATION – PROGRESS
P GB presented the first draft of the schedule of responses. The District Council's comments were still awaited and had been chased. Points raised:
P i. PS asked whether late responses could be accepted; GB confirmed that the two received after the closing date would be included and marked as late.
P ii. The Environment Agency had asked for the flood-risk policy to refer to the latest climate change allowances. It was agreed to include the wording suggested by the Environment Agency in Policy E3.
P iii. Several residents had asked for the settlement boundary at Lower Mill Road to be redrawn; this would be considered when the District Council's response was received.
H 4. HOUSING SITES
P CP reported on his meeting with the agent for the land north of Fore Street. The landowner did not wish the site to be allocated at present. After discussion it was agreed that the Group would not allocate the site but would keep it under review.
H 5. DESIGN CODE
P ML explained that the District Council's conservation officer supported a Design Code for the conservation area. ML to draft a short brief for the November meeting.
H 6. FINANCE
P JW reported a balance of £3,412.60 and no expenditure since the last meeting. The Treasurer's report was noted.
H 7. COMMUNICATIONS
P NS offered to write an article on the consultation results for the December issue of the Ermesleigh News and to update the Plan page of the village website.
H 8. ANY OTHER BUSINESS
P RP raised the need to thank the volunteers who had delivered the consultation leaflets; HR said she would write to them.
H 9. DATE OF NEXT MEETING
P Thursday 16th November 2017 at 11.00 am in the Memorial Hall.
S 6
P Meeting closed 13.55.
