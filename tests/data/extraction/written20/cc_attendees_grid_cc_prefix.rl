@title CCC Draft Minutes 09.02.2012
@font Helvetica
@fontsize 10.5
@footer Craigruie Community Council – Draft Minutes 09.02.2012 || Page {page}
HC Draft Minutes of Meeting held on Thursday 9th February 2012
C Craigruie Community Centre at 19.30
H Apologies and Attendees
G Attendees: | Councillor Helen Rattray, Councillor Alan Gilchrist, Murray Drummond (Chair), Eilidh Comrie, Graham Buchanan, Sheila McLaren, Neil Robb, Kirsty Menzies, Douglas Halley
G Other Attendees: | Alan Moffat (Fire and Rescue), Lynn Duke (Strathearn Herald) plus four members of the public
G Apologies: | Fraser McNab, PC Karen Lindsay
S 6
H 1. Welcome and Introduction
P CC Drummond welcomed those present and thanked Kirsty Menzies, who had agreed to take the minutes in the absence of the Secretary.
P CC Drummond reminded members that the vacancy on the Community Council would be advertised in the Herald and the shop window.
H 2. Minutes of Previous Meeting (12th January 2012)
P The minutes were approved, proposed by CC Robb and seconded by CC McLaren.
P Matters arising: the dog bin at Dalvreck path has now been installed.
H 3. Police Matters
P <i>Fire and Rescue – Alan Moffat</i>
H 3.1 Helipad
P Alan explained that the lit landing site at the Laggan field was now fully funded apart from £240 and that the Civil Aviation Authority survey was booked for March. CC Buchanan asked who would switch the lights on at night; Alan said the crew on call would do so when the air ambulance was requested.
P The Community Council agreed to give £240 from its own funds to complete the project. All present agreed.
H 3.2 Chimney Fires
P Alan reported three chimney fires in the area since Christmas and urged residents to have chimneys swept at least once a year. Free home fire safety visits are available.
H 4. Planning
P CC Halley reported on the applications received since the last meeting:
P 12/00087/FLL – erection of a house on land west of Tighnablair. No objection.
P 12/00102/FLL – change of use of shop to café, 2 Drummond Street. CC Comrie welcomed the proposal. No objection.
P The Community Council noted the decision of Perth &amp; Kinross Council to refuse the application for six houses at Mill of Ross.
H 5. Treasurer's Report
P CC Buchanan reported a balance of £1,382.46 in the current account. The annual grant from Perth &amp; Kinross Council had been received. The report was accepted.
H 6. Windfarm Community Fund
P Councillor Rattray explained that the fund panel would meet in April and that applications must be submitted by 16th March.
P CC McLaren proposed that the Community Council apply for £5,000 towards the riverside path, seconded by CC Comrie. CC Robb felt that the application should wait until the costs were known. On a vote the proposal was carried by 6 votes to 2.
H 7. Community Centre
P CC Menzies reported that the new heating controls had been fitted. Councillor Gilchrist said that the Council's property team would inspect the roof in the spring.
H 8. Correspondence
P Letters from Perth &amp; Kinross Council on the winter gritting routes and from Scottish Water on the Dalvreck main replacement were noted.
H 9. AOB
P Lynn Duke asked whether the Community Council would send a report each month for the Herald. CC Drummond agreed to provide one.
P CC Comrie raised the poor state of the bus shelter at Ross Bridge. The Chair will write to the roads department.
H 10. Date of Next Meeting
P Thursday 8th March 2012, Craigruie Community Centre at 19.30.
