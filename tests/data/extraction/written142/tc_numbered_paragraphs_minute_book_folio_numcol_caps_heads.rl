@title Town Council Minutes 18 July 2017
@font Times-Roman
@fontsize 11
@numcol 20
@header_first  
@header Wrestford Town Council || Minutes 18 July 2017
@footer Town Council meeting – 18 July 2017 || {page}
@pageoffset 52
P Minutes of a meeting of <b>WRESTFORD TOWN COUNCIL</b> held on Tuesday 18 July 2017 in the Town Hall, Market Square, Wrestford at 7pm.
G <b>PRESENT:</b> | Cllrs: K Dimmock (Chairman) | L Harwood | R Pask | T Okafor
G  |  | B Sandle | M Quayle | G Tebbutt
P <b>In attendance:</b> Mrs F Ruddle (Town Clerk), Unitary Cllr Bassant and 3 members of the public.
S 4
R 17/041 | <b>APOLOGIES FOR ABSENCE</b>
R  | Cllrs P Ince and S Webley and Ward Cllr D Haslam sent apologies.
R 17/042 | <b>DECLARATIONS OF INTEREST</b>
R  | a) Pecuniary: none. b) Non-pecuniary: agenda item 17/049 – Cllr Pask, who sits on the Football Club committee.
R 17/043 | <b>CHAIRMAN’S ANNOUNCEMENTS</b>
R  | Members had been sent the following before the meeting; they were taken as read and noted:
R  | 043.1. Unitary Council press release: ‘Summer reading challenge launched at all libraries’.
R  | 043.2. Unitary Council press release: ‘Have your say on the Local Plan sites’ – consultation closes 25 August 2017.
R  | 043.3. County Association of Town and Parish Councils – Annual General Meeting, Thursday 12 October 2017.
R 17/044 | <b>MEMBERS QUESTIONS</b>
R  | Cllr Okafor asked when the bench at Churchfield would be replaced. The Town Clerk replied that it had been ordered and would be installed in August.
R 17/045 | <b>PUBLIC PARTICIPATION</b>
R  | There was no public participation.
R 17/046 | <b>MINUTES OF PREVIOUS MEETINGS</b>
R  | 046.1. To approve the minutes of the Town Council meeting of 13 June 2017. Amendment: 17/033 – add Cllr Harwood to those sending apologies. RESOLVED that, so amended, the minutes of 13 June 2017 be signed by the Chairman.
R  | 046.2. To approve the minutes of the Extraordinary Meeting of 4 July 2017. RESOLVED that these minutes be signed by the Chairman as correct.
R 17/047 | <b>MATTERS ARISING</b>
R  | There were no matters arising.
R 17/048 | <b>FINANCE</b>
R  | 048.1. To approve the June 2017 payments schedule. RESOLVED that payments totalling £8,412.63 be approved.
R  | 048.2. To receive the June 2017 bank reconciliation. Noted.
R  | 048.3. To consider the internal auditor’s report for 2016/17. The Town Clerk presented the report, which raised two points on the asset register and the retention of payroll records. RESOLVED that the report be accepted and both recommendations adopted.
R 17/049 | <b>RECREATION GROUND – FOOTBALL CLUB LEASE</b>
R  | The Town Clerk reported that the club had asked for a 15 year lease to support its application for changing room funding. Cllr Pask, having declared an interest, left the meeting.
R  | 049.1. Members considered the request and the advice of the Council’s solicitor, who had recommended no more than ten years.
R  | 049.2. It was proposed by Cllr Sandle and seconded by Cllr Tebbutt that a 10 year lease be offered on the existing terms. On being put to the vote the motion was carried, 5 for, 1 against. Cllr Pask returned to the meeting.
R 17/050 | <b>PLANNING</b>
R  | 050.1. UA/17/02114/FULL, 22 Mill End Road: single storey rear extension. No objection.
R  | 050.2. UA/17/02230/OUT, land east of Fairfield Farm: outline application for up to 40 dwellings. Cllr Quayle said that the site had been rejected in the last Local Plan. RESOLVED to object: outside the settlement envelope and no safe pedestrian access to the school.
R 17/051 | <b>TOWN CLERK’S REPORT</b>
R  | The report was noted.
R 17/052 | <b>DATE OF NEXT MEETING</b>
R  | Tuesday 19 September 2017 at 7pm in the Town Hall.
S 6
P The meeting closed at 9.14pm.
S 20
P Signed ………………………………… Chairman      Date …………………
