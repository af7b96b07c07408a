@title Minutes 26 March 2001
@font Helvetica
@fontsize 10.5
@header ||{page}
@pageoffset 411
@footer Caerwenlli Town Council
P Minutes of the Ordinary Meeting of <b>CAERWENLLI TOWN COUNCIL</b> held in the Town Hall, Ffordd Wynne, Caerwenlli on Monday, 26 March 2001, at 7:00pm.
P <b>PRESENT :</b> Councillors Hywel Price (Mayor), Gwenda Roberts (Deputy Mayor) Councillors Alun Bevan, Rhian Edwards, Glyn Foulkes, Dilys Hughes, Iwan Jones, Bethan Lloyd, Owen Parry, Trefor Rowlands, Huw Salisbury and Menna Williams.
P <b>IN ATTENDANCE :</b> Mr Emyr Vaughan (Town Clerk) and County Councillor Ceri Jarvis.
P <b>MR ARTHUR LEWIS</b> Members stood in silence in memory of Mr Arthur Lewis, who served on the Council for twenty-two years, was Mayor in 1983 and 1994, and died on 9 March. The Mayor said that a service of thanksgiving would be held at Capel Seion on Saturday, 7 April at 11am.
P <b>187 . APOLOGIES FOR ABSENCE</b> Councillors Eirlys Davies and Gareth Morris (both on holiday).
P <b>188. POLICE MATTERS</b> Sergeant Alwyn Harries attended at the Mayor's invitation and reported that there had been a number of thefts of quad bikes from farms in the area and asked members to pass on any information about suspicious vehicles. He also reported that the police station would be staffed on Tuesday and Friday mornings only from 1 April. A member asked whether the change could be reconsidered. Sergeant Harries said that he would pass the Council's concerns to the Divisional Commander.
P <b>189 . DECLARATIONS OF INTEREST</b> Councillor Glyn Foulkes declared a personal interest in minute 193 (planning application 01/0154) as the applicant's brother.
P <b>190 . MAYOR'S REPORT</b> The Mayor listed his engagements since the last meeting:
P 27.02 Opening of the new surgery, Lôn Glyd
P 01.03 St David's Day concert, Ysgol y Dref
P 10.03 Civic service, St Mary's Church, Llanelwyn
P 17.03 Mayor of Llanelwyn's Charity Dinner
P 24.03 Opening of the refurbished Caerwenlli Bowling Club pavilion
P <b>191 . MINUTES OF THE PREVIOUS MEETING</b> RESOLVED that the minutes of the meeting held on 26 February 2001 be approved and signed by the Mayor as a correct record.
P <b>192 . MATTERS ARISING</b> (i) Minute 171 – Bus shelter, Stryd y Castell. The Town Clerk reported that the County Council had agreed to replace the shelter in the summer. (ii) Minute 179 – Public toilets. Councillor Bethan Lloyd asked whether the opening hours had been extended; the Town Clerk would enquire. (iii) Minute 183 – Ysgol y Dref crossing patrol. Councillor Alun Bevan reported that a volunteer had come forward and would start after Easter.
P <b>193 . PLANNING APPLICATIONS</b> The following applications were considered. 01/0139 Conversion of barn to dwelling, Tyddyn Isaf. 01/0154 Two storey extension, 14 Ffordd Wynne. 01/0160 Illuminated sign, Siop y Gornel, Stryd Fawr. Councillor Foulkes left the room during consideration of application 01/0154. RESOLVED that no objection be raised to applications 01/0139 and 01/0154 and that the Council objects to the illuminated sign as out of keeping with the conservation area.
P <b>194 . TOWN HALL – HEATING</b> The Town Clerk reported that three quotations had been received for the replacement of the boiler. It was agreed to accept the lowest quotation, from Gwres Clwyd Cyf, in the sum of £3,280.
P <b>195 . FOOT AND MOUTH DISEASE</b> The Town Clerk reported that, on the advice of the County Council, the St David's Day parade had been cancelled and that all public footpaths in the community remained closed. Councillor Owen Parry spoke of the hardship facing farming families and of the loss of trade at the livestock market, which had been closed since 23 February. Councillor Trefor Rowlands asked that the Council write to the National Assembly in support of a hardship fund for rural businesses; members agreed that the Town Clerk should draft a letter for the Mayor to sign. Councillor Menna Williams reported that the Urdd had postponed its area eisteddfod, which had been due to be held in the Town Hall on 31 March, and that the hall booking would be carried forward without charge. Noted.
P <b>196 . SKATEBOARD PARK</b> Councillor Rhian Edwards proposed that the Council contribute £5,000 towards a skateboard park at Cae'r Ysgol, seconded by Councillor Iwan Jones. Councillor Huw Salisbury said that the site was too close to houses. On being put to the vote, 5 members voted in favour and 8 against, and the proposal was lost.
P <b>197 . CHRISTMAS ILLUMINATIONS</b> Consideration of the contract for 2001 was deferred to the April meeting as only one tender had been received.
P <b>198 . CORRESPONDENCE</b> (a) County Association of Town and Community Councils – annual conference. (b) Welsh Water – mains renewal in Heol Newydd. (c) Letter of thanks from Caerwenlli Eisteddfod Committee for the grant of £250. The correspondence was received.
P <b>199 . TWINNING</b> Councillor Dilys Hughes reported that twelve visitors from Plouguerven would stay in the town in the first week of June and asked for volunteers to host them.
P <b>200 . DATE OF NEXT MEETING</b> Monday, 23 April 2001, at 7:00pm in the Town Hall.
S 6
P The meeting closed at 9.10 p.m.
S 24
P ………………………………………… Mayor
