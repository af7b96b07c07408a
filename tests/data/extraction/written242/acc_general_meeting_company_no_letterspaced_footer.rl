@title TAICC General Meeting minutes 9 December 2011
@font Helvetica
@fontsize 10
@numcol 12
@pageoffset 14
@footer T A I C C    P a g e {page}
P Trentmere Airport
P Company no: 02154873
HC TRENTMERE AIRPORT INDEPENDENT CONSULTATIVE COMMITTEE
HC GENERAL MEETING
C Minutes of the General Meeting held on Friday 9 December 2011 at 10.00am in the Aviation Suite, Trentmere Airport
P <b>Present:</b>
G Mr Keith Arrowsmith | Independent Chairman
G Cllr Hazel Pym | Vice Chairman, Lindley County Council
G Cllr Martin Oakes | North Ravendale District Council
G Cllr Sunita Mehra | Fosbury Borough Council
G Cllr Derek Allsop | Castle Trent Parish Council
G Mr Ian Whatmore | Trentmere Airport Action Group
G Mrs Pauline Dew | Kegby Residents' Association
G Mr Anthony Shirebrook | Trentmere Chamber of Commerce
G Mr Gordon Bexley | Airline Operators Committee
P <b>In attendance:</b>
G Mr Stuart Lakin | Managing Director, Trentmere Airport (MD)
G Ms Fiona Bradwell | Head of Environment, Trentmere Airport (HoE)
G Mrs Joanne Kettle | ICC Secretary
H 1. Welcome and apologies
P The Chairman welcomed members to the General Meeting. Apologies were received from Cllr Trevor Nuttall (Lindley County Council) and Mr Peter Haworth (Trentmere Passenger Forum).
H 2. Minutes of the General Meeting held on 9 September 2011
P The minutes were agreed as a true record and signed by the Chairman.
H 3. Matters arising
P 3.1 Page 3, item 5 – the MD confirmed that the bus operator had agreed to extend the Skylink 9 service to 23.30 from 3 January 2012.
P 3.2 Page 5, item 8 – the Secretary had written to the Department for Transport regarding the review of consultative committee guidelines. No reply had yet been received. <b>Action: Secretary</b>
H 4. Chairman's report
P The Chairman reported that he had attended the annual meeting of the Liaison Group of UK Airport Consultative Committees in October, at which the main subjects had been the draft aviation policy framework and the future of the Air Passenger Duty. He would circulate the notes of the meeting.
H 5. Managing Director's report
P Mr Lakin presented his report. Passenger numbers for the year to November were 4.62 million, 2.1% down on 2010, while cargo tonnage had risen by 6.4%. The new security search area had opened on 14 November on time and within budget.
P Cllr Oakes asked whether the fall in passenger numbers would affect the planned terminal extension. Mr Lakin replied that the extension had been deferred to 2013 but that the design work would continue.
P Mr Whatmore asked about the number of night flights. Mr Lakin said that night movements in the summer season had been within the limits set in the noise action plan.
H 6. Report of the MENT Sub Committee (Monitoring, Environment, Noise and Track)
P Ms Bradwell presented the report of the meeting held on 4 November 2011. Track keeping compliance had been 98.7% and the fine income for the half year, £8,400, had been transferred to the Community Fund.
P Mrs Dew said that residents of Kegby had noticed an increase in early morning departures over the village. Ms Bradwell undertook to look at the radar data for October and report back. <b>Action: HoE</b>
P The Committee received and noted the report.
H 7. Report of the TEP Sub Committee (Transport, Economic Development and Passenger Services)
P Cllr Pym presented the report of the meeting held on 11 November 2011, which had considered the surface access strategy and the results of the passenger survey.
P The Committee received and noted the report.
H 8. Community Fund
P The Secretary reported that 41 grants totalling £52,300 had been made in 2011. Cllr Mehra proposed that the maximum single grant be increased from £2,000 to £2,500 from April 2012; this was seconded by Cllr Allsop.
P RESOLVED that the maximum grant from the Community Fund be increased to £2,500 from 1 April 2012.
H 9. Draft night noise policy consultation
P Ms Bradwell introduced the airport's draft night noise policy, which would go to public consultation in January. Members discussed the proposed quota count limits at length.
P It was agreed that members would send their comments to the Secretary by 13 January 2012 and that a joint response from the Committee would be prepared by the Chairman and Vice Chairman. <b>Action: Chairman/Vice Chairman</b>
H 10. Any other business
P Mr Bexley informed the Committee that one of the charter operators would be basing a second aircraft at Trentmere from March 2012.
H 11. Dates of meetings in 2012
P General Meetings: 16 March, 8 June, 14 September and 7 December 2012. Sub Committee dates would be circulated by the Secretary.
S 8
P The meeting closed at 12.35pm.
