@title Portmorran Borough Council Leisure and Environment Committee 5 November 2013
@font Times-Roman
@fontsize 11.5
@header {page}
@header_first  
HC PORTMORRAN BOROUGH COUNCIL
HC LEISURE AND ENVIRONMENT COMMITTEE
C 5th November, 2013.
P Minutes of proceedings of a meeting of the Leisure and Environment Committee held in the Council Chamber, Riverside, Portmorran, on Tuesday, 5th November, 2013 at 7.00 p.m.
G Present: | Alderman R. J. Kerr, in the Chair | 
G  | The Mayor, Councillor H. M. Dunlop (Mrs.) | 
G Aldermen | W. S. Agnew | M. E. Boyd (Mrs.)
G  | T. McKinney | 
G Councillors | J. A. Brolly | S. P. Gault (Items 1.0 – 4.3)
G  | N. F. Hegarty (Ms.) | D. C. McAleese
G  | P. Quigg | A. R. Stewart
G Officers in Attendance: | Director of Leisure Services, Head of Environmental Health, Parks Manager and Committee Clerk | 
G Also in Attendance: | Mr. G. Lavery, Northern Ireland Water (Item 3.0) | 
G Apologies: | Alderman Mrs. Lyttle and Councillor Devenney | 
S 6
H 1.0 MINUTES
P It was proposed by Councillor Quigg, seconded by Alderman Agnew and
P AGREED: that the Minutes of the meeting held on 1st October, 2013 be confirmed as a correct record and signed.
H 2.0 DECLARATIONS OF INTEREST
P Councillor Gault declared an interest in Item 5.0 (Street Trading Licence) as the applicant is a relative.
H 3.0 NORTHERN IRELAND WATER – PORTMORRAN WASTEWATER TREATMENT WORKS
P The Chairman welcomed Mr. Lavery to the meeting.
P Mr. Lavery advised that the upgrade of the Portmorran wastewater treatment works would begin in February 2014 and take eighteen months. The works would remove the odour problems reported at Riverside Park and allow new housing connections in the Ballyrashane Road area. A temporary haul road would be needed from the Quarry Road entrance.
P Councillor Brolly asked whether the towpath would remain open during the works. Mr. Lavery said that it would, apart from two short closures which would be notified in advance. Alderman Boyd (Mrs.) asked that local residents be kept informed through a newsletter.
P The Chairman thanked Mr. Lavery for his presentation and he left the meeting.
H 4.0 LEISURE SERVICES REPORT
H 4.1 Riverside Leisure Centre – Winter Opening Hours
P The Director of Leisure Services reported that usage of the centre after 9.00 p.m. on Fridays and Saturdays had fallen to an average of eleven customers and proposed that the centre close at 9.00 p.m. on those evenings from January to March 2014, saving an estimated £6,200.
P Councillor McAleese said that the swimming club trained late on Fridays and asked that the pool be excluded. The Director agreed to discuss this with the club.
P It was proposed by Councillor Stewart, seconded by Councillor McAleese and
P AGREED: to recommend that the winter opening hours be adopted, subject to the pool remaining available to the swimming club on Friday evenings.
H 4.2 Christmas Events Programme
P The Parks Manager outlined the programme for the switching-on of the Christmas lights on 29th November, the Santa's grotto at the Town Hall and the carol service at the Diamond.
P AGREED: to recommend that the programme be approved.
H 4.3 Pitch Hire Charges 2014/15
P It was proposed by Alderman Agnew, seconded by Councillor Quigg that pitch hire charges be frozen for 2014/15.
P On being put to the meeting the proposal was declared lost, 4 Members voting in favour and 6 against.
P It was then proposed by Councillor Hegarty (Ms.), seconded by Councillor Brolly and
P AGREED: to recommend that pitch hire charges be increased by 2% from 1st April, 2014.
P Councillor Gault left the meeting at 8.05 p.m.
H 5.0 ENVIRONMENTAL HEALTH REPORT
P The Head of Environmental Health presented the report, which included the following matters.
P 5.1 Dog Control Orders – the consultation on extending the dog exclusion areas to the play parks at Mill Street and Drumcullan had attracted 46 responses, all but three in favour.
P 5.2 Street Trading Licence – an application had been received for a stationary street trading licence for a hot food van in Castle Street on Saturdays.
P It was proposed by Alderman McKinney, seconded by Councillor Stewart and
P AGREED: to recommend that the Dog Control Orders be made and that the street trading licence be granted for twelve months.
H 6.0 CORRESPONDENCE
P The following correspondence was received:
P 6.1 Portmorran Rugby Football Club – thanking the Council for the new floodlights at the Showgrounds.
P 6.2 Department of the Environment – Local Government Reform: transfer of functions update.
P Noted.
H 7.0 CONSULTATIONS
P The Committee noted the consultation list, including the draft Marine Plan for Northern Ireland. Members who wished to comment were asked to contact the Committee Clerk by 22nd November.
H 8.0 ANY OTHER BUSINESS
P 8.1 Alderman Boyd (Mrs.) raised the condition of the public toilets at the Harbour car park. The Director of Leisure Services said that a refurbishment was included in the draft capital programme for 2014/15.
P 8.2 The Mayor thanked the staff of the Leisure Services Department for their work on the Remembrance Sunday arrangements.
P This being all the business the meeting concluded at 8.55 p.m.
