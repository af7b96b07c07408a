@title Minutes of Rathcoyne County Council meeting 220321
@font Times-Roman
@fontsize 11
@header ||Rathcoyne County Council
@footer Minutes of Rathcoyne County Council meeting 220321||Page {page} of 3
@numcol 20
HC RATHCOYNE COUNTY COUNCIL
C Minutes of meeting of Full Council held at 3:00 p.m. Monday 22 March 2021 on Microsoft Teams
S 6
P <b>Members Present:</b> Councillor D Fennelly (Cathaoirleach), Councillors F Brophy, C Carew, M Cosgrave, E Culleton, B Dempsey, S Dunne, T Egan, P Farrell, A Furlong, N Gahan, J Hoey, K Kavanagh, R Keogh, L Lawlor, G Mahon, D Moran, O Mulhall, S Nolan, J O’Brien, T O’Leary, P Phelan, M Quirke, C Rafter, A Ryan, B Scully, E Tierney, V Treacy, R Walsh and H Whelan.
P <b>Apologies:</b> Councillors J Byrne and M Delaney.
P <b>Also Present:</b> Mr L Cullinane, Chief Executive, Ms R Hanrahan, Mr P Devane and Ms A Grogan (Directors of Service), Mr K Furey (Head of Finance), Ms S Moloney (Meetings Administrator), Ms E Dowling (Meetings Secretary) and other officials.
P The Cathaoirleach welcomed everyone to the online March meeting of full council. He confirmed that the press and public were attending by a link on Teams and advised all attendees that recording was prohibited. He reminded members to leave the meeting if a conflict of interest arose on any item.
S 4
H 01/0321 Bereavements
P The Cathaoirleach extended his sympathy to the family of the late Mr Seán Kirwan, retired county engineer, and to Ms Patricia Gorey, Motor Tax, on the death of her father. A minute’s silence was observed.
H 02/0321 Minutes and Progress Report
P The council considered the minutes of the monthly meeting of 22 February 2021 together with the progress report. Councillor Keogh asked that the minutes record that he had voted against the 2021 rates adjustment. The Meetings Administrator confirmed that the minutes would be amended.
P Resolved on the proposal of Councillor Culleton, seconded by Councillor Hoey, that the minutes of the monthly meeting of 22 February 2021, as amended, be adopted and the progress report noted.
H 03/0321 Committee Minutes
P The council considered the minutes of the following committees which had been circulated with the agenda: Corporate Policy Group – 8 March 2021; Audit Committee – 2 February 2021; Ballyvode Municipal District – 17 February 2021.
P Resolved on the proposal of Councillor Treacy, seconded by Councillor Mahon, that the committee minutes be noted.
H 04/0321 Disposal of Land at Ballyvode
P The council considered the statutory notice dated 1 March 2021, which had been circulated to members pursuant to section 183 of the Local Government Act 2001, signifying the intention to dispose of 0.412 ha of the council’s land at Ballyvode to Ballyvode GAA Club in consideration of €1 per annum. Councillor Walsh disagreed with the proposed disposal and asked that the land be kept for a future school. Ms Hanrahan, Director of Service, advised that the Department of Education had confirmed that the site was not needed.
P Resolved on the proposal of Councillor Farrell, seconded by Councillor Scully, and on a show of hands, that pursuant to section 183 of the Local Government Act 2001 the council consent to the disposal of the land in accordance with the terms set out in the statutory notice.
H 05/0321 Chief Executive’s Monthly Report
P The Chief Executive presented his monthly report for February 2021. He highlighted the reopening of the libraries for click-and-collect and the progress of the vaccination centre at Rathcoyne Racecourse. Councillor Gahan asked about the delay to the Main Street public realm works and the Chief Executive replied that the contractor would return to site on 6 April. Councillor Tierney welcomed the new cycle lane on the Abbey Road.
P The council noted the Chief Executive’s report.
H 06/0321 Chief Executive’s Orders
P The council noted the list of Chief Executive’s Orders Nos. 211/2021 to 305/2021, made under delegated functions in the period 16 February to 15 March 2021, which had been circulated with the agenda.
H 07/0321 Recommendation of the Housing Strategic Policy Committee – Allocations Scheme
P The council considered the recommendation of the Housing Strategic Policy Committee of 4 March 2021 that the amended Allocations Scheme be adopted. Councillor Lawlor, chair of the committee, outlined the main changes, including the new points for applicants with a disability. Councillor Phelan opposed the recommendation on the grounds that the residency rule would disadvantage applicants from outside the county, and requested a roll call vote.
P A vote was taken by roll call with the following result: For 21; Against 7; Abstain 1. The Cathaoirleach declared the recommendation carried.
P Resolved on the proposal of Councillor Lawlor, seconded by Councillor O’Leary, that the recommendation of the Housing Strategic Policy Committee be adopted and the amended Allocations Scheme be made.
H 08/0321 Motion: Councillor Moran – Footpath at Kilbride Cross
P Councillor Moran moved the following motion: “That this council provide a footpath from Kilbride Cross to the national school in the 2021 roads programme.” The motion was seconded by Councillor Nolan. Mr Devane, Director of Service, replied that the footpath had been designed and would be funded from the active travel allocation. The motion was agreed.
H 09/0321 Motion: Councillor Furlong – Greenway Extension to Castlemoyne
P Councillor Furlong moved the following motion: “That this council commit €500,000 from its own resources to extend the greenway to Castlemoyne.” The motion was seconded by Councillor Carew. Mr Furey, Head of Finance, advised that no provision had been made for the expenditure in the 2021 budget. A vote was taken on the motion with the following result: For 11; Against 17; Abstain 2. The Cathaoirleach declared the motion lost.
H 10/0321 Motion: Councillor Kavanagh – Rural Broadband
P Councillor Kavanagh agreed to defer the motion to the April meeting, as the report from the broadband officer was not yet available.
H 11/0321 Motion: Councillor Quirke – Speed Limits at Schools
P Councillor Quirke moved the following motion: “That this council review the speed limits outside all rural schools.” Ms Grogan, Director of Service, replied that the review of special speed limits would go to the Ballyvode Municipal District in May. Councillor Quirke withdrew the motion.
H 12/0321 Conferences and Training
P Resolved on the proposal of Councillor Egan, seconded by Councillor Dempsey, that the attendance of members at the online AILG training on planning law on 15 April 2021 be approved.
H 13/0321 Correspondence
P The council noted the correspondence which had been circulated, including the letter from the Minister for Housing on the Croí Cónaithe scheme.
H 14/0321 Any Other Business
P There was no other business.
P The meeting concluded.
