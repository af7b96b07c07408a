@title Full Council Minutes
@font Helvetica
@fontsize 10.5
@numcol 26
@header FC 15.09.21||{page}
@pageoffset 841
HC ASHCOMBE MOOR PARISH COUNCIL
HC Minutes of the Full Council Meeting held at the Parish Rooms, Church Lane on Wednesday 15th September at 7.00pm.
P <b>PRESENT:</b> Councillors Mrs Luscombe (Chairman), Stoneman (Vice Chairman), Ms Badcock, Endacott, Mrs Ferris, Pascall, Tozer and Westaway
P <b>IN ATTENDANCE:</b> Ms K Tapp, Clerk; DC Cllr R Heywood and 5 members of the public.
P The Chairman explained the fire safety procedures.
R FC21/09/1 | <b>CHAIRMAN'S WELCOME AND APOLOGIES FOR ABSENCE</b>
P Apologies were received from Cllrs Mrs Yeo and Pugsley. Cllr Hext was absent.
R FC21/09/2 | <b>MEMBERS TO DECLARE DISCLOSABLE PECUNIARY INTERESTS AND NON-REGISTERABLE INTERESTS (INCLUDING DETAILS THEREOF) IN RESPECT OF ANY ITEMS ON THE AGENDA AND ANY GIFTS OR HOSPITALITY OVER £25</b>
P Cllr Endacott declared a non-registerable interest in planning application 21/1802/HOU (FC21/09/8(b)) as the applicant is his neighbour.
R FC21/09/3 | <b>TO CONSIDER APPLICATIONS FROM MEMBERS FOR DISPENSATIONS</b>
P There were no applications for dispensations.
R FC21/09/4 | <b>PUBLIC PARTICIPATION ON ITEMS ON THE AGENDA (MAXIMUM OF 15 MINS – EVERY SPEAKER A LIMIT OF 3 MINS UNDER COUNCIL STANDING ORDERS)</b>
P DC Cllr Heywood reported that the District Council had agreed to extend the free after-three parking in the town car parks until January, and that the Local Plan review consultation would open in November. He urged members to respond.
P A member of the public spoke about the number of lorries using Moor Lane to reach the quarry and asked the Council to press for a weight limit. Another resident supported the request.
R FC21/09/5 | <b>CHAIRMAN'S ANNOUNCEMENTS</b>
P The Chairman reported that she had attended the Devon Association of Local Councils' area meeting with the Vice Chairman and that the Remembrance Sunday arrangements would follow the usual pattern, with the parade leaving the Parish Rooms at 10.40am.
R FC21/09/6 | <b>TO APPROVE AS A CORRECT RECORD THE MINUTES OF THE FULL COUNCIL MEETING HELD ON 18TH AUGUST 2021</b>
P It was proposed by Cllr Endacott and seconded by Cllr Ms Badcock and RESOLVED that the minutes of the Full Council meeting held on 18th August 2021 be approved and signed by the Chairman as a correct record.
R FC21/09/7 | <b>TO RECEIVE THE CLERK'S REPORT ON ACTIONS FROM PREVIOUS MEETINGS</b>
P The Clerk reported that the new bench at Higher Green had been installed, that the tree survey of the churchyard had been booked for October and that Highways had been asked again about the blocked gully at Moor Cross. The report was noted.
R FC21/09/8 | <b>PLANNING – TO CONSIDER THE FOLLOWING APPLICATIONS AND ANY RECEIVED SINCE THE AGENDA WAS PUBLISHED</b>
P (a) 21/1744/FUL – Change of use of agricultural building to a farm shop and café, Lower Hayne Farm. Cllr Tozer welcomed the proposal as a boost to local employment but asked that the parking area be screened. RESOLVED to support the application, subject to landscaping of the car park.
P (b) 21/1802/HOU – Two storey side extension, 4 Orchard Close. Cllr Endacott left the room. Cllr Westaway noted that the extension would come close to the boundary. RESOLVED to make no comment. Cllr Endacott returned.
R FC21/09/9 | <b>TO RECEIVE THE FINANCIAL STATEMENT AND TO APPROVE THE SCHEDULE OF PAYMENTS FOR SEPTEMBER 2021</b>
P The financial statement to 31st August 2021 showed a balance of £38,116.52. It was proposed by Cllr Stoneman and seconded by Cllr Mrs Ferris and RESOLVED to approve the schedule of payments totalling £3,402.17.
R FC21/09/10 | <b>TO CONSIDER THE REQUEST FROM ASHCOMBE MOOR PRE-SCHOOL FOR A GRANT OF £500 TOWARDS NEW OUTDOOR PLAY EQUIPMENT</b>
P Cllr Mrs Ferris proposed that the full £500 be granted, as the Pre-School served the whole parish and had raised over £2,000 itself; this was seconded by Cllr Stoneman. Cllr Pascall felt that the grants budget should be kept for the winter and proposed an amendment that £300 be granted; this was seconded by Cllr Ms Badcock. On being put to the vote the amendment was lost by 3 votes to 5. The original proposal was then put and it was RESOLVED that a grant of £500 be made to Ashcombe Moor Pre-School under s.137 of the Local Government Act 1972.
R FC21/09/11 | <b>TO RECEIVE REPORTS FROM MEMBERS ON OUTSIDE BODIES</b>
P Cllr Stoneman reported on the annual general meeting of Moor Community Transport, which was looking for volunteer drivers. Cllr Mrs Luscombe reported on the Village Hall committee's plans for a new kitchen. The reports were noted.
R FC21/09/12 | <b>DATE OF NEXT MEETING</b>
P Wednesday 20th October 2021 at 7.00pm in the Parish Rooms.
S 6
P The meeting closed at 8.55pm.
S 16
P Signed ........................................ Chairman          Date ..........................
