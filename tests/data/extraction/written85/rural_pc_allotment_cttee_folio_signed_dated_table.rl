@title Allotment Committee Minutes April 2014
@font Helvetica
@fontsize 10
@header {page} ………………………………………………………Signed ………………………..Dated ………………
@pageoffset 71
HC HALMERTON RURAL PARISH COUNCIL
HC MINUTES OF THE ALLOTMENT COMMITTEE MEETING
C held in Halmerton Pensioners Hall 10<super>th</super> April 2014 at 6.30pm
P Present: Chairman: Mr T Shenton
P Councillors: Mr H Proudlove, Mrs V Pickin, Mr P Boote, Mr N Blackhurst, Mr A Wain and Mr C Cope
P Clerk – Mrs C Withnall
P Mr Neil Breese, Mrs Holly Breese, Mrs Linda Johnstone – Halmer End
P Mrs Pam Pattinson, Ms Rachel Bailey and Mr Roger Beech – Halmerton Allotments
TH No. | Item | Action
T 1. | <b>To receive apologies</b><br/>Apologies were received from Mrs K Davies, Mr E Durose, Mr D Cornes and Mrs B Kinsey. |
T 2. | <b>Approval of minutes from last meeting 20<super>th</super> March 2014</b><br/>These were approved as a true and accurate record and signed at the meeting. |
T 3. | <b>Agreement of siting of allotment fencing with Halmerton Allotment Association – letter from Halmerton Millennium Green Trust</b><br/>Brief discussion took place, following Mr Blackhurst reading a letter on behalf of the Millennium Green Trust raising concerns about the way the fencing had been put up by the Allotment Association and where it has been sited, although it was noted there were no concerns with the quality of the work. Mrs Pattinson said the Association had followed the plan agreed in 2013. RESOLVED that a site visit would take place with the MGT Chair, Parish Council and Halmerton Allotment Association to discuss the concerns and resolve the issues. Site visit arranged for Thursday 17<super>th</super> April 2014 at 6pm – Mrs Pickin gave her apologies. | Clerk / TS
T 4. | <b>To discuss other issues raised by tenants, if any</b><br/>Mr Breese reported several issues at Halmer End including rubbish being burnt and dumped on the football pitch, missing 'no dogs' signs at the play area and the allotment gate being left open. Mrs Johnstone asked whether the gate could be fitted with a spring closer. The Clerk agreed to report the burning to the Borough Council. | Clerk
T 5. | <b>Halmer End allotments – water supply</b><br/>The standpipe at the top of the site has leaked since February. Mr Wain reported that United Utilities would not repair pipework on the Council's side of the meter. It was RESOLVED to obtain two quotes for a new standpipe and trough, to be approved by the Chairman and Clerk if under £400. | Clerk
T 6. | <b>Rent review 2014/15</b><br/>The Clerk presented a comparison of rents charged by neighbouring councils. Proposed by Mr Boote, seconded by Mrs Pickin and RESOLVED that rents remain at £25 for a full plot and £14 for a half plot for 2014/15, with a discount of 50% for tenants over 65. |
T 7. | <b>Waiting list</b><br/>There are 11 names on the waiting list for Halmerton and 3 for Halmer End. Noted. |
T 8. | <b>Allotment inspections</b><br/>Mr Wain offered to carry out the spring inspection with the Association secretary. It was agreed that letters be sent to the tenants of any plots found to be uncultivated, giving them 28 days to bring the plot into use. | AW / Clerk
T 9. | <b>Date of next meeting</b><br/>To be arranged for September 2014, after the autumn inspection. |
S 14
P The meeting closed at 7.55pm.
