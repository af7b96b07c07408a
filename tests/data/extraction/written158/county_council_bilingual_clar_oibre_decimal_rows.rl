@title Cruinniú na Comhairle Contae / County Council Monthly Meeting 18.11.2019
@fontsize 10
@numcol 16
@header Comhairle Contae Dhún Lir / Dunlear County Council||Clár Oibre / Agenda 18.11.2019
@footer Leathanach / Page {page}
HC COMHAIRLE CONTAE DHÚN LIR / DUNLEAR COUNTY COUNCIL
C Cruinniú na Comhairle Contae / County Council Monthly Meeting
C Seomra na Comhairle, Áras an Chontae, Carraig Bheag / Council Chamber, County House, Carrickbeg
C Dé Luain, 18 Samhain 2019 ag 2.00in / Monday, 18th November 2019 at 2:00pm
S 6
P Chuig gach Comhalta / To each Member: Iarrtar ort a bheith i láthair ag an gcruinniú thuas chun an gnó atá leagtha amach thíos a dhéanamh. / You are asked to attend the above meeting for the business set out below.
P Úna Hartigan, Riarthóir Cruinnithe / Meetings Administrator, 12 Samhain / November 2019
HC Clár Oibre / Agenda
H Daingniú Miontuairiscí / Confirmation of Minutes
R 1.0 | <b>Minutes</b><br/>Minutes of Monthly Meeting held on 21st October 2019
R 2.0 | <b>Minutes of Special Meeting</b><br/>Minutes of Special (Budget) Meeting held on 4th November 2019
H Miontuairiscí Cruinnithe Coistí le Tabhairt faoi Deara / Minutes of Committee Meetings for Noting
R 3.0 | <b>Minutes for Noting</b><br/>Corporate Policy Group 6th November 2019<br/>Municipal District of Carrickbeg 5th November 2019<br/>Municipal District of Ballyvane 7th November 2019<br/>Joint Policing Committee 24th October 2019
H Tuarascáil ó Chathaoirleach an Ghrúpa Beartais Chorparáidigh / Report from Chairperson of Corporate Policy Group
R 4.0 | <b>CPG Chairpersons Report</b>
H Tuarascálacha Chathaoirligh na gCoistí Beartais Straitéisigh / Strategic Policy Committee Chairpersons Reports
R 5.0 | <b>SPC Chairpersons Reports</b><br/>Housing and Community SPC; Roads, Transport and Infrastructure SPC
H Gnó Reachtúil / Statutory Business
R 6.0 | <b>Disposal of Land at Tobar Road, Carrickbeg</b><br/>To consider the disposal of 0.12 hectares at Tobar Road, Carrickbeg to Carrickbeg Community Workshop CLG under Section 183 of the Local Government Act 2001, notice of which issued to members on 30th October 2019.
R 7.0 | <b>Part 8 – Ballyvane Town Park Extension</b><br/>To consider the Chief Executive's report on the submissions made while the proposal was on public display (Part 8, Planning and Development Regulations 2001).
H Breithniú ar Thuarascálacha agus ar Mholtaí ón bPríomhfheidhmeannach / Consideration of Reports and Recommendations from Chief Executive
R 8.0 | <b>Chief Executive's Monthly Management Report</b><br/>October 2019
R 9.0 | <b>Draft Winter Service Plan 2019/2020 - for noting</b>
R 10.0 | <b>Report from Regional Assembly Meetings</b><br/>Report from Cllrs. M. Tuohy and B. Keane, the Council's members of the Southern and Western Regional Assembly, on the work of the Assembly since June 2019, as Section 141 of the Local Government Act 2001 requires.
R 11.0 | <b>Nominations to Local Community Development Committee</b><br/>To nominate one member to fill the vacancy left by the resignation of Cllr. T. Duignan.
H Comhfhreagras / Correspondence
R 12.0 | <b>Correspondence</b><br/>Replies received to resolutions of the Council (schedule circulated).
H Fógraí Tairisceana / Notices of Motion
R 13.0 | <b>Notice of Motion submitted by Cllr. D. Mulrennan</b><br/>"That Dunlear County Council writes to the Minister for Transport seeking the restoration of the evening rail service between Carrickbeg and the city."
R 14.0 | <b>Notice of Motion submitted by Cllrs. S. Kinsella and P. Gorey</b><br/>"That this Council surveys every public playground in the county for wheelchair access and reports to the Housing and Community SPC by March 2020."
H Ceisteanna / Questions
R 15.0 | <b>Questions</b><br/>Questions received from members under Standing Order 19 (schedule circulated).
H Aon Ghnó Eile / Any Other Business
R 16.0 | <b>Votes of Congratulations and Sympathy</b>
R 17.0 | <b>Any Other Business</b><br/>With the consent of the Cathaoirleach.
