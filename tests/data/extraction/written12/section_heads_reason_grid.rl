@title Planning, Taxi Licensing & Rights of Way Committee 22 January 2026
@font Helvetica
@fontsize 10.5
@header Planning, Taxi Licensing & Rights of Way Committee||Thursday, 22 January 2026
@footer {page}
@header_first CYNGOR SIR ELENYDD COUNTY COUNCIL
P <b>MINUTES OF A MEETING OF THE PLANNING, TAXI LICENSING &amp; RIGHTS OF WAY COMMITTEE HELD AT COUNCIL CHAMBER, COUNTY HALL, LLANELENYDD ON THURSDAY, 22 JANUARY 2026</b>
S 4
P <b>PRESENT</b>
P County Councillor K Rhydderch (Chair)
P County Councillors G Bowdler, R Pughe, L Tanat, A Cadwgan, E M Gethin, P Vychan, D Ellis-Owen, E Maelor and H Prosser
S 6
H 1. APOLOGIES
P Apologies for absence were received from County Councillors J Lloyd-Hope and I Madoc.
H 2. MINUTES OF THE PREVIOUS MEETING
P The Chair was authorised to sign as a correct record the minutes of the meeting held on 11 December 2025.
S 4
H Planning
H 3. DECLARATIONS OF INTEREST
P (a) County Councillor H Prosser declared a prejudicial interest in application 25/1187/FUL as the applicant is a client of his accountancy practice.
P (b) No Member requested that a record be made of their membership of a Town or Community Council where discussion had taken place of matters for the consideration of this Committee.
P (c) County Councillor R Pughe (who is a member of the Committee) declared that he would be acting as 'local representative' in respect of application 25/0931/OUT.
P (d) County Councillor S Trefor (who is not a member of the Committee) would be acting as 'local representative' in respect of application 25/1402/FUL.
H 4. PLANNING APPLICATIONS FOR CONSIDERATION BY THE COMMITTEE
H 4.1 25/0931/OUT Outline application for up to 12 dwellings with all matters reserved except access, Land adjacent to Maes yr Hafod, Llanfeuno
P The Committee considered the report of the Head of Property, Planning and Public Protection (copies filed with the signed minutes).
P Mr D Pennant (Objector) spoke against the application, referring to the width of the lane and to flooding of the lower field in the winters of 2023 and 2024. Mrs A Horrocks (Agent) spoke in support and said the drainage strategy had been accepted by the lead local flood authority.
P County Councillor R Pughe spoke as local representative. He said that the village had taken four new houses in ten years and supported the principle of some growth, but that the access onto the C2096 was unsafe for the number of homes proposed.
P The Professional Lead - Development Management advised that the Highway Authority had raised no objection subject to conditions and that the officer recommendation was one of approval.
P County Councillor E Maelor proposed and County Councillor G Bowdler seconded that the application be refused contrary to the officer recommendation. Following a vote it was
TH RESOLVED | Reason for decision
T That the application be refused for the following reason: the proposed access onto the C2096 is inadequate to serve the development and would be detrimental to highway safety, contrary to Policy DM13 of the Local Development Plan. | The Committee considered that the access would not be safe for the scale of development proposed.
H 4.2 25/1187/FUL Change of use of agricultural building to a holiday let and associated works, Pen-y-bryn Barn, Cwm Hirnant
P County Councillor H Prosser, having declared a prejudicial interest, left the meeting for consideration of this application.
P The Senior Planning Officer presented the report. Members asked about the visibility at the junction with the unclassified road, which the officer confirmed had not been measured on site.
P County Councillor K Rhydderch proposed that the application be deferred for a site visit and County Councillor P Vychan seconded the proposal.
TH RESOLVED | Reason for decision
T That consideration of the application be deferred to allow a site visit to take place. | To allow Members to assess the junction and the access track.
P County Councillor H Prosser returned to the meeting.
H 4.3 25/1320/HH Two storey side extension, 14 Heol y Dderwen, Pontelan
P This application was withdrawn from the agenda at the request of the applicant.
H 4.4 25/1402/FUL Erection of a rural enterprise dwelling, Tyddyn Isaf, Llanbedr Fawr
P County Councillor S Trefor spoke as local representative in support of the application and said the holding had been farmed by the same family for three generations.
P County Councillor L Tanat proposed and County Councillor A Cadwgan seconded that the application be approved in accordance with the officer recommendation.
TH RESOLVED | Reason for decision
T That the application be granted consent subject to the conditions set out in the report and a Section 106 agreement restricting occupancy. | In accordance with the officer's report.
H 5. APPEALS
P The Committee noted the details of the appeals received and decided since the last meeting.
S 4
H Taxi and other licensing
H 6. DECLARATIONS OF INTEREST
P There were no declarations of interest in respect of the licensing items.
H 7. HACKNEY CARRIAGE TABLE OF FARES
P The Committee received the report of the Licensing Officer on the comments received during the statutory consultation on the revised table of fares. County Councillor G Bowdler asked whether the soiling charge had been raised by the trade. The Licensing Officer confirmed that it had, and that the increase proposed was in line with neighbouring authorities.
TH RESOLVED | Reason for decision
T 1. That the revised table of fares come into effect on 1 March 2026. 2. That the table of fares be reviewed again in January 2027. | 1. To complete the statutory procedure under section 65 of the Local Government (Miscellaneous Provisions) Act 1976. 2. To keep the fares under regular review.
S 4
H Rights of Way
H 8. WILDLIFE AND COUNTRYSIDE ACT 1981 - APPLICATION TO ADD A FOOTPATH AT CWM NANT, LLANHYWEL
P The Committee considered the report of the Countryside Access Manager on an application to add a public footpath to the Definitive Map and Statement, supported by twenty-two user evidence forms.
P County Councillor P Vychan proposed that an order be made to add the footpath and County Councillor E Maelor seconded the proposal. On being put to the vote the proposal was lost.
P County Councillor A Cadwgan proposed and County Councillor L Tanat seconded that the application be refused in accordance with the officer recommendation.
TH RESOLVED | Reason for decision
T That the application be refused and no order be made. | The user evidence does not show twenty years' use as of right before the route was challenged in 2019.
S 10
P County Councillor K Rhydderch (Chair)
