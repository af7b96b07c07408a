@title Minutes AGM 18 May 2009
@font Times-Roman
@fontsize 11.5
@header_first  
@header Hazelden Minnis Parish Council||Annual General Meeting 18 May 2009
@footer Chairman's signature ............................||Page {page}
HC HAZELDEN MINNIS PARISH COUNCIL
C Minutes of the Annual General Meeting held on 18 May 2009 at the Memorial Hall, Hazelden Minnis
P Present: Councillors Mrs. D Pettitt, K Brenchley, A Chaplin, Miss S Oyelaran, T Wellard and Mrs. G Fagg
P Also Present: District Councillor P Dunkerley, County Councillor Mrs. A Sherrin and L Vidler (Clerk to the Council)
H 1.     ELECTION OF CHAIRMAN
P Councillor Chaplin proposed and Councillor Wellard seconded that Councillor Mrs. Pettitt be elected Chairman. There were no other nominations.
P RESOLVED: that Councillor Mrs. Pettitt be elected Chairman of the Council for the year 2009/10.
P Councillor Mrs. Pettitt took the declaration of acceptance of office.
H 2.     APPOINTMENT OF VICE CHAIRMAN
P Councillor Brenchley was appointed Vice Chairman of the Council for the year 2009/10.
H 3.     REPORTS FROM VILLAGE ORGANISATIONS
P This item was deferred to the Parish Assembly on 27 May.
H 4.     DECLARATIONS OF INTEREST
P No declarations of interest were made.
H 5.     MINUTES OF THE MEETING HELD ON 20 APRIL 2009
P The minutes were approved as a correct record and signed by the Chairman.
H 6.     CHAIRMAN'S REPORTS
P The Chairman reported on the following matters.
P A)  The Playing Field – the grass had been cut and the goal posts re-set. Members were advised that a trailer was being left in the field gateway and was causing an obstruction. It was agreed that the Clerk should write to the owner.
P B)  Minnis Lane Flooding – the Chairman had met the County Council's drainage engineer on site; a new soakaway was programmed for the summer.
P C)  Traffic Calming – no report, as there had been no further developments.
P D)  Parish Web Site – the Chairman reported that the site had been moved to the new county scheme and some pages had been lost. Councillor Miss Oyelaran offered to help rebuild them and the Clerk was asked to arrange the training.
H 7.     PLANNING
P 09/00388 Conservatory, Forge House, The Street – no objection.
P 09/00402 Replacement dwelling, Marsh View, Moat Road – Councillor Fagg said that the new house was much larger than the bungalow it replaced. After discussion it was RESOLVED to object on the grounds of size and bulk.
H 8.     FINANCE
P The Clerk presented the end of year accounts for 2008/09 and the internal auditor's report. The accounts were approved and the Chairman signed the annual return.
P The following payments were approved: L Vidler, salary April and May, £310.00; Memorial Hall, room hire, £24.00; CALC, annual subscription, £88.50.
H 9.     REPORTS FROM DISTRICT AND COUNTY COUNCILLORS
P District Councillor Dunkerley reported on the district's new recycling service, which would start in October. County Councillor Mrs. Sherrin said that the bus service to the station would continue for another year.
H 10.    CORRESPONDENCE
P The correspondence list was circulated. The letter from the Memorial Hall committee about the car park was noted.
H 11.    DATE OF NEXT MEETING
P Monday 15 June 2009 at 7.30 pm at the Memorial Hall.
P The meeting closed at 9.15 pm.
