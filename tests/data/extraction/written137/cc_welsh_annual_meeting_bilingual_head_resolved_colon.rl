@title Minutes of the Annual Meeting 16 May 2022
@font Helvetica
@fontsize 10.5
@footer Annual Meeting 16.05.22||Page {page}
HC CWMBRYNAR AND TREOLWEN COMMUNITY COUNCIL
HC CYNGOR CYMUNED CWMBRYNAR A THREOLWEN
C <i>Working for our Community / Gweithio dros ein Cymuned</i>
S 6
HC MINUTES OF THE ANNUAL MEETING MONDAY 16 MAY 2022 AT 6.30PM, COUNCIL CHAMBER, BRYNAR ROAD SPORTS PAVILION, CWMBRYNAR
S 4
G <b>Present:</b> | Cllr M Prosser (Chair) | Cllr G Parry
G  | Cllr S Rees | Cllr H Watkins
G  | Cllr L Morgan | Cllr D Hughes
G  | Cllr T Jenkins | Cllr A Price
G  | Cllr K Bowen | Cllr E Gwilym
P <b>In attendance:</b> Rhian Bevan, Clerk to the Council &amp; Responsible Financial Officer/Proper Officer; Owain Lloyd, Administrator; two members of the public.
I The retiring Chair, Cllr M Prosser, presided for item 1. Members had each signed the Declaration of Acceptance of Office before the meeting opened, following the ordinary elections of 5 May 2022.
H 1. Elect a Chair of the Council
P Cllr H Watkins proposed and Cllr G Parry seconded the election of Cllr S Rees. There were no other nominations.
P RESOLVED: Cllr S Rees was elected as Chair for the Council year 2022/23 and signed the Declaration of Acceptance of Office as Chair in the presence of the Proper Officer. Cllr Rees took the chair.
H 2. Elect Vice-Chair of the Council
P Cllr D Hughes and Cllr L Morgan were nominated. Cllr D Hughes was proposed by Cllr T Jenkins and seconded by Cllr A Price; Cllr L Morgan was proposed by Cllr E Gwilym and seconded by Cllr K Bowen. Following a show of hands Cllr L Morgan received 6 votes and Cllr D Hughes 4.
P RESOLVED: Cllr L Morgan was elected as Vice-Chair for the Council year 2022/23 and signed the Declaration of Acceptance of Office.
H 3. Retiring Chair's Annual Report
P Cllr M Prosser presented her report on the Council's year 2021/22:
P "It has been a privilege to chair the Council through a year in which we finally returned to the Chamber after nearly two years of meeting on screens. I would like to thank our Clerk and Administrator, who kept the office open by telephone and e-mail throughout, and every Member who gave up evenings to sit on our committees. Among the year's work I would single out the new footbridge over the Nant Brynar, finished in October after three winters of waiting, the planting of the Treolwen orchard with the primary school, and the grants of just over £9,000 made to sixteen local groups. The Remembrance parade returned in full in November and I was proud to lay the Council's wreath. I wish the new Council well."
P The report was NOTED.
H 4. Apologies for Absence
P None. All eleven Members were present; one seat remains vacant following the uncontested election.
H 5. Declarations of Interest
P Cllr A Price declared a personal interest in item 8 as a trustee of the Community Centre Management Committee.
H 6. Appointment of Committees
P It was proposed by Cllr G Parry and seconded by Cllr H Watkins that the existing committees continue.
P RESOLVED: That the Finance and General Purposes Committee, the Planning Committee and the Personnel Committee be re-appointed for 2022/23 with their existing terms of reference.
H 7. Appointment of Members to Committees
P Following discussion the following Members were appointed:
P Finance and General Purposes – Cllrs G Parry, S Rees, L Morgan, K Bowen, T Jenkins
P Planning – Cllrs H Watkins, D Hughes, E Gwilym, A Price
P Personnel – Cllrs S Rees, L Morgan, G Parry
P Cllr K Bowen asked whether the Planning Committee could meet on a Thursday. It was agreed that each committee would fix its own meeting day at its first meeting and that the Chair would sit on each Committee ex officio.
H 8. Appointment of Representatives to Outside Bodies
P RESOLVED: To appoint the following representatives for 2022/23:
P Cwmbrynar Community Centre Management Committee – Cllr A Price
P Treolwen Village Hall Trustees – Cllr E Gwilym
P One Voice Wales Area Committee – Cllr L Morgan
P County Borough Town and Community Council Liaison Forum – Cllr S Rees, substitute Cllr D Hughes
P Brynar Valley Flood Group – Cllr T Jenkins
H 9. Standing Orders and Financial Regulations
P Members resolved to readopt the Standing Orders (2021 model) and the Financial Regulations without amendment, subject to the financial limits in Regulation 4 being reviewed by the Finance and General Purposes Committee in September.
H 10. Members' Allowances 2022/23
P The Clerk presented the determinations of the Independent Remuneration Panel for Wales for 2022/23.
P RESOLVED: To make the £156 payment towards the extra costs of working from home available to every Member; any Member wishing to decline the payment to inform the Clerk in writing by 30 June 2022.
H 11. Schedule of Meetings 2022/23
P The draft schedule was agreed, meetings to be held on the second Monday of each month at 6.30pm with no meeting in August.
H 12. Insurance Renewal
P Members noted that the insurance renewal falls due on 1 June 2022. Owain Lloyd reported that only one quotation had been received. Deferred to the June meeting pending a second quotation.
H 13. Date of Next Meeting
P Monday 13 June 2022 at 6.30pm in the Council Chamber.
S 8
P The meeting closed at 7.48pm.
S 16
P Signed ……………………………………… Chair        Date ……………………
