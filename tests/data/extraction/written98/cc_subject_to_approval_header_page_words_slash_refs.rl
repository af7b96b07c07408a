@title Skerravoe Community Council Minute 28 September 2009
@font Helvetica
@fontsize 10.5
@header MINUTE SUBJECT TO APPROVAL AT NEXT COMMUNITY COUNCIL MEETING
@footer 28 September 2009||page {page}
HC SKERRAVOE COMMUNITY COUNCIL
G Chairman | Clerk
G Thomas Inkster | Marion Goudie
G Nordhouse, Skerravoe | 4 Hoolie Road, Hamarsetter
G Shetland ZE2 9HX | Shetland ZE2 9HL
G Tel: 01950 431206 | Tel: 01950 431577
S 6
P Minute of Meeting of Community Council held in Skerravoe Public Hall on Monday 28th September 2009
G PRESENT | Mr T Inkster, Mrs J Halcrow, Mr D Sandison, Mr P Jamieson, Mrs L Georgeson, Cllr A Tulloch (ex officio)
G APOLOGIES | Mr R Manson, Mrs E Mouat, Cllr G Henry (ex officio)
G ABSENT | Mr K Flaws
G IN ATTENDANCE: | Mrs M Goudie (Clerk), PC Neil Arthur (Northern Constabulary)
H 09/41 DECLARATIONS OF INTEREST
P Mr Inkster declared an interest in item 09/45/1 as a member of the Skerravoe Boating Club and took no part in the discussion of that item.
H 09/42 MINUTE
P The Minute of the meeting held on 31st August 2009 was adopted on the motion of Mrs Halcrow, seconded by Mr Sandison, with one correction asked for by Mrs Georgeson:
P 09/37/2 Hall Car Park: the resurfacing quotation was £2,340, not £2,430.
H 09/43 POLICE REPORT
P PC Arthur gave the August figures for the district: nine incidents in all, among them:
P - one road traffic collision at the Boddasgeo junction, no injuries
P - two reports of sheep worrying at Quoyfield
P - theft of diesel from a plant yard at Hamarsetter
P - one person cautioned for careless driving
P PC Arthur reminded members that the winter driving campaign starts in October. Mr Jamieson asked for extra patrols on the hill road at weekends, which PC Arthur agreed to pass on.
H 09/44 MATTERS ARISING
P 1) Road Matters:
P a) Hoolie Road Passing Places: There was nothing new to report.
P b) Direction Signs for the Marina: Cllr Tulloch reported that SIC Roads had agreed to erect two direction signs before the end of the financial year.
P c) Drainage at Quoyfield: Mrs Georgeson reported that the culvert had again blocked during the heavy rain of 14th September and water had come over the road for most of the day. The Clerk will write again to SIC Roads asking for the culvert to be renewed rather than cleared.
P 2) Ferry Users' Group: Mr Jamieson attended the meeting on 10th September. The winter timetable will keep the late Friday sailing and fares will not change this year.
P 3) Proposed Hall Noticeboard: Still waiting for the joiner's price.
P 4) Hall Car Park: The contractor has agreed to start work in the October holidays.
H 09/45 FINANCE AND GRANT APPLICATIONS
P 1) Skerravoe Boating Club - towards replacement of the slipway winch: The club's accounts having now been seen, Mrs Halcrow proposed awarding a grant of £600, seconded by Mr Sandison. There were no counter motions. Mr Inkster had left the room for this item.
P 2) Skerravoe Hall Committee - towards the cost of the Christmas lunch for the elderly: Mr Jamieson proposed awarding £250, seconded by Mrs Georgeson. There were no counter motions.
P 3) The Clerk reported the current balances: General Fund £3,118.42; Community Development Fund £5,960.00.
H 09/46 PLANNING
P 2009/214/PP - Erection of a dwelling house, Land at Gord, Hamarsetter. Members had no objection to the siting but were concerned about the access onto the main road. Members agreed to ask the Planning Service to consult SIC Roads before a decision is made.
P 2009/229/PP - Extension to agricultural shed, North Quoyfield. No comments.
H 09/47 CORRESPONDENCE
P 1) SIC Community Planning - Community Council funding allocations for 2010/11.
P 2) Island Amenity Trust - spring beach clean 2010 registration.
P 3) Scottish Water - planned works at the Skerravoe water treatment works in November.
P The correspondence was noted.
H 09/48 ANY OTHER BUSINESS
P Mrs Georgeson reported that the streetlight at the school bus shelter has been out for three weeks. The Clerk will report it.
P Mr Sandison asked that the November agenda include the Community Council's response to the Local Plan Main Issues Report, which was agreed.
H 09/49 DATE OF NEXT MEETING
P The next meeting will be held on Monday 26th October 2009 at 7.30pm in Skerravoe Public Hall.
P There being no further business the meeting closed at 9.15pm.
