@title Toftley PC minutes November 1999
@font Times-Roman
@fontsize 12
@numcol 14
@footer Toftley PC minutes Nov 99 (draft)||{page}
P <b>(Draft) Minutes of Toftley Parish Council meeting on Tues. 2nd November 1999 at 7.30pm</b>
P Present: Councillors Peter Dunscombe (Chair), Helen Garside, Robert Naylor, Margaret Pilbeam, Michael Reddaway, Keith Sandys, Joan Speight, Frank Tebbit and the Clerk John Bellamy.
P Prior to the meeting Mrs Wakelin, having noted 'mobile phone mast' on the agenda, asked that the village be fully consulted. She was assured this would happen if the proposal went beyond the present 'site search' stage. She also asked about repairs to the footbridge over Toft Brook. RN would report latest status to her.
R 1. | Minutes of 5th October 99 were approved and signed after two corrections.
R 2. | <b>Items Reported.</b>
R | Land behind High Street. Awaiting response/visit from SCDC planning advisor (MP).
R | Notice Board. In progress by Dennis Lowe of Comberley. Cork backing to be sourced for all our open fronted boards (JB).
R | Footway lighting. Notification received of cost of £1,054.20 for 'our' 31 lamps. Details, with a view to transfer of responsibility, still being worked on (JB).
R | Footbridge, Toft Brook. County engineer has inspected; handrail to be replaced before Christmas (RN).
R | Parish Plan Review. PD reported meeting with Carol Ashby of Cambridgeshire ACRE. Standing group to review progress on key aspects of the action plan (PD).
R | Footway signs. Temporary 'pedestrians have priority' signs erected in Mill Lane. HG to report on their effect at the January meeting.
R 3. | <b>Items for Discussion</b>
R | <u>Financial Review.</u> Figure sheet received. Explanations made on the street lighting charge and the electricity supply to the recreation ground meter box. MR noted that the Clerk's hours no longer covered the work required. It was agreed to increase the Clerk's hours to 6 per week from 1st April 2000 (proposed MR, seconded JS).
R | <u>Mobile Phone Mast.</u> Letter received from a network operator seeking the Council's view on a 15m mast at the water tower site. FT felt the site was well screened; JS and MP were concerned about the school being within 200m. After discussion it was proposed (JS, seconded MP) that the Council object to any mast within 250m of the school. Carried, 6 for, 2 against.
R | <u>Recreation Ground.</u> KS reported that the goal posts were unsafe and had been taken down. Only one quotation for replacements had been obtained. Decision deferred to the December meeting pending a second quotation.
R | <u>Millennium Celebrations.</u> HG reported on plans for the bonfire and beacon on 31st December and the children's party on 1st January. The Council agreed a grant of £250 towards the costs.
R 4. | <b>Planning.</b> S/1842/99/F 12 Church Lane, conservatory to rear. No objection. S/1901/99/O Land at Brook Farm, two dwellings. Refusal recommended, outside village framework.
R 5. | <b>Correspondence.</b> List circulated and noted.
R 6. | <b>Date of next meeting.</b> Tues. 7th December 1999 at 7.30pm in the Village Hall.
S 12
P JB 8/11/99
