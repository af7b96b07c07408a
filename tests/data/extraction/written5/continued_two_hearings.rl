@title Licensing and Appeals Sub-Committee 21 June 2023
@font Helvetica
@fontsize 11
@numcol 12
@footer Licensing and Appeals Sub-Committee      {page} || 21 June 2023
HC COASTWOLD DISTRICT COUNCIL
HC LICENSING AND APPEALS SUB-COMMITTEE
P Minutes of a meeting of the Licensing and Appeals Sub-Committee held on 21 June 2023 in the Council Chamber, Council Offices, Cliff Road, Sheringsea at 10.00am.
G <b>Sub-Committee</b> | Mr B Hewitt (Chairman)
G  | Mrs J Aldiss
G  | Mr K Ransome
P <b>Officers in Attendance:</b> The Legal Advisor, the Licensing Manager and the Democratic Services Officer
P <b>Also in Attendance:</b> Mr M Dowsing (applicant, for item 4), Mrs E Flitcroft (for item 4)
R 1 | <b>APOLOGIES</b>
R  | None received.
R 2 | <b>ITEMS OF URGENT BUSINESS</b>
R  | None received.
R 3 | <b>DECLARATIONS OF INTEREST</b>
R  | None
R 4 | <b>APPLICATION FOR A NEW PREMISES LICENCE – THE NET LOFT, 4 QUAY STREET, BRANCASTLE</b>
R  | The Applicant, Mr Dowsing, was present. One objector, Mrs Flitcroft, was present.
R  | The Chairman introduced the Panel and Officers. The Legal Advisor outlined the procedure. She explained that the Panel would withdraw at the end of the hearing to make its decision, and that she would go with the Panel to advise on the law and to help frame the reasons, but would take no part in the decision itself.
R  | The Licensing Manager outlined the application, which was for the sale of alcohol on the premises from 11.00 until 23.00 daily and for recorded music until 23.00. He explained that the premises had been a sail loft and more recently a gallery, and that the application had been amended during the consultation period to remove late night refreshment. One representation had been received from a neighbouring resident; no responsible authority had objected.
R  | Mr Dowsing said that he intended to run a small wine and seafood bar with no more than 40 covers. He had lived in the village for twenty years and knew how much noise carried across the harbour on a still evening, which was why he had agreed with Environmental Health to keep the doors to the quay closed after 21.00.
PB
R  | <b>APPLICATION FOR A NEW PREMISES LICENCE – THE NET LOFT, 4 QUAY STREET, BRANCASTLE (Continued)</b>
R  | Mrs Aldiss asked how the applicant would manage customers smoking outside. Mr Dowsing replied that there would be a designated area at the rear, away from the cottages.
R  | Mrs Flitcroft said that she lived directly opposite the premises and that the narrow street already suffered from parking and from people leaving the Anchor late at night. She was not opposed to a restaurant but did not want another bar.
R  | Mr Ransome asked Mrs Flitcroft whether the closing of the quay doors would meet her concerns. She said that it would help.
R  | The Panel withdrew at 10.48am and returned at 11.20am.
R  | <b>RESOLVED</b>
R  | That the application be granted as amended, subject to the conditions agreed with Environmental Health and an additional condition that the doors to the quay be kept closed after 21.00 except for access and egress.
R  | <b>Reasons</b>
R  | The Panel was satisfied that, with the conditions, the licensing objectives would be promoted, and in particular the prevention of public nuisance.
R 5 | <b>RIGHT OF APPEAL</b>
R  | The Legal Advisor informed the parties of their right of appeal to the Magistrates’ Court within 21 days of the written decision.
P The meeting closed at 11.31am.
S 18
P ...................................................... Chairman
PB
HC LICENSING AND APPEALS SUB-COMMITTEE
P Minutes of a meeting of the Licensing and Appeals Sub-Committee held on 21 June 2023 in the Council Chamber, Council Offices, Cliff Road, Sheringsea at 2.00pm.
G <b>Sub-Committee</b> | Mrs J Aldiss (Chairman)
G  | Mr T Goodall
G  | Mr K Ransome
P <b>Officers in Attendance:</b> The Legal Advisor, the Senior Licensing Officer and the Democratic Services Officer
P <b>Also in Attendance:</b> Mr S Crane (Designated Premises Supervisor, for item 4), PC R Okoro (Norfolk Constabulary, for item 4)
R 1 | <b>APOLOGIES</b>
R  | Apologies were received from Mrs P Reeve. Mr Goodall attended as substitute.
R 2 | <b>ITEMS OF URGENT BUSINESS</b>
R  | None received.
R 3 | <b>DECLARATIONS OF INTEREST</b>
R  | Mr Goodall declared that he had played in the same darts league as the Designated Premises Supervisor some years ago but had no contact with him now. He did not consider that this affected his ability to determine the application.
R 4 | <b>APPLICATION TO VARY A PREMISES LICENCE – THE FERRY INN, STAITHE ROAD, OVERY MARSH</b>
R  | The Senior Licensing Officer outlined the application, which sought to extend the terminal hour for the sale of alcohol on Fridays and Saturdays from 23.00 to 01.00 and to add live music indoors until 00.30.
R  | Mr Crane said that the Inn had a new kitchen and function room and needed later hours to take wedding bookings. PC Okoro said that the police had attended three incidents at the premises in the past year, two of them after 23.00, and asked that the hours be limited to midnight.
R  | Mr Ransome asked whether door staff would be employed on Saturdays. Mr Crane confirmed that they would for any function of more than 60 guests.
R  | The Panel withdrew at 2.41pm and returned at 3.05pm.
R  | <b>RESOLVED</b>
R  | That the variation be granted in part, with the sale of alcohol on Fridays and Saturdays permitted until 00.00 and live music until 23.30, and with the condition on door staff proposed by the police.
R 5 | <b>EXCLUSION OF PRESS AND PUBLIC</b>
R  | <b>RESOLVED</b>
R  | That under Section 100A(4) of the Local Government Act 1972 the press and public be excluded from the meeting for the following item of business on the grounds that it involved the likely disclosure of exempt information as defined in Paragraph 1 of Part I of Schedule 12A (as amended) to the Act.
R 6 | <b>PRIVATE HIRE DRIVER’S LICENCE – REVIEW OF FITNESS</b>
R  | The Senior Licensing Officer presented the exempt report on a complaint made against a licensed private hire driver. The driver attended and answered questions from the Panel.
R  | Having considered the report and what the driver had said, the Panel agreed that a written warning be issued and that the driver attend a customer care course within three months.
P The meeting closed at 3.40pm.
S 18
P ...................................................... Chairman
