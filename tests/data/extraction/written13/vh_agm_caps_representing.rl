@title Great Wellow Village Hall AGM 2024
@font Helvetica
@fontsize 10
@footer Great Wellow Village Hall Management Committee - AGM 23rd October 2024||Page {page}
HC MINUTES OF THE ANNUAL GENERAL MEETING OF THE GREAT WELLOW VILLAGE HALL MANAGEMENT COMMITTEE (Registered Charity)
HC 23RD OCTOBER 2024
C Village Hall, 7.45PM
S 6
P <b>Present:</b>
TH Name | Representing
T Robert and Jean Yeo | Village Hall Committee
T Anne Lusty | Village Hall Committee, Treasurer
T Graham Hoad | Parish Council
T Sheila Prowse | WI
T Martin Cull | Cricket Club
T Bridget Alway | Wellow Players
T Nigel Stubbington | Short Mat Bowls
T Pam Dibden | Village Hall Caretaker
T Derek Mould, Carol Mould | Wellow Society
T Fiona Starks | Playgroup
H WELCOME
P Chairman Robert Yeo welcomed everyone present and thanked the caretaker for setting out the hall and the WI for the refreshments.
H APOLOGIES FOR ABSENCE
T Kevin Ashby | Badminton Group
T Lorraine Purkiss | Village Hall Committee
T Pilates class | (no representative)
H MINUTES OF LAST AGM HELD 19TH OCTOBER 2023
P The minutes of the last AGM were agreed and duly signed.
H CHAIRMAN'S REPORT/MAINTENANCE
P Robert Yeo summarised his report:
P Bookings have held up well, helped by the refurbished kitchen which hirers have noticed. The committee's priorities remain the heating, redecoration of the main hall and fundraising towards new windows on the road side. The sub-committee looking at the windows has obtained two quotations but listed building consent may be needed. The quiz night and the summer barn dance both made a profit, though the barn dance was a great deal of work for a few people. Robert thanked Pam Dibden for her care of the building and said he had covered the bookings himself for three months while a new bookings secretary was found.
P Graham Hoad asked whether the Parish Council could help with the cost of the consent application; Robert said a request would be put in writing.
H TREASURER'S REPORT
P Anne Lusty presented the independently examined accounts for the year to 31st August 2024. Income was £9,806 and expenditure £7,214, leaving a surplus of £2,592 which has been placed in the windows fund. Martin Cull asked why the electricity cost had fallen; Anne explained that the new tariff had started in March.
P It was resolved to accept the accounts. Proposed Derek Mould, seconded Sheila Prowse.
H BOOKINGS
P Fiona Starks, who took over as bookings secretary in May, reported that regular weekly bookings now fill every weekday morning. She proposed that the hourly rate for private parties be raised from £14 to £16. Bridget Alway said that the village groups should not be asked to pay more as their funds were low. The proposal was put to the meeting and lost, 6 for and 9 against. Rates remain unchanged for the coming year.
H ELECTION OF OFFICERS AND COMMITTEE
P Chairman: Robert Yeo. Treasurer: Anne Lusty. Secretary: vacant. Bookings Secretary: Fiona Starks.
P The officers and the committee as listed were elected en bloc. Proposed Nigel Stubbington, seconded Carol Mould, carried unanimously.
P The meeting noted that the post of Secretary remains vacant and anyone willing to help should speak to Robert.
H REPRESENTATIVES OF USER GROUPS
P Sheila Prowse reported that the WI will celebrate its centenary in the hall next June. Bridget Alway said that the Wellow Players' pantomime would run for three nights in January and asked for the stage lights to be checked beforehand.
H ANY OTHER BUSINESS
P Derek Mould raised the state of the car park surface after the wet winter. It was noted that the Parish Council's contractor would be asked to fill the potholes in the spring.
H DATE OF NEXT AGM
P Wednesday 22nd October 2025 at 7.45pm.
S 10
P The meeting closed at 9.20pm and was followed by cheese and wine.
