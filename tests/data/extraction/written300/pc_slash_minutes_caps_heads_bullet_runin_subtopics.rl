@title Cowlestone Parish Council Minutes 2 September 2013
@font Times-Roman
@fontsize 11
@numcol 20
@footer Cowlestone Parish Council – Minutes 2 September 2013||Page {page}
HC Minutes of the Meeting of Cowlestone Parish Council Held on 2 September 2013 in the Cowlestone Memorial Hall
G <b>Members Present:</b> | Councillors: | Cllr Haddow (Chairman)
G  |  | Cllr Thorne (Vice Chairman)
G  |  | Cllr Lamb
G  |  | Cllr Pryce
G  |  | Cllr Whitlock
G <b>Officer</b> | Ruth Penhaligon | Parish Clerk took minutes of the meeting.
P 5 members of the public were present.
R 96/13 | <b>APOLOGIES FOR ABSENCE</b><br/>Cllr Fenwick (work) and Cllr Oduya (holiday).
R 97/13 | <b>MINUTES OF THE PREVIOUS MEETING</b><br/>With one correction to minute 88/13 (the grass cutting contractor is Hedgerow Services, not Hedgeline), the minutes were signed as a true and correct record of the meeting held on 1 July 2013. Proposed by Cllr Thorne, seconded by Cllr Lamb.
R 98/13 | <b>DECLARATIONS OF INTEREST</b><br/>Cllr Pryce declared a personal interest in planning application 4/01876/13/FHA as a neighbour of the applicant and took no part in that item.
R 99/13 | <b>CHAIRMAN'S BUSINESS</b>
P • <b>Village Hall Lettings Policy</b> Cllr Haddow stated that the hall trustees had asked the council to agree a common policy for lettings of the recreation room. He proposed that Cllr Whitlock should prepare a draft for the October meeting after speaking to the trustees. This was agreed.
P • <b>Bus Service Consultation.</b> Cllr Haddow said that the county council's consultation on rural bus services closed on 30 September. The council was concerned that the proposal to withdraw the Saturday service would leave the village without any public transport at weekends. Cllr Haddow proposed that Cllr Lamb draft a response for circulation by email. This was agreed by all.
R 100/13 | <b>PUBLIC PARTICIPATION</b><br/>Mr Gerald Ashdown of Mill Lane asked whether the council could do anything about the lorries using Mill Lane as a short cut to the quarry. Cllr Thorne replied that a weight restriction had been requested in 2011 and the council would ask again.
R 101/13 | <b>PLANNING</b><br/>It was RESOLVED to make no objection to the following applications:<br/>4/01876/13/FHA 12 Tanners Row – single storey rear extension.<br/>4/01902/13/LBC Old Forge Cottage, The Green – replacement of rear windows.
R 102/13 | <b>FINANCE</b><br/>The clerk presented the financial statement to 31 August 2013, showing £14,212.60 in the current and deposit accounts. It was RESOLVED that the payments listed on the schedule, totalling £1,318.44, be approved. Proposed by Cllr Lamb, seconded by Cllr Pryce.
R 103/13 | <b>HIGHWAYS AND FOOTPATHS</b><br/>Cllr Whitlock reported that the fingerpost on footpath 14 near Withy Bridge had been knocked down and that the stile on footpath 9 was unsafe. The clerk will report both to the county council's rights of way officer.
R 104/13 | <b>RECREATION GROUND</b><br/>Cllr Thorne reported the findings of the annual play inspection: the cradle seats on the junior swings were worn and one bench needed new slats. It was RESOLVED to accept the quotation of £860 from Ferncote Play Services for the swing seats and to ask the handyman to repair the bench.
R 105/13 | <b>CORRESPONDENCE</b><br/>The correspondence list, circulated before the meeting, was noted.
R 106/13 | <b>DATE OF NEXT MEETING</b><br/>Monday 7 October 2013 at 8.00pm in the Memorial Hall.
P The meeting closed at 9.40pm.
S 20
P Signed ………………………………… Chairman          Date ……………………
