@title Minutes March 2010
@font Times-Roman
@fontsize 11
@header THUNDERSDEN MASSEY PARISH COUNCIL “Elmcroft”, Pilgrims Lane, Thundersden Massey TM4 9QX || Tel: 01632 960418 email: [email protected]
@footer Thundersden Massey Parish Council – Minutes 16th March 2010 – Page {page}
S 4
P Minutes of the meeting of the Parish Council held in the Village Hall, Thundersden Massey, on Tuesday 16th March 2010. The meeting opened at 7.30pm.
P Present: Cllr Hollings (Chairman), Cllr Dunmow, Cllr Kettle, Cllr Farrier, Cllr Cllr Martin Treadgold
P Five parishioners were present.
P Also present were the Clerk, Mrs Joanna Pettifer, County Councillor Dr R Okafor and Ward Councillor Strudwick.
H 13/10. Apologies for Absence
P Apologies were received from Cllr Ambrose.
H 14/10. Approval of Minutes of Meeting held on 16th February 2010
P Agreed unanimously and signed by the Chairman.
H 15/10. Declarations of Interest
P Cllr Kettle declared a personal interest in item 18/10 (b) as a member of the Thundersden Riding Club.
H 16/10. Public Participation/Open Meeting
P A parishioner from Cowper Road asked the Council to press for double yellow lines at its junction with Pilgrims Lane, where parked cars hide oncoming traffic. The Chairman said the Borough Council's parking officer would be asked to meet residents on site.
P A second parishioner said that the path beside the churchyard was overgrown. Clerk to report to the County Council.
P The Chairman reported that the bridleway group would walk the Ashbrook route with landowners on 25th March.
H 17/10. County and Borough Councillor’s Report
P Councillor Okafor reported:
P Waste transfer station – the County Council has received an application to open on Saturday afternoons; the Parish Council will be consulted.
P Highways – the County Council has set aside £40,000 for pothole repairs in the district after the winter. Parishes are asked to send in their worst locations by the end of March.
P Libraries – the mobile library will continue to call at the Village Hall on alternate Thursdays.
PB
H 17/10. County and Borough Councillor’s Report (continued)
P Ward Councillor Strudwick reported that the Borough Council had frozen its share of council tax for 2010/11 and that the green waste collections would restart on 6th April. He answered a question from Cllr Farrier about the planning appeal at Oak Lodge.
H 18/10. Planning
P (a) 10/00142/FUL – Oak Lodge, Pilgrims Lane: replacement dwelling. No objection.
P (b) 10/00188/FUL – Land at Ashbrook Road: menage and floodlighting. Having declared an interest Cllr Kettle did not vote. The Council objected to the floodlighting, which would be visible across the open countryside.
H 19/10. Highways
P Cllr Dunmow reported that the 30mph roundel on Ashbrook Road had been repainted. The drainage grid outside Elm Farm is still blocked; Clerk to report again.
H 20/10. Finance
P The Clerk presented the accounts. Balance at bank £5,962.40. The following payments were approved: Clerk’s salary and expenses £287.15; Village Hall hire £18.00; Countryside Playgrounds Ltd (safety surface repair) £146.50.
P The Clerk reported that the precept of £9,400 for 2010/11 had been confirmed by the Borough Council.
H 21/10. Village Hall
P Cllr Treadgold reported that the Village Hall committee had received a grant of £2,500 towards new windows. It was agreed that the Parish Council would add £500 from its reserves.
H 22/10. Proposed Bridleway
P The Chairman reported on the meeting with the County rights of way officer. Landowners along the route have agreed in principle. Cllr Farrier asked that the bridleway be signed at both ends. Noted.
H 23/10. Correspondence
P Letters from the Rural Community Council and the County Association of Local Councils were circulated.
H 24/10. Date of Next Meeting
P Tuesday 20th April 2010 at 7.30pm in the Village Hall, followed by the Annual Parish Meeting on 11th May.
S 8
P The meeting closed at 9.15pm.
