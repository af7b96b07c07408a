@title Skerrabrae and Holmsound Community Council minutes 13 November 2015
@font Times-Roman
@fontsize 11
@footer {page}
HC SKERRABRAE AND HOLMSOUND COMMUNITY COUNCIL
HC MINUTES OF THE MEETING OF SKERRABRAE AND HOLMSOUND COMMUNITY COUNCIL HELD AT NORTH HOLM SCHOOL ON FRIDAY, 13 NOVEMBER 2015 at 6.45 p.m.
S 6
P <b>Present:</b> M Flett (Chairman), J Tait, E Rendall, G Sclater, R Linklater and A Drever
P <b>In Attendance:</b> Mrs K Isbister, Clerk; Councillor S Hourie (for Items 1 to 4)
S 4
H 1. APOLOGIES
P RESOLVED to note that apologies for absence had been intimated on behalf of W Harcus, and Councillors M Drever and L Swanney.
H 2. MINUTES OF PREVIOUS MEETINGS
H (a) Minute of Meeting held on 28 August 2015
P The Minute of the Meeting held on 28 August 2015 was approved, being proposed by R Linklater and seconded by E Rendall.
H (b) Minute of Special Meeting held on 2 October 2015
P The Minute of the Special Meeting held on 2 October 2015 was approved, being proposed by G Sclater and seconded by A Drever.
H 3. MATTERS ARISING FROM PREVIOUS MEETINGS
H (a) Fence at Kirkhouse burial ground (28.8.15, para 5(a)) – J Tait
P Members heard from J Tait that he had obtained two prices for a post and wire fence with a pedestrian gate at the Kirkhouse burial ground. The lower price, £1,640, included the gate but not its hanging. Members discussed the prices and felt that the lower one represented good value. The Clerk advised that the work qualified for assistance under the Community Council Grant Scheme, and it was:-
P RESOLVED to accept the lower price and to apply to the Community Council Grant Scheme for 50 per cent of the cost.
H (b) Ferry timetable consultation (28.8.15, para 7(c))
P The Chairman reported that the community council's response had been acknowledged by the Marine Services department but no reply had yet been received, and it was:-
P RESOLVED to note the position.
H 4. CORRESPONDENCE
H (a) Solsay Islands Council – Winter Gritting Routes
P After consideration of correspondence from Solsay Islands Council regarding the priority gritting routes for the coming winter, Councillor Hourie explained that the road to the Holmsound pier remained a priority one route, and it was:-
P RESOLVED to note the contents of the correspondence.
H (b) Community Development Fund – Holmsound Hall Roof
P After consideration of an application from the Holmsound Hall committee for support for an application to the Community Development Fund towards the renewal of the hall roof, E Rendall declared an interest as the hall committee treasurer and took no part in the discussion, and it was:-
P RESOLVED to support the application and to write to the Community Development Fund Sub-committee accordingly.
H (c) Scottish Water – Skerrabrae Water Treatment Works
P After consideration of correspondence from Scottish Water regarding planned works at the Skerrabrae treatment works in January 2016, it was:-
P RESOLVED to note the contents of the correspondence and to display the notice in the shop.
H 5. FINANCIAL STATEMENT
P The Clerk presented the financial statement to 31 October 2015, which showed a balance of £3,912.18 in the general account and £1,206.40 in the Community Council Grant Scheme account, and it was:-
P RESOLVED to note the financial statement.
H 6. PLANNING APPLICATIONS
P There were no planning applications for consideration.
H 7. ANY OTHER COMPETENT BUSINESS
P G Sclater reported that the lifebuoy at the North Holm slip was missing. The Clerk was asked to notify the Harbour Authority.
H 8. DATE OF NEXT MEETING
P It was agreed that the next meeting be held at North Holm School on Friday, 15 January 2016 at 6.45 p.m.
S 10
P There being no further business the meeting closed at 8.20 p.m.
S 18
P Chairman ..............................................
