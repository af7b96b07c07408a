@title Minutes June 3 2013
@font Helvetica
@fontsize 9.5
@numcol 26
@header MINUTES ||VILLAGE OF LAC-BELLEROSE
@header_first
@footer Initials of the Mayor ______ Initials of the Secretary-Treasurer ______ // {page}
HC MINUTES
HC VILLAGE OF LAC-BELLEROSE
HC JUNE 3, 2013
P REGULAR MEETING of the Municipal Council held at the Community Centre, 9 rue Principale, at 7:00 p.m.
P PRESENT are the following councillors:
G 1. Joan Pettigrew | 3. Réjean Lacasse
G 2. Marc-André Tessier | 4. Sophie Beaudoin
G 5. Graham Whitcombe |
P ABSENT: Lucie Vallières.
P QUORUM is present with Mayor Colette Arsenault presiding.
P ALSO PRESENT, Benoît Lemieux, Director General and Secretary-Treasurer.
H AGENDA
P 1. Adoption of the Agenda<br/>2. Mayor and Councillors Reports<br/>3. Question Period<br/>4. Adoption of the Minutes of the Regular Meeting held May 6, 2013
H CORRESPONDENCE
P 5. List is provided to Council members
H ADMINISTRATION
P 6. Accounts Payable<br/>7. Professional Association Membership – Director General<br/>8. Award of Contract – Cleaning Services<br/>9. Saint-Éloi Parish Fabrique – Request for Donation
H URBAN PLANNING, ENVIRONMENT AND SAFETY
P 10. CCUP – Minor Derogation – 22 chemin du Plateau<br/>11. Fire Prevention Services – Award of Contract
H INFRASTRUCTURE, ROADS AND SANITATION
P 12. Paving of chemin des Érables – Call for Tenders
H CULTURE, SPORTS AND COMMUNITY DEVELOPMENT
P 13. Fête nationale – Financial Support<br/>14. Lac-Bellerose Lake Association – Boat Launch Access<br/>15. Varia<br/>16. Second Question Period<br/>17. Closing of the Meeting
S 6
R 2013-06-101 | <b>1. ADOPTION OF THE AGENDA</b><br/>It is proposed by Councillor Joan Pettigrew, seconded by Councillor Réjean Lacasse AND RESOLVED THAT the agenda be adopted as presented, leaving item 15, Varia, open.<br/>ADOPTED UNANIMOUSLY
R | <b>2. MAYOR AND COUNCILLORS REPORTS</b><br/>Mayor Colette Arsenault reported on the meeting of the regional county municipality council of May 15, at which the new waste collection calendar was presented. Councillor Sophie Beaudoin reported on the library's summer reading club. Councillor Graham Whitcombe reported that the volunteer shoreline clean-up collected some forty bags of debris.
R | <b>3. QUESTION PERIOD</b><br/>Mr. Armand Giguère asked when the dust control product would be spread on the gravel section of chemin des Érables. The Director General answered that it is scheduled for the week of June 10. Mrs. Heather Lyall asked whether the boat launch would have a parking limit this summer. The Mayor answered that the question is on the agenda under item 14.
R 2013-06-102 | <b>4. ADOPTION OF THE MINUTES OF THE REGULAR MEETING HELD MAY 6, 2013</b><br/>Each member of Council having received a copy of the minutes at least 72 hours before this meeting, the Director General is dispensed from reading them.<br/>It is proposed by Councillor Marc-André Tessier, seconded by Councillor Sophie Beaudoin AND RESOLVED THAT the minutes of the regular meeting held May 6, 2013 be adopted as written.<br/>ADOPTED UNANIMOUSLY
R | <b>CORRESPONDENCE</b>
R | <b>5. LIST IS PROVIDED TO COUNCIL MEMBERS</b><br/>The list of correspondence received between May 3 and May 31, 2013 is provided to Council members and filed in the archives of the municipality.
R | <b>ADMINISTRATION</b>
R 2013-06-103 | <b>6. ACCOUNTS PAYABLE</b><br/>It is proposed by Councillor Graham Whitcombe, seconded by Councillor Joan Pettigrew AND RESOLVED THAT the accounts payable for the month of May 2013, in the amount of $48,317.22, be approved and paid.<br/>ADOPTED UNANIMOUSLY
R 2013-06-104 | <b>7. PROFESSIONAL ASSOCIATION MEMBERSHIP – DIRECTOR GENERAL</b><br/>It is proposed by Councillor Réjean Lacasse, seconded by Councillor Marc-André Tessier AND RESOLVED THAT Council authorize the membership of the Director General in the provincial association of municipal directors for 2013, at a cost of $395 plus taxes.<br/>ADOPTED UNANIMOUSLY
R 2013-06-105 | <b>8. AWARD OF CONTRACT – CLEANING SERVICES</b><br/>CONSIDERING the two quotations received for the cleaning of the Community Centre and the municipal office;<br/>It is proposed by Councillor Sophie Beaudoin, seconded by Councillor Graham Whitcombe AND RESOLVED THAT the cleaning contract be awarded to Entretien Bellerose Inc. for one year at a cost of $9,880 plus taxes.<br/>ADOPTED UNANIMOUSLY
R 2013-06-106 | <b>9. SAINT-ÉLOI PARISH FABRIQUE – REQUEST FOR DONATION</b><br/>It is proposed by Councillor Joan Pettigrew, seconded by Councillor Sophie Beaudoin AND RESOLVED THAT Council grant a donation of $300 to the Saint-Éloi Parish Fabrique for the repair of the church steps.<br/>Councillor Réjean Lacasse voted against the resolution.<br/>ADOPTED ON DIVISION
R | <b>URBAN PLANNING, ENVIRONMENT AND SAFETY</b>
R 2013-06-107 | <b>10. CCUP – MINOR DEROGATION – 22 CHEMIN DU PLATEAU</b><br/>CONSIDERING the request to allow a garage at 1.2 metres from the side lot line instead of the 2 metres required by the zoning by-law;<br/>CONSIDERING the favourable recommendation of the Planning Advisory Committee (CCUP);<br/>The Mayor asked whether any person present wished to be heard on the request. No person spoke.<br/>It is proposed by Councillor Graham Whitcombe, seconded by Councillor Marc-André Tessier AND RESOLVED THAT the minor derogation for 22 chemin du Plateau be granted.<br/>ADOPTED UNANIMOUSLY
R 2013-06-108 | <b>11. FIRE PREVENTION SERVICES – AWARD OF CONTRACT</b><br/>It is proposed by Councillor Réjean Lacasse, seconded by Councillor Joan Pettigrew AND RESOLVED THAT the fire prevention inspection contract for 2013-2014 be awarded to the intermunicipal fire service at the rate proposed in its letter of May 22, 2013.<br/>ADOPTED UNANIMOUSLY
R | <b>INFRASTRUCTURE, ROADS AND SANITATION</b>
R 2013-06-109 | <b>12. PAVING OF CHEMIN DES ÉRABLES – CALL FOR TENDERS</b><br/>It is proposed by Councillor Marc-André Tessier, seconded by Councillor Réjean Lacasse AND RESOLVED THAT the Director General be authorized to launch a call for tenders for the paving of 850 metres of chemin des Érables.<br/>ADOPTED UNANIMOUSLY
R | <b>CULTURE, SPORTS AND COMMUNITY DEVELOPMENT</b>
R 2013-06-110 | <b>13. FÊTE NATIONALE – FINANCIAL SUPPORT</b><br/>It is proposed by Councillor Sophie Beaudoin, seconded by Councillor Joan Pettigrew AND RESOLVED THAT Council grant $1,200 to the Fête nationale organizing committee and lend the stage and tables of the Community Centre for June 24.<br/>ADOPTED UNANIMOUSLY
R 2013-06-111 | <b>14. LAC-BELLEROSE LAKE ASSOCIATION – BOAT LAUNCH ACCESS</b><br/>Councillor Graham Whitcombe declared an interest as a director of the Lake Association and withdrew from the discussion.<br/>It is proposed by Councillor Marc-André Tessier, seconded by Councillor Réjean Lacasse AND RESOLVED THAT the Lake Association be authorized to staff the municipal boat launch on weekends from June 22 to September 2, 2013, to inspect boats for invasive species.<br/>ADOPTED UNANIMOUSLY
R | <b>15. VARIA</b><br/>No item was added.
R | <b>16. SECOND QUESTION PERIOD</b><br/>Mr. Armand Giguère thanked Council for the quick answer about chemin des Érables.
R 2013-06-112 | <b>17. CLOSING OF THE MEETING</b><br/>The agenda being completed, it is proposed by Councillor Joan Pettigrew AND RESOLVED THAT the meeting be closed at 8:47 p.m.<br/>ADOPTED UNANIMOUSLY
S 12
P I, Colette Arsenault, Mayor, certify that the signature of these minutes is equivalent to the signature by me of all the resolutions they contain within the meaning of article 142(2) of the Municipal Code.
S 16
G ______________________ | ______________________
G Colette Arsenault, Mayor | Benoît Lemieux, Director General and Secretary-Treasurer
