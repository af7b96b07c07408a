@title North Area Committee 11 February 2026
@font Helvetica
@fontsize 10
@pageoffset 141
@header ||2026 NAC {page}
HC THE INCHKEITH COUNCIL - NORTH AREA COMMITTEE – COUNTY BUILDINGS, CUPAR
C 11th February, 2026 10.00 a.m. – 12.40 p.m.
P <b>PRESENT:</b> Councillors Alison Meldrum (Convener), Peter Anand, Iain Balfour, Gregor Imrie, Shona Kerr, Ruth Lumsden, Neil Prentice and Elspeth Rintoul.
P <b>ATTENDING:</b> Kirsty Moodie, Community Manager (North), Communities and Neighbourhoods Service; Derek Soutar, Service Manager, Roads and Transportation Services; Fiona Hynd, Lead Officer, Property Services; and Lauren Petrie, Committee Officer, Legal and Democratic Services.
P <b>ALSO ATTENDING:</b> Inspector Catriona Weir, Police Scotland.
P <b>APOLOGIES FOR ABSENCE:</b> Councillor Margaret Duthie.
H 142. DECLARATIONS OF INTEREST
P Councillor Gregor Imrie declared an interest in paragraph 146 below, as a trustee of Pitlessie Village Hall Association.
H 143. MINUTE
P The Committee considered the minute of meeting of the North Area Committee of 10th December, 2025.
H Decision
P The Committee agreed to approve the minute of meeting.
H 144. NORTH AREA ROADS AND LIGHTING CAPITAL PROGRAMME 2026/27 – Report by the Head of Roads and Transportation Services
P The Committee considered a report by the Head of Roads and Transportation Services seeking approval of the carriageway, footway and street lighting schemes for the North area within the 2026/27 capital programme.
P Councillor Ruth Lumsden asked why the Kettlebridge footway had dropped out of the programme, and was advised that it would be delivered with the Scottish Water mains renewal in 2027. Councillor Gregor Imrie asked for the resurfacing list to be shared with community councils.
H Decision
P The Committee:-
P (1) noted the budget allocation of £2.86m for the North area; and
P (2) agreed the schemes listed in Appendix 1 to the report.
H 145. CUPAR TOWN CENTRE PARKING REVIEW
P The Committee considered a report by the Head of Roads and Transportation Services on the outcome of the review of parking in Cupar town centre, including a proposal to introduce charges at Bonnygate and St Catherine Street car parks.
H Motion
P Councillor Iain Balfour, seconded by Councillor Shona Kerr, moved that the Committee approve the introduction of charges as set out in the report.
H Amendment
P Councillor Ruth Lumsden, seconded by Councillor Peter Anand, moved as an amendment that the Committee defer a decision on charges until a survey of town centre traders had been completed and reported back.
H Roll Call
P For the Motion - 3 votes: Councillors Iain Balfour, Shona Kerr and Neil Prentice.
P For the Amendment - 5 votes: Councillors Peter Anand, Gregor Imrie, Ruth Lumsden, Alison Meldrum and Elspeth Rintoul.
P The amendment was accordingly carried.
H Decision
P The Committee:-
P (1) agreed to defer a decision on charges until a survey of town centre traders had been completed; and
P (2) noted that the outcome would be reported to the meeting in June, 2026.
H 146. LOCAL COMMUNITY PLANNING BUDGET – APPLICATIONS
P The Committee considered a report by the Head of Communities and Neighbourhoods Service on applications to the Local Community Planning Budget. Councillor Alison Meldrum, the Convener, noted that seven applications totalling £38,450 were recommended.
H Decision
P The Committee:-
P (1) approved the awards set out in the Appendix to the report; and
P (2) noted the remaining budget of £61,200 for 2025/26.
P Councillor Imrie, having declared an interest, left the meeting during consideration of the above item.
H 147. COMMUNITY ASSET TRANSFER – FORMER PUBLIC CONVENIENCE, CERES
P The Committee considered a report by the Head of Property Services on a request from Ceres Community Trust for the transfer of the former public convenience at the Bow Butts, Ceres, for use as a heritage information point. Councillor Peter Anand supported the request and praised the Trust's business plan.
H Decision
P The Committee agreed to the transfer of the former public convenience to Ceres Community Trust at nil consideration, subject to the conditions in paragraph 3.2 of the report.
H 148. NORTH AREA LOCAL COMMUNITY PLAN – ANNUAL REPORT
P The Committee considered a report by the Head of Communities and Neighbourhoods Service providing an annual update on the North Area Local Community Plan.
H Decision
P The Committee noted the annual report.
H 149. SAFER COMMUNITIES – POLICE SCOTLAND AREA REPORT
P Inspector Catriona Weir presented the Police Scotland report for the North area for the period October to December 2025, highlighting a fall in housebreaking and an increase in reports of speeding on rural roads. Councillor Shona Kerr asked for mobile speed checks on the A916.
H Decision
P The Committee noted the report and thanked Inspector Weir for her attendance.
H 150. NORTH AREA COMMITTEE FORWARD WORK PROGRAMME
P The Committee considered the forward work programme.
H Decision
P The Committee noted the forward work programme.
