@title Wealdmarsh District Council Cabinet 9 March 2009
@font Helvetica
@fontsize 10.5
@numcol 24
@header Cabinet||CB 09.03.09
@footer {page}
HC Wealdmarsh District Council
HC CABINET
HC 9 March 2009
P Minutes of the Cabinet meeting held at the Town Hall, Saltinghurst-on-Sea on Monday 9 March 2009 at 2.00pm.
P <b>Cabinet Members present:</b> Councillors J.R. Hollamby (Leader), Mrs P.A. Wenlock, D.G. Catt, S.J. Pilbeam, Mrs A.M. Ruck, T.E. Fagg and K.W. Goble.
P <b>Other Members present:</b> Councillors Mrs L. Birchall, R.F. Tuffin and M.J. Weekes.
P <b>Advisory Officers present:</b> Chief Executive, Director of Services, Director of Resources, Head of Housing (in part), Head of Amenities (in part), Legal Services Manager and Democratic Services Officer.
P <b>Also present:</b> Mr Kieran Dobbs and Miss Leah Thorpe, Saltinghurst Youth Council, and two members of the local press.
I Publication Date: 11 March 2009. PART II decisions take effect on 19 March 2009 unless called in by the Overview and Scrutiny Committee before that date.
R CB08/168 | <b>MINUTES</b>
P The minutes of the meeting of 9 February 2009 were agreed as a correct record and the Chairman was authorised to sign them.
R CB08/169 | <b>APOLOGIES FOR ABSENCE</b>
P Apologies for absence were received from Councillor Mrs H.E. Marchant (Chairman of Council).
R CB08/170 | <b>DISCLOSURE OF INTERESTS</b>
P Councillor Mrs Ruck declared a personal interest in Minute CB08/174 as a trustee of the Saltinghurst Community Association and, in accordance with the Code of Conduct, remained in the room during the consideration thereof.
R CB08/171 | <b>EXCLUSION OF THE PUBLIC</b>
P RESOLVED: That, under Section 100A(4) of the Local Government Act 1972, the press and public be excluded from the meeting for Minutes CB08/177 and CB08/178, which involve the likely disclosure of exempt information.
HC PART I – RECOMMENDATIONS TO COUNCIL
R CB08/172 | <b>CAR PARKING CHARGES 2009/10</b> (Cabinet Agenda Item 6)
P Cabinet considered the report of the Director of Services which set out proposed charges for the Council's car parks from 1 April 2009. Councillor Pilbeam, Cabinet Portfolio Holder for Environment, introduced the report and explained that the charges at the seafront car parks had not risen for two years. Councillor Weekes, attending as a ward member, asked that the free hour at Station Road be kept for the benefit of the town centre traders, and this was accepted.
P <b>RECOMMENDED:</b> That the car parking charges set out at Appendix A to the report be approved with effect from 1 April 2009, with the first hour at Station Road car park remaining free of charge.
R CB08/173 | <b>HOUSING STRATEGY 2009-2014</b> (Cabinet Agenda Item 7)
P Members received the report of the Director of Services on the draft Housing Strategy, which had been amended following consultation with partners and the Overview and Scrutiny Committee. Councillor Mrs Wenlock welcomed the new emphasis on empty homes.
P <b>RECOMMENDED:</b> That the Housing Strategy 2009-2014 be adopted.
HC PART II – DECISIONS
R CB08/174 | <b>SALTINGHURST YOUTH COUNCIL – GRANT</b> (Cabinet Agenda Item 8)
P Cabinet considered the report of the Director of Resources on a request from Saltinghurst Youth Council for a contribution towards its summer programme. Mr Kieran Dobbs addressed Cabinet on behalf of the Youth Council and described the activities planned for young people in the district's three towns. Councillor Catt thanked the Youth Council for its presentation.
P <b>RESOLVED:</b> That a grant of £2,500 be made to Saltinghurst Youth Council for 2009/10, funded from the Community Grants budget.
R CB08/175 | <b>CONCESSIONARY FARES – NATIONAL SCHEME</b> (Cabinet Agenda Item 9)
P Members considered the report of the Director of Resources on the cost of the national bus pass scheme in its first year. The Leader expressed concern that the special grant did not meet the full cost to the Council.
P <b>RESOLVED:</b> That the report be noted and the Leader write to the Member of Parliament about the shortfall in grant.
R CB08/176 | <b>COAST PROTECTION – BEACH MANAGEMENT PLAN</b> (Cabinet Agenda Item 10)
P The report of the Head of Amenities was withdrawn at the start of the meeting as the comments of the regional flood defence committee had not yet been received. Consideration was deferred to the meeting on 6 April 2009.
R CB08/177 | <b>DISPOSAL OF LAND AT MARSH LANE DEPOT</b> (Exempt – Cabinet Agenda Item 12)
P Cabinet considered the confidential report of the Director of Resources on the offers received for the former depot site.
P <b>RESOLVED:</b> That the land at Marsh Lane Depot be sold to the highest bidder on the terms set out in the report, subject to contract.
R CB08/178 | <b>GROUNDS MAINTENANCE CONTRACT</b> (Exempt – Cabinet Agenda Item 13)
P Members considered the confidential report of the Head of Amenities on the tenders received.
P <b>RESOLVED:</b> That the contract be awarded to the tenderer named in the report for a period of five years from 1 May 2009.
S 18
P CHAIRMAN
P The meeting closed at 3.40pm
