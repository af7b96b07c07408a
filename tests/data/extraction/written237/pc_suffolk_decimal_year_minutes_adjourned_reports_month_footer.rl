@title Minutes November 2007
@font Times-Roman
@fontsize 12
@numcol 22
@footer November 2007 || Page {page}
HC SHOTWELL HEATH PARISH COUNCIL
HC MINUTES
C Of the Parish Council Meeting held at Ashlea Park on Wednesday, 14<super>th</super> November 2007
G Present | Cllr B Catchpole – Chairman
G  | Cllr M Gooderham
G  | Cllr S Barnard
G  | Cllr J Kerridge
G  | Cllr D Woolnough
G  | Cllr P Hammond
G  | Cllr Margaret Spalding – County Council / DVDC Councillor
G  | Cllr Trevor Ling – District Councillor
G  | Mrs C M Snell – Clerk
G  | 7 members of the public
R 171.07 | <b>Apologies for absence</b><br/>Apologies for absence were received from Cllr R Mayhew, PC Gary Fiske and PCSO Donna Rous.
R 172.07 | <b>Declaration of interest</b><br/>Cllr Kerridge declared a personal and prejudicial interest in planning application C/07/1904 (minute 175.07 b) as the applicant is a family member.
R 173.07 | <b>Minutes</b><br/>The minutes of the Parish Council Meeting of 10<super>th</super> October 2007 were approved as being a true record and were signed by the Chairman.
R 174.07 | <b>Matters arising from the minutes</b><br/>There were no matters arising from the minutes.
P The meeting was adjourned to receive reports from:
P <b>Cllr Spalding – County Council / DVDC Council – written report</b>
P Deben Vale District Council has written to all town and parish councils about the proposed changes to the concurrent functions grant. From April 2008 the grant will be reduced and then phased out over three years. I believe it would be useful for the Parish Council to send a representative to the briefing at Riverside House on 3<super>rd</super> December.
P The County Council has now confirmed the winter gritting routes. The road through Shotwell Heath remains a secondary route and will only be treated after the main routes have been completed. Salt bins can be refilled on request.
P <b>Cllr Ling – District Councillor</b>
P Cllr Ling reported that the District Council had agreed to extend the free garden waste trial for a further six months and that the consultation on the Core Strategy had been extended to the end of January. He answered questions from residents about the proposed housing allocation north of Church Lane and said that no planning application had yet been submitted.
P The meeting was reconvened.
R 175.07 | <b>Planning</b><br/>(a) C/07/1820 – Single storey rear extension, 6 Heath Cottages. It was RESOLVED to recommend approval.<br/>(b) C/07/1904 – Erection of detached dwelling, land adjacent to The Forge. Cllr Kerridge left the room. Members were concerned about access onto the bend in Church Lane and the loss of the hedgerow. It was RESOLVED to recommend refusal. Cllr Kerridge returned to the meeting.
R 176.07 | <b>Finance</b><br/>The following payments were approved: Mrs C M Snell (salary and expenses, October) £228.50; Ashlea Park (room hire) £18.00; County Association (clerks' training) £35.00. The Clerk presented the draft budget for 2008/09. It was proposed by Cllr Barnard and seconded by Cllr Hammond that the precept be set at £9,200. Carried unanimously.
R 177.07 | <b>Highways</b><br/>Cllr Woolnough reported that the verge at the junction of Church Lane and the B1078 had been badly rutted by lorries visiting the farm shop and that the give way markings were now very faint. The Clerk will write to County Highways.
R 178.07 | <b>Recreation Ground</b><br/>Cllr Gooderham reported that the annual play inspection had identified rot in two of the bench seats. It was agreed to obtain quotes for replacement benches for the January meeting.
R 179.07 | <b>Correspondence</b><br/>County Association newsletter; Deben Vale Local Development Framework update; letter from Shotwell Heath Village Hall committee requesting a grant towards new curtains. Noted.
R 180.07 | <b>Date of next meeting</b><br/>Wednesday 9<super>th</super> January 2008 at 7.30pm at Ashlea Park.
P There being no further business the Chairman closed the meeting at 9.10pm.
