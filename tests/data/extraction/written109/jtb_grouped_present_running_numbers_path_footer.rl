@title Tenterford JTB minutes 21 January 2009
@font Times-Roman
@fontsize 11
@footer \\Home\dem\Joint Transportation Board\JTB 0809\Minutes_PtI\090121_JTBMins.doc || {page}
HC TENTERFORD BOROUGH COUNCIL
HC TENTERFORD JOINT TRANSPORTATION BOARD
HC MINUTES OF THE MEETING HELD ON 21 JANUARY 2009
S 6
G <b>PRESENT:</b> | <b>Tenterford Borough Council</b>
G | Councillors Mrs Ashdown, Bevis, Catt, Mrs Delahaye, Furley and Hollands
G | <b>County Council</b>
G | County Councillors Pennock (Chairman), Amos, Mrs Brice, Glover and Tapsell
G | <b>Parish Representative</b>
G | Mr R Swaffer
G <b>ALSO PRESENT:</b> | Councillors Lyle and Mrs Oakes
G <b>Apologies</b> | Councillor Redsell and County Councillors Mrs Fagg and Marsh
S 6
H 38. SUBSTITUTE MEMBERS
P Councillor Hollands was present as Substitute Member for Councillor Redsell.
H 39. VISITING MEMBERS WISHING TO SPEAK
P Councillor Lyle gave notice that he wished to address the Board on Item 10, and Councillor Mrs Oakes on Item 12.
H 40. DECLARATIONS OF INTEREST BY MEMBERS AND OFFICERS
P County Councillor Glover declared a personal interest in Item 11, being a member of Hollingham Ash Parish Council.
H 41. LOBBYING
P Councillors Bevis, Catt and Mrs Delahaye said that residents had contacted them about Item 10.
H 42. ITEMS TO BE TAKEN IN PRIVATE
P RESOLVED: That all items on the agenda be considered in public.
H 43. MINUTES
P RESOLVED: That the Minutes of 15 October 2008 be confirmed and signed by the Chairman.
H 44. PUBLIC QUESTIONS AND STATEMENTS
P Mrs J Kember of Quarry Road spoke on Item 10, the proposed residents' parking scheme. She said that residents had waited three years for the scheme and that commuter parking now blocked driveways every weekday.
H 45. PETITIONS
P There were no petitions.
H 46. HIGHWAY WORKS PROGRAMME 2008/09 – PROGRESS REPORT
P The Board considered the report of the Divisional Manager, Highway Services, which set out the schemes completed since October and those still to be delivered before the end of March. Members expressed concern that the footway scheme in Mill Street had slipped again. The Divisional Manager explained that the statutory undertakers' works had delayed the start.
P RESOLVED: That the report be noted.
H 47. QUARRY ROAD AREA – RESIDENTS' PARKING SCHEME
P The Board considered the report of the Head of Parking Services which set out the results of the informal consultation. Of the 212 households consulted, 118 had replied and 81 were in favour of the scheme. Councillor Lyle spoke in support of the scheme on behalf of residents. Councillor Mrs Ashdown asked whether the hours of operation could be reduced to 9am to 11am to help visitors to the church.
P RESOLVED: That the Board recommends to the Cabinet Member that the Quarry Road residents' parking scheme proceed to formal advertisement, operating Monday to Friday 9am to 11am.
P <i>(Voting: For 8, Against 2)</i>
H 48. HOLLINGHAM ASH – SPEED LIMIT REVIEW
P The Board considered the report of the Divisional Manager, Highway Services, on the request from Hollingham Ash Parish Council for a 40mph limit through the village. Mr Swaffer, the Parish Representative, said the parish had collected over 300 signatures. County Councillor Glover proposed, and Councillor Furley seconded, that a 40mph limit be introduced. Officers advised that the road did not meet the County criteria for a reduced limit. The motion was put to the vote and was lost.
P <i>(Voting: For 4, Against 6)</i>
P RESOLVED: That the request be referred to the County speed management group for further monitoring.
H 49. TENTERFORD TOWN CENTRE – LOADING RESTRICTIONS
P Councillor Mrs Oakes addressed the Board on the difficulties faced by traders in Bank Street. It was agreed that this item be deferred to the next meeting to allow officers to meet the traders.
H 50. WINTER SERVICE 2008/09
P The Divisional Manager reported verbally that the salt stocks were at 80% after the December snow. Councillor Catt asked for the footway routes to the station to be added to the snow clearance list.
P RESOLVED: That the verbal report be noted.
H 51. DATE OF NEXT MEETING
P The next meeting will be held on Wednesday 15 April 2009 at 6.30 p.m.
S 10
P The Meeting closed at 8.20 p.m.
