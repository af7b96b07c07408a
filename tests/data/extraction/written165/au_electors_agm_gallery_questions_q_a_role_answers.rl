@title City of Yarrabee Annual General Meeting of Electors 7 February 2006
@font Times-Roman
@fontsize 11
@header Annual General Meeting of Electors – 7 February 2006
@header_first CITY OF YARRABEE
@footer {page}
HC CITY OF YARRABEE
HC MINUTES OF THE ANNUAL GENERAL MEETING OF ELECTORS HELD ON TUESDAY, 7 FEBRUARY 2006 AT THE YARRABEE CIVIC CENTRE
S 6
H 1. PRESENT
G Mayor G. Palandri | Presiding Member
G Deputy Mayor T. Ostojic | Councillor
G Mrs H. Kerr | Councillor
G Mr J. Venables | Councillor
G Ms D. Aitken | Councillor
G Mr W. Spratt | Councillor
S 4
G Mr R. Whitcombe | Chief Executive Officer
G Mr P. Tancredi | Director, Finance &amp; Corporate Services
G Ms L. Harrop | Director, Planning &amp; Development
G Mr S. Kuzmanovic | Director, Engineering &amp; Works
G Mrs J. Blatch | Personal Assistant to CEO
P and approximately 45 electors of the City of Yarrabee.
P At 7:30pm, the Presiding Member opened the meeting, welcomed those present and explained the meeting's procedure, including that questions would be taken on the Annual Report first and on other matters under General Business.
H 2. ANNUAL REPORT 2004/05
P (a) Copies of the Annual Report were available at the door for members of the gallery.
P (b) There were questions from the gallery regarding the Annual Report, as follows:
P <b>Rhonda Vukovich (Kestrel Way, Banjup Heights)</b>
P Q1 Reserve funds - The Statement of Financial Position shows reserves up by $3.1M. Why were rates increased by 5% when the reserves grew?
P A1 Reserves are set aside for specific purposes, mainly the Coogee Road aquatic centre redevelopment and the plant replacement program, and cannot be used to reduce the general rate.
P Q2 Elected Members' allowances - Why did the total paid to Elected Members rise by 22%?
P A2 The Director, Finance &amp; Corporate Services advised that the increase followed the Salaries and Allowances Tribunal determination of July 2004 and the payment of some claims from the previous year.
P <b>Darren Lusk (Orchid Close, Yarrabee Vale)</b>
P Q3 Page 31 refers to a "community safety review". When will residents see it?
P A3 The Mayor responded that the review would be presented to Council in April and then released for public comment.
P MOVED Mr N. Bremner SECONDED Mrs E. Strahan that the Annual Report for the year 2004/05 be received.
P CARRIED
H 3. GENERAL BUSINESS
H 3.1 DOG EXERCISE AREA - MR L. ARDAGH
P Mr Les Ardagh (Banksia Street, Yarrabee) spoke in support of a fenced dog exercise area in the northern suburbs and said that 300 residents had signed a petition.
P MOVED Mr L. Ardagh SECONDED Mr K. Hsu that the electors request Council to investigate a fenced dog exercise area at Lakeside Reserve and report back within six months.
P CARRIED
P The Presiding Member advised that decisions of the meeting would be considered by Council at its meeting in March.
H 3.2 VERGE COLLECTIONS - MRS O. TRENCH
P Mrs Olive Trench (Hollis Road, Munster Park) asked why the spring verge collection had been reduced from two to one.
P The Director, Engineering &amp; Works advised that the second collection had been replaced by a free tip pass for each household, which had been used by 61% of households in its first year.
P Mrs Trench said that many elderly residents could not use a tip pass and asked that the decision be reviewed.
H 3.3 MIDGES AT YARRABEE LAKE - MR P. GLASSBY
P Mr Peter Glassby (Lakeview Drive, Yarrabee) asked what was being done about the midge problem at Yarrabee Lake, which had been the worst in ten years.
P The Chief Executive Officer advised that the question would be taken on notice and that a written response would be provided to Mr Glassby.
H 3.4 CAT LOCAL LAW - MR B. DELANEY
P Mr Brian Delaney (Frankland Avenue, Banjup Heights) said that cats were killing wildlife in the wetlands reserves.
P MOVED Mr B. Delaney SECONDED Mrs J. Ireland that the electors request Council to introduce a local law requiring cats to be kept indoors at night.
P LOST
H 4. CLOSURE OF MEETING
P The Presiding Member thanked electors for their attendance and declared the meeting closed at 9:12pm.
S 16
P CONFIRMED AS A TRUE AND CORRECT RECORD
P PRESIDING MEMBER ............................................ DATE ....................
