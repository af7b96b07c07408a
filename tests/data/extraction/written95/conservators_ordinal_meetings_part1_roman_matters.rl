@title Hollinsdown Commons Conservators - Minutes January and April 2009
@font Times-Roman
@fontsize 11
@header Hollinsdown Commons Conservators||Minute Book 2009
@footer {page}
HC MINUTES of the 431st Meeting of the COMMONS CONSERVATORS held on Saturday 17th January 2009 at the Parish Rooms, Church Walk, Hollinsdown.
S 4
G <b>Present:</b> | Mr. A Pennock | Chairman
G  | Mr. D Gorringe | 
G  | Cllr. M Ayling | 
G  | Cllr. S Tebbutt | 
G  | Mr. P Wellbeloved | 
G  | Mr. G Hale | Clerk
G  | Mr. T Rusbridge | Warden
S 4
P Also present were Mrs. E Lavender (Hollinsdown Residents' Association) and two members of the public.
H Part 1
P The Chairman welcomed Mrs. Lavender to the meeting and reminded those present that the Conservators' annual walk would take place in May. He also recorded the Conservators' thanks to the volunteers who had cleared the scrub on Pond Down before Christmas.
H 1. Apologies for Absence
P Mr. K Fairweather, Cllr. R Ansell.
H 2. Minutes of last Meeting
P The minutes were agreed as circulated and signed by the chairman.
H 3. Matters Arising
P i. Environmental Stewardship a) Grazing. The twenty sheep on Pond Down were moved to Gallows Down in November and will remain there until March. b) Natural England. The Warden reported that the annual monitoring visit had taken place on 9th December and that the condition of the chalk grassland had been assessed as favourable.
P ii. Burgh Lane encroachment – The Clerk reported that the owner of No. 14 Burgh Lane had removed the fence from the common following the Conservators' letter of 2nd December. Mr. Gorringe said that the boundary posts should now be replaced. It was agreed that the Warden would reinstate the posts.
P iii. Winter Walks – Cllr. Tebbutt reported that the two winter walks had been attended by 34 people.
H 4. Warden's Report
P The Warden reported that 41 trees had been made safe after the storm of 27th December, that the car park at Gallows Down had been resurfaced and that there had been three incidents of off-road motorcycling on Hollinsdown Heath, which had been reported to the police. Mrs. Lavender asked whether the Heath could be patrolled at weekends. The Warden said he would discuss this with the Safer Neighbourhood Team.
H 5. Finance
P The Clerk presented the accounts for the quarter to 31st December 2008. Income from the Borough Council's grant and the grazing licence was as budgeted. The accounts were approved. The budget for 2009/10 of £48,600 was agreed, proposed by Cllr. Ayling and seconded by Mr. Wellbeloved.
H 6. Byelaw Signs
P Mr. Wellbeloved reported that eight of the byelaw signs at the entrances to the commons were illegible. The Clerk was asked to obtain quotations for replacement signs for the April meeting.
H 7. Any Other Business
P Cllr. Ayling reported that the Borough Council was reviewing its open spaces strategy and that the Conservators would be consulted.
H 8. Date of next Meeting
P Saturday 18th April 2009 at 10.00am at the Parish Rooms.
H Part 2
H 9. Staffing
P The Conservators considered the Warden's hours for the summer season. It was resolved that the seasonal assistant be re-engaged from 1st April 2009 for 26 weeks.
S 8
P The meeting closed at 12.05pm.
PB
HC MINUTES of the 432nd Meeting of the COMMONS CONSERVATORS held on Saturday 18th April 2009 at the Parish Rooms, Church Walk, Hollinsdown.
S 4
G <b>Present:</b> | Mr. A Pennock | Chairman
G  | Mr. D Gorringe | 
G  | Cllr. M Ayling | 
G  | Cllr. R Ansell | 
G  | Mr. K Fairweather | 
G  | Mr. G Hale | Clerk
S 4
P Also present was Mr. N Oldroyd of the Downs Conservation Volunteers.
H Part 1
H 1. Apologies for Absence
P Cllr. S Tebbutt, Mr. P Wellbeloved, Mr. T Rusbridge (Warden).
H 2. Appointment of Conservators and Election of Chairman
P Notice had been received from the Borough Council that Mr. Pennock and Mr. Fairweather had been re-appointed as Conservators for the next three years. Cllr. Ansell proposed and Mr. Gorringe seconded Mr. Pennock as Chairman for the next year and he was duly elected.
H 3. Minutes of last Meeting
P The minutes were agreed as circulated and signed by the chairman.
H 4. Matters Arising
P There were no matters arising other than those on the agenda. The Clerk reported that the replacement boundary posts at Burgh Lane had been installed.
H 5. Byelaw Signs
P The Clerk reported that three quotations had been received. It was agreed to accept the quotation of Downland Signs Ltd. for £1,380 for eight signs. Proposed by Cllr. Ayling, seconded by Mr. Fairweather.
H 6. Volunteer Programme
P Mr. Oldroyd outlined the Downs Conservation Volunteers' programme for the summer, which included scrub clearance on Gallows Down and repairs to the dew pond. The Chairman thanked him for the volunteers' work.
H 7. Annual Accounts 2008/09
P The Clerk presented the draft accounts for the year ended 31st March 2009, showing a surplus of £1,214. The accounts were approved for submission to the auditor.
H 8. Date of next Meeting
P Saturday 18th July 2009 at 10.00am at the Parish Rooms.
S 8
P The meeting closed at 11.40am.
