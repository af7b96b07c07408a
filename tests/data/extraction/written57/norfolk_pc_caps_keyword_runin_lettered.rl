@title Hollingfen Parish Council Minutes 7 November 2005
@font Times-Roman
@fontsize 11
@footer Hollingfen PC Minutes 07.11.05||Page {page}
HC HOLLINGFEN PARISH COUNCIL
HC MINUTES OF PARISH COUNCIL MEETING HELD ON Monday, 7th November 2005, at 7.30pm in the Community Hall
S 4
P PRESENT: MRS V HARCOURT, CHAIRMAN &nbsp;&nbsp; MR L BRADNOCK &nbsp;&nbsp; MR S K MEEK &nbsp;&nbsp; MRS G TOVELL &nbsp;&nbsp; MR T WOODGATE &nbsp;&nbsp; MR D PUXLEY
P Mrs S Cheverton, Clerk/Treasurer
P ____________________________________________________________________________________
P <b>7.15PM Public Participation</b> – The following point(s) were raised: 1. Parishioner Mrs J Loades informed the council that the footpath sign at Crabbs Loke had been snapped off for the second time this year. Clerk to report to the County Council. 2. Mr R Gedge asked whether anything could be done about the lorries using Staithe Road as a short cut to the new grain store. The Chairman said the matter would be raised under item 10. 3. Councillor Mr Meek had been approached about the overhanging hedge opposite the Chapel houses. Clerk to contact the owner, Mr Beales of Low Farm, to see whose responsibility it is for cutting the hedge.
P <b>7.30PM</b> The Parish Council meeting commenced – The Chairman welcomed County Councillor C Hewett and District Councillor P Stannard and four parishioners.
P 1. <b>APOLOGIES</b> were received from Mr P Sayer and Mr H Fulcher.
P 2. <b>MINUTES OF LAST MEETING</b> These were approved as circulated and signed by the Chairman.
P 3. <b>MATTERS ARISING</b> – a) 5c) Staithe moorings. Mr Puxley reported that the new mooring posts had been delivered and would be fitted by volunteers on 19th November. b) 8a) Village sign. The sign has been collected for repainting and should be back before Christmas. c) Action list. Mrs Tovell asked that the list be circulated with the agenda in future. This was agreed.
P 4. <b>DECLARATION OF COUNCILLORS' INTERESTS FOR THIS MEETING</b> - Mr Woodgate declared a personal interest in item 6b as the applicant is a relative.
P 5. <b>CORRESPONDENCE</b> - a) NEDC – A summary of the consultation on the Local Development Framework core strategy. Clerk to circulate. b) County Council – Minerals and Waste Development Framework, statement of community involvement. The council declined to comment. c) The Post Office – Confirming that the outreach service will continue in the Community Hall on Tuesday mornings. d) Rural Community Council – Village Halls insurance seminar on 24th November. No one was available to attend. e) East Coast Ambulance Trust – Information on first responder schemes. Clerk to ask the Chapel whether a defibrillator could be kept there. f) Police – Details of the new Community Support Officer for the area. Clerk to include details in the next news sheet. g) NEDC – Casual vacancy. Confirming that the council may co-opt. h) River Navigation Committee – Consultation on moorings byelaws. Mr Puxley to draft a response.
P 6. <b>PLANNING</b> – a) 05/1842 Rosemary Cottage, The Street – rear conservatory. No objection. b) 05/1907 Land adj. Marsh View, Staithe Road – erection of dwelling. Mr Woodgate left the room. Mr Bradnock said the site was liable to flooding and the access was poor. It was <b>RESOLVED</b> to recommend refusal. Mr Woodgate returned. c) 05/1655 The Old Granary – decision received, approved with conditions.
P 7. <b>FINANCE</b> – The Treasurer presented the accounts to 31st October. Balances: current account £1,212.48, deposit account £6,935.10. The following cheques were approved: Mrs S Cheverton salary and expenses £212.60; Hollingfen Community Hall hire £24.00; A J Thrower grass cutting £186.00; NEDC dog bin emptying £58.50. Proposed Mrs Tovell, seconded Mr Meek, all agreed.
P 8. <b>STAITHE AND MOORINGS</b> – The waiting list for wet berths now has eleven names. Mr Puxley reported that berth 14 had been given up and offered to Mr K Rix, next on the list, who has accepted. The annual mooring fees were reviewed. Mr Bradnock proposed that fees be increased by 5% from April 2006, seconded by Mrs Tovell. It was <b>RESOLVED</b> that fees be increased by 5% from 1st April 2006.
P 9. <b>RECREATION GROUND</b> – The annual play equipment inspection report was received. Two items were marked as needing attention: the swing chains and the surface under the climbing frame. Mr Meek obtained a quotation of £340 for the work. It was agreed to accept the quotation.
P 10. <b>HIGHWAYS</b> – County Councillor Hewett said that a weight restriction on Staithe Road would need the support of the police and a traffic survey. It was agreed that the Clerk write to the highways engineer asking for a survey in the spring. The pothole at Chapel Corner has been repaired.
P 11. <b>ANY OTHER BUSINESS</b> – District Councillor Stannard reported that the district council would consult on car parking charges in the new year. Mrs Tovell asked that the Christmas tree be put up on 3rd December. Noted.
P 12. <b>DATE OF NEXT MEETING</b> – Monday, 5th December 2005 at 7.30pm in the Community Hall.
S 8
P There being no further business the meeting closed at 9.20pm.
S 16
P Signed ……………………………………… Chairman &nbsp;&nbsp;&nbsp;&nbsp; Date ……………………
