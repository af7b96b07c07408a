@title Planning Committee minutes 4 February 2020
@fontsize 10.5
@header Planning Committee          PL {page} || 4 February 2020
@pageoffset 13
HC MINUTES
C of the
HC PLANNING COMMITTEE
C held on 4 February 2020 at 7:00pm
S 6
P <b>Present:</b>
P Councillor R J Penfold (Chair)
P Councillors M Aske, B Chaundy, K Deverell, S Fairweather, P J Gosling, A Hollins, R Ives, L Kember, T Marrable, N Osgood, G Quilter and D Tolley
P <b>Also present:</b> Councillor C Wragg
S 4
H 1. Chair's Announcements
P The Chair welcomed the public and set out how the meeting would be run. He announced that item 9 on the agenda had been withdrawn by the applicant and would not be considered.
H 2. Apologies for Absence and Substitutions
P Apologies for absence were received from Councillors J Haslam and E Vane. Councillor Haslam had appointed Councillor D Tolley as his substitute.
H 3. Declarations of Interests
P Members were asked to declare any Disclosable Pecuniary Interests (DPI) or other registerable interests in the business before the meeting. No declarations were made.
H 4. Minutes
P The minutes of the meeting held on 7 January 2020 were confirmed as a correct record and signed by the Chair.
H 5. Public Question Time
P Questions and statements were made on the applications below, as recorded in the relevant minutes.
H 6. Land East of Mill Lane, Wrenfield – 19/02115/FUL
P The Committee considered an application for the erection of 14 dwellings with associated access, parking and landscaping on land east of Mill Lane, Wrenfield. A Green Sheet of additions and alterations had been circulated, reporting two further letters of objection and a revised comment from the Highway Authority.
P Mrs H Dacre and Mr R Inskip, local residents, spoke against the application, citing the narrowness of Mill Lane and the loss of the hedgerow along its frontage. Ms P Lowther, the agent for the applicant, spoke in support. Councillor C Wragg, a ward councillor, said that the scheme was too dense for the edge of the village.
P Members of the Committee shared the concerns about the access. On the motion of Councillor Kember, seconded by Councillor Quilter, the Committee did not accept the recommendation to approve the application.
P <b>RESOLVED</b> that the application be refused for the following reasons:
P 1. The proposed access from Mill Lane would be unsafe because of the restricted visibility to the north.
P 2. The density and layout would harm the rural character of the edge of Wrenfield.
P (7.08pm to 8.01pm)
H 7. Broomhall Barn, Stocks Lane, Hartsend – 19/01877/FUL
P The Committee considered an application for the conversion of a barn to a dwelling with a single storey link to an existing outbuilding. There were no public questions or statements on this item. In response to a question from a member, officers confirmed that a bat survey had been carried out and that mitigation was secured by condition.
P <b>RESOLVED</b> that the application be approved subject to the conditions detailed in the report to the meeting.
P (8.01pm to 8.14pm)
H 8. Land Rear of 2-8 Church Street, Oxley Green – 19/02003/OUT
P The Committee considered an outline application for up to six dwellings on land to the rear of 2-8 Church Street. Mr K Fenn, a neighbour, spoke against the application. Councillor Deverell said that Members would be helped by seeing the relationship of the site to the listed church before reaching a decision.
P <b>RESOLVED</b> that consideration of the application be deferred to enable Members to visit the site.
P (8.14pm to 8.29pm)
H 9. 41 Orchard Avenue, Castlebridge – 19/02240/FUL
P This application had been withdrawn by the applicant before the meeting.
H 10. Planning Appeals
P The Committee received information on appeal decisions made since its last meeting.
P <b>RESOLVED</b> that the information on appeal decisions between 13 December 2019 and 20 January 2020 be noted.
P (8.29pm to 8.31pm)
H 11. Urgent Business
P There were no items of urgent business.
S 8
P The meeting closed at 8.31pm
S 16
P Chair
