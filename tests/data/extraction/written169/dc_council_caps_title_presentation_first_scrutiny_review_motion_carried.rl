@title Council minutes 11 December 2003
@font Times-Roman
@fontsize 11
@footer {page}
HC THE MINUTES OF THE MEETING OF THE
HC DISTRICT COUNCIL OF SHOTFIELD
HC HELD ON THURSDAY 11 DECEMBER 2003
S 8
P <b>Present:</b> Councillor Mrs. D. Ridley (Chair)
P Councillors Mrs. A. Armstrong, J. Bainbridge, T. Bell, R. Carr, Mrs. L. Charlton, P. Coxon, W. Dent, Mrs. S. Errington, K. Gibbon, Mrs. M. Hall, D. Hutchinson, J.R. Kell, Mrs. P. Lamb, T. Liddle, G. Milburn, Mrs. J. Nesbitt, A. Oliver, R.S. Pattinson, Mrs. K. Robson, S. Scott, Mrs. E. Shield, M. Taylor, P. Thirlwell, D. Usher, Mrs. V. Walton and J. Wilkinson.
S 4
H 1.   NEIGHBOURHOOD POLICING – PRESENTATION
P Superintendent R. Pennock, of the Shotfield Area Command, attended to explain to Members the new neighbourhood policing teams, under which each ward would have a named officer from April 2004.
P Superintendent Pennock explained that the named officers would hold a monthly surgery in each of the main settlements.
P Councillor T. Liddle asked whether the police office at Shotfield Colliery would stay open. Superintendent Pennock replied that it would remain open on weekday mornings.
P Councillor Mrs. S. Errington expressed concern about response times in the villages at night and asked for figures to be sent to Members.
P The Chair thanked Superintendent Pennock for his attendance.
H 2.   MINUTES
P The minutes of 23 October 2003, already sent to Members, were confirmed as a true record.
H 3.   DECLARATIONS OF INTEREST
P Councillor J.R. Kell declared a personal and prejudicial interest in item 11 as a tenant of one of the units at Thornholme Road and left the meeting for that item.
H 4.   CHAIR'S ANNOUNCEMENTS
P The Chair reported that she had attended the Remembrance services at Shotfield, Haswick and Dene Foot and the opening of the new play area at Wyngate Park.
H 5.   MINUTES OF CABINET – 6 NOVEMBER AND 27 NOVEMBER 2003
P Councillor A. Oliver, Leader of the Council, presented the minutes. Councillor P. Coxon asked about the delay in the installation of the CCTV cameras at Haswick, and Councillor Oliver undertook to provide a written reply.
P RESOLVED that the minutes be received and the recommendations of Cabinet at Minutes 148 and 162 be approved.
H 6.   REPORT OF THE OVERVIEW AND SCRUTINY COMMITTEE – SCRUTINY REVIEW OF COUNCIL HOUSING VOIDS
P Councillor Mrs. M. Hall, Chair of the Overview and Scrutiny Committee, presented the report of the review, which contained eleven recommendations on the reletting of empty council homes.
P Councillor G. Milburn, Portfolio Holder for Housing, welcomed the review and said that Cabinet would respond to each recommendation by March 2004.
P RESOLVED that the report be endorsed and referred to Cabinet for a response to each of the recommendations.
H 7.   NOTICE OF MOTION – POST OFFICE CLOSURES
P The following motion was moved by Councillor D. Usher and seconded by Councillor Mrs. P. Lamb:
I "That this Council opposes the proposed closure of the sub-post offices at Haswick Lane and Dene Foot and asks the Chief Executive to write to Post Office Ltd and to the Member of Parliament accordingly."
P Upon a vote being taken the motion was CARRIED.
H 8.   STANDARDS COMMITTEE – APPOINTMENT OF INDEPENDENT MEMBER
P The Council was asked to confirm the appointment of Mr. H. Purvis as an independent member of the Standards Committee, following interviews held on 18 November 2003.
P Agreed.
H 9.   PROGRAMME OF MEETINGS 2004/2005
P RESOLVED that the programme of meetings for 2004/2005 set out in the report be approved.
H 10.  EXCLUSION OF PUBLIC AND PRESS
P RESOLVED that in accordance with Section 100(A)(4) of the Local Government Act 1972, the public and press be excluded from the meeting for the following item of business on the grounds that it involves the likely disclosure of exempt information as defined in Paragraph 9 of Part 1 of Schedule 12A to the Act.
H 11.  THORNHOLME ROAD WORKSHOPS – RENT REVIEW
P Councillor W. Dent presented the report of the Director of Regeneration on the outcome of the rent review of the Council's workshops at Thornholme Road.
P RESOLVED that the rents set out in Appendix 1 to the report be approved with effect from 1 April 2004.
S 10
P The meeting closed at 7.25 p.m.
