@title RARC Minutes Meeting 41
@font Times-Roman
@fontsize 11.5
@numcol 17
@header_first  
@header Rail Access Referrals Committee||Minutes of Meeting No. 41 (draft for approval)
@footer rr2-09/meet41/mins1703||{page}
HC RAIL ACCESS REFERRALS COMMITTEE
C Carrow House, 14 Tenterden Row, Easterbury EB2 6QL
S 8
H MINUTES of MEETING No. 41 held in Easterbury on 17 March 2003
S 4
P <b>Present:</b>
G Roderick Fennimore | Chairman
G Hugh Brandreth | (Network Infrastructure)
G Janice Quarrie | (Harrowdale Rail)
G Neil Ormsby | (Northmoor Freight)
G Gareth Pellow | (Tamber Valley Trains)
G Alison Trask | (Network Infrastructure)
G Colin Abercorn | (Eastline Railways)
P <b>In attendance:</b> Martin Sexsmith (Secretary), Pauline Ivory (Clerk)
P <b>Apologies:</b> Derek Foyle (Coalway Freight)
S 6
R 41/1 | <b>Introductions</b><br/>The Chairman welcomed Colin Abercorn, Commercial Director of Eastline Railways, to his first meeting of the Committee, and thanked Derek Foyle in his absence for four years' service as an industry member.
R 41/2 | <b>Deputy Chairman</b><br/>Neil Ormsby was elected unopposed as Deputy Chairman of the Committee in succession to Ewan Tolley, who left the industry in January. Members agreed that he should also take Ewan Tolley's place as one of the five signatories able to authorise Committee expenditure.
R 41/3 | <b>Minutes of meeting no.40</b><br/>The minutes of meeting no.40 held on 10 February 2003 were approved subject to two corrections to paragraph 40/5. The Chairman signed a copy of the minutes, as corrected, as a true record of the proceedings.
R 41/4 | <b>Matters arising from the minutes of meeting no.40</b><br/>40/4 [37/6] Revised Access Conditions and Rules: the Secretary reported that the changes approved by the Office of the Rail Adjudicator had come into effect with the new edition of the Access Conditions on 1 March 2003.<br/>40/7 Register of determinations: the Clerk confirmed that determinations AD17 to AD19 had been added to the published register and sent to the parties on the circulation list.
R 41/5 | <b>Hearing of reference AD21 from Tamber Valley Trains</b><br/>Gareth Pellow declared an interest as a director of the referring party and took no part in this item. Members noted the submissions supplied by the parties and the bulky bundle of appendices. The Chairman commented that significant legal questions lay beneath the parties' positions, including the limitation period and the law of restitution, and that neither party had taken up the Secretariat's suggestion of mediation. In his view the Committee should now direct them to it.<br/>It was agreed that the hearing be adjourned and that the Chairman sign formal directions requiring the parties to proceed to mediation under section C of the Referral Rules, with a report back by 30 June 2003.
R 41/6 | <b>Reference AD22 from Northmoor Freight</b><br/>Hugh Brandreth explained that the parties had settled the dispute over possession charges on the Kelsey Junction resignalling and had written jointly asking that the reference be withdrawn. Neil Ormsby confirmed this on behalf of Northmoor Freight.<br/><b>RESOLVED</b> that reference AD22 be treated as withdrawn and that no order be made as to costs.
R 41/7 | <b>Proposals for change to the Referral Rules</b><br/>The Secretary introduced paper RARC/41/7, which set out three drafting changes to the Referral Rules requested by industry parties after the AD19 determination. Janice Quarrie asked whether the change to rule C4 would shorten the time allowed for a party's written reply; the Secretary said that it would not. Members noted the paper and the proposed consultation timetable, with responses due by 30 April 2003.
R 41/8 | <b>Panel of hearing chairmen</b><br/>The Chairman reported that one member of the panel of hearing chairmen, Professor Ilse Marwood, had asked not to be reappointed when her term ends in June. Members agreed to invite the Secretary to seek nominations for a replacement from the industry parties.
R 41/9 | <b>Budget 2003/04</b><br/>The Clerk presented the draft budget for 2003/04 of £186,400, an increase of 2.1 per cent on the current year, largely because of higher accommodation costs at Carrow House. Colin Abercorn asked that future budgets show the cost of hearings separately from running costs. The Committee approved the budget for 2003/04 as presented.
R 41/10 | <b>Membership</b><br/>Members noted with regret that Derek Foyle would stand down at the end of April 2003 and that Coalway Freight had been asked to nominate a successor.
R 41/11 | <b>Any other business</b><br/>Alison Trask asked whether Committee papers could in future be circulated electronically as well as on paper. The Secretary undertook to bring a short proposal to the next meeting.
R 41/12 | <b>Date of next meeting</b><br/>Monday 14 April 2003 at 10.30 at Carrow House.
S 6
P The meeting closed at 12.40.
S 18
P Chairman ........................................ Date ....................
