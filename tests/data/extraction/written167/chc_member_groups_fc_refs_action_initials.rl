@title LMCHC Full Council minutes 22.11.13
@font Helvetica
@fontsize 10
@numcol 24
@footer Llanfallen and Maesbury CHC – Full Council 22.11.13||Page {page}
HC LLANFALLEN AND MAESBURY COMMUNITY HEALTH COUNCIL
C Minutes of a meeting held on Friday 22<super>nd</super> November 2013 in the Glanhafren Hotel, Maesbury, at 10.30 am.
S 4
G <b>Present:</b> | <b>CHC Members:</b> Cllr Mrs E M Prothero – Chairman<br/>Mr D W Gittins – Vice Chairman<br/>Mrs C Leyshon<br/>Cllr R Penry<br/>Cllr G Vaughan-Lloyd
G  | <b>Co-opted Members:</b> Mrs A Bevan<br/>Mr H Cadwgan<br/>Mrs S Meredudd<br/>Mr O Tudur
G <b>In Attendance:</b> | Ms N Hopcyn, Chief Officer, CHC<br/>Mrs L Jarman, Deputy Chief Officer, CHC<br/>Mrs F Wozencroft, Office Manager, CHC<br/>Dr P Ellison, Medical Director, Teilo Health Board<br/>Mr G Rhydderch, Locality Manager, North Teilo
P Two members of the public were present.
S 2
R  | <b>Action</b>
R FC/87/13 | No apologies for absence had been received.
R FC/88/13 | <b>Declarations of Interest:</b> Mr H Cadwgan declared an interest in FC/94/13 as a volunteer at the Maesbury League of Friends shop.
R FC/89/13 | <b>Chairman's announcements:</b> The Chairman welcomed Mrs S Meredudd to her first meeting as a co-opted member and thanked Mrs Wozencroft for arranging the Maesbury venue at short notice.
R FC/90/13 | <b>Minutes of the Meeting held on 20<super>th</super> September 2013</b><br/>The minutes were AGREED as an accurate record, subject to correcting the spelling of Cllr Penry's name.
R FC/91/13 | <b>Matters Arising and Not Listed on the Agenda</b><br/>a) <u>Llanfallen Community Hospital – Physiotherapy Waiting Times</u> Mr Rhydderch reported that a second physiotherapist had started in October and that the longest wait had fallen from 19 to 11 weeks.<br/>b) <u>Car Parking at Maesbury Health Centre</u> The Chief Officer reported that the Health Board had agreed to mark out four additional disabled bays by the end of December.
R  | NH
R FC/92/13 | <b>Health Board Update</b><br/>Dr Ellison gave a presentation on the Health Board's winter plan, including the opening of six step-down beds at Llanfallen. Mrs Leyshon asked how patients would be transported home from the step-down beds at weekends; Dr Ellison agreed to provide a written answer. Mr Gittins asked that the CHC be sent the ward staffing figures monthly over the winter.
R  | PE
R FC/93/13 | <b>Reports of Visits to Hospitals</b><br/>Members received the reports of visits to Llanfallen Community Hospital (Glyn ward) and Brynmelyn House nursing unit. Cllr Penry highlighted the concerns about the lack of a day room on Glyn ward. The reports were NOTED and will be sent to the Health Board for a response.
R FC/94/13 | <b>Complaints Advocacy Report</b><br/>The Deputy Chief Officer presented the quarterly advocacy report: 27 new cases had been opened, 9 of them about continuing healthcare. Mr Cadwgan took no part in the discussion of the League of Friends shop referral.
R FC/95/13 | <b>Proposed Change to Minor Injuries Service – Maesbury</b><br/>The Chief Officer outlined the Health Board's proposal to reduce the opening hours of the Maesbury minor injuries unit to 8 am to 8 pm. Cllr Vaughan-Lloyd said that the unit was the only one within 30 miles for visitors to the reservoirs in summer. Following discussion it was RESOLVED that the CHC does not support the proposal and that the Chief Officer writes to the Chief Executive of the Health Board asking for a full public consultation.
R  | NH
R FC/96/13 | <b>Finance and Budget Monitoring</b><br/>The Office Manager reported that expenditure to 31<super>st</super> October was within budget. Members AGREED the travel claims procedure as amended.
R FC/97/13 | <b>Any Other Business</b><br/>Mr Tudur reported that the Teilo Valley patient group would hold its annual meeting on 6<super>th</super> December and that CHC members would be welcome.
R FC/98/13 | <b>Date of Next Meeting</b><br/>Friday 24<super>th</super> January 2014 at 10.30 am, venue to be confirmed.
S 12
P Signed ........................................ (Chairman)          Date ............................
