@title GP Minutes 10.02.20
@font Helvetica
@fontsize 10
@footer GP 10.02.20||{page}
HC WRENBRIDGE TOWN COUNCIL
C Council Offices, Civic Centre, Wrenbridge
C Tel: (01632) 960418 e-mail: townclerk@wrenbridgetc.gov.uk www.wrenbridgetc.gov.uk
C Town Clerk &#8211; Alison Hemsley
S 8
P Minutes of the meeting of the <b>GENERAL PURPOSES COMMITTEE</b> held in the Council Chamber, Civic Centre on Monday 10<super>th</super> February 2020 at 7.00 pm.
P <b>PRESENT:</b>
G Cllr. R. Tester (Chairman) | Cllr. A. Pelling
G Cllr. M. Brook | Cllr. J. Rabson
G Cllr. S. Funnell | Cllr. H. Wickens
G Cllr. D. Haffenden |
P <b>IN ATTENDANCE:</b> Cllr. K. Pocock (Town Mayor, ex officio), one member of the press and three members of the public.
P Alison Hemsley, Town Clerk; Linda Marchant, Assistant Town Clerk and RFO.
P Minutes taken by Linda Marchant.
H 1.0 DECLARATIONS OF INTEREST
P Members and officers were reminded to make any declarations of personal and/or prejudicial interests that they may have in relation to items on the agenda. Cllr. Pelling declared a personal interest in item 8.0 as a member of the Wrenbridge Bowls Club.
H 2.0 STATEMENTS FROM MEMBERS OF THE PUBLIC ON MATTERS ON THE AGENDA AT THE CHAIRMAN&#8217;S DISCRETION
P Mrs Jean Fairhall advised that she wished to speak on agenda item 7.0.
P <b>GP.41.02.20</b> It was <b>RESOLVED</b> to suspend standing orders to enable Mrs Fairhall to speak.
P Mrs Fairhall said that the Victoria Pavilion caf&#233; was valued by older residents who met there every morning, and asked that any change of tenant should keep the caf&#233; open all year. Cllr. Brook thanked her and said that the Committee would take her comments into account.
P <b>GP.42.02.20</b> It was <b>RESOLVED</b> to reinstate standing orders.
H 3.0 APOLOGIES FOR ABSENCE
P <b>GP.43.02.20</b> It was <b>RESOLVED</b> to accept apologies from Cllr. T. Gosden (holiday).
H 4.0 MINUTES
P 4.1 Minutes of the meeting of the General Purposes Committee held on the 13th January 2020
P <b>GP.44.02.20</b> It was <b>RESOLVED</b> that the minutes of the meeting of the General Purposes Committee held on 13<super>th</super> January 2020 be taken as read, confirmed as a correct record and signed by the Chairman.
P 4.2 Action list for information only
P Cllr. Rabson asked about the replacement of the Civic Centre car park barrier. The Town Clerk said that the new barrier would be fitted in March. The action list was noted.
P 4.3 Project list for information only
P The project list was noted.
H 5.0 FINANCE
P Linda Marchant, Assistant Town Clerk and RFO, presented the finance reports.
P 5.1 Income and expenditure to 31<super>st</super> January 2020 &#8211; <b>GP.45.02.20</b> It was <b>RESOLVED</b> to note the income and expenditure report.
P 5.2 Earmarked reserves &#8211; <b>GP.46.02.20</b> It was <b>RESOLVED</b> to transfer &#163;5,000 from the general reserve to the Civic Centre roof earmarked reserve.
H 6.0 TO CONSIDER THE GRANT APPLICATIONS RECEIVED (report attached)
P Cllr. Funnell proposed, and Cllr. Haffenden seconded, that the grants be awarded as set out in the report, with the exception of the request from the Wrenbridge Camera Club, which did not meet the criteria.
P <b>GP.47.02.20</b> It was <b>RESOLVED</b> to award the following grants:
T Organisation | Purpose | Award
T Wrenbridge Good Neighbours | Volunteer drivers&#8217; expenses | &#163;600
T 1st Wrenbridge Scout Group | Replacement tents | &#163;450
T Hollybank Over 60s Club | Hall hire | &#163;300
H 7.0 TO CONSIDER THE FUTURE OF THE VICTORIA PAVILION CAF&#201; LEASE
P The Town Clerk reported that the current tenant had given notice to end the lease on 31<super>st</super> May 2020. A proposal by Cllr. Wickens that the lease be offered to the current tenant&#8217;s manager for 12 months was not seconded. Cllr. Tester said that the Council should test the market so that the caf&#233; could be run all year, as Mrs Fairhall had asked.
P <b>GP.48.02.20</b> It was <b>RESOLVED</b> to <b>RECOMMEND</b> to Full Council that the lease be advertised for tender with a requirement to open all year.
H 8.0 WRENBRIDGE BOWLS CLUB &#8211; REQUEST FOR GREEN RENOVATION
P Cllr. Pelling left the room. The Committee considered the club&#8217;s request for help with scarifying and top dressing the green.
P <b>GP.49.02.20</b> It was <b>RESOLVED</b> to contribute half of the cost of the works, up to &#163;1,200, from the recreation grounds budget.
P Cllr. Pelling returned to the room.
H 9.0 STAFFING MATTERS
P The Town Clerk reported that interviews for the Estates Officer post would be held on 2<super>nd</super> March 2020. Members noted the update.
H 10.0 EXCLUSION OF PRESS AND PUBLIC
P <b>GP.50.02.20</b> It was <b>RESOLVED</b> that, in view of the confidential nature of the business about to be transacted, the press and public be excluded from the meeting under the Public Bodies (Admission to Meetings) Act 1960.
H 11.0 CIVIC CENTRE ROOF CONTRACT
P The Town Clerk presented the tender report. Cllr. Haffenden asked whether the contractors had been checked for insurance; the Town Clerk confirmed they had.
P <b>GP.51.02.20</b> It was <b>RESOLVED</b> to accept tender B in the sum of &#163;38,760 and to fund the works from the Civic Centre roof earmarked reserve.
S 10
P There being no further business the meeting closed at 9.14 pm.
S 16
P Chairman &#8230;&#8230;&#8230;&#8230;&#8230;&#8230;&#8230;&#8230;&#8230;&#8230;&#8230;&#8230; Date &#8230;&#8230;&#8230;&#8230;&#8230;&#8230;&#8230;&#8230;
