@title Planning Committee Agenda 13 March 2014
@font Helvetica
@fontsize 10.5
@numcol 14
@footer {page}
P Contact details: Committee Officer on 01799 814210 Email committee.officer@hartlanddowns.gov.uk
P 4 March 2014
S 6
HC HARTLAND DOWNS NATIONAL PARK AUTHORITY
HC PLANNING COMMITTEE
P A meeting of the Planning Committee will be held at 10.00 am on Thursday, 13th March, 2014 at The Memorial Hall, Downs Centre, North Lane, Midwell MD14 2QT
P Morwenna Teague<br/>Chief Executive (National Park Officer)
HC AGENDA
H PART I
R 1. | Apologies for absence
R 2. | Declaration of interests<br/>To enable Members to declare to the meeting any disclosable interest they may have in any matter on the agenda for the meeting.
R 3. | Minutes of previous meeting held on 13 February 2014 (Pages 3 - 6)<br/>To approve as a correct record the minutes of the Planning Committee meeting held on 13 February 2014.
R 4. | Matters arising from the previous meeting minutes<br/>To enable any matters arising from the 13 February 2014 Planning Committee minutes that are not covered elsewhere on this agenda to be raised.
R 5. | Updates on previous Committee decisions<br/>To receive any updates on previous Committee decisions.
R 6. | Urgent matters<br/>To consider any matters on the agenda which the Chair agrees should be considered as a matter of urgency due to special circumstances.
H DEVELOPMENT MANAGEMENT
R 7. | Application No.: HDNP/13/05517/FUL - Land North of Pound Lane, Ashcombe Regis (Pages 7 - 30)<br/>Local Authority: Wealdbury District Council Proposal: Erection of 11 no. dwellings (including 4 affordable units) with new access and landscaping. Address: Land North of Pound Lane, Ashcombe Regis. To consider a report by the Director of Planning (Report PC13/14-31).
R 8. | Application No.: HDNP/13/05902/CND - Tollgate Farm, Coldharbour Road, Ferncombe (Pages 31 - 44)<br/>Local Authority: Hanbury District Council Proposal: Variation of condition 4 of HDNP/12/01176/FUL to extend the opening hours of the farm shop and café. Address: Tollgate Farm, Coldharbour Road, Ferncombe. To consider a report by the Director of Planning (Report PC13/14-32).
H STRATEGY &amp; POLICY
R 9. | Draft Shepherds' Huts and Glamping Technical Advice Note (Pages 45 - 66)<br/>To consider a report by the Director of Planning (Report PC13/14-33).
R 10. | Quarterly Update on Enforcement Activity (Pages 67 - 74)<br/>To consider a report by the Director of Planning (Report PC13/14-34).
S 8
P Members of the Planning Committee: Jocelyn Ashdown (Chair), Piers Wetherall (Deputy Chair), Aileen Crossthwaite, Dominic Fairlie, Harriet Penrose, Barnaby Quell, Lionel Stockbridge, Margery Tolhurst, Quentin Vane, Rosalind Yeo.
P Regular Attendees: Gareth Pollexfen (Director of Planning), Imogen Carrow (Development Manager), Nerys Whitcombe (Senior Solicitor), Felicity Orme (Member Services Officer).
I Public Participation: Anyone wishing to speak at the meeting should register their request with the Member Services Officer no later than 12 noon on the Monday preceding the meeting. The public speaking protocol is available on the Authority's website.
PB
P Unconfirmed minutes – to be confirmed at the next meeting of the Planning Committee
P Agenda Item 3
HC HARTLAND DOWNS NATIONAL PARK AUTHORITY
HC PLANNING COMMITTEE 13 February 2014
C Held at The Memorial Hall, Downs Centre, Midwell at 10:00am
P <b>Present:</b> Jocelyn Ashdown (Chair), Piers Wetherall (Deputy Chair), Aileen Crossthwaite, Dominic Fairlie, Harriet Penrose, Lionel Stockbridge, Margery Tolhurst, Quentin Vane, Rosalind Yeo.
P <b>HDNPA Officers:</b> Gareth Pollexfen (Director of Planning), Imogen Carrow (Development Manager), Tobias Ledbury (Principal Planning Officer), Sian Marwood (Senior Planning Officer), Nerys Whitcombe (Senior Solicitor), Felicity Orme (Member Services Officer).
P <b>Also attended by:</b> Ruairi Dunstan (Highways Officer, Wealdbury County Council).
H OPENING REMARKS
R 231. | The Chair informed Members and members of the public that the meeting was being webcast and that the recording would be available on the Authority's website for six months.
R 232. | The Chair reminded Members that the update sheet for Items 7 and 8 had been circulated at the start of the meeting.
H APOLOGIES
R 233. | Apologies for absence were received from Barnaby Quell.
H DISCLOSURE OF INTERESTS
R 234. | Harriet Penrose declared a public service interest in Item 7 as a member of Ferncombe Parish Council, which had commented on the application. She advised that she had taken no part in the Parish Council's discussion and would remain in the meeting.
R 235. | Lionel Stockbridge declared a personal interest in Item 8 as he was acquainted with one of the registered speakers. He left the meeting for the consideration of that item.
H MINUTES OF PREVIOUS MEETING HELD ON 16 JANUARY 2014
R 236. | The minutes of the Planning Committee held on 16 January 2014 were approved as a correct record and signed by the Chair, subject to the correction of the spelling of "Coldharbour" in minute 219.
H MATTERS ARISING
R 237. | Minute 222: Imogen Carrow reported that the section 106 agreement for the village hall extension at Upper Lynchet had now been completed and the decision notice issued.
H UPDATES ON PREVIOUS COMMITTEE DECISIONS
R 238. | Gareth Pollexfen informed the Committee that the appeal against the refusal of permission for the equestrian building at Hollow Oak Farm had been dismissed and that no costs had been awarded.
H URGENT MATTERS
R 239. | There were none.
H ITEM 7: HDNP/13/04412/FUL – LAND EAST OF MILL LANE, FERNCOMBE
R 240. | Tobias Ledbury presented the application for the conversion of two agricultural barns to six holiday units and referred to the update sheet, which reported two further letters of objection and a revised drainage strategy.
R 241. | The following public speakers addressed the Committee:<br/>Alma Pettigrew spoke against the application on behalf of Ferncombe Parish Council.<br/>Desmond Harker spoke against the application as a local resident.<br/>Colette Brannan spoke in support of the application as the applicant's agent.
R 242. | The Committee considered the report by the Director of Planning (Report PC13/14-27), the update sheet and the public speakers' comments, and commented:<br/>• Margery Tolhurst asked whether the lane could safely accommodate the additional traffic; Ruairi Dunstan advised that the highway authority raised no objection subject to the passing place shown on the revised plan.<br/>• Quentin Vane considered that the external lighting should be tightly controlled given the dark skies status of the area.<br/>• Aileen Crossthwaite welcomed the reuse of the traditional barns.
R 243. | Quentin Vane proposed an additional condition restricting external lighting, which was seconded by Rosalind Yeo and agreed by the Committee.
R 244. | RESOLVED: That planning permission be granted subject to the conditions set out in paragraph 10 of the report, the update sheet and an additional condition restricting external lighting.
H ITEM 8: HDNP/13/05130/HOUS – ORCHARD COTTAGE, THE STREET, LYNCHCOMBE STOKE
R 245. | Sian Marwood presented the application for a two storey side extension and detached garage and referred to the update sheet.
R 246. | The following public speakers addressed the Committee:<br/>Bernard Ockwell spoke against the application as the owner of the neighbouring property.<br/>Thea Lindqvist spoke in support of the application as the applicant.
R 247. | Members expressed concern that the massing of the extension and its effect on the setting of the adjoining listed cottage could not be properly assessed from the plans. Dominic Fairlie proposed that the application be deferred for a site visit, which was seconded by Piers Wetherall.
R 248. | RESOLVED: That consideration of the application be deferred to allow Members to visit the site.
H ITEM 9: DRAFT SHEPHERDS' HUTS AND GLAMPING TECHNICAL ADVICE NOTE
R 249. | Imogen Carrow presented the report, which sought Members' comments on the draft Technical Advice Note prior to public consultation.
R 250. | Members commented that the guidance should address the cumulative effect of small sites and the seasonal removal of structures. Piers Wetherall asked that parish councils be consulted directly.
R 251. | RESOLVED: That the Committee:<br/>1. Commented on the draft Technical Advice Note; and<br/>2. Agreed that the draft, amended to reflect Members' comments, be published for consultation for a period of six weeks.
H ITEM 10: QUARTERLY UPDATE ON ENFORCEMENT ACTIVITY
R 252. | Gareth Pollexfen introduced the report, which set out the enforcement cases opened and closed during the quarter.
R 253. | RESOLVED: That the report be noted.
R 254. | The Chair closed the meeting at 12:51pm.
S 10
P CHAIR
P Signed: ............................................ Date: ................................
