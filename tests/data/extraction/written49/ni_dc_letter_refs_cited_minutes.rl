@title Development Committee 14 November 2011
@font Times-Roman
@fontsize 11.5
@numcol 30
@header Development Committee – 14 November 2011||{page}
@header_first  
HC DRUMARD DISTRICT COUNCIL
C COMHAIRLE CEANTAIR DHROIM ARD
S 8
P Minutes of the meeting of the Development Committee held in the Council Chamber, Townhall, Drumard on Monday, 14 November 2011 at 7.30pm.
G PRESENT: | Councillors Gerard Maguire (Chairman), Hazel Armstrong, Noel Breen, Roisin Corrigan, Trevor Elliott, Sean Gallagher, William Johnston, Declan McGovern, Pauline Monaghan, Raymond Noble, Brendan Quinn and Alan Wilson
G APOLOGIES: | Councillors Eamon Boyle, Mervyn Crawford and Gerard Keenan
G IN ATTENDANCE: | Chief Executive, Director of Development, Economic Development Officer and Committee Clerk
S 8
R D141/11 | <b>MINUTES</b>
R  | The minutes of the meeting held on Monday, 10 October 2011 were approved and signed.
R D142/11 | <b>– D129/11 b) ORCHARD LANE CEMETERY EXTENSION</b>
R  | The Chief Executive informed the Committee that the notes of the site meeting with the drainage authority had been received and would be tabled at the Environmental Services Committee meeting on Tuesday, 15 November 2011.
R D143/11 | <b>DEPUTATION – LAKELINE NETWORKS LTD</b>
R  | The Chairman welcomed Mr Colm Devlin, Managing Director, and Ms Aoife Brennan, Technical Director, of Lakeline Networks Ltd to the meeting.
R  | Mr Devlin addressed the following points in a presentation:
R  | •  the background of Lakeline Networks Ltd<br/>•  the benefits of fixed wireless broadband for rural townlands<br/>•  the company’s tariffs and speeds<br/>•  current and planned coverage in the district
R  | Ms Brennan explained that a mast on the Council’s depot at Drumcullen Road would extend coverage to a further 900 premises.
R  | Councillor Hazel Armstrong asked whether the service would reach the islands on the upper lough. Ms Brennan replied that a survey would be carried out in the spring.
R  | The Chairman thanked Mr Devlin and Ms Brennan for their presentation and they left the meeting.
R  | AGREED: that officers bring a report to the next meeting on the proposal to site a mast at the Drumcullen Road depot.
R D144/11 | <b>DRAFT TOURISM DEVELOPMENT PLAN 2012 – 2015</b>
R  | The Director of Development presented the draft plan, which had been circulated. Councillor Noel Breen welcomed the emphasis on angling and walking tourism.
R  | Proposed by Councillor Noel Breen<br/>Seconded by Councillor Pauline Monaghan and
R  | RESOLVED: that the draft Tourism Development Plan 2012 – 2015 be approved for public consultation.
R D145/11 | <b>– D118/11 c) LOUGH SHORE TRAIL – FUNDING APPLICATION</b>
R  | The Economic Development Officer reported that the application to the rural development fund for the second phase of the Lough Shore Trail had been successful and a letter of offer of £186,400 had been received.
R  | Proposed by Councillor Trevor Elliott<br/>Seconded by Councillor Sean Gallagher and
R  | RESOLVED: that the letter of offer be accepted and the Council’s match funding of £62,150 be provided from the capital programme.
R D146/11 | <b>ECONOMIC DEVELOPMENT OFFICER’S REPORT</b>
R  | (a) Business Start Programme – 41 enquiries had been received in the quarter and 17 business plans approved.
R  | (b) Drumard Christmas Market – 46 stalls had been booked for the market on 10 December 2011.
R  | NOTED
R D147/11 | <b>CORRESPONDENCE</b>
R  | (i) Letter from the regional roads office regarding the resurfacing of the Lisnagore Road, for information.
R  | (ii) Letter from Drumard Chamber of Commerce thanking the Council for its support for the late night shopping scheme.
R  | NOTED
R D148/11 | <b>ANY OTHER BUSINESS</b>
R  | Councillor Brendan Quinn raised the condition of the Market Yard car park following the recent flooding.
R  | AGREED: that officers inspect the car park and report back to the next meeting.
R D149/11 | <b>DATE OF NEXT MEETING</b>
R  | Monday, 12 December 2011 at 7.30pm.
S 10
P The meeting closed at 9.05pm.
S 24
P Chairman .......................................................          Date ..............................
