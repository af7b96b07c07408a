@title Police and Crime Panel 6 February 2020
@font Helvetica
@fontsize 11
@header_first 
@header Police and Crime Panel – 6 February 2020
@footer {page}
HC WEARMOUTH COUNTY COUNCIL
S 6
P At a Meeting of <b>Police and Crime Panel</b> held in <b>Committee Room 2, County Hall, Wearmouth</b> on <b>Thursday 6 February 2020</b> at <b>10.00 am</b>
S 4
H Present:
H Councillor M Athey (Chair)
P <b>Members of the Panel:</b> Councillors J Blenkinsop, R Crozier, A Dodds, K Hebburn, S Liddle and P Tweddle (Wearmouth County Council) and Councillors D Keenleyside and B Rutter (Darrowby Borough Council)
P <b>Co-opted Members:</b> Mr H Gallon and Mrs S Ridley
P <b>Also Present:</b> R Surtees (Police and Crime Commissioner), J Vasey (Chief Finance Officer, OPCC), C Forrester (Chief Executive, OPCC) and Deputy Chief Constable N Brannigan
S 6
H 1 Apologies for Absence
P Apologies for absence were received from Councillor E Pinkney.
H 2 Substitute Members
P There were no substitute Members.
H 3 Minutes
P The minutes of the meeting held on 12 December 2019 were agreed as a correct record and signed by the Chair.
H 4 Declarations of Interest
P Councillor K Hebburn declared an interest in item 6 as her husband was a retired officer of Wearmouth Constabulary.
H 5 Police, Crime and Victims' Commissioner's Precept Proposals 2020/21 – Report of Chief Finance Officer, OPCC
P The Panel considered a report of the Chief Finance Officer, Office of the Police, Crime and Victims' Commissioner, setting out the Commissioner's proposal for the level of the policing precept for 2020/21 (for copy see file of Minutes).
P J Vasey informed the Panel that the provisional settlement allowed an increase of up to £10 for a Band D property and that the Commissioner proposed an increase of £9.95, which would fund 25 additional police officers.
P Councillor R Crozier asked how the consultation had been carried out. The Commissioner replied that 1,842 residents had responded to the online survey and that 61 per cent had supported an increase.
P Councillor A Dodds moved that the Panel veto the proposed precept as it placed too great a burden on households in Bands A and B. The motion was not seconded.
P Councillor P Tweddle moved and Councillor D Keenleyside seconded that the proposed precept be supported. Upon a vote being taken the motion was carried.
H Resolved:
P That the proposed precept of £171.29 for a Band D property for 2020/21 be supported.
H 6 Police and Crime Commissioner's Quarterly Performance Report – Report of Police and Crime Commissioner
P The Panel considered a report of the Police and Crime Commissioner which provided an update on performance for the period October to December 2019 (for copy see file of Minutes).
P Deputy Chief Constable N Brannigan reported that neighbourhood crime had fallen by 9 per cent compared with the same period in 2018.
P Mr H Gallon asked about the rise in reports of rural crime in the western dales, and Deputy Chief Constable N Brannigan explained that the increase followed a targeted awareness campaign with farmers.
H Resolved:
P That the report be noted.
H 7 Complaints Update – Report of Chief Executive, OPCC
P The Panel considered a report of the Chief Executive, OPCC, which provided details of complaints received against the Commissioner (for copy see file of Minutes).
P C Forrester advised that one complaint had been received and had been resolved informally.
H Resolved:
P That the report be noted.
H 8 Police and Crime Panel Budget 2020/21 – Report of Head of Legal and Democratic Services
P The Panel considered a report which set out the Home Office grant for the Panel and the proposed budget for 2020/21 (for copy see file of Minutes).
H Resolved:
P (i) That the budget for 2020/21 be approved.
P (ii) That the Panel's annual return be submitted to the Home Office by 31 March 2020.
H 9 Appointment of Independent Co-opted Member – Report of Head of Legal and Democratic Services
P The Panel considered a report on the arrangements for the appointment of an Independent Co-opted Member to replace Mrs S Ridley, whose term of office ends in June 2020 (for copy see file of Minutes).
P Mrs S Ridley thanked the Panel for the support she had received during her term of office.
H Resolved:
P That the recruitment process set out in the report be approved and that the Chair, the Vice-Chair and Mr H Gallon form the selection panel.
H 10 Such other business as, in the opinion of the Chairman of the meeting, is of sufficient urgency
P There was no urgent business.
