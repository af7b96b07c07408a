@title Planning Committee minutes 14 March 2023
@fontsize 10
@numcol 10
@header ||Agenda Item
@footer {page}
HC PLANNING COMMITTEE
P Minutes of meeting held in Committee Room 2, Council Offices, Beltane Street, Kirkmorven on 14 March 2023
P <b>Chair:</b>
P Councillor Fiona Ritchie
P <b>Councillors Present:</b>
P Councillor Ewan Allardyce, Councillor Grant Balfour, Councillor Maureen Cleland, Councillor Peter Dougall, Councillor Senga Forbes (substitute for Councillor Tait), Councillor Iain Galbraith (Depute), Councillor Rhona Hamill, Councillor Callum Imrie, Councillor Jacqueline Laird, Councillor Douglas McQuarrie, Councillor Anne Ogilvie, Councillor Kenneth Pryde, Councillor Lorna Sneddon, Councillor Hugh Wotherspoon
P <b>Councillors' Apologies:</b>
P Councillor Alan Nisbet (ex officio), Councillor Morag Tait
P <b>Attending:</b>
P <b>Community and Enterprise Resources</b> R Blackwood, Area Manager, Planning and Building Standards Services (Kirkmorven); C Duthie, Head of Planning and Economic Development; L Farquhar, Team Leader, Development Management Team, Roads and Transportation Services; S Marr, Planning Officer
P <b>Finance and Corporate Resources</b> E Gow, Legal Services Adviser; N Kinnear, Administration Officer; J Soutar, Media Officer
R 1 | <b>Declaration of Interests</b>
P The following interests were declared:-
TH Councillor(s) | Item(s) | Nature of Interest(s)
T Dougall | Application SM/22/0917 – Erection of 46 Houses at Land to West of Birkhill Road, Lesmorran Mains | Objector is a close family member
T Hamill | Application CV/23/0041 – Change of Use of Shop to Hot Food Takeaway at 12 Bank Street, Craigvenny | Pre-determination
R 2 | <b>Minutes of Previous Meeting</b>
P The minutes of the meeting of the Planning Committee held on 7 February 2023 were submitted for approval as a correct record.
P <b>The Committee decided:</b> that the minutes be approved as a correct record.
R 3 | <b>Application SM/22/0917 for Erection of 46 Houses with Associated Roads, Drainage and Open Space at Land to West of Birkhill Road, Lesmorran Mains</b>
P A report dated 3 March 2023 by the Executive Director (Community and Enterprise Resources) was submitted on planning application SM/22/0917 by Cairnfield Homes Limited for the erection of 46 houses with associated roads, drainage and open space at land to the west of Birkhill Road, Lesmorran Mains.
P The Committee heard Councillor Allardyce, a local member, who spoke in support of the concerns of residents regarding traffic on Birkhill Road, and R Blackwood, who advised that Roads and Transportation Services had raised no objection subject to conditions.
P <b>The Committee decided:</b> that planning application SM/22/0917 by Cairnfield Homes Limited for the erection of 46 houses at land to the west of Birkhill Road, Lesmorran Mains be granted subject to the conditions specified in the Executive Director's report and the prior conclusion of a Section 75 Planning Obligation.
P [Reference: Minutes of 7 February 2023 (Paragraph 4)]
P <i>Councillor Dougall, having declared an interest in the above application, withdrew from the meeting during its consideration</i>
R 4 | <b>Application CV/23/0041 for Change of Use of Shop (Class 1A) to Hot Food Takeaway (Sui Generis) at 12 Bank Street, Craigvenny</b>
P A report dated 1 March 2023 by the Executive Director (Community and Enterprise Resources) was submitted on planning application CV/23/0041 by Mr A Pirrie for the change of use of a shop to a hot food takeaway at 12 Bank Street, Craigvenny.
P The application had been assessed against the relevant policies and criteria contained in the adopted Kirkmorven Local Development Plan and the Executive Director recommended that the application be refused.
P Councillor Pryde, seconded by Councillor Laird, moved that the application be granted on the grounds that the proposal would bring a vacant unit back into use. Councillor Ritchie, seconded by Councillor Galbraith, moved as an amendment that the application be refused for the reasons set out in the report. On a vote being taken by a show of hands between the amendment and the motion, 9 members voted for the amendment and 5 for the motion. The amendment was declared carried.
P <b>The Committee decided:</b> that planning application CV/23/0041 for the change of use of a shop to a hot food takeaway at 12 Bank Street, Craigvenny be refused for the reasons stated in the Executive Director's report.
P <i>Councillor Hamill, having declared an interest in the above application, withdrew from the meeting during its consideration</i>
R 5 | <b>Application SM/22/1288 for Erection of 3 Wind Turbines (Height to Blade Tip 149.9 Metres), Access Tracks, Substation and Ancillary Infrastructure at Blackcraig Farm, Dunsallow Road, Carnbeath Moss</b>
P A report dated 2 March 2023 by the Executive Director (Community and Enterprise Resources) was submitted on planning application SM/22/1288 by Blackcraig Renewables LLP for the erection of 3 wind turbines at Blackcraig Farm, Dunsallow Road, Carnbeath Moss.
P Councillor Sneddon asked that the Committee visit the site before determining the application in view of the number of representations received from residents of Newbrackie.
P <b>The Committee decided:</b> that consideration of planning application SM/22/1288 be continued to allow a site visit to be held prior to the next meeting of the Committee.
R 6 | <b>Application CV/22/0733 for Erection of Single Storey Rear Extension at 4 Dunedin Court, Craigvenny</b>
P A report dated 28 February 2023 by the Executive Director (Community and Enterprise Resources) was submitted on planning application CV/22/0733 by Ms J Lowrie for the erection of a single storey rear extension at 4 Dunedin Court, Craigvenny. The application was brought to Committee because the applicant was an employee of the Council.
P <b>The Committee decided:</b> that planning application CV/22/0733 for the erection of a single storey rear extension at 4 Dunedin Court, Craigvenny be granted subject to the conditions specified in the Executive Director's report.
R 7 | <b>Appeal Decisions – October 2022 to February 2023</b>
P A report dated 2 March 2023 by the Executive Director (Community and Enterprise Resources) was submitted on the outcome of appeals to the Planning and Environmental Appeals Division (DPEA) determined between October 2022 and February 2023. Of the 6 appeals determined, 4 had been dismissed and 2 allowed.
P C Duthie responded to a question from Councillor Imrie on the costs awarded against the Council in one appeal.
P <b>The Committee decided:</b> that the report be noted.
R 8 | <b>Kirkmorven Local Development Plan 3 – Proposed Plan Timetable</b>
P A report dated 6 March 2023 by the Executive Director (Community and Enterprise Resources) was submitted on a revised timetable for the preparation of the Proposed Plan for Kirkmorven Local Development Plan 3, including the Development Plan Scheme for 2023.
P <b>The Committee decided:</b>
P (1) that the revised timetable for the preparation of Local Development Plan 3 be approved; and
P (2) that the Development Plan Scheme 2023 be published.
P <b>The Committee recommended to the Executive Committee:</b> that the Development Plan Scheme 2023 be submitted to Scottish Ministers.
R 9 | <b>Urgent Business</b>
P There were no items of urgent business.
