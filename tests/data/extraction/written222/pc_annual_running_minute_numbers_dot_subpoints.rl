@title Cudlip Ferrers PC Annual Meeting 14 May 2012
@font Times-Roman
@fontsize 11
@header Cudlip Ferrers Parish Council||Annual Meeting 14.05.12
@footer Chairman's initials ..........||{page}
@pageoffset 151
HC CUDLIP FERRERS PARISH COUNCIL
HC ANNUAL MEETING OF THE PARISH COUNCIL
P Minutes of the Annual Meeting of Cudlip Ferrers Parish Council held on May 14th 2012, in the Cudlip Ferrers and Hayneslade Village Hall, Cudlip Ferrers.
P <b>Present :</b> Mr T W Gullick (Chairman), Mr H Brimble, Mrs A C Venn, Mr P Doble &amp; Mr K R Spurway. <b>In Attendance:</b> LDC Cllr Ruth Penhallow &amp; CC Cllr Colin Apsey (each for part of the meeting), Mrs J Wakely (Clerk) and two members of the public.
P <b>1402. Election of Chairman for 2012/2013 .-</b> It was proposed by Mr Brimble, seconded by Mrs Venn, and resolved that Mr T W Gullick be elected Chairman for the ensuing year; there were no other nominations.
P <b>1403. Chairman's Declaration of Acceptance of Office .-</b> Mr Gullick signed the Declaration of Acceptance of Office, witnessed by the Clerk, and thanked members for their continued support.
P <b>1404. Election of Vice-Chairman .-</b> Mr Spurway was proposed by Mr Doble and seconded by Mr Gullick, and was duly elected Vice-Chairman.
P <b>1405. Public Participation .-</b> A resident of Hayneslade Lane asked about the state of the verges after the spring hedge cutting; the Chairman undertook to raise it under minute 1420.
P <b>1406. To receive apologies for absence .-</b> None; all members were present.
P <b>1407. To receive declarations of interest in items on the agenda .-</b> Mrs Venn declared a personal interest in planning application 12/00731/FUL (minute 1418.2) as a relative of the applicant.
P <b>1408. To approve the minutes of the meeting held on April 16th 2012 .-</b> The minutes, having been circulated, were approved and signed by the Chairman as a correct record.
P <b>1409. To receive reports from the District and County Councillors</b> .1 CC Cllr Apsey reported that the County had confirmed funding for resurfacing the C412 through Hayneslade in the current year, with work expected in late summer. .2 LDC Cllr Penhallow said that the District's Diamond Jubilee grants had now been fully allocated and that the Cudlip Ferrers application had been successful (£250). .3 The District's draft Core Strategy consultation would close on June 29th; Mr Doble asked that it be placed on the June agenda.
P <b>1410. Matters arising from the minutes .-</b> .1 Minute 1391 - the replacement dog bin at the playing field has been installed. .2 Minute 1396 - no reply has yet been received from the Diocese about the churchyard wall; the Clerk to write again.
P <b>1411. Appointment of representatives to outside bodies .-</b> The following appointments were agreed for 2012/2013: Village Hall Committee - Mrs Venn; Levelmoor Association of Local Councils - Mr Brimble; Footpaths - Mr Spurway; Playing Field Trust - Mr Doble.
P <b>1412. Review of Standing Orders and Financial Regulations .-</b> The Clerk reported that the model documents had not changed since last May. It was resolved to re-adopt both without amendment.
P <b>1413. Insurance renewal .-</b> The renewal quotation of £412.36 from the Council's insurers was accepted; cover for the new noticeboard to be added.
P <b>1414. Annual Return 2011/2012 - Accounting Statements .-</b> The Clerk presented the accounting statements for the year ended March 31st 2012 (receipts £7,216.40; payments £6,873.15; balances carried forward £4,102.88). On a show of hands the statements were approved by 4 votes to 0 with 1 abstention (Mr Spurway, who had not seen the bank statements).
P <b>1415. Annual Governance Statement .-</b> It was resolved that the Chairman and Clerk sign the Annual Governance Statement, all assertions being answered 'Yes'.
P <b>1416. Appointment of Internal Auditor .-</b> Mr G Hext was re-appointed as internal auditor for 2012/2013 at a fee of £60.
P <b>1417. To approve payments .-</b> The following payments were approved: .1 Mrs J Wakely, salary April-May, £214.00. .2 Levelmoor Association of Local Councils, subscription, £61.20. .3 Hayneslade Mowing Services, grass cutting (first cut), £90.00.
P <b>1418. Planning applications .-</b> .1 12/00655/FUL, Westfield Barn, Hayneslade Lane - conversion of barn to holiday let. The Council resolved to support the application. .2 12/00731/FUL, 2 Church Row - replacement windows (listed building). Mrs Venn left the room. No objection provided the windows are timber. Mrs Venn returned.
P <b>1419. Planning decisions .-</b> 12/00187/HOU, Orchard House - garden room - granted by the District Council. Noted.
P <b>1420. Highways .-</b> .1 Verges in Hayneslade Lane (see minute 1405): the Chairman will ask the County's area office to inspect. .2 Mr Brimble reported that the 'Unsuitable for HGVs' sign at Ferrers Cross is still missing.
P <b>1421. Footpaths .-</b> Mr Spurway reported that the stile on footpath Y14/7 has been replaced with a kissing gate by the landowner. The Council agreed to write and thank him.
P <b>1422. Playing field .-</b> Deferred to the June meeting, as the Playing Field Trust has not yet met.
P <b>1423. Diamond Jubilee celebrations .-</b> Mrs Venn reported on the arrangements for the tea party on June 4th. It was resolved to spend up to £150 on commemorative mugs for the children of the parish, from the District grant (see minute 1409.2).
P <b>1424. Correspondence .-</b> Items received were listed and circulated; noted.
P <b>1425. Items for the next agenda .-</b> Core Strategy consultation; churchyard wall.
P <b>1426. Date of next meeting .-</b> Monday June 11th 2012 at 7.30pm.
S 6
P The meeting closed at 9.25pm.
S 16
P Signed ............................................ Chairman          ............................ Date
