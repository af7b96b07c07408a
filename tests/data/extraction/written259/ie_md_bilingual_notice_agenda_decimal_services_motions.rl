@title Fógra Cruinnithe - Municipal District of Lisdrennan - 8 February 2022
@font Helvetica
@fontsize 10.5
@header_first Page No. 1
@header Page No. 1
HC Ceantar Bardais Lios Draonáin
C Oifig Riarthóir na gCruinnithe, Áras an Chontae, Carraig Mhóna.
P 1ú Feabhra, 2022
HC Fógra Cruinnithe
P Tionólfar an chéad chruinniú eile de Cheantar Bardais Lios Draonáin Dé Máirt an 8ú Feabhra, 2022, ag 11.00 r.n. i Seomra na Comhairle, Ionad Seirbhísí Poiblí, Lios Draonáin, agus ar líne trí MS Teams.
P CHUIG GACH BALL DE CHEANTAR BARDAIS LIOS DRAONÁIN
P A Chara,
P Iarrtar ort a bheith i láthair ag an gcruinniú seo de Cheantar Bardais Lios Draonáin. Tá Clár an Chruinnithe ceangailte leis seo.
P Is mise le meas,
P Caoimhín Ó Floinn<br/>Riarthóir Cruinnithe
C ********************************************************************************************
HC Municipal District of Lisdrennan
C Office of Meetings Administrator, County House, Carrigmona.
P 1st February 2022
HC NOTICE OF MEETING
P The next Meeting of the Municipal District of Lisdrennan will be held on Tuesday 8th February, 2022, at 11.00 a.m. in the Council Chamber, Public Services Centre, Lisdrennan and remotely via MS Teams.
P TO EACH MEMBER OF THE MUNICIPAL DISTRICT OF LISDRENNAN
P Dear Councillor,
P You are summoned to attend this meeting of the Municipal District of Lisdrennan. The Agenda is attached.
P Yours sincerely,
P Kevin Flynn<br/>Meetings Administrator
PB
HC AGENDA
R 1. | Consideration of Minutes of the Municipal District of Lisdrennan held on the 11th January 2022.
R 2. | Consideration of Minutes of Workshop of the Municipal District of Lisdrennan held on the 14th December 2021.
R 3. | Update Reports from Council Services:
R 3.1 | Housing &amp; Corporate Services
R 3.2 | Roads / Transportation
R 3.2.1 | Section 254 Licence Application – Overground Cable, Main Street, Ballyvonnell
R 3.3 | Economic Development, Information Systems and Emergency Services
R 3.4 | Environment Services
R 3.5 | Community Development
R 3.6 | Planning Services
H Motions
R 4. | Cllr Aoife Kernaghan “That this MD calls on the Roads Section to install public lighting on the approach to Ardkeel National School as a matter of urgency”.
R 5. | Cllr Padraig Mulreany “That this MD requests an update on the taking in charge of the Cluain Ard estate, Lisdrennan, and the timeframe for the repair of its public lighting”.
R 6. | Cllr Róisín Tully “That this MD writes to Bus Éireann seeking the restoration of the Sunday service between Lisdrennan and Carrigmona”.
R 7. | Correspondence
R 8. | Any Other Business
