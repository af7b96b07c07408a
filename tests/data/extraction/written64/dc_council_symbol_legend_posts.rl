@title Minutes - Council - Thursday, 14th March, 2024
@font Helvetica
@fontsize 10
@numcol 24
@footer Council 14.03.24||{page}
HC Harrowmere District Council
S 4
C Minutes of a meeting of the <b>Harrowmere Council</b> held on
C <b>Thursday, 14th March, 2024 at 10.00 am at the Council Chamber - Wyndcombe House</b>
S 6
H Present:
G * Cllr H Penwarden – Chairman | * Cllr M Coombe-Ellis – Vice-Chairman
G * Cllr F Ashplant | * Cllr T Brookman
G * Cllr W Dunstone | * Cllr P Hext
G ** Cllr V Hocking | * Cllr J Kitto
G * Cllr R Kneebone | * Cllr S Lamerton
G Ø Cllr K Nankivell | * Cllr D M Ollerenshaw
G * Cllr E Pengelly | ** Cllr N Pollard
G Ø Cllr B Sparkes | * Cllr R J Trevail
G Ø Cllr L Tregunna | * Cllr A Veryan
G * Cllr C Widdicombe | * Cllr G Yeo
S 4
P * Denotes attendance<br/>Ø Denotes apology for absence<br/>** Denotes attendance over Teams in a non-voting capacity
H Officers in attendance and participating:
P For all items: Senior Leadership Team; Monitoring Officer; Democratic Services Manager; Head of Finance (via Teams); Senior Democratic Services Officer
P Item 7 (Minute 58/23): Head of Housing
P Item 8 (Minute 59/23): Head of Strategy and Performance; Policy and Research Officer (via Teams)
P Item 9 (Minute 60/23): Head of HR and Organisational Development
S 6
R 52/23 | <b>MOMENT'S REFLECTION</b>
P As this was the first Full Council meeting since former Councillor Arthur Jewell had sadly passed away, the Chairman paid tribute to his twenty years of service to the communities of the Kestbury Valley ward and, as a mark of respect, asked those in attendance to stand and observe a moment's reflection in his memory.
R 53/23 | <b>MINUTES</b>
P The minutes of the Council meeting held on 25 January 2024 and the Special Council meeting held on 15 February 2024 were confirmed as a true and correct record.
R 54/23 | <b>DECLARATIONS OF INTEREST</b>
P Members and officers were invited to declare any interests in the items of business to be considered during the course of this meeting and these were recorded as follows:
P With regard to agenda item 9 ('Pay Policy Statement 2024/25' (Minute 60/23 below refers)), Cllr R J Trevail advised that a close family member was employed by the Council. He therefore declared a personal interest and remained in the meeting and took part in the debate and vote thereon; and
P Cllr G Yeo declared a personal interest in agenda item 10 ('Motion on Notice' (Minute 61/23 below refers)) by virtue of being a director of Kestbury Community Transport and left the meeting for the duration of that item.
R 55/23 | <b>CHAIRMAN'S ANNOUNCEMENTS</b>
P The Chairman advised that she had attended the Kestbury Estuary Volunteers' awards evening on 2 March 2024 and had been struck by the commitment of the young volunteers. She also reminded Members that the Civic Service would take place at St Petroc's Church, Harrowmere on Sunday 21 April 2024 at 3.00 pm.
R 56/23 | <b>URGENT BUSINESS</b>
P The Chairman advised that there were no items of urgent business to be raised at this meeting.
R 57/23 | <b>PUBLIC QUESTION TIME</b>
P It was noted that one question had been received from a member of the public in accordance with the Council Procedure Rules. Mr Aldous Fenner attended the meeting and put the following question:
I 'Since the closure of the Lower Wyndcombe public conveniences last autumn, what assessment has the Council made of the impact on visitors to the quay, and when will the facilities reopen?'
P In reply, the Leader (Cllr Brookman) advised that a condition survey had been completed in January and that a report on the options for the building would be presented to the Executive in June 2024. Mr Fenner then asked a supplementary question on the interim provision of portable facilities over the Easter period, to which the Leader undertook to provide a written response.
R 58/23 | <b>QUESTIONS</b>
P It was noted that the following questions had been received in accordance with Council Procedure Rule 8:
P (a) From Cllr D M Ollerenshaw to the Lead Executive Member for Housing, Cllr Hext:
I 'How many households were placed in bed and breakfast accommodation outside the District during the last quarter?'
P In response, Cllr Hext advised that eleven households had been placed outside the District, of which four had since returned to settled accommodation within it. The Head of Housing added that the new temporary accommodation units at Bridge Mill were due to be handed over in May. In a supplementary question, Cllr Ollerenshaw asked whether the Council would publish these figures every quarter and Cllr Hext confirmed that it would.
P (b) From Cllr N Pollard (attending via Teams) to the Leader:
I 'Will the Leader commit to holding the next Town and Parish Council Forum in the north of the District?'
P The Leader responded that he was happy to do so and that the Forum would be held at Ashcleave Village Hall in July.
R 59/23 | <b>CORPORATE STRATEGY - 2024/25 REFRESH</b>
P Council considered a report that sought approval of the refreshed Corporate Strategy 'Better Lives for Harrowmere' for 2024/25.
P In introducing the report, the Leader highlighted the new theme of rural connectivity and the revised delivery targets for affordable homes. In discussion, Cllr Veryan questioned whether the targets for affordable homes were achievable given the current build costs. In reply, the Head of Strategy and Performance confirmed that the targets had been tested against the latest housing delivery figures, and the Leader added that progress would be reported to the Overview and Scrutiny Committee each quarter.
P It was then PROPOSED by Cllr Brookman and SECONDED by Cllr Coombe-Ellis that the recommendation be approved. In accordance with the Council's Procedure Rules, a recorded vote was undertaken on the motion and the voting was recorded as follows:
P For the motion (13): Cllrs Ashplant, Brookman, Coombe-Ellis, Dunstone, Hext, Kneebone, Lamerton, Ollerenshaw, Pengelly, Penwarden, Trevail, Widdicombe and Yeo<br/>Against the motion (2): Cllrs Kitto and Veryan<br/>Abstentions (0)<br/>Absent (3): Cllrs Nankivell, Sparkes and Tregunna
P and the vote was therefore declared CARRIED. It was then:
P <b>RESOLVED</b>
P That Council approves the refreshed Corporate Strategy for 2024/25 as set out at Appendix A of the presented agenda report.
R 60/23 | <b>PAY POLICY STATEMENT 2024/25</b>
P Cllr Hext introduced the report and advised that the Statement had been updated to reflect the national pay award and the revised ratio between the highest and the median salary. It was then PROPOSED by Cllr Hext and SECONDED by Cllr Lamerton and, when put to the vote, declared CARRIED that:
P <b>RESOLVED</b>
P That the Pay Policy Statement for 2024/25 be approved and published on the Council's website by 1 April 2024.
R 61/23 | <b>MOTION ON NOTICE - RURAL BUS SERVICES</b>
P Cllr Yeo left the meeting for the duration of this item. The following motion was PROPOSED by Cllr Veryan and SECONDED by Cllr Ollerenshaw:
I 'This Council calls on the County Council to reinstate the Sunday service on route 84 between Harrowmere and Ashcleave and agrees to contribute £12,000 from the Community Investment Reserve towards its cost in 2024/25.'
P In debate, Cllr Kitto spoke in support of the motion and referred to the number of residents without access to a car. The Leader stated that, whilst he supported the aim of the motion, the Council could not commit reserves without a business case. When put to the vote, the motion was declared LOST.
P Cllr Yeo re-joined the meeting at this point.
R 62/23 | <b>REPORTS OF BODIES</b>
P Council received the minutes of the following bodies:
P (a) Overview and Scrutiny Committee - 8 February 2024
P It was PROPOSED by Cllr Kitto and SECONDED by Cllr Widdicombe and, when put to the vote, declared CARRIED that the minutes of the meeting be received and noted.
P (b) Audit and Governance Committee - 22 February 2024
P In introducing the minutes, the Chairman of the Committee, Cllr Dunstone, drew attention to the recommendation on the Treasury Management Strategy. It was then:
P <b>RESOLVED</b>
P That the minutes be received and noted, and that recommendation AG.18/23 (Treasury Management Strategy 2024/25) be approved.
R 63/23 | <b>APPOINTMENT TO OUTSIDE BODY</b>
P The Leader nominated Cllr Lamerton to fill the vacancy on the Kestbury Valley Rural Transport Partnership. This nomination was seconded by Cllr Hext and, there being no other nominations, it was then:
P <b>RESOLVED</b>
P That Cllr S Lamerton be appointed as the Council's representative on the Kestbury Valley Rural Transport Partnership for the remainder of the 2023/24 Municipal Year.
S 10
C (Meeting commenced at 10.00 am and concluded at 12.47 pm)
S 20
P ____________________<br/>Chairman
