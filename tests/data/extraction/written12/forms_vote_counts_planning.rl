@title Planning Committee 4 March 2026
@font Helvetica
@fontsize 10.5
@header 
@footer {page}
HC RHYMNEY VALE COUNTY BOROUGH COUNCIL
S 4
HC MINUTES OF THE MEETING OF THE PLANNING COMMITTEE HELD AT CARN HOUSE AND VIA MICROSOFT TEAMS ON WEDNESDAY, 4TH MARCH 2026 AT 5.00 P.M.
S 8
C PRESENT:
C Councillor R. Vellacott - Chair
C Councillor Mrs J. Harries - Vice Chair
S 4
P Councillors:
P M. Aston, A. Brace, D. Cheverton, Mrs C. Fairclough, G. Halstead, L. Jerrett, Mrs A. Lusted, B. Ormerod, J. Rudland, S. Sallows and W. Tarrant.
P Together with:
P T. Staniforth (Development Control Manager), J. Rendle (Principal Planner), M. Nuttall (Senior Solicitor), C. Prothero (Transportation Engineering Manager) and C. Esmond (Committee Services Officer).
S 6
H RECORDING, FILMING AND VOTING ARRANGEMENTS
P The Chair reminded those present that the meeting was being recorded and would be made available to view via the Council's website, and that decisions would be made by a show of hands for those in the Chamber and by Microsoft Forms for those attending remotely.
H 1. APOLOGIES FOR ABSENCE
P Apologies for absence were received from Councillors K. Elsworth and M. Jowett.
H 2. DECLARATIONS OF INTEREST
P Councillor S. Sallows declared a personal and prejudicial interest in agenda item 7 (Code No. 25/0788/COU) as the applicant is a family member. He left the meeting during consideration of the application and took no part in the vote.
H MINUTES - 4TH FEBRUARY 2026
H 3. PLANNING COMMITTEE HELD ON 4TH FEBRUARY 2026
P It was moved and seconded that the minutes be approved as a correct record and by way of a show of hands and Microsoft Forms this was unanimously agreed.
P RESOLVED that the minutes of the Planning Committee held on 4th February 2026 (minute nos. 1 - 10) be approved as a correct record.
H 4. TO RECEIVE AND NOTE THE FOLLOWING INFORMATION ITEMS
P (1) Applications determined by delegated powers;
P (2) Applications which are out of time;
P (3) Appeals outstanding and decisions received.
P The Committee noted the information items.
H APPLICATIONS DEFERRED FROM A PREVIOUS MEETING
H 5. Code No. 25/0640/OUT - Land at Pen-y-rhiw Farm, Ystrad Rhymni - Outline application for residential development of up to 40 dwellings with access
P A site visit had been held on 25th February 2026 and the note of the visit was before the Committee.
P Mr D. Lumsden spoke in objection to the application and Mr K. Bhogal, the applicant's agent, responded. Councillor G. Halstead, local ward member, referred to the objections from residents about the capacity of Pen-y-rhiw Road.
P J. Rendle (Principal Planner) advised that the Transportation Engineering Manager had raised no objection subject to the off-site widening works set out in condition 14.
P Following consideration of the application, it was moved and seconded that the recommendation contained in the Officer's report be approved. By way of a show of hands and Microsoft Forms (and in noting there were 8 For, 3 Against and 1 Abstention) this was agreed by the majority present.
P RESOLVED that, subject to the applicant entering into a Section 106 Agreement in respect of affordable housing and education contributions, the application be granted subject to the conditions contained in the Officer's report.
H APPLICATIONS RECOMMENDED FOR APPROVAL
H 6. Code No. 25/0712/FULL - Unit 4, Pen-y-fan Industrial Estate, Crymlyn Fach - Change of use to a vehicle repair garage and paint spraying booth
P Councillor Mrs A. Lusted asked whether the spraying booth would be fitted with filters and whether there had been complaints about the existing premises. J. Rendle said that an extraction condition was proposed but that he was not aware of complaints.
P It was moved and seconded that the application be deferred for a site visit. By way of a show of hands and Microsoft Forms this was unanimously agreed.
P RESOLVED that the application be deferred for a site visit.
H 7. Code No. 25/0788/COU - 12 Heol Ebrill, Abergwyn - Change of use from retail (Class A1) to hot food takeaway (Class A3)
P Councillor S. Sallows left the meeting during consideration of this item.
P An amendment was moved and seconded that the application be refused on the grounds of the number of hot food takeaways in the street. By way of a show of hands and Microsoft Forms (and in noting there were 4 For, 8 Against and 0 Abstentions) the amendment was declared lost.
P It was then moved and seconded that the recommendation in the Officer's report be approved. By way of a show of hands and Microsoft Forms (and in noting there were 9 For, 2 Against and 1 Abstention) this was agreed by the majority present.
P RESOLVED that the application be granted subject to the conditions contained in the Officer's report.
H APPLICATIONS RECOMMENDED FOR REFUSAL
H 8. Code No. 25/0801/FULL - Land at Cwm Tyleiriog Road, Pontnewydd Isaf - Erection of a detached dwelling
P Mrs H. Dimmock, the applicant, spoke in support of the application. Councillor B. Ormerod said that the site lay outside the settlement boundary and that he could see no reason to depart from policy.
P It was moved and seconded that the recommendation contained in the Officer's report be approved. By way of a show of hands and Microsoft Forms this was unanimously agreed.
P RESOLVED that for the reasons contained in the Officer's report the application be refused.
H 9. Code No. 25/0833/RET - 47 Commercial Street, Rhisgaer - Retention of illuminated fascia sign
P This application had been withdrawn by the applicant prior to the meeting.
S 8
P The meeting closed at 7.21 p.m.
P Approved as a correct record and subject to any amendments or corrections agreed and recorded in the minutes of the meeting held on 1st April 2026, they were signed by the Chair.
S 14
C _______________________
C CHAIR
