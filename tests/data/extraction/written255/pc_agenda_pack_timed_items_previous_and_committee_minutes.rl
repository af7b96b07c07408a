@title CPC Agenda 1 November 2021
@font Helvetica
@fontsize 10
@numcol 16
@footer Coldmarsh Parish Council – Parish Council meeting 1 November 2021 – page {page}
HC COLDMARSH PARISH COUNCIL
C www.coldmarshparishcouncil.org.uk
C Beacon Hall, Furze Close, Coldmarsh, Wealdshire. CM99 4BQ 01632 960771 [email protected]
C Clerk Mrs Hilary Dunstan Assistant Clerk Mrs Karen Ebdon
S 4
HC A G E N D A
P To: All Councillors, and for the information of the press and public
P You are summoned to attend the ordinary meeting of the Parish Council on Monday 1 November 2021 at Beacon Hall, Furze Close, Coldmarsh, starting at 7.30pm. Members of the public are welcome.
R 1. | <b>Apologies (7.40)</b> To receive apologies and consider the reasons given for absence.
R 2. | <b>Interests, Dispensations and Lobbying (7.41)</b> To receive any declarations relating to items on this agenda.
R 3. | <b>Minutes of 4 October 2021 (7.42)</b> To approve the minutes as a correct record for signature (pages 2-3).
R 4. | <b>Matters Arising (7.45)</b>
R 4.1 | Minute 3052/4.1 Noticeboards. The Furze Close board is on order and will be fitted in November.
R 4.2 | Minute 3052/4.3 Weight limit sign. The County Council expects to put up the sign before Christmas.
R 4.3 | Minute 3052/10 Tree survey. Reported in the Environment Committee minutes (page 4).
R 4.4 | Other matters from the minutes not covered elsewhere on this agenda.
R 5. | <b>Police Matters (7.50)</b> Report and crime figures from the PCSO.
P <b>Public Session – members of the public may address the council (7.55)</b>
R 6. | <b>Committee Minutes (8.05)</b> To receive the draft minutes listed below; councillors may put questions to the committee chairman.
R 6.1 | Environment Committee, 11 October 2021 (page 4).
R 7. | <b>Finance (8.15)</b> To approve the payments schedule and to receive the budget monitoring report to 30 September 2021.
R 8. | <b>Precept 2022/23 (8.25)</b> To receive the draft budget from the Finance Working Group and to agree the budget for consultation.
R 9. | <b>Planning (8.40)</b> To consider planning applications received since the last meeting (list to be tabled).
R 10. | <b>Correspondence (8.50)</b> For information.
R 11. | <b>Date of the next meeting</b> Monday 6 December 2021 at 7.30pm.
S 6
P Hilary Dunstan, Clerk to the Council, 26 October 2021
PB
HC COLDMARSH PARISH COUNCIL
C Minutes No. 3052 of the Meeting of the Parish Council held on Monday 4 October 2021 at Beacon Hall, Furze Close, Coldmarsh at 7.30pm
P <b>Present:</b> Cllr Mrs J Pelham (Chairman), Cllr R Aske, Cllr D Breckon, Cllr Mrs S Varley, Cllr T Onions, Cllr A Okoro, Cllr P Hensby
P <b>In attendance:</b> Mrs Hilary Dunstan (Clerk), Mrs Karen Ebdon (Assistant Clerk), County Councillor M Farraday, PCSO Lisa Crane and 5 members of the public.
R 1. | <b>Apologies.</b> Apologies were received from Cllr G Tansley (work commitments). Resolved: to accept the apology.
R 2. | <b>Interests, Dispensations and Lobbying.</b> Cllr Onions declared an other significant interest in item 9.2 as he lives next to the application site.
R 3. | <b>Minutes of 6 September 2021.</b> Proposed Cllr Aske, seconded Cllr Varley. Resolved: that the minutes be signed as a true record.
R 4. | <b>Matters Arising.</b>
R 4.1 | <b>Noticeboards.</b> The Clerk reported that the Furze Close board could not be repaired. Resolved: to buy a replacement board at a cost of £640.
R 4.2 | <b>Village sign.</b> Cllr Breckon reported that the village sign had been repainted by volunteers from the history society.
R 4.3 | <b>Weight limit sign.</b> The County Council has agreed where the weight limit sign at Hollow Lane will go.
R 5. | <b>Police Matters.</b> PCSO Lisa Crane reported eleven crimes in September, including two thefts from vans in Furze Close. Cllr Hensby asked about speeding on Hollow Lane; PCSO Crane said that a speed check would be carried out before the end of October.
P <b>Public Session.</b> The meeting was adjourned at 7.52pm for members of the public to speak. Mr Ian Strood of Hollow Lane asked when the weight limit sign would be installed. The Chairman said that the County Council had promised it before Christmas. The meeting reconvened at 8.05pm.
R 6. | <b>County Councillor’s Report.</b> County Councillor M Farraday reported that the County Council was consulting on changes to its highway verge cutting and that parish councils could take on extra cuts under a new agreement.
R 7. | <b>Committee Minutes.</b> The minutes of the Environment Committee meeting of 13 September 2021 were received. Cllr Okoro, the Committee Chairman, answered a question from Cllr Aske about the recreation ground trees.
R 8. | <b>Finance.</b> 8.1 Resolved: to approve payments of £3,118.40 as listed on the schedule. 8.2 The Clerk presented the budget monitoring report to 31 August 2021, which was noted.
R 9. | <b>Planning.</b>
R 9.1 | 21/504412/FULL – 3 Hollow Lane – single storey rear extension. No objection.
R 9.2 | 21/504650/OUT – Land at Furze Farm – up to 12 dwellings. Cllr Onions left the room. Cllr Varley said that the site was outside the village boundary and that Hollow Lane could not take the extra traffic. Resolved: to object to the application.
R 10. | <b>Tree survey.</b> Cllr Okoro proposed that the Environment Committee obtain quotations for a survey of the trees on the recreation ground, seconded by Cllr Breckon. Resolved: to ask the Environment Committee to obtain three quotations.
R 11. | <b>Correspondence.</b> A letter from the County Council about winter gritting was noted.
R 12. | <b>Date of the next meeting.</b> Monday 1 November 2021 at 7.30pm.
P The meeting closed at 9.30pm.
PB
HC COLDMARSH PARISH COUNCIL
HC ENVIRONMENT COMMITTEE
C Minutes of the meeting held on Monday 11 October 2021 at Beacon Hall at 7.00pm
P <b>Present:</b> Cllr A Okoro (Committee Chairman), Cllr D Breckon, Cllr Mrs S Varley, Cllr P Hensby
P <b>In attendance:</b> Mrs Karen Ebdon (Assistant Clerk), Mr Roger Fleet (Tree Warden)
R E21/31 | <b>Apologies.</b> None.
R E21/32 | <b>Declarations of interest.</b> None.
R E21/33 | <b>Minutes of the meeting held on 13 September 2021.</b> Agreed and signed.
R E21/34 | <b>Tree survey of the recreation ground.</b> The Assistant Clerk reported that three quotations had been received. Mr Fleet advised that the two oaks by the pavilion should be looked at first. It was agreed to recommend to the Parish Council that the quotation from Weald Arboriculture for £780 be accepted.
R E21/35 | <b>Local nature reserve.</b> The Chairman reported that the volunteers had cleared the pond margins. Cllr Varley asked whether the reserve could be registered with the county wildlife sites scheme; the Assistant Clerk will find out.
R E21/36 | <b>Litter picks.</b> Cllr Hensby reported that 23 volunteers had taken part in the September pick. It was agreed to hold the next pick on Saturday 20 November.
R E21/37 | <b>Date of next meeting.</b> Monday 10 January 2022 at 7.00pm.
P Meeting closed 8.25pm.
