@title Draft Minutes GM 3 June 2009
@font Times-Roman
@fontsize 11
@header_first  
@header Corrawong Regional Landcare Inc. – Draft Minutes Ordinary General Meeting 3 June 2009
@footer Page {page}
H Draft Minutes of Ordinary General Meeting Corrawong Regional Landcare Inc. Held at Corrawong Regional Landcare Office 2/41-45 Bellambi Street Corrawong Wednesday 3rd June 2009
I These minutes are DRAFT only until accepted at the next general meeting at which time the minutes are filed as FINAL.
P <b>Present:</b> Ray Fitzmaurice (Wattle Gully LCG), Noreen Bastable (Tallowood Beach DC), Doug Kerslake (Upper Corrawong LCG), Gail Hemsworth (Friends of Corrawong Creek LC), Trevor Ambrose (Wattle Gully LCG), Priscilla Venn (Bowra Flats LC), Stuart McInerny (Tallowood Beach DC), Maureen Gilchrist (Redgum Hill LC)*, Alan Prosser (Friends of Corrawong Creek LC)*.
P The notes of the Secretary as reflected in these minutes suggest that the above indicated* members participated in the meeting. However their names are not recorded in the Attendance record of the meeting. Either these minutes will require amendment or the Attendance Record of the General Meeting 3rd June 2009 will need to be changed to reflect their attendance.
P <b>In Attendance:</b> Lyn Corcoran (Project and Administration Officer - CRL), Marcus Oyelaran (Landcare Coordinator - CRL)
P <b>Apologies:</b> Heather Dunstan (Bowra Flats LC), Keith Dunstan (Bowra Flats LC), Jim Palfreyman (Eastern Escarpment LC), Robyn Tully (Mullet Point DC).
P The meeting commenced at 4.08pm.
H WELCOME
P The President Doug Kerslake, in welcoming attendees acknowledged the traditional custodians of the land on which we meet and paid respect to Elders past and present. The President then welcomed our Guest Speaker, Dr Anita Cheung of the Catchment Management Authority, to address the meeting on the bush regeneration project on private land along Wattle Gully.
H GUEST SPEAKER
P Dr Cheung explained that the project will treat lantana and camphor laurel on 14 properties over three years and that landholders will sign ten year management agreements. She asked member groups to help with the follow-up weeding days. Questions were taken from Ray Fitzmaurice and Gail Hemsworth about access to properties and insurance for volunteers. The President thanked Dr Cheung for her presentation.
H MINUTES OF PREVIOUS MEETING
P Minutes of the General Meeting held 6th May 2009 were accepted as a true and accurate record.
P Moved: Noreen Bastable Seconded: Trevor Ambrose Carried.
H BUSINESS ARISING
P Trailer registration: Lyn Corcoran reported that the tool trailer registration has been renewed and the trailer is available for bookings through the office.
P Signage at Tallowood Beach: the new dune care signs have been installed by Council.
H CORRESPONDENCE
P Inwards: NSW Landcare newsletter; Council invitation to comment on the draft Coastal Zone Management Plan; insurance renewal notice.
P Outwards: letter of support for the Redgum Hill LC grant application.
P Moved that the inwards correspondence be received and the outwards endorsed. Moved: Stuart McInerny Seconded: Priscilla Venn Carried.
H TREASURER'S REPORT
P In the absence of the Treasurer, Lyn Corcoran tabled the financial statement for May 2009, showing a balance of $23,614.80 of which $19,900.00 is tied grant funds.
P Moved: Ray Fitzmaurice Seconded: Noreen Bastable that the Treasurer's Report be accepted. Carried.
H COORDINATOR'S REPORT
P Marcus Oyelaran presented his report (attached). Highlights were the schools planting day at Bowra Flats with 140 students, the start of the Wattle Gully bush regeneration project and the community nursery now producing 3,000 tubestock a month.
H GROUP REPORTS
P Wattle Gully LCG - Trevor Ambrose reported a successful working bee on 23rd May; 400 plants went in along the creek.
P Friends of Corrawong Creek LC - Gail Hemsworth reported that the group has received a $2,000 grant for a fence at the creek mouth.
P Tallowood Beach DC - Stuart McInerny reported continued vandalism of the dune fencing near the surf club.
H GENERAL BUSINESS
P Insurance: members discussed the renewal of the group insurance and the need for all volunteers to sign the attendance sheet at each activity. Resolved that the Secretary circulate a reminder to all member groups.
P Moved: Gail Hemsworth Seconded: Trevor Ambrose Carried.
P Landcare Week: it was agreed that the network will hold a stall at the Corrawong markets on Sunday 6th September.
H NEXT MEETING
P The next General Meeting will be held on Wednesday 1st July 2009 at 4.00pm at the Corrawong Regional Landcare Office.
P The meeting closed at 5.52pm.
