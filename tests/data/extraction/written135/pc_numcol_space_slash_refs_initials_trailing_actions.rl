@title Thornbeck Parish Council minutes 17 September 2008
@font Helvetica
@fontsize 10
@numcol 16
@header Thornbeck Parish Council
@footer Page {page}
@pageoffset 20
HC THORNBECK PARISH COUNCIL
C Minutes of the Meeting of the Parish Council, Wednesday 17th September 2008, 7.15pm, Thornbeck Village Hall
S 4
P <b>PRESENT:</b> Councillor Alan Greenhow (AG) - Chairman
P <b>COUNCILLORS:</b> Susan Birkett (SB), Ian Pattinson (IP), Gordon Lowther (GL), Mary Iredale (MI), Keith Dalzell (KD)
P <b>OTHERS:</b> 4 members of the public
S 4
R 71 /08 | <b>Apologies for Absence</b> Resolved to accept apologies from: Cllr Derek Stagg, Cllr Ruth Airey (County Council), Fiona Rigg (National Park)
R 72 /08 | <b>Minutes of Previous Meeting</b> Resolved that the minutes of the meeting of 16th July 2008 (Pages 17 – 20) be signed by the Chairman as a true record
R 73 /08 | <b>Declarations of Interest</b> Gordon Lowther – Item 79.2 – 7/2008/5143
R 74 /08 | <b>Public Participation</b> Mrs Hilary Towers spoke about the footpath from Hawkrigg Farm to the lake shore, which she said had been rutted by mountain bikes. Councillors agreed to take the matter as a full item in October. Mr Colin Bewley asked who was responsible for the overhanging trees on the Scarth road; the Chairman said the Clerk would find out. <b>GL / Clerk</b>
R 75 /08 | <b>National Trust Representative</b> Apologies. <b>Clerk</b> The Trust has not answered the July letter about parking charges at Beckfoot; a reminder will be sent.
R 76 /08 | <b>National Park Representative</b> Written update from Fiona Rigg (apologies), which was noted: the rangers will resurface the lower part of the bridleway at High Cragg during October and the path will be closed for one week.
R 77 /08 | <b>Finance</b>
R 77.1 | <b>Accounts for Payment</b> Resolved that the following accounts be paid: Clerk's salary (July – September) £345.00; Thornbeck Village Hall, room hire £36.00; Fellside Insurance, annual premium £287.52
R 77.2 | <b>Bank Balances</b> The bank balances as at 31st August 2008 were noted: Current Account £2,118.40; Business Reserve £6,050.00
R 78 /08 | <b>Highways</b> KD reported that the verge at Hawkrigg bend had been badly damaged by a delivery lorry and that the kerb stones were loose. The Clerk to report it to Highways. <b>Clerk</b>
R 79 /08 | <b>Planning</b>
R 79.1 | 7/2008/5120 – Low Scarth, extension to barn. Resolved that the Parish Council had no objection.
R 79.2 | 7/2008/5143 – Bracken Howe Cottage, replacement garage. Gordon Lowther left the room. Resolved that the Parish Council had no objection provided that the garage is finished in local stone to match the cottage. Gordon Lowther returned.
R 79.3 | <b>Decisions received</b> The following decisions were noted: 7/2008/5031 Gillbrow, porch – approved; 7/2008/5077 Beckside, dormer – refused.
R 80 /08 | <b>Footpaths and Bridleways</b> SB reported that the stile on the path from Mirkholme to the beck had collapsed and that walkers were climbing the wall. SB to meet the Ranger on site. <b>SB</b>
R 81 /08 | <b>Correspondence</b> Fellside Rural Community Council – autumn newsletter; Borough Council – draft Parish Charter, comments by 31st October. It was agreed that MI would draft a response for the October meeting. <b>MI</b>
R 82 /08 | <b>Any Other Business</b> Ian Pattinson asked whether the Christmas lights on the Green could be switched on earlier this year. The Chairman replied that the Village Hall committee would decide at its November meeting.
R 83 /08 | <b>Date of Next Meeting</b> Wednesday 15th October 2008 at 7.15pm in Thornbeck Village Hall
S 10
P The meeting closed at 9.20pm.
S 14
P Signed .................................................. Chairman &nbsp;&nbsp;&nbsp;&nbsp; Date ..............................
