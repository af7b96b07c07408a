@title ES 05.10.2016
@font Helvetica
@fontsize 10.5
@header ES 05.10.2016||
@footer {page}
@pageoffset 611
HC DRUMCARRA &amp; LISNAGH CITY COUNCIL
S 4
P <b>Minutes of the Meeting of the Environmental Services Committee held in the Riverside Civic Centre, Drumcarra, on Wednesday, 5 October, 2016 at 5:30 pm</b>
S 4
G <b>PRESENT:</b> | Alderman W Kernohan (Chairman)
G  | The Right Worshipful the Mayor Councillor D McComb
G  | Aldermen R Boyce MBE and S Gault
G  | Councillors J Anketell, L Hegarty, M Magowan, T Rankin and B Sloan
G <b>IN ATTENDANCE:</b> | Director of Environmental Services
G  | Head of Service (Environmental Health)
G  | Head of Service (Operational Services)
G  | Waste Policy Officer
G  | Member Services Officer
H Commencement of Meeting
P The Chairman, Alderman W Kernohan, opened the meeting and drew Members' attention to the fire exits and the assembly point.
H 1. Apologies
P Apologies were accepted from Councillor P Corr and the Head of Service (Technical and Estates).
H 2. Declarations of Interest
P The Chairman asked Members to make any declarations of interest now and to complete the declaration forms on the table. A declaration was made by:
P Councillor B Sloan in respect of Item 4.3 'Grant Aid – Lisnagh Sports Association' on the basis that he is a committee member of the Association.
H 3. Minutes
H 3.1 Minutes of the Environmental Services Committee Meeting held on 7 September 2016
P On the proposal of Alderman S Gault, seconded by Councillor L Hegarty, it was agreed that the minutes of 7 September 2016, adopted by the Council on 27 September 2016, be signed as a correct record.
H 3.2 Tidy Towns Awards
P The Chairman, under matters arising, referred to the success of Lisnagh village in the regional Tidy Towns awards, where it had won the small village category for the second year. Members congratulated the volunteers and the Council's parks staff, and asked that a letter of thanks be sent to the Lisnagh Residents' Group.
H 4. Report from Director of Environmental Services
H 4.1 Household Recycling Centre Opening Hours
P The Head of Service (Operational Services) outlined the proposed winter opening hours for the three household recycling centres, which would see each site close at 5:00 pm rather than 7:00 pm from November to February, and open on Sunday mornings at Glenmona only. Councillor J Anketell asked whether the change would lead to more fly-tipping; the Head of Service said that the Sunday morning opening was intended to meet this concern and that fly-tipping figures would be reported to the Committee in March.
P It was proposed by Councillor T Rankin, seconded by Councillor J Anketell and agreed to recommend that the winter opening hours be adopted from 1 November 2016.
H 4.2 Dog Control Orders – Public Consultation
P The Environmental Health Manager's report on the first four weeks of the public consultation on new dog control orders was presented by the Head of Service (Environmental Health). Councillor M Magowan asked that the consultation be promoted at the schools and in the two leisure centres, as few responses had been received from families.
P Following discussion, it was proposed by Alderman R Boyce, seconded by Councillor B Sloan and agreed that the consultation period be extended by four weeks.
H 4.3 Grant Aid – Lisnagh Sports Association
P Councillor B Sloan, having declared an interest, left the meeting during consideration of this item.
P It was proposed by Alderman S Gault, seconded by Councillor L Hegarty and agreed that grant aid of £2,500 be awarded to the Lisnagh Sports Association towards the resurfacing of the pavilion path.
P Councillor B Sloan returned to the meeting.
H 4.4 Food Hygiene Rating Scheme – Quarterly Update
P Members noted the quarterly update on the food hygiene rating scheme, which showed that 94% of food businesses in the City now held a rating of 3 or above.
H 4.5 Street Naming – Development off Glenmona Road
P The Committee considered an application from the developer to name the new development off Glenmona Road 'Orchard Rise'. Councillor M Magowan proposed, and Councillor T Rankin seconded, that the name 'Mill Race' be used instead to reflect the history of the site. On a vote being taken, 4 Members voted in favour of the proposal and 5 against, and the proposal was declared lost.
P It was then proposed by Alderman R Boyce and seconded by Councillor L Hegarty that the name 'Orchard Rise' be approved. On a vote being taken, 7 Members voted in favour and 2 against, and the proposal was declared carried.
H 4.6 North West Waste Partnership – Minutes
P It was agreed that the minutes of the North West Waste Partnership Joint Committee meeting held on 15 September 2016 be noted.
H 5. Any Other Business
H 5.1 Bonfire Beacon Sites
P Councillor J Anketell asked for an update on the removal of tyres from the bonfire site at Carrowbeg. The Director of Environmental Services said that officers had met the local residents' group and that the tyres would be removed this week.
H 5.2 Graffiti at Lisnagh Underpass
P Councillor L Hegarty reported offensive graffiti at the Lisnagh underpass. The Head of Service (Operational Services) undertook to have it removed within 24 hours.
S 6
P There being no further business, the meeting ended at 6:47 pm.
S 24
P ______________________________
P Chairman
