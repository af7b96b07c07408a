@title Ordinary Meeting of Council 16 April 2008 - Minutes
@font Times-Roman
@fontsize 11
@numcol 24
@header_first  
@header TALLOWOOD COUNCIL - MINUTES OF THE ORDINARY MEETING OF COUNCIL HELD APRIL 16, 2008||{page}
@footer THIS IS PAGE NO.{page} OF THE ORDINARY MEETING OF COUNCIL HELD APRIL 16, 2008..........................MAYOR
HC TALLOWOOD COUNCIL
HC MINUTES OF THE
HC ORDINARY MEETING OF COUNCIL
HC HELD IN THE COUNCIL CHAMBER,
HC CIVIC PLACE, 1 BANKSIA STREET, TALLOWOOD
HC ON WEDNESDAY, APRIL 16, 2008
HC COMMENCING AT 6.30PM
S 10
H PRESENT
P Her Worship the Mayor (Clr Demir), Councillors Farrugia, Haddad, Kowalczyk (from 6.41pm), Le, Mansour, Nguyen, O'Rourke (except from 8.02pm until 8.05pm), Petrakis, Sahin and Whitcombe
H IN ATTENDANCE
P General Manager, Director City Development, Director Works &amp; Services, Manager Governance, Manager Finance, Manager Development Assessment, Senior Strategic Planner and Governance Officer
H APOLOGY
P RESOLVED unanimously on the motion of Clr Haddad, seconded Clr Nguyen that the apology of Clr Rahimi, who is overseas, be accepted and leave of absence be granted.
R 094/08 | <b>Disclosure of Interests</b>
P C-28-07/04 &nbsp;&nbsp;&nbsp;&nbsp;&nbsp;&nbsp;JB
P Clr Mansour declared a non-pecuniary, non-significant interest in Item 098/08 as he attends the place of worship adjoining the site. He remained in the Chamber.
R 095/08 | <b>Address by Invited Speakers</b>
P C-28-02/03
P Requests to address the Council had been received from the following persons:
G <b>Speaker</b> | <b>Item / Subject</b>
G Mrs H. Karamanlis | 12 Wattle Parade Tallowood - DA 47/2008
G Mr D. Osei (applicant's planner) | 12 Wattle Parade Tallowood - DA 47/2008
G Mr P. Jurado | Graffiti removal - Notice of Motion
P RESOLVED on the motion of Clr Whitcombe, seconded Clr Farrugia that the above persons be permitted to address the Council.
R 096/08 | <b>Confirmation of Minutes of the Ordinary Meeting of Council held on 2 April 2008</b>
P C-28-01/02
P RESOLVED on the motion of Clr Le, seconded Clr Sahin that the Minutes of the Ordinary Meeting of Council held on 2 April 2008 be taken as read and confirmed.
R 097/08 | <b>Mayoral Minute - Anzac Day Commemorations 2008</b>
P C-28-10/01 &nbsp;&nbsp;&nbsp;&nbsp;&nbsp;&nbsp;GM
P The Mayor outlined the arrangements for the dawn service at the Tallowood War Memorial and the Council's support for the Sub-Branch luncheon.
P RESOLVED on the motion of Clr Demir that Council contribute $2,500 towards the Anzac Day luncheon hosted by the Tallowood RSL Sub-Branch.
R 098/08 | <b>Development Application DA 47/2008 - 12 Wattle Parade, Tallowood - Demolition of existing dwelling and construction of a two storey boarding house containing 14 rooms</b>
P DA-47/2008 &nbsp;&nbsp;&nbsp;&nbsp;&nbsp;&nbsp;RK
P Mrs Karamanlis addressed the Council against the application, raising parking and the height of the rear wing. Mr Osei addressed the Council in support and tabled amended plans reducing the rear wing to one storey.
P A MOTION was moved by Clr Petrakis, seconded Clr Kowalczyk that the application be refused for the reasons in the report.
P An AMENDMENT was moved by Clr Whitcombe, seconded Clr Le that the application be approved on the basis of the amended plans, subject to the conditions in the report.
P On being put to the meeting the AMENDMENT was CARRIED and became the MOTION.
P RESOLVED on the motion of Clr Whitcombe, seconded Clr Le that Development Application DA 47/2008 be approved on the basis of the amended plans tabled at the meeting, subject to the conditions in the report.
P <b>For the Motion:</b> Clrs Demir, Farrugia, Haddad, Le, Mansour, Nguyen, Sahin and Whitcombe
P <b>Against the Motion:</b> Clrs Kowalczyk, O'Rourke and Petrakis
R 099/08 | <b>Section 94 Contributions Plan - Public Exhibition</b>
P C-12-04/07 &nbsp;&nbsp;&nbsp;&nbsp;&nbsp;&nbsp;MB
P RESOLVED on the motion of Clr Sahin, seconded Clr Haddad that the draft Section 94 Contributions Plan 2008 be placed on public exhibition for 28 days.
R 100/08 | <b>Investment Report - March 2008</b>
P C-10-09/02
P RESOLVED on the motion of Clr Farrugia, seconded Clr Mansour that the Investment Report for March 2008 be received and noted.
R 101/08 | <b>Tender T03/2008 - Footpath Reconstruction Program 2008/2009</b>
P T-03/2008 &nbsp;&nbsp;&nbsp;&nbsp;&nbsp;&nbsp;DW
P RESOLVED unanimously on the motion of Clr Nguyen, seconded Clr Petrakis that the tender of Coastline Civil Pty Ltd in the amount of $612,480 (excl. GST) be accepted.
R 102/08 | <b>Question on Notice - Clr Le - Street Lighting, Railway Parade</b>
P C-28-05/06
P Clr Le asked when the faulty lights between the station and Ironbark Lane would be repaired. The Director Works &amp; Services advised that the energy authority had scheduled the work for the week of 28 April 2008.
P The response was noted.
R 103/08 | <b>Notice of Motion - Clr O'Rourke - Graffiti Removal Vehicle</b>
P C-28-06/03
P Mr Jurado addressed the Council in support of the motion.
P A MOTION was moved by Clr O'Rourke, seconded Clr Kowalczyk that Council purchase a dedicated graffiti removal vehicle and allocate $95,000 in the 2008/2009 budget.
P On being put to the meeting the MOTION was LOST.
R 104/08 | <b>Closed Session</b>
P C-28-08/01
P RESOLVED on the motion of Clr Haddad, seconded Clr Mansour that Council move into Closed Session to consider Item 105/08 (Legal Matter) as it relates to advice concerning litigation.
S 8
P The meeting closed at 9.58pm.
