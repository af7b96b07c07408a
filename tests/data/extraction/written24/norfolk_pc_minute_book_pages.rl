@title Minutes February and March 2021
@font Times-Roman
@fontsize 11.5
@footer Chairman's initials .............||{page}
@pageoffset 526
HC BRINSTEAD PARISH COUNCIL
HC MINUTES OF THE EXTRAORDINARY MEETING OF PARISH COUNCIL HELD at 7pm ON WEDNESDAY 17th FEBRUARY 2021 via ZOOM.
P <b>Attendance:</b> Dr Kemp in the Chair, Mrs Alston, Mr Hales, Mr Ling, Mrs Pegg, Ms Thurlow, Mr Youngs, Mr Doughty (District Councillor) and three members of the public.
P <b>Apologies for Absence:</b> Mr Rix.
H Declarations of Interest
P Mrs Pegg declared a non-pecuniary interest as her property adjoins one of the sites named in the draft plan. She took part in the discussion but did not vote.
H Broads Local Plan Review – Consultation Response
P Dr Kemp explained that the draft response had been prepared by the working group and circulated a week before the meeting. It supported the policy on residential moorings but objected to the proposed extension of the visitor car park at Brinstead Staithe on grounds of traffic in the narrow lanes.
P Mr Ling said that the response should also ask for the dyke-side footpath to be shown as a permissive route. Mr Doughty advised that the Broads Authority would accept late additions until the end of the month.
P It was proposed by Mr Ling and seconded by Mrs Alston that the response be submitted as circulated with the addition about the footpath. This was agreed unanimously by those voting.
H Village Sign
P Mr Youngs reported that the carver had quoted £1,450 to repaint and repair the village sign, which had rotted at the base. Ms Thurlow asked whether a grant might be available from the District Councillor's locality budget and Mr Doughty said he would be glad to contribute £500.
P It was resolved to accept the quotation and to apply to the locality budget for part of the cost.
P The meeting closed at 7.50pm.
PB
HC MINUTES OF THE MEETING OF PARISH COUNCIL HELD at 7pm ON WEDNESDAY 3rd MARCH 2021 via ZOOM.
P <b>Attendance:</b> Dr Kemp in the Chair, Mrs Alston, Mr Hales, Mr Ling, Mrs Pegg, Ms Thurlow, Mr Youngs, Mr Ives (County Councillor) and six members of the public.
P <b>Apologies for Absence:</b> Mr Doughty (District Councillor).
P Dr Kemp stated that Mr Rix had resigned from the Parish Council since the last meeting. He thanked Mr Rix for his eleven years of service, in particular his work on the playing field lease and the speed watch group, and said that he would be greatly missed. The Clerk has notified the District Council of the vacancy and the notice has been displayed. If no election is called by ten electors by 19th March the Council will be able to co-opt.
P Mrs Alston proposed Mr Hales as Vice-Chairman until the Annual Meeting in May, seconded by Mr Youngs. There were no other nominations and this was agreed.
H Minutes of the Previous Meetings
P The minutes of the meetings held on 3rd February 2021 and 17th February 2021 had been circulated and were approved as a correct record. Dr Kemp will sign them when the office reopens.
H Matters Arising
P Mr Ling reported that Norfolk County Council had repaired the fingerpost at Sutton Road corner. The Clerk is still waiting for the Broads Authority's reply about the moorings signs.
H Public Participation
P Two residents of The Street described the flooding outside their homes after the heavy rain in January and asked whether the gully could be jetted more often. Mr Ives said that he had reported the drain to Highways and had asked for it to be added to the cyclical cleansing list.
H Planning
P PF/21/0311 – Replacement garage and home office, Orchard House, Ludham Road. Mrs Pegg said the design was appropriate and the building would not be seen from the road. The Council resolved to support the application.
P PF/21/0356 – Two holiday lets, Staithe Meadow. Ms Thurlow was concerned about the access onto the staithe road; Mr Hales agreed. The Council resolved to object on highway grounds.
H Highways and Footpaths
P Mr Hales said that the overgrown hedge on footpath 7 had been cut back by the landowner. The request for a 40mph limit on the Ludham Road had been turned down by the County Council. Noted.
H Finance
P The following payments were approved: Clerk's salary (February) £312.00; HMRC £78.00; Brinstead Village Hall (Zoom licence refund) £14.39; R. Harrold (grass cutting) £95.00.
P Mr Youngs proposed and Ms Thurlow seconded that the Council renew its subscription to the Norfolk Association of Local Councils for 2021/22. Carried unanimously.
H Playing Field
P Mrs Pegg reported that the annual inspection had found only low risk items apart from the cracked seat on the junior swing, which has been taken down. The report was noted.
H Date of Next Meeting
P Wednesday 7th April 2021 at 7pm via Zoom, followed by the Annual Parish Meeting on Wednesday 21st April 2021.
P The meeting closed at 8.40pm.
