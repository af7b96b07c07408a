@title Minutes Ordinary Meeting of Council 29 November 2023
@font Helvetica
@fontsize 10
@header_first  
@header MINUTES OF THE ORDINARY MEETING OF COUNCIL 29 NOVEMBER 2023
@numcol 16
@footer {page} | P a g e
HC Shire of Kerrin Islands
S 10
HC Minutes
HC Ordinary Meeting of Council
C 29 November 2023, 4.00pm
C Council Chambers, Anvil Island
S 16
H OUR VALUES
G <b>Service</b> | Provide the best service we can. We serve the community and each other.
G <b>Accountability</b> | We own our decisions and our mistakes, and we learn from both.
G <b>Support</b> | We back our team and our community and look for ways to help each other.
G <b>Respect</b> | We treat everyone we deal with courteously and value what they bring.
G <b>Integrity</b> | We are honest and open in all our dealings and keep confidences.
G <b>Achievement</b> | We plan ahead, find practical answers and see things through.
PB
H TABLE OF CONTENTS
R 1 | OPENING/ANNOUNCEMENT OF VISITORS .......... 3
R 2 | ATTENDANCE/APOLOGIES/LEAVE OF ABSENCE (PREVIOUSLY APPROVED) .......... 3
R 3 | RESPONSE TO PREVIOUS PUBLIC QUESTIONS TAKEN ON NOTICE .......... 3
R 4 | PUBLIC QUESTION TIME .......... 3
R 5 | LEAVE OF ABSENCE .......... 3
R 5.1 | LEAVE OF ABSENCE (PREVIOUSLY APPROVED) .......... 3
R 5.2 | APPLICATION FOR LEAVE OF ABSENCE .......... 3
R 6 | PETITIONS/DEPUTATIONS/PRESENTATIONS .......... 3
R 7 | CONFIRMATION OF MINUTES OF PREVIOUS MEETINGS .......... 3
R 7.1 | ORDINARY COUNCIL MEETING HELD ON 25 OCTOBER 2023 .......... 3
R 8 | ANNOUNCEMENTS BY THE PRESIDING MEMBER AND COUNCILLORS .......... 4
R 9 | DECLARATION OF INTERESTS .......... 4
R 10 | REPORT AND RECOMMENDATIONS .......... 4
R 10.1 | FINANCE .......... 4
R 10.1.1 | MONTHLY STATEMENT OF FINANCIAL ACTIVITY FOR THE MONTH ENDING 31 OCTOBER 2023 .......... 4
R 10.1.2 | SCHEDULE OF ACCOUNTS PAID FOR PERIOD 1 OCTOBER 2023 TO 31 OCTOBER 2023 .......... 4
R 10.2 | LEASE .......... 4
R 10.3 | PLANNING/BUILDING .......... 5
R 10.3.1 | DEVELOPMENT APPLICATION – BOAT SHED, LOT 112 TRADEWIND DRIVE, ANVIL ISLAND .......... 5
R 10.4 | ADMINISTRATION .......... 5
R 10.4.1 | REVIEW OF DELEGATIONS REGISTER 2023/24 .......... 5
R 10.4.2 | COMMUNITY GRANTS ROUND 2 – 2023/24 .......... 5
R 11 | MOTIONS OF WHICH PREVIOUS NOTICE HAS BEEN GIVEN .......... 6
R 12 | QUESTIONS BY MEMBERS OF WHICH DUE NOTICE HAS BEEN GIVEN .......... 6
R 13 | URGENT BUSINESS APPROVED BY THE PRESIDING MEMBER OR BY DECISION .......... 6
R 14 | MATTERS BEHIND CLOSED DOORS .......... 6
R 15 | CLOSURE OF MEETING .......... 6
PB
H 1 OPENING/ANNOUNCEMENT OF VISITORS
P The Presiding Member, Cr Rahimah Daud, declared the meeting open at 4.02pm and welcomed the members of the public in the gallery.
H 2 ATTENDANCE/APOLOGIES/LEAVE OF ABSENCE (PREVIOUSLY APPROVED)
G <b>Shire President</b> | Cr Rahimah Daud
G <b>Deputy Shire President</b> | Cr Wilfred Ashby
G <b>Councillors</b> | Cr Sulaiman Karim
G  | Cr Tessa Ravenhill
G  | Cr Noorlaila Hamdan
G  | Cr Greg Bellweather
G <b>Staff</b> | Marcus Tennant, Chief Executive Officer
G  | Aisyah Rahman, Manager Corporate Services
G  | Beth Colley, Minute Taker
G <b>Apologies</b> | Cr Idris Johari
G <b>Members of the Public</b> | 4
H 3 RESPONSE TO PREVIOUS PUBLIC QUESTIONS TAKEN ON NOTICE
P Nil.
H 4 PUBLIC QUESTION TIME
P Mr Azman Selamat asked whether the inter-island ferry would run an extra service on the public holiday in December. The Chief Executive Officer replied that the operator had been asked and that the answer would be posted on the Shire noticeboard.
H 5 LEAVE OF ABSENCE
H 5.1 LEAVE OF ABSENCE (PREVIOUSLY APPROVED)
P Nil.
H 5.2 APPLICATION FOR LEAVE OF ABSENCE
TH COUNCIL RESOLUTION 2023/104
T MOVED: Cr Tessa Ravenhill SECONDED: Cr Noorlaila Hamdan
T That Cr Greg Bellweather be granted leave of absence for the Ordinary Meeting of Council to be held on 13 December 2023.
T CARRIED 6/0
H 6 PETITIONS/DEPUTATIONS/PRESENTATIONS
P Nil.
H 7 CONFIRMATION OF MINUTES OF PREVIOUS MEETINGS
H 7.1 ORDINARY COUNCIL MEETING HELD ON 25 OCTOBER 2023
TH COUNCIL RESOLUTION 2023/105
T MOVED: Cr Wilfred Ashby SECONDED: Cr Sulaiman Karim
T That the Minutes of the Ordinary Meeting of Council held on 25 October 2023 be confirmed as a true and correct record.
T CARRIED 6/0
H 8 ANNOUNCEMENTS BY THE PRESIDING MEMBER AND COUNCILLORS
P Cr Daud reported that she had met the Administrator on 14 November to discuss the replacement of the West Jetty and the housing shortage on Anvil Island.
P Cr Ashby reported that the Anvil Island school garden had won the regional schools sustainability award.
H 9 DECLARATION OF INTERESTS
P Cr Karim declared an impartiality interest in Item 10.4.2 as he is the treasurer of the Anvil Island Sailing Club, one of the applicants for a grant.
H 10 REPORT AND RECOMMENDATIONS
HC REPORTS OF OFFICERS AND RECOMMENDATIONS OF COMMITTEE
H 10.1 FINANCE
H 10.1.1 MONTHLY STATEMENT OF FINANCIAL ACTIVITY FOR THE MONTH ENDING 31 OCTOBER 2023
G <b>Applicant:</b> | N/A
G <b>File Ref:</b> | FIN-0311
G <b>Author:</b> | Aisyah Rahman, Manager Corporate Services
G <b>Disclosure of Interest:</b> | Nil
G <b>Date:</b> | 20 November 2023
P <b>Summary:</b> To present the Monthly Statement of Financial Activity for the period ending 31 October 2023.
P <b>Voting Requirement:</b> Simple Majority
TH OFFICER RECOMMENDATION/COUNCIL RESOLUTION 2023/106
T MOVED: Cr Noorlaila Hamdan SECONDED: Cr Greg Bellweather
T That Council receives the Monthly Statement of Financial Activity for the period ending 31 October 2023.
T CARRIED 6/0
H 10.1.2 SCHEDULE OF ACCOUNTS PAID FOR PERIOD 1 OCTOBER 2023 TO 31 OCTOBER 2023
G <b>Applicant:</b> | N/A
G <b>File Ref:</b> | FIN-0312
G <b>Author:</b> | Aisyah Rahman, Manager Corporate Services
G <b>Disclosure of Interest:</b> | Nil
G <b>Date:</b> | 20 November 2023
P <b>Summary:</b> To present the schedule of accounts paid from the Municipal and Trust accounts for October 2023, totalling $418,562.27.
P Cr Bellweather asked about the payment of $36,900 to a freight forwarder. The Manager Corporate Services explained that it covered two containers of road base delayed from September.
TH OFFICER RECOMMENDATION/COUNCIL RESOLUTION 2023/107
T MOVED: Cr Greg Bellweather SECONDED: Cr Tessa Ravenhill
T That Council receives the schedule of accounts paid for the period 1 October 2023 to 31 October 2023, totalling $418,562.27.
T CARRIED 6/0
H 10.2 LEASE
P NIL
H 10.3 PLANNING/BUILDING
H 10.3.1 DEVELOPMENT APPLICATION – BOAT SHED, LOT 112 TRADEWIND DRIVE, ANVIL ISLAND
G <b>Applicant:</b> | K &amp; L Yusof
G <b>File Ref:</b> | DA-23/019
G <b>Author:</b> | Marcus Tennant, Chief Executive Officer
G <b>Disclosure of Interest:</b> | Nil
G <b>Date:</b> | 21 November 2023
P <b>Summary:</b> To consider an application for a 9m x 6m colorbond boat shed, set back 1.5m from the side boundary where 3m is required.
P <b>Voting Requirement:</b> Simple Majority
TH OFFICER RECOMMENDATION
T That Council refuses the application for a boat shed at Lot 112 Tradewind Drive as the side setback does not comply with the Local Planning Scheme.
TH COUNCIL RESOLUTION 2023/108
T MOVED: Cr Sulaiman Karim SECONDED: Cr Wilfred Ashby
T That Council approves the application for a boat shed at Lot 112 Tradewind Drive, subject to the written consent of the adjoining owner and a 2.4m maximum wall height on the side boundary.
T CARRIED 5/1
P <b>Reason for changing the Officer Recommendation:</b> Cr Karim explained that the adjoining owner had no objection and that sheds of this size are needed for the cyclone season.
H 10.4 ADMINISTRATION
H 10.4.1 REVIEW OF DELEGATIONS REGISTER 2023/24
G <b>Applicant:</b> | N/A
G <b>File Ref:</b> | GOV-0107
G <b>Author:</b> | Marcus Tennant, Chief Executive Officer
G <b>Disclosure of Interest:</b> | Nil
G <b>Date:</b> | 17 November 2023
P <b>Summary:</b> To carry out the annual review of the delegations from Council to the Chief Executive Officer required under section 5.46 of the Local Government Act 1995.
P <b>Voting Requirement:</b> Absolute Majority
TH OFFICER RECOMMENDATION/COUNCIL RESOLUTION 2023/109
T MOVED: Cr Tessa Ravenhill SECONDED: Cr Noorlaila Hamdan
T That Council, by Absolute Majority, adopts the Delegations Register 2023/24 as attached to the report.
T CARRIED BY ABSOLUTE MAJORITY 6/0
P Cr Karim left the Chambers at 5.04pm.
H 10.4.2 COMMUNITY GRANTS ROUND 2 – 2023/24
G <b>Applicant:</b> | Various
G <b>File Ref:</b> | GR-0402
G <b>Author:</b> | Aisyah Rahman, Manager Corporate Services
G <b>Disclosure of Interest:</b> | Nil
G <b>Date:</b> | 22 November 2023
P <b>Summary:</b> To consider five applications received in Round 2 of the Community Grants Program, totalling $21,350 against the remaining budget of $15,000.
P <b>Voting Requirement:</b> Simple Majority
TH OFFICER RECOMMENDATION/COUNCIL RESOLUTION 2023/110
T MOVED: Cr Wilfred Ashby SECONDED: Cr Greg Bellweather
T That Council awards Community Grants Round 2 funding totalling $15,000 to the four applicants listed in Table 1 of the report.
T CARRIED 5/0
P Cr Karim returned to the Chambers at 5.12pm.
H 11 MOTIONS OF WHICH PREVIOUS NOTICE HAS BEEN GIVEN
P Nil.
H 12 QUESTIONS BY MEMBERS OF WHICH DUE NOTICE HAS BEEN GIVEN
P Nil.
H 13 URGENT BUSINESS APPROVED BY THE PRESIDING MEMBER OR BY DECISION
P Nil.
H 14 MATTERS BEHIND CLOSED DOORS
P Nil.
H 15 CLOSURE OF MEETING
P There being no further business the Presiding Member declared the meeting closed at 5.21pm.
S 12
P These minutes were confirmed at the meeting of 13 December 2023.
P Signed: ................................................ Presiding Member
