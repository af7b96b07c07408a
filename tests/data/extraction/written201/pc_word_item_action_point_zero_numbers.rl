@title Wrangthorpe PC minutes 12 May 2015
@font Helvetica
@fontsize 10
@numcol 14
@footer Wrangthorpe Parish Council minutes 12th May 2015||Page {page}
H Wrangthorpe Parish Council Meeting Tuesday 12th May 2015
P <b>Present:</b> Mrs A Threapleton (Chair) Mr G Ormesher Mr P Lumb Mrs K Swithenbank
P <b>In Attendance:</b> Mr D Ackernley (Clerk) Borough Councillor Hemsworth County Councillor Rishworth Colin Varley - Resident
P <b>Apologies:</b> Mr N Gaukroger
P <b>Declarations of Interest:</b> Mr Lumb declared an interest in item 3.2 as he rents the field concerned.
G <b>Item</b> | | <b>Action</b>
R 1.0 | <b>Minutes of Last Meeting</b> The minutes of the April meeting were accepted as correct and signed. Arising from them: the new litter bin on Mill Row is in place; the highways officer has still not replied about the verge at Fold End and will be chased. <b>DA</b>
R 2.0 | <b>Finance:</b> The year end accounts for 2014/15 were presented by the Clerk and approved. Two payments were authorised: grass cutting £120 and hall hire £12.
R 3.0 | <b>Planning</b>
R 3.1 | <b>Fold End Barn:</b> The Chair reported on a site meeting with the owner, who intends to convert the barn to two homes. Councillors were concerned about visibility at the access onto Fold Lane. Borough Councillor Hemsworth explained that the application would go to committee if the parish council objected. Any comments to be sent to the Clerk before the application is received. <b>DA</b>
R 3.2 | <b>Ings Field, Wrangthorpe Lane:</b> Mr Lumb left the room. The Council has no objection to the stable building. Mr Lumb returned.
R 3.3 | <b>Nab Cottage:</b> Planning permission for the porch has been granted.
R 4.0 | <b>Churchyard:</b> The request to plant a memorial rose by the lychgate was approved.
R 5.0 | <b>Recreation Ground &amp; Pavilion:</b>
R 5.1 | The lease renewal is still with the solicitors. Mrs Swithenbank will ask them for a timetable.  <b>KS</b>
R 5.2 | Repainting the pavilion was deferred to the June meeting when prices will be available.
R 6.0 | <b>Play Area:</b> Mr Ormesher reported that the roundabout is stiff and squeaking. The Clerk to ask the inspector to look at it. <b>DA</b>
R 7.0 | <b>Village Hall:</b> The hall committee's annual meeting is on 2nd June; the Chair will attend.
R 8.0 | <b>Any Other Business:</b> Colin Varley asked whether the Council would help with a Jubilee-style street party for the village show weekend. This was agreed and the Council will pay for the road closure notice up to £60. <b>DA</b>
R 9.0 | <b>Date of Next Meeting:</b> Tuesday 9th June 2015 at 7.30pm in the Village Hall.
S 16
P The meeting closed at 8.50pm.
