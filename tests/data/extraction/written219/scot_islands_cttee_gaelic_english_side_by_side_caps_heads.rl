@title Comataidh Buileachaidh Plana Canan 8 March 2011
@fontsize 10
@header COMATAIDH BUILEACHAIDH PLANA CÀNAN
@footer {page}
HC COMHAIRLE EILEANAN SGEIRBHÀN
HC COMATAIDH BUILEACHAIDH PLANA CÀNAN
S 6
G <b>MINUTE OF THE MEETING HELD IN THE COUNCIL CHAMBER, COUNCIL OFFICES, KINLOCH SGEIR, ON TUESDAY 8 MARCH 2011 AT 10.00 am.</b> | <b>GEÀRR-CHUNNTAS DEN CHOINNEAMH A CHAIDH A CHUMAIL ANN AN SEÒMAR NA COMHAIRLE, OIFISEAN NA COMHAIRLE, CEANN LOCH SGEIR, DIMÀIRT 8 MÀRT 2011 AIG 10.00 m.</b>
G <b>PRESENT</b> | <b>AN LÀTHAIR</b>
G Mr Ruaraidh MacAulay (Chairman) | Mgr Ruairidh MacAmhlaigh (Cathraiche)
G Mrs Morag Nicolson | Bh-ph Mòrag NicNeacail
G Mr Iain Beaton | Mgr Iain Peutan
G Mr Donald Matheson | Mgr Dòmhnall MacMhathain
G Ms Catriona Morrison | Bh-uas Catrìona NicIlleMhoire
G Mr Kenneth Macaskill | Mgr Coinneach MacAsgaill
G <b>APOLOGIES</b> | <b>LEISGEULAN</b>
G Mr Angus Macphail (Vice Chairman) | Mgr Aonghas MacPhàil (Iar-chathraiche)
G Mrs Jessie Maclennan | Bh-ph Seasaidh NicIllFhinnein
G <b>IN ATTENDANCE</b> | <b>CUIDEACHD AN LÀTHAIR</b>
G Mr Calum Ferguson, Gaelic Development Manager | Mgr Calum MacFhearghais, Manaidsear Leasachadh na Gàidhlig
G Mrs Peigi Macrae, Committee Services Officer | Bh-ph Peigi NicRath, Oifigear Seirbheisean Comataidh
G Ms Ishbel Mackinnon, Quality Improvement Officer (Education) | Bh-uas Iseabail NicFhionghain, Oifigear Leasachadh Càileachd (Foghlam)
G <b>DECLARATIONS OF INTEREST</b> | <b>FOILLSEACHADH COM-PÀIRT</b>
G There were no declarations of interest. | Cha deach com-pàirt sam bith fhoillseachadh.
G <b>MINUTE OF PREVIOUS MEETING</b> | <b>GEÀRR-CHUNNTAS NA COINNEIMH ROIMHE</b>
G The Minute of the meeting held on 23 November 2010 was approved. | Chaidh gabhail ri geàrr-chunntas na coinneimh a chaidh a chumail air 23 Samhain 2010.
G <b>PRESENTATION</b> | <b>TAISBEANADH</b>
G The Chairman welcomed Ms Shona MacInnes, Development Officer of Fèis Sgeirbhàn, to the meeting. Ms MacInnes gave a presentation on the tuition week held at Kinloch Sgeir School in July 2010, which 84 young people had attended, 31 of them from Gaelic-medium classes. She explained that the Fèis hoped to add a second week in the southern islands in 2011. | Chuir an Cathraiche fàilte air a' Bh-uas Seonag NicAonghais, Oifigear Leasachaidh Fèis Sgeirbhàn. Thug a' Bh-uas NicAonghais taisbeanadh seachad air an t-seachdain oideachaidh a chaidh a chumail ann an Sgoil Cheann Loch Sgeir san Iuchar 2010, far an robh 84 òganaich an làthair, 31 dhiubh à clasaichean tro mheadhan na Gàidhlig. Mhìnich i gu bheil an Fhèis an dòchas dàrna seachdain a chur air dòigh anns na h-eileanan a deas ann an 2011.
G Mr Beaton asked how the Council could help with transport for pupils from the outer isles. Ms MacInnes said that ferry fares were the largest single cost in the Fèis budget. | Dh'fhaighnich Mgr Peutan ciamar a b' urrainn don Chomhairle cuideachadh le còmhdhail do sgoilearan bho na h-eileanan a-muigh. Thuirt a' Bh-uas NicAonghais gur e faraidhean aiseig a' chosgais as motha ann am buidseat na Fèise.
G The Committee thanked Ms MacInnes for her presentation. | Thug a' Chomataidh taing don Bh-uas NicAonghais airson an taisbeanaidh.
G <b>GAELIC LANGUAGE PLAN 2008-2013 – PROGRESS REPORT</b> | <b>PLANA GÀIDHLIG 2008-2013 – AITHISG ADHARTAIS</b>
G There had been circulated Report by the Gaelic Development Manager on progress with the 34 actions in the Council's Gaelic Language Plan. Mr Ferguson reported that 22 actions were complete or on course, 9 were delayed and 3 had not yet started, and that the annual monitoring return was due in May. | Chaidh aithisg bho Mhanaidsear Leasachadh na Gàidhlig a chuairteachadh mun adhartas leis na 34 gnìomhan ann am Plana Gàidhlig na Comhairle. Thuirt Mgr MacFhearghais gu bheil 22 gnìomhan deiseil no air an t-slighe cheart, gu bheil 9 air dàil agus nach deach 3 a thòiseachadh fhathast, agus gum feumar an tilleadh sgrùdaidh bliadhnail a chur a-steach sa Chèitean.
G The Committee agreed to note progress and to ask for a further report on the delayed actions at its June meeting. | Dh'aontaich a' Chomataidh aire a thoirt don adhartas agus aithisg eile iarraidh air na gnìomhan a tha air dàil aig a' choinneimh san Ògmhios.
G <b>GAELIC-MEDIUM EDUCATION</b> | <b>FOGHLAM TRO MHEADHAN NA GÀIDHLIG</b>
G Ms Mackinnon reported that enrolments for Gaelic-medium Primary 1 in August 2011 stood at 41, against 36 a year earlier. Mrs Nicolson asked whether enough qualified teachers would be available. Ms Mackinnon explained that two posts had still to be filled and that they would be advertised again in April. | Thuirt a' Bh-uas NicFhionghain gu bheil 41 clann air an clàradh airson Prìomh 1 tro mheadhan na Gàidhlig san Lùnastal 2011, an taca ri 36 bliadhna roimhe sin. Dh'fhaighnich Bh-ph NicNeacail am biodh gu leòr thidsearan le teisteanas ri fhaighinn. Mhìnich a' Bh-uas NicFhionghain gu bheil dà dhreuchd fhathast ri lìonadh agus gun tèid an sanasachd a-rithist sa Ghiblean.
G The Committee agreed to ask the Director of Education to report on teacher recruitment to the next meeting. | Dh'aontaich a' Chomataidh iarraidh air Stiùiriche an Fhoghlaim aithisg a thoirt seachad air fastadh thidsearan aig an ath choinneimh.
G <b>BILINGUAL SIGNAGE POLICY</b> | <b>POILEASAIDH SHOIGHNEAN DÀ-CHÀNANACH</b>
G There had been circulated Report by the Director of Technical Services on the replacement of road and building signs in both languages as they fall due for renewal. The Committee noted the Report. | Chaidh aithisg bho Stiùiriche nan Seirbheisean Teicnigeach a chuairteachadh mu bhith ag ùrachadh shoighnean rathaid agus thogalaichean anns an dà chànan nuair a thig an t-àm. Ghabh a' Chomataidh beachd air an Aithisg.
G <b>GAELIC TRAINING FOR STAFF</b> | <b>TRÈANADH GÀIDHLIG DO LUCHD-OBRACH</b>
G Mr Ferguson explained that twelve places on the evening learners' course could be funded from the Plan budget in 2011/12. Mr Matheson, seconded by Mr Macaskill, moved that the number of places be raised to twenty. Ms Morrison, seconded by Mrs Nicolson, moved as an amendment that the places stay at twelve until the June report had been considered. On a vote, the motion received 4 votes and the amendment 2 votes, and the motion was carried. | Mhìnich Mgr MacFhearghais gum b' urrainnear dà àite dheug air cùrsa oidhche an luchd-ionnsachaidh a phàigheadh à buidseat a' Phlana ann an 2011/12. Ghluais Mgr MacMhathain, le taic bho Mhgr MacAsgaill, gun tèid an àireamh àiteachan àrdachadh gu fichead. Ghluais a' Bh-uas NicIlleMhoire, le taic bho Bh-ph NicNeacail, mar atharrachadh gum fuirich an àireamh aig dà dheug gus am beachdaichear air aithisg an Ògmhios. Nuair a chaidh bhòtadh, fhuair an gluasad 4 bhòtaichean agus an t-atharrachadh 2, agus chaidh an gluasad a ghabhail.
G <b>DATE OF NEXT MEETING</b> | <b>CEANN-LATHA NA H-ATH CHOINNEIMH</b>
G Tuesday 7 June 2011 at 10.00 am. | Dimàirt 7 Ògmhios 2011 aig 10.00 m.
