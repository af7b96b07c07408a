@title Minutes October 2009
@font Times-Roman
@fontsize 11
@footer Fordingbury PC draft minutes – printed 02/11/2009 || Page {page}
HC MINUTES OF THE PARISH COUNCIL MEETING OF FORDINGBURY PARISH COUNCIL HELD ON WEDNESDAY 14th OCTOBER 2009 AT 7.30pm IN THE VILLAGE HALL
S 6
G PRESENT | Cllr Neville Chard (Chairman)
G  | Cllr Brenda Hoskins (Vice Chairman)
G  | Cllr Ian Larcombe
G  | Cllr Wendy Tapper
G  | Cllr Owen Pritchard
G  | Cllr Karen Yeatman
G APOLOGIES | Cllr Simon Drewe
G  | PC Mark Ellery
G IN ATTENDANCE | 4 Members of the Public
G  | County Cllr Roper
G  | Sarah Venning (Parish Clerk)
S 6
H 1. Apologies for Absence.
P Apologies were received from Cllr Drewe and PC Ellery and were accepted.
H 2. Declarations of Interest.
P Cllr Tapper declared a personal interest in item 7 b) as a neighbour of the applicant.
H 3. Public Participation Time.
P a) Mr Quantock reported that the litter bin at the lay-by on the Stourbury road had not been emptied for three weeks and that rubbish was blowing into the hedge.
P <b>Action: The Clerk to contact the district council cleansing team.</b>
P b) A resident of Mill Row asked whether the speed indicator sign could be moved nearer the school. Cllr Chard explained that the sign was owned by the county council and could only be sited on approved posts.
H 4. Minutes of the Meeting held on 9th September 2009.
P The minutes were approved as a true record and signed by the Chairman.
H 5. Matters Arising.
P a) The Clerk reported that the replacement noticeboard had been delivered and would be fixed by the village handyman.
P b) The grit bin at Church Hill had been refilled by Highways.
H 6. County Councillor's Report.
P County Cllr Roper reported that the county council had agreed its winter gritting routes and that the Fordingbury road remained on the secondary network. He also reported that the library van timetable would change in November.
H 7. Planning.
P a) 1/D/09/001184 Orchard House, Back Lane – conservatory to rear. No objection.
P b) 1/D/09/001203 2 Mill Row – two storey side extension. Cllr Tapper left the room. After discussion it was resolved to object on the grounds of overlooking and loss of light to No. 4. Cllr Tapper returned.
H 8. Finance.
P a) The following cheques were approved for payment: S Venning salary £186.20; Fordingbury Village Hall £24.00; CAPTC subscription £61.50.
P b) The Council RESOLVED to adopt the revised Financial Regulations as circulated.
H 9. Footpaths.
P Cllr Larcombe reported that the stile on footpath 12 near Coombe Farm was broken. The landowner had been told.
P <b>Action: Cllr Larcombe to inspect again in November.</b>
H 10. Village Hall Car Park.
P Cllr Pritchard proposed that the Council contribute £500 towards resurfacing the village hall car park, seconded by Cllr Yeatman. Cllr Hoskins felt that the hall committee should first apply to the district council's community grants scheme. On being put to the vote the proposal was lost, two in favour and four against.
H 11. Correspondence.
P Letters from the County Association of Parish and Town Councils and from the Rural Community Council were received and noted.
H 12. Date of Next Meeting.
P Wednesday 11th November 2009 at 7.30pm. There being no further business the meeting closed at 9.10pm.
