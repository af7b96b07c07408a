@title ODC minutes 12.03.13
@font Helvetica
@fontsize 10
@numcol 30
@header || 3.1 BDC 12.03.13
@footer Ballaree District Commissioners – Minutes || Page {page} of 2
P Minutes of the ordinary meeting of the <b>DISTRICT COMMISSIONERS</b> held in the Boardroom, Thie Veg, 12 Main Road, Ballaree, on Tuesday 12th March 2013 at 7.00 p.m.
G <b>Present:</b> | Mr D. Gelling (Chairman)<br/>Mr P. Kewley (Vice-Chairman)<br/>Mrs S. Cain (Lead Member for Properties and Amenities)<br/>Mr T. Corlett<br/>Mr A. Kissack (Lead Member for Finance and General Purposes)
G <b>Apologies:</b> | Mr J. Kinvig (Lead Member for Environmental and Technical Services)<br/>Miss R. Teare
G <b>In Attendance:</b> | Mr M. Crebbin (Deputy Clerk)<br/>Mr R. Skinner (Acting District Surveyor)
G <b>Apologies:</b> | Ms L. Faragher (Senior Administrator)
S 6
R C13/03/02/01 | <b>TO APPOINT A MEMBER TO PRESIDE IN THE ABSENCE OF THE CHAIRMAN AND VICE-CHAIRMAN</b>
P Not necessary.
R C13/03/02/02 | <b>ANY BUSINESS WHICH STATUTE REQUIRES TO BE TAKEN FIRST</b>
P Not necessary.
R C13/03/02/03 | <b>MINUTES</b>
P Members had received the minutes of the ordinary meeting of Tuesday 26th February 2013 with the agenda.
P It was proposed by Mr Kewley, seconded by Mr Corlett and on majority vote RESOLVED that the minutes be confirmed, subject to the spelling of Close Rhennie being corrected in minute C13/02/01/09.
P For: Mr Gelling, Mr Kewley, Mr Corlett, Mrs Cain   Against: Mr Kissack
R C13/03/02/04 | <b>MATTERS ARISING NOT DEALT WITH ELSEWHERE ON THE AGENDA</b>
P Allotment Water Supply (C13/02/01/14(b)) – Mrs Cain asked when the standpipes would be reconnected; the Acting District Surveyor said the plumber was booked for the week after Easter.
P Bus Shelter, Ballaree Brows (C13/02/01/16) – Mr Kissack asked whether the Department had replied about the replacement shelter. The Deputy Clerk advised that a reply was still awaited and that he would send a reminder.
R C13/03/02/05 | <b>PLANNING APPLICATIONS</b>
P 13/00112/B Erection of a conservatory, 9 Close Rhennie – No objection.
P 13/00140/B Erection of four dwellings, land to the rear of Thie Veg, Main Road – It was proposed by Mr Kissack, seconded by Mrs Cain and unanimously RESOLVED that the Commissioners object to the application on the grounds of overdevelopment and access.
R C13/03/02/06 | <b>FINANCE AND GENERAL PURPOSES COMMITTEE</b>
P The minutes of the Finance and General Purposes Committee meeting held on 5th March 2013 were received. Mr Kissack presented the draft estimates for 2013/14 and the proposed rate of 172p in the £.
P It was proposed by Mr Kissack, seconded by Mr Kewley and unanimously RESOLVED that the recommendations of the Committee be adopted and that the rate for 2013/14 be set at 172p in the £.
R C13/03/02/07 | <b>PROPERTIES AND AMENITIES</b>
P Play area resurfacing – tenders. Mrs Cain proposed that the lowest tender be accepted. There being no seconder, the proposal fell.
P It was then proposed by Mr Corlett, seconded by Mr Gelling and on majority vote RESOLVED that the matter be deferred until the April meeting so that further quotations could be obtained.
P For: Mr Gelling, Mr Kewley, Mr Corlett, Mr Kissack   Against: Mrs Cain
R C13/03/02/08 | <b>CORRESPONDENCE</b>
P The correspondence listed in the schedule was noted.
R C13/03/02/09 | <b>ANY OTHER BUSINESS</b>
P Mr Corlett reported that the bench at Ballaree Brows had been vandalised. The Acting District Surveyor will arrange its repair.
R C13/03/02/10 | <b>DATE OF NEXT MEETING</b>
P The next ordinary meeting will be held on Tuesday 26th March 2013 at 7.00 p.m.
R C13/03/02/11 | <b>EXCLUSION OF PRESS AND PUBLIC</b>
P It was proposed by Mr Kewley, seconded by Mr Corlett and unanimously RESOLVED that the press and public be excluded for the following item, which concerns staffing matters. The meeting moved into committee at 8.40 p.m.
S 20
P Signed ………………………………………… Chairman          Date ………………………
