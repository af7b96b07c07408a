@title Planning Committee 17 February 2026
@font Helvetica
@fontsize 10.5
@numcol 12
@header PLANNING COMMITTEE - 17.2.2026 || - {page} -
@header_first
@footer
HC LONDON BOROUGH OF BRIMSWORTH
S 2
HC MINUTES OF THE MEETING OF THE PLANNING COMMITTEE HELD ON TUESDAY, 17 FEBRUARY 2026
S 4
G <b>MEMBERS:</b> | Councillors Hayri Kemal (Chair), Rosa Delahunt (Vice Chair), Bukola Adeyemi, Thomas Brackley, Nikos Charalambous, Elif Demirel, Gareth Llewellyn, Susan Marwood, Peter Ostrowski and Imogen Rudd
G <b>ABSENT:</b> | Councillor Desmond Achterberg
G <b>OFFICERS:</b> | Andrew Hartigan (Head of Development Management), Hannah Duff (Principal Planning Officer), Kwame Asante (Senior Planning Officer), Rebecca Mayle (Legal Services) and Nadia Lodge (Secretary)
G <b>Also Attending:</b> | Applicants, agents, deputees and members of the public
S 4
R 1 | <b>WELCOME AND APOLOGIES</b>
R  | The Chair welcomed everyone to the meeting and explained the order of the meeting. Apologies for absence were received from Councillor Achterberg.
R 2 | <b>DECLARATION OF INTERESTS</b>
R  | Councillor Bukola Adeyemi declared a non-pecuniary interest in application 25/02870/HOU as she knew the applicant, and left the room for that item.
R 3 | <b>MINUTES OF THE PLANNING COMMITTEE MEETING HELD ON TUESDAY 20 JANUARY 2026</b>
R  | AGREED the minutes of the meeting held on 20 January 2026 as a correct record.
R 4 | <b>REPORT OF THE HEAD OF DEVELOPMENT MANAGEMENT</b>
R  | NOTED the Section 106 Update report, which set out the contributions received and spent in the third quarter of 2025/26.
R 5 | <b>25/03012/FUL - FORMER GASHOLDER SITE, MERIDIAN WAY, BRIMSWORTH, N18 3QP</b>
R  | NOTED
R  | 1. The introduction by Hannah Duff, Principal Planning Officer, clarifying the proposals for the redevelopment of the site to provide 212 residential units in four blocks of between six and fourteen storeys, with 35% affordable housing.
R  | 2. The deputation of Ms Lorraine Ibe, Chair of the Meridian Way Residents' Association, objecting to the height of the tallest block and the loss of light to Ponders Walk.
R  | 3. The response of Mr Gavin Pryor, agent for the applicant.
R  | 4. Members' debate and questions responded to by officers, including Councillor Llewellyn's question about the timing of the new health centre.
R  | 5. The support of the majority of the Committee for the officers' recommendation: 7 votes for, 2 votes against and 1 abstention.
R  | AGREED that the Head of Development Management be authorised to grant planning permission subject to the conditions set out in the report and the completion of a Section 106 Agreement.
R 6 | <b>25/02870/HOU - 41 CHALFONT ROAD, BRIMSWORTH, N9 7JL</b>
R  | NOTED
R  | 1. Councillor Adeyemi left the meeting for this item.
R  | 2. The introduction by Kwame Asante, Senior Planning Officer, clarifying the proposals for a part two storey, part single storey rear extension and a rear dormer.
R  | 3. The deputation of Mr Brian Culver, neighbouring resident.
R  | 4. Councillor Marwood, seconded by Councillor Ostrowski, moved that the application be refused on the grounds of the overbearing impact of the two storey element on 39 Chalfont Road.
R  | 5. The support of the majority of the Committee for the motion to refuse: 5 votes for and 4 votes against.
R  | AGREED that planning permission be refused for the reason that the two storey rear extension, by reason of its depth and proximity to the boundary, would have an overbearing impact on the occupiers of 39 Chalfont Road.
R 7 | <b>25/03377/VAR - BRIMSWORTH LEISURE CENTRE, SILVER STREET, BRIMSWORTH, N18 1PL</b>
R  | NOTED
R  | 1. The introduction by Andrew Hartigan, Head of Development Management, clarifying that the application sought to vary the approved opening hours of the outdoor pitches.
R  | 2. The Committee's unanimous support for the officers' recommendation.
R  | AGREED that planning permission be granted subject to the conditions set out in the report.
R 8 | <b>25/01998/FUL - 2-6 HERTFORD PARADE, BRIMSWORTH, N9 0AS</b>
R  | NOTED
R  | 1. The Chair advised that the applicant had submitted revised plans on the day of the meeting and that officers had not had time to assess them.
R  | 2. Councillor Charalambous proposed that the application be considered as submitted. There was no seconder.
R  | AGREED that consideration of the application be deferred to enable the revised plans to be consulted upon.
R 9 | <b>DATE OF NEXT MEETING</b>
R  | NOTED the date of the next meeting as Tuesday 24 March 2026.
S 12
P The meeting ended at 9.42 pm.
