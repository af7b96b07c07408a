@title Minutes of Meeting of the Communities and Partnerships Committee - 7 December 2017
@font Times-Roman
@fontsize 11
@numcol 12
@footer {page}
HC Dalcraig Council
S 4
P Minutes of Meeting of the <b>Communities and Partnerships Committee</b> held in the Council Chamber, Council Headquarters, Glenmoray Road, Invercarrie on Thursday 7 December 2017 at 10.30 am.
H Present:
P Mr T Rattray, Mrs C Ogilvie-Bain, Mr D Aird, Miss J Corsar, Dr E Fyvie, Mr R Gillies, Mr N Laidlaw (substitute), Mrs M Lumsden, Ms A Mactaggart (pm only), Mr H Mowat, Mr I Rennison, Mrs K Sangster, Mr P Strachan-Lyle (substitute – am only), Mr W Tulloch
H Non-Members also present:-
P Mrs S Dunnet, Mr G Yorston
H Officials in attendance:
P Ms A Brodie, Acting Head of Policy, Chief Executive's Office<br/>Mr L Pirie, Community and Democratic Engagement Manager, Chief Executive's Office<br/>Mrs F Cargill, Equality Officer, Chief Executive's Office<br/>Mr J Bisset, Principal Administrator, Corporate Development Service
H Also in attendance:
P Chief Inspector Morag Lennie, Area Commander, Police Scotland<br/>Mr Iain Buchanan, Local Senior Officer, Scottish Fire and Rescue Service<br/>Mrs Rhona Tait, Chair, Dalcraig Federation of Community Councils
P An asterisk in the margin denotes a recommendation to the Council. All decisions with no marking in the margin are delegated to the Committee.
P Mr T Rattray in the Chair
R 1. | <b>Apologies for Absence</b>
P Apologies for absence were intimated on behalf of Mrs G Harcus and Mr K Ure.
R 2. | <b>Declarations of Interest</b>
P The Committee NOTED the following declaration of interest:-
P Item 6: Mr D Aird (non-financial)
R 3. | <b>Police Scotland – Dalcraig Area Performance Report</b>
P There had been circulated Report No CP/21/17 dated 24 November 2017 by the Area Commander.
P Chief Inspector Morag Lennie presented the report, which covered the period April to September 2017, and highlighted a reduction in housebreakings and an increase in detections for drug supply. During discussion, the following issues were raised:-
P (i) Mr R Gillies sought information on the number of officers based in the Invercarrie station, and was advised that the establishment was unchanged; and<br/>(ii) Miss J Corsar expressed concern about speeding on the main road at Balnaskie and asked that this be a priority for the road policing unit.
P Thereafter, the Committee NOTED the performance report.
R 4. | <b>Scottish Fire and Rescue Service – Performance Report</b>
P There had been circulated Report No CP/22/17 by the Local Senior Officer.
P Mr Iain Buchanan summarised the report and drew attention to the fall in unwanted fire alarm signals from non-domestic premises. Dr E Fyvie welcomed the home fire safety visits undertaken with the Council's housing officers.
P The Committee NOTED the report.
R 5. | <b>Community Council Scheme Review</b>
P There had been circulated Report No CP/23/17 by the Acting Head of Policy.
P The Acting Head of Policy introduced the report, which set out the results of the consultation on the revised Scheme for the Establishment of Community Councils. Mrs Rhona Tait, on behalf of the Federation, welcomed the reduction in the minimum number of members for smaller communities. Mr N Laidlaw asked that the boundary changes for Strathcorrie be deferred until after the next elections.
R * | The Committee AGREED to RECOMMEND that the Council approve the revised Scheme for the Establishment of Community Councils, as set out at Appendix 1 to the report, with the Strathcorrie boundary change to take effect from the 2019 elections.
R 6. | <b>Participatory Budgeting – Dalcraig Decides 2018</b>
P Mr D Aird, having declared an interest, left the Chamber for this item.
P There had been circulated Report No CP/24/17 by the Community and Democratic Engagement Manager.
P Mr L Pirie presented the report and explained that the second round of Dalcraig Decides would allocate £150,000 across the four wards. Mrs S Dunnet, as a Non-Member, asked that the voting period include at least one weekend.
P The Committee AGREED:-
P (i) the arrangements for Dalcraig Decides 2018 as set out in the report; and<br/>(ii) that the voting period run for fourteen days and include two weekends.
R 7. | <b>Equality Outcomes – Progress Report</b>
P There had been circulated Report No CP/25/17 by the Acting Head of Policy.
P Mrs K Sangster asked about the take-up of British Sign Language interpretation and Mrs F Cargill undertook to provide the figures to Members.
P The Committee NOTED the progress report.
R 8. | <b>Minutes</b>
P There had been circulated for noting Minutes of Meeting of the Committee held on 7 September 2017 which were APPROVED.
S 8
P The meeting ended at 1.05 pm.
