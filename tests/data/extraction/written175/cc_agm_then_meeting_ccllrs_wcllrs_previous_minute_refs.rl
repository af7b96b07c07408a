@title Kilvennie CC Draft Minutes May 2014
@font Helvetica
@fontsize 10.5
@footer Kilvennie Community Council - Draft Minutes 13 May 2014||Page {page}
HC KILVENNIE COMMUNITY COUNCIL
C Draft Minutes of AGM held on Tuesday 13th May 2014 at Kilvennie Village Hall
S 6
P <b>1. Attendance:</b> CCllrs: Alasdair Gow (Chairman), Fiona Strang (Vice Chair), Robin Tennant (Secretary), Isla Morrice (Treasurer), Kenneth Blair and Margaret Lennox; and WCllrs: J Carmichael and D Ogilvie; and 14 members of the public. Apologies: CCllr Neil Baxter.
P <b>2. Approval of Previous minutes:</b> The Minutes of the AGM held on 14th May 2013 were approved.
P <b>3. Matters Arising from Previous Minutes:</b> None.
P <b>4. Chairman's Annual Report.</b> The CC received and noted the Chairman's Report for 2013/14:
I This has been a busier year than most. Planning took up more of our time than ever: we considered 31 applications, commented on eleven and objected to two, including the proposed quarry extension at Craigmorrow, which was eventually withdrawn. Roads remain the other great concern. After three years of asking, Ochilside Council has at last agreed to survey speeds through Easter Tullochvane, and I am grateful to the residents who collected 140 signatures for the petition.
I I want to thank my fellow community councillors, our ward councillors for their help throughout the year, and Robin Tennant, who has kept the minutes and the correspondence in order with great patience.
P <b>5. Treasurer's Report and Accounts.</b> The Treasurer presented the accounts for the year to 31st March 2014, independently examined and certified correct. Opening balance £1,904.17; income £1,650.00; expenditure £1,288.42; closing balance £2,265.75. Adoption of the accounts: proposed: Kenneth Blair; seconded: Margaret Lennox.
P <b>6. Election of Office Bearers.</b> All office bearers stood down and WCllr Carmichael chaired the election.
G <b>Office</b> | <b>Community Councillor</b> | <b>Proposed</b> | <b>Seconded</b>
G Chairman | Alasdair Gow | Fiona Strang | Isla Morrice
G Vice Chair | Fiona Strang | Kenneth Blair | Robin Tennant
G Secretary | Robin Tennant | Margaret Lennox | Alasdair Gow
G Treasurer | Isla Morrice | Robin Tennant | Kenneth Blair
P All were elected unopposed and WCllr Carmichael handed the chair back to Alasdair Gow.
P <b>7. Any Other Business.</b> None. The AGM closed at 7.45pm.
S 14
HC KILVENNIE COMMUNITY COUNCIL
C Draft Minutes of Meeting held on Tuesday 13th May 2014 at Kilvennie Village Hall, following the AGM
S 6
P <b>1. Attendance:</b> As for the AGM above, with PC Gordon Rae (Police Scotland) from item 4.
P <b>2. Approval of Previous minutes:</b> from 08/04/2014 APPROVED?? – YES
P <b>3. Matters Arising from Previous Minutes:</b>
P 5.5 Roads. WCllr Ogilvie reported that the OSC Roads Department had agreed to patch the B-road at Netherbog Farm before the end of June but would not resurface it this year. ACTION: WCllr Ogilvie to chase the date.
P 7.0 Kilvennie cemetery. The Chairman had written to OSC Bereavement Services asking that the existing burial ground be extended rather than a new site being sought outside the parish. A reply is awaited.
P 12.0 Easter Tullochvane Speed Limit. The Secretary had forwarded the residents' petition to the Roads Department, which will carry out a speed survey in June. ACTION: Secretary to circulate the results when received.
P <b>4. Police Report:</b> PC Gordon Rae presented the report for April: two thefts of fuel from farm premises, one road traffic collision at the Craigmorrow junction with no injuries, and a number of complaints about dogs off leads near the reservoir. Kenneth Blair asked whether the police could attend the school gate on Friday afternoons; PC Rae said he would try to arrange this.
P <b>5. Planning:</b> Kenneth Blair reported on three new applications. 14/00412/FLL, erection of a dwellinghouse on land north of Mill Cottage, Wester Kilvennie: the CC agreed to object on the grounds of access and loss of the tree belt. The other two applications were for minor extensions and no comment will be made. ACTION: Secretary to submit the objection by 23rd May.
P <b>6. Footpath from Wester Kilvennie to the Church:</b> The Chairman proposed that the CC apply to the OSC Community Investment Fund for a feasibility study of a path on the north side of the road. Margaret Lennox said that residents would prefer the south side because of the drainage ditch. A vote was taken on the Chairman's proposal: 5 for, 1 against. Motion carried. ACTION: Chairman to draft the application.
P <b>7. Treasurer's Report:</b> Balance at 30th April £2,265.75. The Ochilside Council administration grant of £420 for 2014/15 has been received. The report was noted.
P <b>8. Correspondence:</b> Ochilside Community Councils Forum newsletter; OSC consultation on winter gritting routes (responses by 30th June); invitation to the Kilvennie Gala committee's meeting on 2nd June.
P <b>9. AOCB:</b> Margaret Lennox asked that the broken bench at the war memorial be reported. WCllr Carmichael undertook to report it to OSC.
P <b>10. Date of next meeting:</b> Tuesday 10th June 2014 at 7.30pm, Kilvennie Village Hall.
P The meeting closed at 9.20pm.
