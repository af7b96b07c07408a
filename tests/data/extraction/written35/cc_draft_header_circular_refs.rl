@title Hamarsvoe Community Council Draft Minutes September 2019
@font Helvetica
@fontsize 10.5
@header Hamarsvoe Community Council Draft Minutes – September 2019 Subject to approval at the October 2019 meeting
@footer Page {page} of 2
HC MONDAY 2 SEPTEMBER 2019
P At a meeting of <b>HAMARSVOE COMMUNITY COUNCIL</b> held in the Board Room, Voehead House, North Quay, Hamarsvoe, at 7.00pm
G <b>Members</b> | Mr R Isbister | Mrs L Tulloch
G  | Mr K Sinclair | Mrs A Jamieson
G  | Mr D Manson | Ms H Fullerton
G  | Mr P Laurenson | Mr T Eunson
G <b>Ex-Officio Councillors</b> | Cllr M Halcrow | Cllr E Wishart
G <b>Co-opted Members</b> | Miss C Flaws (Youth Member) | 
G <b>In Attendance</b> | Constable S Irvine, Police Scotland | Ms Freya Leask, Marine Services
G  | Mrs J Odie, Clerk to the Council | 
G <b>Chairman</b> | Mr R Isbister, Chairman to the Council, presided. | 
S 6
H 09/19/01 Circular
P The circular calling the meeting was held as read.
H 09/19/02 Apologies for absence
P Apologies for absence were received from Mr G Pottinger, Mrs S Georgeson and Cllr J Nicolson.
H 09/19/03 Minutes
P The minutes of the meeting held on Monday 5 August 2019 were approved by Mr K Sinclair and seconded by Mrs A Jamieson.
H 09/19/04 Business Arising from the Minutes
P Members raised the following matters arising.
P <u>Minute ref 08/19/07 – Bus Shelter, Ness Road</u> Mr Manson said that the replacement shelter had still not been fitted, although the base had been laid in June. The Clerk said that she had been told the shelter was on order and would be delivered in October.
P <u>Minute ref 08/19/AOB – Harbour Steps</u> Mrs Tulloch said that the handrail on the lower flight of the harbour steps was still loose. Cllr Halcrow said that he had reported it to Ports and Harbours and would ask again.
P (Action: Clerk to the council)
H 09/19/05 Police Scotland Monthly Report
P Constable Irvine presented the monthly report. There had been four road traffic offences in August, two of them for using a mobile phone while driving, and one report of theft of fuel from a boat at the marina, which was under enquiry.
P Mr Isbister asked whether the speed checks on the Staney Hill road would continue over the winter.
P Constable Irvine said that they would, subject to staffing, and that the mobile camera unit would visit twice in September.
P Ms Fullerton asked about reports of youths on the roof of the old fish mart. Constable Irvine said that he was aware of it and that the owners had been asked to secure the building.
P The report was noted.
H 09/19/06 Ferry Terminal Car Park – Ms Freya Leask, Marine Services
P The Chairman welcomed Ms Leask to the meeting.
P Ms Leask explained that the terminal car park would be resurfaced and relined over three weeks in October, in two halves so that half of the spaces would remain open at all times. Overnight parking for islanders travelling south would be moved to the north pier during the works.
P Mrs Tulloch asked whether the disabled bays would be kept near the terminal building. Ms Leask said that they would and that temporary bays would be signed.
P Mr Laurenson asked whether the works could be delayed until after the October school holiday. Ms Leask said that the contractor's dates were fixed but that she would ask.
P The Chairman thanked Ms Leask for attending.
P (Action: Clerk to circulate the works plan to members)
H 09/19/07 Planning Applications
P 2019/201/PPF – Erect dwelling house, site adjacent to Quoys, Hamarsvoe – Members had no objections.
P 2019/214/PPF – Change of use of former net store to short-term holiday let, Westerhouse, North Quay – Mr Eunson said that parking on North Quay was already difficult in the summer. It was agreed to write to the Planning Service asking that parking be considered as part of the application.
P (Action: Clerk to the council)
H 09/19/08 Community Council Grant Scheme
P Two applications had been received: the Hamarsvoe Gala Committee (£300 towards the children's sports) and the Voehead Senior Citizens Club (£250 towards the Christmas lunch).
P Mr Sinclair proposed that both awards be made in full and Mrs Jamieson seconded. This was agreed.
H 09/19/09 Correspondence
P Shetland Islands Council – community council election timetable; Scottish Water – notice of mains work at Staney Hill; NHS Shetland – consultation on health centre opening hours. The correspondence was noted.
H 09/19/10 Treasurer’s Report
P Mrs Tulloch reported a balance of £6,418.22 in the current account and £2,950.00 remaining in the grant budget for the year.
H 09/19/AOB Any Other Business
P <u>Street Lighting, Hillhead</u> Mr Manson reported that three lamps at Hillhead had been out for a fortnight. Cllr Wishart said she would report them the next morning.
P <u>Youth Member</u> Miss Flaws said that the youth club would like to present its plans for a skate area at the November meeting. The Chairman said that the Council would be glad to hear them.
H Date of Next Meeting
P The next meeting will be held on Monday 7 October 2019 at 7.00pm in the Board Room, Voehead House.
P The meeting closed at 9.05pm.
