@title Saltcote Marsh Parish Council - minutes 4 November 1998
@font Times-Roman
@fontsize 11
@numcol 14
@header Saltcote Marsh Parish Council||Minutes 4.11.98
@footer - {page} -
HC SALTCOTE MARSH PARISH COUNCIL
C Minutes of the meeting of the Parish Council held on Wednesday 4th November 1998 in the Reading Room at Saltcote at 7.00 p.m.
S 4
P Present: Councillors: Irving (Chair), Glendinning, Routledge, Hetherington, Tweddle and Little. Public attendance: Mr K Rudd, Mrs P Carrick. Clerk: J Beattie
S 4
R 1.1 | <b>Apologies for absence and declarations of interest.</b>
R | The clerk reported apologies from PC Hunter and County Councillor Bell.
R | A declaration of interest was made by Cllr Routledge in respect of item 5.2 (neighbouring property).
R 2 | <b>Minutes</b>
R 2.1 | To approve the minutes of the Parish Council Meeting held on 9th September 1998 - approved and signed.
R 3 | <b>Report on action taken</b>
R 3.1 | <b>Report on action by members of the Council</b>
R | No matters were reported.
R 3.2 | <b>Report from the clerk</b>
R | The clerk explained that the Council's typewriter had failed and that letters were being typed at the school by arrangement with the head teacher. He would bring prices for a word processor to the next meeting.
R | Cllr Tweddle arrived.
R 3.3 | <b>Public participation</b>
R | Mr Rudd and Mrs Carrick addressed the meeting about the village newsletter, which they would like to carry a page of Parish Council news each quarter. They asked whether the Council would meet half of the printing cost. The Chair thanked them and said the matter would be put on the December agenda.
R 4 | <b>Finance</b>
R 4.1 | <b>To approve payments</b>
R | The following payments were approved: Clerk's salary (quarter) £110.00; Reading Room hire £12.00; CALC subscription £38.50.
R 4.2 | <b>Precept 1999/2000</b>
R | Cllr Hetherington presented the figures prepared with the clerk. After discussion it was resolved to request a precept of £2,400 for 1999/2000 (proposed Cllr Glendinning, seconded Cllr Little).
R 5 | <b>Planning</b>
R 5.1 | 7/98/3120 Marsh Farm, Saltcote - agricultural building for machinery. No objection.
R 5.2 | 7/98/3177 Shore Cottage, Saltcote - two storey extension and garage. Cllr Routledge left the room. The Council objected on the grounds of flood risk to the lane and the loss of the view across the marsh from the footpath. Cllr Routledge returned.
R 6 | <b>Correspondence</b> The following were received and circulated: Rural Community Council newsletter; letter from the Water Authority about the sluice works; notice of the footpaths forum.
R 7 | <b>Date of next meeting</b> Wednesday 9th December 1998 at 7.00 p.m. in the Reading Room.
S 10
P There being no further business the Chair closed the meeting at 8.45 p.m.
S 14
P Signed ..................................... (Chair)      Date ...................
