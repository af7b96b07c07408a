@title Quenby Magna PC Minutes 2004
@font Times-Roman
@fontsize 11.5
@footer Quenby Magna Parish Council - minutes transcribed 2019||{page}
HC QUENBY MAGNA PARISH COUNCIL
C Minutes from twenty years ago
I Transcriber's note. These minutes are copied from the Council's minute book for 2004, which is now kept at the County Record Office. I was Clerk to the Council from 1986 until 2011 and typed most of them myself, so any errors in this copy are mine twice over. Spellings and abbreviations are left as they stand in the book. - F. J. Birtles, 2019
PB
HC QUENBY MAGNA PARISH COUNCIL
P A Meeting of the Parish Council was held in the Church Room on Thursday the 8th day of July 2004 at 7.30 p.m.
P Present: Mr. H. W. Fensome (Chairman), Mrs. L. Ambridge, Mr. C. Dunkley, Mr. P. Lilley, Mrs. V. Tebbutt, and the Clerk (Mr. F. J. Birtles).
R 41. | <b>Apologies.</b> Apologies were received from Mr. Warren, who was on holiday.
R 42. | <b>Minutes.</b> The Minutes of the Meeting held on the 10th June were read, confirmed and signed by the Chairman.
R 43. | <b>Matters Arising.</b> (a) The Clerk reported that the new seat on the Green had been delivered but not yet fixed. Mr. Dunkley undertook to fix it. (b) The County Council had replied that the gritting bin in School Lane would be refilled before the winter.
R 44. | <b>Allotments.</b> Mrs. Tebbutt reported that two plots were vacant and one tenant was in arrears. It was proposed by Mrs. Tebbutt, seconded by Mr. Lilley, that the tenant be given one month's notice to pay. Carried.
R 45. | <b>Playing Field.</b> The Chairman reported that the swings had been inspected and the chains on two were worn. It was proposed by Mr. Lilley, seconded by Mrs. Ambridge, and Resolved that new chains be bought at a cost of £86.
R 46. | <b>Planning.</b> Application for a conservatory at 4 Pightle Close. No objection.
R 47. | <b>Street Lighting.</b> Mrs. Ambridge complained that the lamp outside the Post Office had been out for six weeks. The Clerk to report it again to the District Council.
R 48. | <b>Accounts.</b> The following accounts were passed for payment: Clerk's salary and expenses £244.10; Church Room hire £12.00; A. Nutt (grass cutting) £180.00.
R 49. | <b>Correspondence.</b> Letters from the Rural Community Council and the Police were read and noted.
R 50. | <b>Date of next Meeting.</b> Thursday the 9th September 2004.
P There being no other business the Chairman closed the Meeting at 9.10 p.m.
S 12
P Signed ............................ Chairman     9th September 2004
