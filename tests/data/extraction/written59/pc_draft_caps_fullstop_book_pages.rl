@title DRAFT Minutes Parish Council Meeting 15 May 2019
@font Helvetica
@fontsize 10.5
@header Brackendown Parish Council – Minute Book 2019/20||{page}
@pageoffset 11181
@footer Signed ……………………………… Chairman          Date ………………
HC BRACKENDOWN PARISH COUNCIL
C Clerk: Mrs Gillian Rowsell, 4 Heathfield Cottages, Brackendown
S 6
P <b>DRAFT Minutes of the Annual Parish Council Meeting Wednesday 15<super>th</super> May 2019 Main Hall, Furzeleigh Centre, Chapel Lane, Brackendown.</b>
P <b>Present:</b> Councillors: Alan Trevett; Peter Halse; Susan Dimmock; Keith Orchard; Margaret Tilsley; Robert Pengelly (District)
P <b>In attendance:</b> Gillian Rowsell (Clerk) &amp; 2 members of the Public
H 1. ELECTION OF THE CHAIRMAN OF THE PARISH COUNCIL 2019/20.
P The outgoing Chairman, Cllr Margaret Tilsley, had indicated that she did not wish to stand again, so the Clerk opened the meeting and asked for nominations for Chairman. Cllr Halse nominated Cllr Trevett, seconded by Cllr Dimmock and passed with a unanimous vote. Cllr Trevett signed the Declaration of Acceptance of Office and took the Chair for the remainder of the meeting.
H 2. ELECTION OF THE VICE CHAIRMAN OF THE PARISH COUNCIL 2019/20.
P Cllr Tilsley was nominated and proposed by Cllr Orchard, seconded by Cllr Halse and passed with a unanimous vote. The Chairman thanked Cllr Tilsley for her work as Chairman over the last four years.
H 3. APOLOGIES FOR ABSENCE.
P Cllr Derek Venn; County Cllr Harriet Oldroyd
H 4. DECLARATIONS OF PECUNIARY INTEREST.
P None.
H 5. MINUTES OF THE MEETING HELD ON 17<super>th</super> APRIL 2019.
P The minutes had been circulated prior to the meeting and were accepted as an accurate record. (Pages 11179 to 11181)
H 6. MINUTES OF THE ANNUAL PARISH MEETING HELD ON 24<super>th</super> APRIL 2019.
P The minutes had been circulated prior to the meeting and, with the minor amendment of the name of the scout group to ‘1<super>st</super> Brackendown Heath’, were accepted as an accurate record.
H 8. REPORTS BY DISTRICT AND COUNTY COUNCILLORS.
P This item was brought forward and the meeting was adjourned at 19.55 Hrs for the District Councillor’s briefing and reconvened at 20.20 Hrs. District Cllr Pengelly reported that the District Council had approved its new waste collection contract, with garden waste collections moving to fortnightly from October. He also reported that the consultation on the Local Plan Review would open in July and offered to attend a public drop-in session in the village. County Cllr Oldroyd had sent a written report which the Clerk read out, covering the resurfacing programme for Heath Lane and the county’s winter gritting routes.
H 7. COMMITTEE MEMBERSHIP AND REPRESENTATIVES 2019/20.
P The Chairman proposed that the membership of the Planning and Amenities Committees remain as in 2018/19, with Cllr Trevett replacing Cllr Tilsley on the Amenities Committee. Cllr Dimmock agreed to continue as the Council’s representative on the Furzeleigh Centre Management Committee. RESOLVED that the committee memberships and representatives for 2019/20 be as set out in the schedule attached to these minutes.
H 9. PLANNING APPLICATIONS.
P The following applications were considered:
P a) 3/19/0412/HOU – 14 Furze Close – single storey rear extension and garden room. It was agreed to raise no objection.
P b) 3/19/0436/FUL – Land rear of The Old Forge, Chapel Lane – erection of two detached dwellings with access from Chapel Lane. Cllr Orchard spoke about the narrowness of the lane at this point and the lack of a footway. RESOLVED to object on the grounds of overdevelopment, highway safety and the loss of the hedgerow along the eastern boundary.
P c) 3/19/0451/TPO – 2 Pine Walk – crown reduction of one oak (T3). No comment.
H 10. FINANCE.
P a) The schedule of payments for April and May, totalling £2,846.19, had been circulated. It was proposed by Cllr Halse and seconded by Cllr Tilsley that the payments be approved, and they were approved.
P b) The Clerk presented the Annual Governance and Accountability Return for 2018/19 and explained that the internal auditor had raised no issues. RESOLVED to approve the Annual Governance Statement for 2018/19, and the Chairman and Clerk signed it at the meeting.
P c) RESOLVED to approve the Accounting Statements for 2018/19, showing year-end balances of £18,402.77.
H 11. CLERK’S REPORT.
P The Clerk’s report had been circulated prior to the meeting. The report was noted.
H 12. HIGHWAYS AND FOOTPATHS.
P Cllr Dimmock reported that the fingerpost on footpath 14 at Gorse Corner had been broken again. The Clerk will report it to the County Council’s rights of way team. Cllr Tilsley asked whether the overgrown hedge at the junction of Heath Lane and Chapel Lane could be added to the landowner letters.
H 13. CORRESPONDENCE.
P Letters from the County Association of Local Councils (training dates) and from Brackendown Heath Scouts (thanks for the grant) were noted.
H 14. DATE OF NEXT MEETING.
P Wednesday 19<super>th</super> June 2019 at 7.30pm, Main Hall, Furzeleigh Centre.
S 8
P The meeting closed at 21.40 Hrs.
