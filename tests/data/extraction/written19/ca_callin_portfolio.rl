@title Minutes - Ribble and Wyre City Region Combined Authority - 13 March 2026
@font Helvetica
@fontsize 10
@header_first  
@header RIBBLE AND WYRE CITY REGION COMBINED AUTHORITY - FRIDAY, 13TH MARCH, 2026
@footer - {page} -
HC RIBBLE AND WYRE CITY REGION COMBINED AUTHORITY
S 4
G <b>PUBLICATION:</b> | 20 MARCH 2026
G <b>DEADLINE FOR CALL-IN:</b> | 27 MARCH 2026
P <b>FOLLOWING THE CALL-IN PERIOD, DECISIONS INCLUDED IN THESE MINUTES MAY THEN BE IMPLEMENTED WHERE THEY HAVE NOT BEEN SUBJECT TO A CALL-IN.</b>
P <b>* DENOTES KEY DECISION</b>
S 6
P At a meeting of the Ribble and Wyre City Region Combined Authority held in the Authority Chamber - No. 4 Quayside, Saltings Dock, Wyreport, WY2 2YF on Friday, 13th March, 2026 the following Members were
C <b>P r e s e n t:</b>
P Metro Mayor J Tolland, Chairperson of the Combined Authority (in the Chair)
I Members of the RWCR Combined Authority
P Councillor R Ashworth, Portfolio Holder: Finance, Governance and Resources<br/>Councillor M Begum, Portfolio Holder: Transport and Air Quality<br/>Councillor D Cavanagh, Portfolio Holder: Education, Employment and Skills<br/>Councillor E Whittle, Portfolio Holder: Housing and Spatial Framework<br/>Councillor P Kershaw, Portfolio Holder: Net Zero and Climate Resilience<br/>Mr N Oduya, Portfolio Holder: Business and Enterprise
I Co-opted Member
P Mrs H Garside, Police and Crime Commissioner
I Associate Members
P Councillor S Pilling, Leader of Bowland Borough Council
I Deputy Portfolio Holders
P Councillor T Aspinall, Transport and Air Quality<br/>Councillor L Fairclough, Education, Employment and Skills
S 6
P <b>112. APOLOGIES FOR ABSENCE</b>
P Apologies for absence were received from Councillor G Heywood, Portfolio Holder: Culture, Tourism and the Visitor Economy, and from Councillor A Stansfield (Associate Member), Leader of Lune Valley District Council.
P <b>113. DECLARATIONS OF INTEREST</b>
P Councillor P Kershaw declared a personal interest in Minute 118 "Adult Skills Fund - Commissioning Approach 2026/27" by virtue of being a governor of Wyreside College, and remained in the meeting.
P Mr N Oduya declared a personal interest in Minute 116 "Growth Strategy Delivery Plan 2026 - 2029" as the chair of a business membership organisation named in the plan.
P <b>114. MINUTES OF THE LAST MEETING</b>
P The minutes of the meeting of the Ribble and Wyre City Region Combined Authority held on 13th February, 2026 were submitted.
P Councillor R Ashworth asked that the reference in Minute 104 to "three" rail stations be corrected to "four".
P Resolved - That, subject to the correction noted above, the minutes of the Ribble and Wyre City Region Combined Authority held on 13th February, 2026 be approved as a correct record.
P <b>115. METRO MAYOR'S ANNOUNCEMENTS AND UPDATES</b>
P Metro Mayor J Tolland welcomed Councillor L Fairclough to her first meeting as Deputy Portfolio Holder and thanked her predecessor, Councillor B Nuttall, for four years of service to the Combined Authority.
P The Metro Mayor reported on the launch of the Tideway fare cap on 2nd March, under which more than 41,000 journeys had been capped in the first ten days, and on the award of the Saltings Heat Network grant by the Department for Energy Security and Net Zero.
P <b>116. GROWTH STRATEGY DELIVERY PLAN 2026 - 2029 *</b>
P The Combined Authority considered the report of the Portfolio Holder: Business and Enterprise and the Executive Director of Investment which sought approval of the Delivery Plan for the City Region Growth Strategy for the period 2026 to 2029, including its priority programmes and the associated investment pipeline.
P Mr N Oduya introduced the report and explained that the Plan had been shaped by the Business Advisory Board and by each constituent council's local growth priorities. He drew Members' attention to the three 'anchor' programmes for advanced manufacturing, the port economy and digital skills.
P Councillor E Whittle welcomed the alignment with the Spatial Framework but asked that housing delivery on the eastern corridor be reported alongside the employment outcomes. The Executive Director of Investment confirmed that a combined monitoring dashboard would be brought to the Overview and Scrutiny Committee in the summer.
P Councillor S Pilling asked how the rural districts would benefit. Mr Oduya replied that the rural productivity fund had been ring-fenced within the investment pipeline.
P Resolved that:
P (i) the Growth Strategy Delivery Plan 2026 - 2029, attached as Appendix 1 to the report, be approved;
P (ii) authority be delegated to the Chief Executive, in consultation with the Portfolio Holder: Business and Enterprise, to make minor amendments to the Plan prior to publication; and
P (iii) progress against the Plan be reported to the Combined Authority every six months.
P <b>117. BUS SERVICE IMPROVEMENT PLAN - VARIATION TO THE ENHANCED PARTNERSHIP SCHEME *</b>
P The Combined Authority considered the report of the Portfolio Holder: Transport and Air Quality and the Director of Transport which sought approval to vary the Enhanced Partnership Scheme so as to introduce minimum service standards on eleven corridors from September 2026.
P Councillor M Begum introduced the report and advised that operators had been consulted under the statutory objection mechanism and that no objection had reached the threshold.
P Councillor T Aspinall referred to the concerns raised by passengers in Fellside about evening services. Councillor M Begum confirmed that the Fellside corridor was one of the eleven and that evening frequencies would be monitored quarterly.
P Mrs H Garside welcomed the commitment to CCTV on all new vehicles and asked that the Authority's community safety partnership be consulted on the location of the new interchange shelters.
P Resolved that:
P (i) the variation to the Enhanced Partnership Scheme set out in Appendix 2 be made with effect from 1st September 2026; and
P (ii) the Director of Transport be authorised to publish the varied Scheme and to notify the Traffic Commissioner.
P <b>118. ADULT SKILLS FUND - COMMISSIONING APPROACH 2026/27 *</b>
P The Combined Authority considered the report of the Portfolio Holder: Education, Employment and Skills which set out the proposed approach to commissioning the Adult Skills Fund for the 2026/27 academic year, with grant agreements for further education colleges and a procured framework for independent training providers.
P Councillor D Cavanagh introduced the report. She explained that the approach would reduce the number of contracts from thirty-four to nineteen and would allow providers to be paid on the basis of learner outcomes for the first time.
P Councillor L Fairclough asked whether smaller community providers would be able to compete. The Head of Skills confirmed that a dedicated lot had been created for community learning.
P Councillor P Kershaw, having declared a personal interest, took no part in the vote on this item.
P Resolved that:
P (i) the commissioning approach for the Adult Skills Fund 2026/27 be approved;
P (ii) grant agreements be offered to the further education colleges listed in Appendix 1 at the values set out in the report; and
P (iii) authority be delegated to the Director of Skills and Employment to award contracts under the framework following the procurement process.
P <b>119. TRANSPORT CAPITAL PROGRAMME - QUARTER 3 2025/26 MONITORING</b>
P The Combined Authority considered the report of the Director of Transport which provided an update on the delivery of the transport capital programme at the end of the third quarter of 2025/26, including forecast slippage of £6.4 million on the Saltings link road.
P Councillor R Ashworth asked that the reasons for the slippage be set out in more detail at the next meeting. The Director of Transport explained that the delay arose from the diversion of a high-pressure gas main and that a revised programme was being agreed with the utility company.
P The Combined Authority noted the report and the forecast slippage on the Saltings link road.
P <b>120. APPOINTMENTS TO THE OVERVIEW AND SCRUTINY COMMITTEE</b>
P The Combined Authority considered the report of the Monitoring Officer following nominations from two constituent councils.
P Resolved - That Councillor J Mercer (Bowland Borough Council) and Councillor F Hindle (Pendle Wyre Council) be appointed to the Overview and Scrutiny Committee for the remainder of the 2025/26 municipal year.
P <b>121. EXCLUSION OF THE PRESS AND PUBLIC</b>
P Resolved - That under Section 100A(4) of the Local Government Act 1972 the public be excluded from the meeting during consideration of the following item of business on the grounds that it involved the likely disclosure of exempt information as defined in paragraph 3 of Part 1 of Schedule 12A to the Act.
P <b>122. STRATEGIC LAND ACQUISITION - SALTINGS DOCKS (EAST) *</b>
P The Combined Authority considered the report of the Executive Director of Investment which sought approval to acquire land at Saltings Docks (East) to unlock a mixed-use scheme of up to 650 homes.
P Councillor E Whittle and Councillor R Ashworth asked questions about the valuation and the proposed overage arrangements, which were answered by the Executive Director of Investment.
P Resolved that:
P (i) the acquisition of the land at Saltings Docks (East) be approved on the terms set out in the confidential report; and
P (ii) the Chief Executive be authorised to complete the acquisition, subject to the receipt of a satisfactory title report.
P The Metro Mayor closed the meeting at 2.40 pm.
