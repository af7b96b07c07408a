@title Hembeare Parish Council Minutes March 2021
@fontsize 10.5
@header Hembeare Parish Council – Minutes - March 2021 - Page {page}
HC HEMBEARE PARISH COUNCIL
P Minutes of a meeting of the Parish Council held on 9th March 2021 via Zoom at 7.30pm.
P <b>Present:</b> Cllrs. Mrs J Venn (Chair), R Salter, P Gollop, Mrs E Kerslake, Mrs F Lock, D Greenslade &amp; the Clerk.
P <b>Public Question Time:</b> Mr Alan Tuckett, of the Hembeare Brook Flood Group, was present and explained the group's plan to install a rain gauge and river level sensor at Hembeare Bridge, for which it will ask the Parish Council for a small grant later in the year. Two residents raised concerns about application 21/00288/FULL (see 35/03/21 a) i) below).
P <b>31/03/21. Apologies:</b> Cllr. T Widgery, CCllr R Bale and DCllr S Hurford.
P <b>32/03/21. Declarations of Interest:</b> Cllr. Greenslade – personal interest in 35/03/21 a) ii) as the applicant is a family member.
P <b>33/03/21.</b> Minutes of 09/02/2021 confirmed and signed by the Chair following the meeting.
P <b>34/03/21. Matters Arising:</b> None.
P <b>35/03/21. Planning &amp; Related Correspondence.</b>
P <b>a) Applications for the Parish Council's comments:</b> i) 21/00288/FULL – Erection of agricultural worker's dwelling, Lower Hembeare Farm. Members noted the residents' concerns about the siting in an open field away from the farm buildings. Cllr. Salter said that the functional need had not been shown. It was RESOLVED to object and to ask the Ward Member to call the application in to the Planning Committee. ii) 21/00301/HOUSE – Single storey rear extension, 6 Cross Park. Cllr. Greenslade left the meeting. The Parish Council has no objection. Cllr. Greenslade returned to the meeting.
P <b>b) Planning decisions:</b> 20/02210/FULL Change of use of stable to holiday let, Woodgate – Granted. 20/02301/LBC Replacement windows, Church Cottage – Refused. The decisions were noted.
P <b>c) Enforcement:</b> Cllr. Salter reported that a timber business appeared to be operating from the field at Ashbeare Cross, with lorries parked on the verge. The Clerk has reported this to the District Council (ref ENF/21/0034).
P <b>36/03/21. Highways &amp; Footpaths:</b> Cllr. Mrs Lock reported that the road at Hembeare Bridge had flooded three times in February because the culvert grid was blocked, and that the stile on footpath 7 at Woodgate was unsafe. It was agreed that the Clerk report both to the County Council and ask for the grid to be added to the cleansing schedule.
P <b>37/03/21. Licensing:</b> Hembeare Village Stores – application for a premises licence for the sale of alcohol off the premises, 7am to 10pm. Cllr. Gollop asked whether the plan of the premises had been received; it had not. Consideration was deferred to an extra meeting on 23rd March, before the consultation closes.
P <b>38/03/21. Trees:</b> 21/00310/TPO – Oak (T1 of TPO 14/2003) at Hembeare Cross – crown lift to 5.5 metres over the road. No objection.
P <b>39/03/21. Finance:</b> a) The following payments were approved: Clerk's salary (March) £315.00; HMRC £78.80; Zoom subscription £14.39; Hembeare Hall grant £500.00. Proposed Cllr. Salter, seconded Cllr. Mrs Kerslake. b) The bank reconciliation to 28th February was noted.
P <b>40/03/21. Correspondence:</b> DALC newsletter; District Council consultation on the Local Plan review (to be considered in April); Police rural crime update.
P <b>41/03/21. Date of next meeting:</b> Tuesday 13th April 2021 via Zoom at 7.30pm.
S 6
P The meeting closed at 9.12pm.
