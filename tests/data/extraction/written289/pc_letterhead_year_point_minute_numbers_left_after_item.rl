@title Avonmere PC Minutes 05.01.2026
@font Times-Roman
@fontsize 11.5
@header_first 
@header Avonmere Parish Council – Minutes 5th January 2026
@footer Chairman's initials ..........||Page {page}
HC AVONMERE PARISH COUNCIL
C Clerk to the Council: Elizabeth Marchant
C 7 Ferny Crofts, Avonmere, SP6 2QL Tel: 01632 960418
C Email: clerk@avonmere-pc.gov.uk Website: www.avonmere-pc.gov.uk
S 8
HC Minutes of the Parish Council Meeting of AVONMERE PARISH COUNCIL
HC Held in Kingsford Hall on Monday 5th January 2026 at 7.30pm
S 4
P <b>PRESENT:</b> Cllr Margaret Pardy in the Chair, Cllrs Robert Hiscock, Alan Moody and Fiona Dewhurst with Liz Marchant (Clerk), County Cllr Stephen Coombs (left after item 26.09 (8.45pm)) and 3 members of the public (left after item 26.06 (7.55pm)) in attendance.
P <b>26.01 Attendance Register:</b> Completed by those present
P <b>26.02 Apologies for Absence:</b> Apologies were received and accepted from Cllrs Neil Sturgess and Philippa Rowe
P <b>26.03 Declarations of interest:</b> No declarations of interest were declared. Cllrs are reminded to advise the Clerk of any changes in circumstances that may require a new Register of Interests form.
P <b>26.04 Minutes of previous meeting on 01/12/2025:</b> Following a review of the minutes, a correction was made by hand to 25.118 to record that the grant to the youth club was £150 and not £200. It was then unanimously RESOLVED that the minutes be accepted as an accurate record and they were duly signed by the Chairman.
P <b>26.05 Matters arising from previous minutes not appearing as agenda items:</b>
P 1. Noticeboard at Frogham Cross – The new board has been delivered and Cllr Moody will fit it with the help of the lengthsman before the end of January.
P 2. Flood warden – No volunteer has come forward. The Clerk will include an appeal in the spring newsletter.
P 3. Kingsford Hall Management Committee - The Clerk advised that the committee had returned the signed lease and the Council's copy was now held with the deeds.
P <b>26.06 Public Participation:</b> A resident of Ringwood Road asked what could be done about vehicles parking on the verge by the school. Another resident thanked the Council for the Christmas lights on the green. The Chairman said the parking would be raised under item 26.09.
P <b>26.07 Planning:</b> 25/11342 Lower Burgate Farm, Avonmere – conversion of barn to holiday let. Cllr Hiscock said the barn was well screened and the access was existing. It was unanimously RESOLVED to support the application. 25/11408 2 Moor Lane – felling of one ash in the conservation area: the Council had no comment.
P <b>26.08 County and District Councillor reports:</b> County Cllr Coombs reported that the county budget consultation would close on 23rd January and that the A338 resurfacing between Fordingbridge and the county boundary had been brought forward to March. He agreed to ask why the bus stop at Frogham Cross had lost its timetable case.
P <b>26.09 Highways:</b> Cllr Dewhurst reported on the verge parking by the school and the damage to the verge. It was agreed that the Clerk would write to the school asking parents to use the hall car park, and that County Cllr Coombs be asked to look at posts for the verge.
P <b>26.10 Finance:</b> The Clerk circulated the bank reconciliation to 31st December 2025, showing £14,906.21 in the current account and £8,000.00 in the reserve account. a. Payments – It was RESOLVED to approve the payments listed on the schedule totalling £1,118.40, including the Clerk's salary for December and the insurance renewal. b. Budget and precept 2026/27 – Following the recommendations of the budget working group, Cllr Hiscock proposed a precept of £16,250 and Cllr Moody seconded. It was unanimously RESOLVED that the precept for 2026/27 be set at £16,250.
P <b>26.11 Kingsford Hall:</b> Cllr Moody reported that the hall's boiler had failed over Christmas and had been replaced under the maintenance contract. No cost would fall on the Council.
P <b>26.12 Correspondence:</b> Letters from the New Forest Association about the winter lecture series and from HALC about the new model standing orders were noted.
P <b>26.13 Date of next meeting:</b> Monday 2nd February 2026 at 7.30pm in Kingsford Hall. The meeting closed at 9.02pm.
