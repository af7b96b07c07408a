@title WCCC AGM and Public Meeting 22 August 2007
@font Times-Roman
@fontsize 11
@header_first info@wirrabricreekcc.org.au   PO Box 4417 Wirrabri Creek ACT 2611   Telephone (02) 6281 4409
@header Wirrabri Creek Community Council Inc.
@footer WCCC Minutes - AGM and Public Meeting, 22/08/2007||Page {page}
HC Wirrabri Creek Community Council Inc.
S 6
HC Minutes of the Annual General Meeting
C Wednesday, 22 August 2007
C Wirrabri Creek Community Hall, Tallowood Street
S 6
H 1. Opening of Meeting
P The meeting was opened at 7.35pm by the Chair, Heather Doyle, who welcomed members and guests. Thirty-one persons signed the attendance book, and several others arrived later.
H 2. Apologies
P Apologies were received from Karen Mitchell MLA, Ross Bellamy, Joan Feeney, Andrew Kovacs and Lesley Purcell.
H 3. Minutes of the 2006 Annual General Meeting
P Copies of the minutes of the Annual General Meeting held on Wednesday, 23 August 2006 were provided to all present and have been on the WCCC website since October 2006.
P Motion: That the minutes of the 2006 Annual General Meeting be accepted as presented. (Moved: Tom Harrigan; Seconded: Wendy Lister)
P The motion was passed.
H 4. Chair's Report
P Heather Doyle presented the Chair's Report on behalf of the committee. The report is attached. Highlights of the year included public meetings in every month except December and January, the campaign that secured a pedestrian crossing outside Wirrabri Creek shops, and the Council's submission on the Tuggarra Valley land release.
P Motion: That the Chair's Report be received. (Moved: Peter Ngo; Seconded: Di Abernethy)
P The motion was passed.
H 5. Treasurer's Report and Financial Statements
P The Treasurer, Graham Pollock, presented the audited financial statements for the year ended 30 June 2007, showing a balance of $6,412 including the $2,000 community grant held for the noticeboard project. In answer to a question from Rita Chau, he said that the grant had to be spent by June 2008.
P Motion: That the Treasurer's Report and the audited financial statements be adopted. (Moved: Graham Pollock; Seconded: Tom Harrigan)
P The motion was passed.
H 6. Election of Office Bearers and Committee
P The Returning Officer, Bruce Lamont, declared all positions vacant and took the chair. One nomination had been received for each office and he declared the following elected: Chair - Heather Doyle; Deputy Chair - Tom Harrigan; Secretary - Wendy Lister; Treasurer - Graham Pollock. Seven nominations were received for the eight committee places and all seven were declared elected.
P Heather Doyle resumed the chair.
H 7. Appointment of Auditor
P Motion: That Mr Colin Yeo be appointed auditor for 2007-08. (Moved: Graham Pollock; Seconded: Rita Chau)
P The motion was passed.
H 8. Close of Annual General Meeting
P There being no further business, the Chair closed the Annual General Meeting at 8.20pm. The public meeting followed after a short break.
S 10
HC Minutes of the Public Meeting
C Wednesday, 22 August 2007 (following the Annual General Meeting)
S 6
H 1. Opening of Meeting
P Heather Doyle opened the public meeting at 8.30pm.
H 2. Minutes of the Public Meeting of 25 July 2007
P Motion: That the minutes of the public meeting held on Wednesday, 25 July 2007 be accepted. (Moved: Wendy Lister; Seconded: Peter Ngo)
P The motion was passed.
H 3. Guest Speaker - Territory Roads
P Mr Stephen Fahey, Manager Network Operations, spoke about the resurfacing program for Kambalda Drive and the timing of the new traffic signals at the Tallowood Street intersection. He answered questions from Di Abernethy and Rita Chau about night works and bus detours. The Chair thanked Mr Fahey for his presentation.
H 4. Planning and Development
P Tom Harrigan reported on the draft variation for the Wirrabri Creek group centre, which would allow buildings of up to four storeys. There was strong concern from the floor about overshadowing of the playground.
P Motion: That the Council lodge a submission opposing any building over three storeys on the southern side of the group centre. (Moved: Tom Harrigan; Seconded: Rita Chau)
P The motion was passed, 24 votes to 3.
H 5. Correspondence
P Wendy Lister tabled the correspondence list. Noted.
H 6. General Business
P Peter Ngo asked that the Council write to Tuggarra Buslines about the cut to the Sunday 62 service. This was agreed.
H 7. Next Meeting
P Wednesday, 26 September 2007 at 7.30pm, Wirrabri Creek Community Hall.
S 8
P The meeting closed at 9.40pm.
