@title SDPCSP minutes 05.02.26
@font Times-Roman
@fontsize 11
@header OFFICIAL
@footer OFFICIAL 519204||{page}
HC SLIEVE DARRAGH POLICING AND COMMUNITY SAFETY PARTNERSHIP
HC MINUTES OF A MEETING OF THE SLIEVE DARRAGH POLICING AND COMMUNITY SAFETY PARTNERSHIP HELD ON THURSDAY 5 FEBRUARY 2026 AT 5:30 PM IN THE COUNCIL CHAMBER, KILBRANNAN CIVIC CENTRE
H PRESENT:
G MEMBERS: | Cllr Declan Mullan, Chairperson
G | Mrs Roisin Gallagher, Vice-Chairperson
G | Cllr Trevor Boyd (1)
G | Cllr Aine Devlin
G | Mr Brian Kerr
G | Cllr Sharon McIlwaine (2)
G | Mr Patrick Toner
G | Ms Gillian Wray
G DESIGNATED ORGANISATIONS: | Mr Colm Rafferty, Education Authority
G | Ms Janice Orr, Housing Executive
G | Mr Hugh Lavery, Fire and Rescue Service
G POLICE SERVICE IN ATTENDANCE: | (3) Chief Inspector Alan Crothers, Area Commander
G | (3) Inspector Niamh Duffy, Neighbourhood Policing
G OFFICIALS IN ATTENDANCE: | Mrs Deirdre Quinn, PCSP Manager
G | Mr Stephen Lowry, PCSP Officer
G | One Council Official
P (1) Item 1 to part item 5.2 (left at 6.40pm) (2) Item 3 to close (arrived at 5.45pm) (3) Items 5.1 and 5.2 only
H 1 APOLOGIES, ETC
P Apologies were received from Cllr Paul Quigley and Ms Eileen Magee.
P The Chairperson welcomed Mr Hugh Lavery to his first meeting as the Fire and Rescue Service's designated representative.
P The Partnership agreed the Agenda for the meeting. No one declared any items they wished to raise under 'Any Other Business'.
H 2 CONFLICTS OF INTEREST
P Mr Patrick Toner declared an interest in item 7 as a board member of the Kilbrannan Youth Forum, and took no part in the discussion of the grant to that body. No other conflicts of interest were declared.
H 3 DRAFT MINUTES OF THE MEETING HELD ON 27 NOVEMBER 2025
P A Member asked that the minutes record that the speed awareness event in Drumcor had been cancelled because of the weather, not for lack of interest.
P It was proposed by Ms Gillian Wray, seconded by Cllr Aine Devlin and agreed that the minutes be approved, subject to that amendment.
H 4 MATTERS ARISING
P 4.1 Mrs Deirdre Quinn reported that the letter to the Department for Infrastructure about street lighting on the Carrig Road had been answered; a lighting survey would be carried out in March.
P 4.2 The alley-gating scheme in Glebe Park had been completed and residents had reported fewer incidents.
H 5 POLICING COMMITTEE
H 5.1 Police Performance Report – Area Commander
P Chief Inspector Alan Crothers presented the performance report for the period April to December 2025. Total recorded crime had fallen by 4.2% and anti-social behaviour incidents by 11%. Domestic abuse crimes had risen by 6%.
P Members raised concerns about drug dealing near the Kilbrannan bus depot. Inspector Niamh Duffy said that two search operations had been carried out in January and that a further operation was planned.
P Cllr Sharon McIlwaine asked about response times in the rural beats. Chief Inspector Alan Crothers undertook to provide the figures before the next meeting.
P Members noted the report and thanked the officers for attending.
H 5.2 Policing Committee Engagement Plan 2026/27
P Mrs Roisin Gallagher presented the draft engagement plan, which proposed four public meetings and a youth engagement session.
P Cllr Trevor Boyd left the meeting at this point.
P The Policing Committee agreed the engagement plan, with the youth session to be held in the Glebe Park Community Centre.
H 6 PCSP ACTION PLAN 2026/27
P Mrs Deirdre Quinn presented the draft action plan for submission to the Joint Committee. The plan retained the three strategic priorities and added a new action on online safety for older people.
P Mr Brian Kerr welcomed the online safety action and asked that the library service be involved.
P It was proposed by Cllr Aine Devlin, seconded by Mr Brian Kerr and agreed that the draft action plan be recommended to Council for approval and submitted to the Joint Committee by 27 February 2026.
H 7 FINANCE
P 7.1 Mr Stephen Lowry presented the financial position at 31 December 2025, showing projected spend of 97% of the annual budget.
P 7.2 Members considered a request from the Kilbrannan Youth Forum for £1,500 towards a diversionary football programme. Members approved the grant of £1,500.
H 8 ANY OTHER BUSINESS
P Cllr Declan Mullan proposed that the Partnership write to the Minister of Justice about the closure of the Drumcor police station front counter. The proposal was seconded by Ms Janice Orr. On a vote (5 for, 7 against) the proposal fell.
H 9 DATE OF NEXT MEETING
P The next meeting will be held on Thursday 7 May 2026 at 5:30pm in the Council Chamber.
P The meeting closed at 7.20pm.
S 18
P Cllr Declan Mullan
P Chairperson
