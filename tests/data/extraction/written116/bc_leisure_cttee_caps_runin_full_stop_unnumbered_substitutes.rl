@title Meeting of the *****(insert name of Committee), ******(insert date of meeting)
@font Helvetica
@fontsize 10.5
@footer Wyvernham Borough Council – Leisure Committee||27 September 1999 // {page}
HC Minutes of the Meeting of the LEISURE COMMITTEE
HC held on 27 September 1999
S 6
P <b>PRESENT</b> Councillor Margaret Ebdon (Chairman); Councillor Alan Tiplady (Vice Chairman); Councillors Peter Hurrell (as nominated substitute for Councillor Joan Byfleet); Sandra Quested; Michael Dunford; Rita Oyelaran; Brian Coulter; Graham Neave and Hilary Stott (as nominated substitute for Councillor Ken Ashdown)
P <b>In attendance:</b> Councillor Colin Pavitt
P <b>Apologies for absence:</b> Councillors Joan Byfleet; Ken Ashdown and Tessa Marchant
P <b>Officers present:</b> Lorna Beavis; Derek Ormerod; Philip Hatton; Sue Kenward and Martin Dyce
S 4
P <b>MINUTES.</b> The Minutes of the Meeting of the Leisure Committee held on 28 June 1999 were agreed as a true record and signed by the Chairman, subject to the correction of the date of the Arts Festival in Minute No. 6.
P <b>DECLARATIONS OF INTEREST.</b> Councillor Quested declared a personal interest in the item on Sports Development Grants as a member of the Wyvernham Swimming Club.
P <b>KEY SERVICE PRIORITIES 1999/2000.</b> The Committee considered a report setting out performance against its Key Service Priorities for 1999/2000. Having received clarification from Derek Ormerod (Head of Leisure Services) on the timetable for the new changing rooms at Hollins Park, the Committee received the report and noted that progress against all of its targets was satisfactory to date.
P <b>REVENUE BUDGET MONITORING 1999/2000.</b> The Committee received a report informing it of a projected shortfall of £38,000 in income at The Marlowe Centre, based on bookings in the first quarter of the year. Councillor Dunford asked whether the shortfall was due to the closure of the main hall for repairs in May. Officers confirmed that this accounted for about half of the loss. The Committee agreed to ask officers to bring forward proposals for a marketing campaign to its next meeting.
P <b>THE MARLOWE CENTRE – FEES AND CHARGES 2000/01.</b> The Committee considered proposed fees and charges for 2000/01, which would increase most charges by 3%. Councillor Oyelaran asked that the concessionary rate for people on benefits be held at its present level, and this was accepted. The Committee RESOLVED that the fees and charges set out in Annex 1 to the report be approved with effect from 1 April 2000, subject to the concessionary rate remaining unchanged.
P <b>HOLLINS PARK – PLAY AREA REFURBISHMENT.</b> Councillor Pavitt addressed the Committee as a ward councillor and presented a petition from 212 residents asking that the play area be refurbished before next summer. Philip Hatton explained that two designs had been prepared, costing £46,000 and £61,000. Councillor Coulter moved that the cheaper design be adopted; Councillor Neave moved that the decision be delayed until the capital programme is settled. Following a vote of 6 for and 3 against, the Committee agreed to adopt the cheaper design and to ask the Policy Committee to include it in the capital programme for 2000/01.
P <b>ALLOTMENTS – RENT REVIEW.</b> The Committee deferred consideration of this item to its next meeting, pending the outcome of the consultation with the Wyvernham Allotment Holders' Association.
P <b>SPORTS DEVELOPMENT GRANTS.</b> Councillor Quested, having declared an interest, left the room. The Committee approved grants totalling £4,750 to the eleven clubs listed in the report. Councillor Quested returned.
P <b>ARTS FESTIVAL 1999 – REPORT.</b> The Committee received a report from Sue Kenward on the Arts Festival held in July, which had attracted some 9,000 visitors, and noted the report. The Chairman asked that the Committee's thanks be passed to the volunteers.
P <b>EXCLUSION OF THE PUBLIC.</b> RESOLVED that, under Section 100A(4) of the Local Government Act 1972, the public be excluded from the meeting for the following item of business on the grounds that it involved the likely disclosure of exempt information.
P <b>CATERING CONCESSION AT THE MARLOWE CENTRE.</b> The Committee considered the three tenders received for the catering concession. The Committee agreed to award the concession to the highest scoring tenderer for a period of three years.
S 8
P The meeting began at 7.30 pm and ended at 9.40 pm
S 10
P COUNCILLOR MARGARET EBDON
P CHAIRMAN
