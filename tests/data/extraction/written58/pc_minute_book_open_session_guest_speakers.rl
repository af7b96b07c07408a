@title Caverswick Parish Council minutes 16 September 2013
@font Times-Roman
@fontsize 11
@header Page {page}||
@pageoffset 60
HC CAVERSWICK PARISH COUNCIL
C ___________________________________________________________
S 4
HC MINUTES OF COUNCIL MEETING HELD ON MONDAY 16TH SEPTEMBER 2013 AT CAVERSWICK AND BLYTHMOOR VILLAGE HALL.
S 4
P <b>MEMBERS PRESENT:</b> Councillor Mrs. J. Wetton (Chairman), Councillor K. Alsop (Vice-Chairman), Councillor A. Tatton, Councillor Mrs. P. Hollins, Councillor D. Shenton, Councillor Miss R. Salt, Councillor G. Podmore, Councillor Mrs. E. Bagnall, Councillor T. Hulme.
P <b>IN ATTENDANCE:</b> Sgt. Keith Harrop, PCSO Leanne Bould, County Councillor W. Brough, Mrs. D. Plant (Clerk), Members of the public (5), Press (1).
H 1. APOLOGIES FOR ABSENCE.
P Apologies were received from Councillor Mrs. S. Beardmore and Councillor L. Fradley.
H 2. DECLARATIONS OF INTEREST.
TH Item | Member declaring interest | Nature of interest
T 7.1 Planning application MED/2013/0455 | Councillor D. Shenton | Personal and prejudicial – applicant is his brother-in-law.
T 10 Motion – Blythmoor Playing Field | Councillor G. Podmore | Personal – committee member of Blythmoor Juniors FC.
T County Council highway issues | Councillor Mrs. E. Bagnall | Personal – employed by the County Council in its highways contact centre.
H 3. OPEN SESSION.
P Standing Orders were suspended.
P <b>3.1 Guest Speakers</b> – Sergeant Keith Harrop and PCSO Leanne Bould.
P Chairman Councillor Mrs. J. Wetton welcomed Sergeant Harrop and PCSO Bould. Sergeant Harrop thanked the Council for the invitation and explained that he had taken over the Caverswick and Hollins Moor neighbourhood team in July. He gave the following report:
P Recorded crime in the parish for June to August 2013 was 23 offences compared with 31 in the same period of 2012. There had been four thefts from sheds and garages in Blythmoor, one house burglary on Uttley Road, two incidents of criminal damage to vehicles and a number of reports of off-road motorcycles on the old railway line. A man had been arrested and charged in connection with the shed thefts.
P PCSO Bould reported that she had held two street surgeries outside the Co-operative store and that the main concerns raised were speeding on Ridgeway Lane and parking near the school. A speed survey had been requested.
P Councillor Tatton asked what was being done about the off-road motorcycles. Sergeant Harrop replied that the team had identified two of the riders and that warning letters had been issued under the anti-social behaviour legislation. Councillor Mrs. Hollins asked whether the police office in the library would reopen; Sergeant Harrop said that there were no plans to reopen it but that officers would continue to use the library for surgeries.
P The Chairman thanked Sergeant Harrop and PCSO Bould for attending. They left the meeting at 7.50 p.m.
P <b>3.2 County Councillor's Report</b> – County Councillor W. Brough.
P County Councillor Brough reported that the County Council had approved the resurfacing of the A-road through the village for the spring and that the consultation on the future of the household waste site at Fernyhough Bank would run until 31st October. He urged residents to respond.
P <b>3.3 Members of the Public</b>
P Mr. Colin Fenton of Uttley Road raised the condition of the footpath between Uttley Road and the church, which was overgrown. Mrs. Maureen Cope spoke in support of the proposal for a multi-use games area on the playing field (item 10) and presented a letter signed by forty parents.
P Standing Orders were reinstated.
H 4. MINUTES OF LAST MEETING.
P The minutes of the meeting held on 19th August 2013, having been circulated, were considered. Proposed by Councillor Alsop, seconded by Councillor Hulme, and
P RESOLVED that the minutes be approved as a true record and signed by the Chairman.
H 5. CHAIRMAN'S REPORT.
P The Chairman reported that she had attended the Remembrance planning meeting at the church and the County Association of Local Councils area meeting. The wreath would again be laid by the Chairman on 10th November.
H 6. CLERK'S REPORT.
P The Clerk reported that the annual return had been signed off by the external auditor without qualification, that the defibrillator at the village hall had been checked, and that the footpath raised in the open session would be reported to the County Council's rights of way team.
H 7. PLANNING.
P <b>7.1 Applications received.</b> Councillor Shenton left the meeting.
P MED/2013/0455 – Two storey rear extension, 12 Moorland View. Proposed by Councillor Podmore, seconded by Councillor Miss Salt, that the Council raises no objection. Carried.
P Councillor Shenton returned to the meeting.
P MED/2013/0478 – Change of use of agricultural building to dog grooming parlour, Hollow Farm, Ridgeway Lane. Councillor Tatton expressed concern about traffic on the lane. Proposed by Councillor Tatton, seconded by Councillor Hulme, that the Council objects on highway grounds. Carried, one abstention.
P <b>7.2 Decisions notified.</b> MED/2013/0391, 3 Church Close – granted. MED/2013/0402, land at Fernyhough Bank – refused. Noted.
H 8. HIGHWAYS.
P Councillor Mrs. Bagnall reported that the gully on Ridgeway Lane opposite the school was blocked and that the 30 m.p.h. repeater sign at Blythmoor Bank was missing. The Clerk was asked to report both items to the County Council.
H 9. FINANCE.
P <b>9.1 Accounts for payment.</b> The following accounts were presented for payment:
TH Payee | Details | Amount
T Mrs. D. Plant | Clerk's salary, September | £312.50
T HMRC | PAYE | £78.10
T Blythmoor Village Hall | Room hire | £18.00
T Moorland Grounds Ltd | Grass cutting, August | £264.00
P Proposed by Councillor Alsop, seconded by Councillor Mrs. Hollins, and RESOLVED that the accounts be paid.
P <b>9.2 Bank reconciliation.</b> The reconciliation to 31st August 2013 showing a balance of £11,204.63 was received and noted.
H 10. MOTION – BLYTHMOOR PLAYING FIELD.
P Councillor Tatton moved, and Councillor Miss Salt seconded, the following motion of which notice had been given:
P "That this Council supports in principle the provision of a multi-use games area on Blythmoor Playing Field and asks the Clerk to seek grant funding towards its cost."
P Councillor Podmore moved an amendment, seconded by Councillor Hulme, to add "subject to a consultation with the residents of Meadow Close". On being put to the vote the amendment was lost by 3 votes to 6.
P The substantive motion was put to the vote and was carried by 7 votes to 1, with one abstention.
H 11. CORRESPONDENCE.
P The Chairman left the meeting at 9.05 p.m. and the Vice-Chairman, Councillor Alsop, took the chair for the remaining business.
P 11.1 Moorlands Edge Community Foundation – invitation to apply for small grants. Noted.
P 11.2 Letter from the Blythmoor Allotment Society requesting a water trough. The Council agreed to meet half the cost up to £120.
H 12. DATE OF NEXT MEETING.
P Monday 21st October 2013 at 7.15 p.m. at Caverswick and Blythmoor Village Hall.
P The meeting closed at 9.20 p.m.
S 12
P Signed ....................................................... Chairman        Date ...............................
