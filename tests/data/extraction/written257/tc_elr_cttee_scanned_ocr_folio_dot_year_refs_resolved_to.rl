@title Scan0047
@font Times-Roman
@fontsize 11.5
@header {page}
@pageoffset 186
HC NENFORD TOWN COUNCIL
HC ENVIRONMENT, LEISURE AND RECREATION COMMITTEE
P <b>Minutes: 20 July 2004 Time 7.00pm.</b>
P PRESENT: Cllr D Tebbutt (Chair), Cllr M Chesterton, Cllr P Goodliffe, Cllr R Mobbs, Cl1r S Tansley, Cllr J Wykes
P IN ATTENDANCE Mrs Carol Bellairs, Town Clerk, Minutes
P ALSO PRESENT Mr Colin Threadgold – resident; PC Martin Sturgess – Nenshire Police
R 41.04 | <b>To receive apologies for absence</b> Apologies were received from: Cllr A Freestone, Cllr L Sharman.
R  | RES0LVED to note the apologies
R 42.04 | <b>Notification of requests from members of the public to address the meeting in compliance with adopted protocol</b>
R  | Mr Colin Threadgold addressed the meeting in respect of item 47.04. He explained that younger children were being pushed off the ramps by older users in the evenings and asked whether a separate area could be set aside for them. The Chair thanked Mr Threadgold for attending.
R 43.04 | <b>Declarations of Interest.</b> NONE RECEIVED
R 44.04 | <b>Minutes: to confirm the minutes of the meeting held 15 June 2004.</b>
R  | RESOLVED that the minutes of the meeting held on 15 June 2004 be confirmed as a true record.
R 45.04 | <b>Clerk’s report on matters arising</b>
R  | The Clerk reported that the new litter bin at the Thorney Lane bus stop had been installed and that the County Council had agreed to cut tbe verges at the cemetery entrance before the end of July.
R 46.04 | <b>Recreation Ground Pavilion – roof repairs</b>
R  | Three quotations had been received for the repair of the flat roof over the changing rooms. Cllr Mobbs asked whether the replacement of the guttering was included in each price and the Clerk confirmed that it was.
R  | RESOLVED to accept the quotation from H. Bamford Roofing in the sum of £3,275.00 plus VAT
R 47.04 | <b>Skateboard Facility – Working Party report</b>
R  | Cllr Wykes presented the report of the working party, which had met twice since the last meeting. PC Martin Sturgess reported that complaints from neighbours had fallen since the floodlights had been set to switch off at 9pm.
R  | RESOLVED to recommend to Council that a separate beginners’ area be provided at a cost not exceeding £4,000
R 48.04 | <b>Allotments – rents for 2005</b>
R  | The Clerk reported that the Allot ments Association had been consulted and had no objection to a modest increase.
R  | RES0LVED to recommend to Council that rents be increased to £18.00 per plot from 1 October 2004
R 49.04 | <b>Cemetery – memorial safety</b>
R  | The Clerk reported that the inspection carried out in June had found 27 memorials unsafe, of which nine had been laid flat. It was agreed to write to the owners of the remaining memorials where addresses were known and to place a notice at the cemetery gates.
R 50.04 | <b>Footpaths and litter</b>
R  | Cllr Goodliffe reported that the footpath between Brook Street and the Mill meadows was badly overgrown. The date of the autumn litter pick, Saturday 25 September 2004, was noted.
R 51.04 | <b>RoSPA play inspection report</b>
R  | The annual inspection report for the play areas was received and noted. No high risk items had been found.
R 52.04 | <b>Grass cutting contract 2005-2007</b>
R  | Consideration of the tenders was deferred to the September meeting pending a revised specification from the Clerk.
R 53.04 | <b>Date of next meeting</b> – 21 September 2004 at 7.00pm
P Meeting closed 9.12pm
S 18
P Signed ............................................ Chair &nbsp;&nbsp;&nbsp;&nbsp; Date ...........................
