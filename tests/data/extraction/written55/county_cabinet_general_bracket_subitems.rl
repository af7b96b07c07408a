@title Cabinet Minutes 23 April 2009
@font Helvetica
@fontsize 10.5
@header_first Severnshire County Council
@header 
@footer Cabinet 23.04.09||{page}
H Minutes of the meeting of Cabinet held on 23 April 2009
P <b>Present</b>
P <b>Cabinet Members:</b>
P Councillors Gerald Whitlock (Leader of the Council and Chair of Cabinet) Pamela Ardley (Deputy Leader) Roger Tansley (Resources) Clive Mabbott (Adult, Health and Community Services) Susan Oakridge (Children, Young People and Families) Brian Hemming (Environment) Denise Farrant (Community Protection) Keith Lacey (Economic Development)
P <b>Non-Voting Invitees:</b>
P Councillor Margaret Dowling (Leader of the Labour Group) Councillor Peter Ansell (Leader of the Liberal Democrat Group)
P <b>Other Members:</b>
P Councillors Anne Bickley, Trevor Colclough and Naveed Hussain
S 4
H Announcements
P Councillor Gerald Whitlock welcomed Lorraine Batty, the new Strategic Director for Customers, Workforce and Governance, to her first meeting of Cabinet.
P Councillor Keith Lacey announced that the County Council had been awarded £1.2 million from the regional development fund towards the Avonford Enterprise Hub, which would open in the autumn.
S 4
H 1. General
P <b>(1) Apologies for absence.</b>
P None received from Cabinet. An apology was received from Councillor Peter Ansell (Leader of the Liberal Democrat Group and non-voting invitee), who joined the meeting at 2.15 pm.
P <b>(2) Members’ Disclosures of Personal and Prejudicial Interests.</b>
P Councillor Susan Oakridge declared a personal interest in item 3 as a governor of Kingsholme High School.
P Councillor Clive Mabbott declared a personal interest in item 4 as a non-executive director of the Severnshire Primary Care Trust.
P <b>(3) Minutes of the meeting held on 26 March 2009 and matters arising.</b>
P The minutes of the meeting held on 26 March 2009 were agreed as a correct record and signed by the Chair.
P Matters arising: in relation to minute 5 (Library Opening Hours), Councillor Margaret Dowling asked when the consultation results would be published. Councillor Denise Farrant replied that they would be reported to Cabinet in June.
P <b>(4) Requests for discussion of items marked for decision without debate.</b>
P None.
S 4
H 2. Highways Winter Maintenance – Review of the 2008/09 Season
P Councillor Brian Hemming introduced the report, which reviewed the operation of the winter maintenance service during the severe weather of February 2009. He thanked the gritting crews and the contractor for their work over eleven consecutive nights.
P Councillor Margaret Dowling asked that the salt bins supplied to parish councils be refilled before the start of next winter. Councillor Hemming agreed that this would be included in the revised plan.
P <b>Resolved</b>
P That Cabinet:
P (1) Notes the review of the 2008/09 winter maintenance season; and
P (2) Approves an increase in the strategic salt reserve to 12,000 tonnes for the 2009/10 season.
H 3. Home to School Transport Policy 2009/10
P Councillor Susan Oakridge presented the report. The proposed changes would bring the policy into line with the Education and Inspections Act 2006 for pupils from low income families.
P Councillor Peter Ansell welcomed the extension of free transport but asked that the effect on rural bus routes be monitored.
P <b>Resolved</b>
P That Cabinet approves the Home to School Transport Policy for 2009/10 as set out in Appendix A to the report.
H 4. Adult Social Care – Personal Budgets Pilot
P Councillor Clive Mabbott introduced the report on the first six months of the personal budgets pilot in the Avonford and Westrey Marsh areas. Take-up had been lower than expected among older people.
P Councillor Naveed Hussain asked what support was available to people who did not wish to manage their own budget. Councillor Mabbott explained that the Council could manage the budget on the person’s behalf.
P <b>Resolved</b>
P That Cabinet notes the progress of the personal budgets pilot and agrees that it be extended to the Kingsholme area from October 2009.
H 5. Severnshire Local Area Agreement – Refresh 2009/10
P Councillor Pamela Ardley presented the proposed changes to the targets in the Local Area Agreement following the annual review with partners.
P The report was noted. Cabinet agreed to defer a decision on the revised housing targets until the district councils had been consulted.
H 6. Capital Programme 2009/10 – Schools Access Initiative
P Councillor Roger Tansley introduced the report, which proposed the addition of £640,000 to the capital programme for access improvements at eight schools.
P <b>Resolved</b>
P That Cabinet recommends to Council that £640,000 be added to the 2009/10 capital programme for the Schools Access Initiative, funded from the Department’s access grant.
S 4
H Items for decision without debate
H 7. Registration Service – Fees and Charges 2009/10
P <b>Resolved</b>
P That Cabinet approves the fees and charges for the Registration Service for 2009/10 as set out in the report.
H 8. Severnshire Fire and Rescue Service – Integrated Risk Management Plan Action Plan 2009/10
P <b>Resolved</b>
P That Cabinet approves the Integrated Risk Management Plan Action Plan for 2009/10.
H 9. Reports Containing Confidential or Exempt Information
P <b>Resolved</b>
P That members of the public be excluded from the meeting for the item mentioned below on the grounds that its consideration would involve the disclosure of information defined in paragraph 3 of Part 1 of Schedule 12A of the Local Government Act 1972.
H 10. Disposal of Land at Kingsholme Farm
P Cabinet considered the exempt report of the Strategic Director for Resources and agreed the recommendations set out in it.
S 10
P The Cabinet rose at 3.40 pm
S 14
P ……………………………… Chair
