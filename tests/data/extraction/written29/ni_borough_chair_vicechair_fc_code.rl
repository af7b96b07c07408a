@title Braidwater and Glens Borough Council - Minutes 9 January 2017
@font Helvetica
@fontsize 10.5
@header_first  
@header {page}      FC/01/17
HC BRAIDWATER AND GLENS BOROUGH COUNCIL
S 4
P Minutes of Meeting held on Monday, 9 January 2017 at 7.00 pm in the Council Chamber, The Linen Hall, 12-20 Castle Street, Carnbraid
G <b>In the Chair:</b> | Cllr Mrs E Dunlop, MBE, Mayor
G <b>Vice Chair:</b> | Ald T Kernohan, Deputy Mayor
G <b>Present:</b> | Ald Mrs J Beggs  Ald R Crawford, MBE  Ald S Gillan  Ald W McAuley  Ald Ms D Mulholland  Cllr Mrs H Adair  Cllr B Agnew  Cllr J Boyd, MBE  Cllr Mrs L Craig  Cllr T Fleming  Cllr P Gribben  Cllr Miss R Hamill (to 9.05pm)  Cllr S Lyttle  Cllr C McAleese  Cllr P McCann  Cllr D O’Hara  Cllr J Rainey  Cllr Mrs K Steele  Cllr A Wray
G <b>In Attendance:</b> | Mr C Hutchinson Chief Executive; Mrs N Gaston Director of Corporate Services; Mr P Doherty Head of Environmental Services; Mrs S Kirk Committee Administration Manager; Ms L Quigley Committee Administrator.
G <b>Press:</b> | Two representatives of the Press were in attendance.
S 6
P The Meeting was upstanding to receive the Mayor and Mace.
P The Mayor informed everyone present that the meeting would be recorded and that the recording would subsequently be made available for public listening on the website.
H 1  MAYOR’S REPORT
P The Mayor welcomed Members to the first meeting of the New Year and wished all Elected Members, staff and citizens of the Borough a happy and peaceful 2017.
P The Mayor congratulated Carnbraid Youth Brass Band on winning the All-Ireland Youth Championship in December and advised that a civic reception would be held for the band in February.
H 2  APOLOGIES
P Apologies were received on behalf of Ald G Millar, Cllr W Orr and Cllr Mrs P Shaw.
H 3  DECLARATIONS OF INTEREST
P Cllr P McCann declared an interest in Item 6.2 as a member of the board of Glens Community Transport.
H 4  MINUTES OF PREVIOUS COUNCIL AND COMMITTEE MEETINGS
H 4.1  Minutes of Council Meeting held on 5 December 2016
P Proposed by Ald Gillan
P Seconded by Cllr Mrs Craig and
P <b>AGREED</b> that the Minutes of the Council Meeting held on 5 December 2016 be taken as read and signed as correct.
H 4.2  Minutes of Policy &amp; Resources Committee held on 12 December 2016
P Cllr Rainey referred to Item 7 of the Minutes and asked for an update on the rates consultation. The Director of Corporate Services advised that a report would be brought to the February meeting of the Committee.
P Proposed by Cllr Rainey
P Seconded by Cllr Agnew and
P <b>AGREED</b> that the Minutes of the Policy &amp; Resources Committee held on 12 December 2016 be adopted.
H 4.3  Minutes of Borough Growth Committee held on 14 December 2016
P Cllr O’Hara proposed an amendment that Item 4.5 (Carnbraid Town Centre Masterplan) be referred back to the Committee. This was seconded by Cllr McAleese.
P On being put to the meeting, 9 Members voted in favour of the amendment, 16 against and 2 abstained and the Mayor declared the amendment lost.
P Proposed by Ald Crawford
P Seconded by Cllr Lyttle and
P <b>AGREED</b> that the Minutes of the Borough Growth Committee held on 14 December 2016 be adopted.
H 5  NOTICE OF MOTION
P The following Notice of Motion was proposed by Cllr Fleming and seconded by Cllr Gribben:
I “That this Council recognises the contribution of rural post offices to community life, expresses its concern at the proposed closure of the post offices in Drumrath and Ballyclune, and writes to the Post Office and to the Minister for the Economy seeking their retention.”
P Cllr Fleming spoke to the Motion. Ald McAuley supported the Motion and asked that the Council also write to the local MPs.
P With the agreement of the proposer and seconder, the Motion was amended accordingly, and on being put to the meeting it was
P <b>AGREED</b> that the Motion, as amended, be adopted.
H 6  CORRESPONDENCE
H 6.1  Department for Infrastructure – Winter Service
P Correspondence had been circulated from the Department for Infrastructure outlining the winter gritting schedule for the Borough. Cllr Wray expressed concern that the Glenmore Road had again been omitted from the salted network.
P Members noted the correspondence.
H 6.2  Glens Community Transport – Request for Funding
P Cllr McCann, having declared an interest, left the Chamber.
P Proposed by Cllr Mrs Adair
P Seconded by Ald Mrs Beggs and
P <b>AGREED</b> that the request be referred to the Policy &amp; Resources Committee for consideration as part of the estimates process.
P Cllr McCann returned to the Chamber.
H 7  SEALING OF DOCUMENTS
P Proposed by Cllr Boyd
P Seconded by Cllr Mrs Steele and
P <b>AGREED</b> that the Seal of the Council be affixed to the documents listed on the schedule circulated.
H 8  CONFERENCES, COURSES AND INVITATIONS
P Members noted the list of conferences and invitations circulated. No nominations were made.
H 9  ANY OTHER RELEVANT BUSINESS
P Cllr Hamill raised the flooding at Millbrook Terrace on 29 December and thanked the Head of Environmental Services for the speed of the response. The Head of Environmental Services advised that sandbags had been issued to eleven properties.
H 10  ‘IN COMMITTEE’ ITEMS
P Proposed by Cllr Lyttle
P Seconded by Ald Kernohan and
P <b>AGREED</b> that the Council move ‘In Committee’ to consider the following item.
H 10.1  Tender for the Supply of Refuse Vehicles
P Proposed by Ald Crawford
P Seconded by Cllr Boyd and
P <b>AGREED</b> that the tender be awarded to the most economically advantageous tenderer as set out in the report.
S 4
P There being no further business the Mayor thanked everyone for their attendance and the meeting concluded at 9.20 pm.
S 10
P ___________________________ Mayor
