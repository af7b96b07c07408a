@title 02 16 2011 COW Minutes
@font Helvetica
@fontsize 9.5
@numcol 14
@header_first  
@header Committee of the Whole Minutes – Wednesday, February 16, 2011||Page {page}
@footer 
I Rooted in Community, Ready for Tomorrow
HC The Township of Orrin Falls
HC Committee of the Whole Meeting Minutes
C Council Chambers
C Wednesday, February 16, 2011 &nbsp;&nbsp;&nbsp; Time: 9:00 a.m.
C 2010 - 2014 Council
P <b>Present:</b> Mayor H.T. Beckstead; Deputy Mayor Carol Willoughby; Councillor Neil Crowe; Councillor Dave Evanson; Councillor John Lauder; Councillor Paula Hewitt
P <b>Regrets:</b> Councillor Terry Marchand
P <b>Staff Present:</b> Robin Garrow, Chief Administrative Officer; Paul Dravecky, Treasurer; Glen Parry, Fire Chief; Priya Natarajan, Director of Planning; Martin Osei, Director of Public Works; Janice Pettigrew, Clerk
P <b>Also Present:</b> Janet Birch, Ken Ostrander, Lise Daoust, Wayne Farrell
P Mayor H.T. Beckstead assumed the Chair and called the meeting to order.
H 1. NOTICE OF ADDITIONS:
P a) Motion for Additions.
P <b>Motion No. CW110216-01</b><br/>Moved by Evanson, Seconded by Hewitt<br/>It is recommended that the following item be added to today's agenda: 6c) Report No. CS2011-04, Janice Pettigrew, Clerk, re: Procedural By-law Amendments.<br/><b>Carried.</b>
H 2. ADOPTION OF THE AGENDA:
P a) Motion to Adopt the Agenda.
P <b>Motion No. CW110216-02</b><br/>Moved by Crowe, Seconded by Willoughby<br/>It is recommended that the agenda for the Committee of the Whole meeting of Wednesday, February 16, 2011 be received and adopted.<br/><b>Carried.</b>
H 3. DISCLOSURE OF PECUNIARY INTEREST AND THE GENERAL NATURE THEREOF – IN ACCORDANCE WITH THE ACT:
P Councillor Lauder declared a conflict of interest on Item 7b), Report No. PW2011-05, as his son is employed by one of the bidders. Councillor Lauder left the room and did not participate in the discussion or vote on the item.
H 4. DEPUTATIONS:
P a) 9:10 a.m. Janet Birch, Chair, Orrin Falls Heritage Committee, re: Annual Report 2010.
P Janet Birch presented the Heritage Committee's annual report, noting the completion of the plaque programme for the four historic schoolhouses.
P <b>Motion No. CW110216-03</b><br/>Moved by Willoughby, Seconded by Crowe<br/>It is recommended that the presentation by Janet Birch, Chair, Orrin Falls Heritage Committee, re: Annual Report 2010 be received.<br/><b>Carried.</b>
H 5. CORRESPONDENCE:
P a) Correspondence dated January 28, 2011 from Donna Keeler, Clerk, Township of Kelso Bay, re: Resolution, Funding for Small Rural Schools.
P <b>Motion No. CW110216-04</b><br/>Moved by Hewitt, Seconded by Evanson<br/>It is recommended that the correspondence dated January 28, 2011 from Donna Keeler, Clerk, Township of Kelso Bay, re: Resolution, Funding for Small Rural Schools be received and that Council support the resolution.<br/><b>Carried.</b>
H 6. CORPORATE SERVICES, FINANCE AND FIRE:
P a) Report No. TR2011-03, Paul Dravecky, Treasurer, re: 2011 Operating Budget.
P Paul Dravecky reviewed the changes made since the budget workshop of January 26, 2011, which reduce the proposed levy increase to 2.4%.
P <b>Motion No. CW110216-05</b><br/>Moved by Evanson, Seconded by Crowe<br/>It is recommended that 1. Report No. TR2011-03, Paul Dravecky, Treasurer, re: 2011 Operating Budget be received and adopted. 2. The 2011 Operating Budget, as amended, be recommended to Council for approval at its meeting of February 23, 2011.
P Recorded Vote Requested by Councillor Lauder<br/>Councillor Crowe&nbsp;&nbsp;Yea<br/>Councillor Evanson&nbsp;&nbsp;Yea<br/>Councillor Hewitt&nbsp;&nbsp;Yea<br/>Councillor Lauder&nbsp;&nbsp;Nay<br/>Deputy Mayor Willoughby&nbsp;&nbsp;Yea<br/>Mayor Beckstead&nbsp;&nbsp;Yea<br/><b>Carried.</b>
P b) Report No. FES2011-02, Glen Parry, Fire Chief, re: Replacement of Tanker 3.
P <b>Motion No. CW110216-06</b><br/>Moved by Lauder, Seconded by Willoughby<br/>It is recommended that the replacement of Tanker 3 be deferred to the 2012 capital budget.<br/><b>Defeated.</b>
P <b>Motion No. CW110216-07</b><br/>Moved by Crowe, Seconded by Evanson<br/>It is recommended that 1. Report No. FES2011-02 be received and adopted. 2. The quotation of Northline Fire Apparatus for a replacement tanker in the amount of $289,400.00, plus HST, be accepted.<br/><b>Carried.</b>
P c) Report No. CS2011-04, Janice Pettigrew, Clerk, re: Procedural By-law Amendments.
P Deferred to the meeting of March 2, 2011 at the request of the Clerk.
H 7. PUBLIC WORKS:
P a) Report No. PW2011-04, Martin Osei, Director of Public Works, re: Speed Limit, Concession 9 East.
P <b>Motion No. CW110216-08</b><br/>Moved by Willoughby, Seconded by Lauder<br/>It is recommended that Report No. PW2011-04 be received and adopted and that staff prepare a by-law to reduce the speed limit on Concession 9 East to 60 km/h.
P <b>Amendment: Motion No. CW110216-09</b><br/>Moved by Hewitt, Seconded by Crowe<br/>That the reduced limit apply only between Sideroad 5 and the Orrin River bridge.<br/><b>Defeated.</b>
P Main motion <b>Carried.</b>
P b) Report No. PW2011-05, Martin Osei, Director of Public Works, re: Sidewalk Winter Maintenance Tender.
P <b>Motion No. CW110216-10</b><br/>Moved by Evanson, Seconded by Hewitt<br/>It is recommended that Report No. PW2011-05 be received for information only.<br/><b>Carried.</b>
P Councillor Lauder returned to the room.
H 8. RECREATION AND COMMUNITY SERVICES:
P a) Report No. RC2011-02, Lise Daoust, Manager, Recreation and Community Services, re: Arena Naming Rights.
P <b>Motion No. CW110216-11</b><br/>Moved by Crowe, Seconded by Willoughby<br/>It is recommended that staff issue a request for proposals for the naming rights of the Orrin Falls Arena.<br/><b>Withdrawn.</b>
H 9. PLANNING:
P a) Report No. DS2011-07, Priya Natarajan, Director of Planning, re: Zoning By-law Amendment, 2214 Ridge Road West, Applicant: Wayne Farrell.
P Wayne Farrell spoke in support of his application and answered questions from members.
P <b>Motion No. CW110216-12</b><br/>Moved by Lauder, Seconded by Evanson<br/>It is recommended that Report No. DS2011-07 be received and that Council approve the Zoning By-law Amendment for 2214 Ridge Road West, contrary to the recommendation of staff.
P Recorded Vote Requested by Deputy Mayor Willoughby<br/>Councillor Crowe&nbsp;&nbsp;Nay<br/>Councillor Evanson&nbsp;&nbsp;Yea<br/>Councillor Hewitt&nbsp;&nbsp;Nay<br/>Councillor Lauder&nbsp;&nbsp;Yea<br/>Deputy Mayor Willoughby&nbsp;&nbsp;Nay<br/>Mayor Beckstead&nbsp;&nbsp;Nay<br/><b>Defeated.</b>
H 10. IN-CAMERA SESSION:
P a) Motion to go In-Camera.
P <b>Motion No. CW110216-13</b><br/>Moved by Hewitt, Seconded by Crowe<br/>It is recommended that we do now go In-Camera at 11:32 a.m. to discuss a Legal Matter (Ridge Road West Drainage).<br/><b>Carried.</b>
P b) Motion to Rise and Report.
P <b>Motion No. CW110216-14</b><br/>Moved by Evanson, Seconded by Lauder<br/>It is recommended that we do now Rise and Report from In-Camera at 12:04 p.m.<br/><b>Carried.</b>
H 11. ADJOURNMENT:
P a) Motion to Adjourn.
P <b>Motion No. CW110216-15</b><br/>Moved by Willoughby, Seconded by Hewitt<br/>It is recommended that we do now adjourn at 12:10 p.m.<br/><b>Carried.</b>
P ______________________________ &nbsp;&nbsp;&nbsp;&nbsp; ______________________________
P Mayor, H.T. Beckstead &nbsp;&nbsp;&nbsp;&nbsp;&nbsp;&nbsp;&nbsp;&nbsp;&nbsp;&nbsp;&nbsp;&nbsp;&nbsp;&nbsp;&nbsp;&nbsp;&nbsp;&nbsp;&nbsp;&nbsp; Clerk, Janice Pettigrew
