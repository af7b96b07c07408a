@title Eaton Ferris Neighbourhood Forum 26 March 2009
@font Times-Roman
@fontsize 11
@header Eaton Ferris Neighbourhood Forum||26th March 2009
@footer {page}
@pageoffset 0
HC OUSELAND DISTRICT COUNCIL
S 4
P MINUTES of the meeting of the EATON FERRIS NEIGHBOURHOOD FORUM held in the Priory Centre, Priory Lane, Eaton Ferris on Thursday, 26th March 2009.
S 2
G PRESENT: | Cllr A N Gilbey (Chairman) - Ouseland District Council
G  | Mr R Dykeman - Fenshire Fire &amp; Rescue
G  | Inspector M Greenacre - Fenshire Constabulary
G  | Cllr C Hutt - Fenshire County Council
G  | Cllr G S Thorne - Eaton Ferris Town Council &amp; Ouseland District Council
G  | Cllr I Wilkins - Howden Parva Parish Council
S 4
G Other Representatives: | Cllr Mrs B E Boddington - Ouseland District Council
G  | Cllr B S Chapman - Eaton Ferris Town Council
G  | Mrs S Dean - Little Staunton Parish Council
G  | Cllr P J Downes - District &amp; County Councillor
G  | Sergeant S Evans - Fenshire Constabulary
G  | Ms G Payne - Riverside Vale Homes
G  | Mr T Jordan - Fenshire County Council
G  | Mrs L Mitchell - Toseby Parish Council
G  | Ms J Tomkin - Ouseland District Council (Neighbourhood Manager)
S 4
P Members of the public: 9
P APOLOGIES: Apologies for absence were submitted on behalf of Councillors K Churchley and D Harte, and Mr P Dalby (Riverside Vale Homes).
S 6
H 41. MINUTES
P The Minutes of the meeting of the Forum held on 11th December 2008 were approved as a correct record and signed by the Chairman.
H 42. MEMBERS' INTERESTS
P Councillor Mrs B E Boddington declared a personal interest in Minute No. 45 by virtue of her membership of the Board of Riverside Vale Homes.
H 43. POLICING UPDATE
P Inspector M Greenacre presented the crime figures for the Eaton Ferris neighbourhoods for the quarter to 28th February 2009. Overall crime had fallen by 7% compared with the same quarter in 2008, although thefts from vehicles in the Crosshall area had risen. Sergeant S Evans reported on the results of the operation against anti-social behaviour in the Regatta Meadow area, where six dispersal notices had been served.
P In response to a question by Councillor P J Downes about the late-night economy in the Market Square, the Inspector explained that an additional patrol would be in place on Friday and Saturday nights until the end of May.
P Having been invited to identify its priorities for the next three months, the Forum agreed the following -
P (a) anti-social behaviour at Regatta Meadow and the riverside;
P (b) thefts from vehicles in Crosshall; and
P (c) speeding on the Howden Road.
P Inspector Greenacre and Sergeant Evans left the meeting at 7.50pm.
H 44. FIRE AND RESCUE SERVICE
P Mr R Dykeman reported that the Service had fitted 212 free smoke alarms in the area since October. He reminded the Forum that the Eaton Ferris station was recruiting retained firefighters.
H 45. RIVERSIDE VALE HOMES
P Ms G Payne reported on the progress of the estate improvement programme at Eatons Community, which would be completed by September. Mrs S Dean asked whether the new bin stores would be locked; Ms Payne undertook to find out.
H 46. MARKET SQUARE ENHANCEMENT SCHEME
P By way of a presentation, Mr T Jordan, Fenshire County Council, outlined the proposals for the enhancement of the Market Square, including the removal of the central parking area on non-market days. Councillor B S Chapman expressed the Town Council's support for the scheme but asked that the loss of parking be kept under review. Whereupon, it was
P <b>RESOLVED</b>
P that the Forum supports the Market Square enhancement scheme in principle and asks the County Council to report back on the parking arrangements before work begins.
H 47. OPEN FORUM
P Mr K Barnes of Priory Road asked when the footpath along the river to Little Staunton would be resurfaced. Councillor C Hutt undertook to find out and write to Mr Barnes.
P A resident of Crosshall Road, who did not wish to be named, complained about parked cars blocking the pavement near the primary school. The Chairman said the matter had been recorded as a police priority under Minute No. 43.
P Mrs R Okafor asked whether the Forum could meet on a different evening as Thursday clashed with the youth club. Ms J Tomkin agreed to review the options and report to the next meeting.
H 48. DATE OF NEXT MEETING
P The Forum noted that its next meeting would be held on Thursday, 25th June 2009 at 7.00pm in the Priory Centre.
S 10
P The meeting closed at 9.05pm.
S 14
P Chairman
