@title Cemetery and Allotments Committee minutes 15 March 2023
@font Helvetica
@fontsize 10.5
@numcol 22
@footer Cemetery & Allotments Committee 15.03.23 || Chairman's initials ..........
HC HAWKSDEN PARISH COUNCIL
HC CEMETERY AND ALLOTMENTS COMMITTEE
C Minutes of the meeting held on Wednesday 15th March 2023 at 7.00 pm in the Community Hub, Hawksden
S 6
P <b>Present:</b> Councillors R Wickens (Chairman), J Funnell, A Dadswell, P Ticehurst and S Relf
P <b>In attendance:</b> Mrs K Bristow (Clerk); Mr D Eason (Allotment Supervisor, Mill Lane); Mrs P Hoad (Allotment Supervisor, Station Road); Mr L Colbran (Hawksden Allotment Society)
S 4
R CA23/01 | <b>Apologies for absence</b><br/>Cllr T Vidler (work commitments). The apologies were accepted.
R CA23/02 | <b>Declarations of interest</b><br/>Cllr Funnell declared a personal interest in CA23/08 as a plot holder at Mill Lane.
R CA23/03 | <b>Minutes</b><br/>The minutes of the meeting held on 21st September 2022 were approved and signed by the Chairman as a correct record.
R CA23/04 | <b>Public session</b><br/>No members of the public were present.
R CA23/05 | <b>Allotment Supervisors' reports</b><br/>Mr Eason reported that Mill Lane had four vacant plots, all of which had been offered to people on the waiting list, and that the hedge on the north boundary needed cutting before the nesting season. Mrs Hoad reported that the water trough at Station Road was leaking again and that two tenants had been sent first warning letters about uncultivated plots. The reports were received.
R CA23/06 | <b>Allotment Society</b><br/>Mr Colbran reported on the seed swap held in February, which had raised £118 for the Society, and asked the Council to replace the broken padlock on the Station Road store. It was RESOLVED to purchase a new padlock and hasp at a cost of up to £45.
R CA23/07 | <b>Allotment rents 2023/24</b><br/>The Clerk presented the rent comparison with neighbouring councils. It was RESOLVED to recommend to Full Council that rents from 1st October 2023 be £42.00 for a full plot and £22.00 for a half plot. Proposed Cllr Relf, seconded Cllr Ticehurst.
R CA23/08 | <b>Water charges</b><br/>Cllr Funnell took no part in the discussion or vote. Members discussed the rise in water charges at Mill Lane. After discussion it was agreed to ask the Clerk to obtain a quotation for sub-meters on the two troughs.
R CA23/09 | <b>Cemetery fees and charges 2023/24</b><br/>The Clerk presented the schedule of fees. Cllr Dadswell asked that the fee for the interment of ashes for residents remain unchanged. It was RESOLVED to recommend to Full Council that all other fees increase by 5%, rounded to the nearest pound. (4 for, 1 against)
R CA23/10 | <b>Cemetery maintenance</b><br/>Cllr Dadswell reported that the yew by the lychgate was lifting the path. One quotation of £680 had been received. A decision was deferred until a second quotation has been obtained.
R CA23/11 | <b>Memorial safety testing</b><br/>The Clerk reported that the 2022 inspection had found six unstable headstones and that the owners had been written to. Noted.
R CA23/12 | <b>Items for next agenda</b><br/>Bee hives at Mill Lane; survey of the cemetery extension land.
R CA23/13 | <b>Date of next meeting</b><br/>Wednesday 20th September 2023 at 7.00 pm in the Community Hub.
S 10
P The meeting closed at 8.35 pm.
S 14
P Signed ........................................ Chairman &nbsp;&nbsp;&nbsp;&nbsp; Date ....................
