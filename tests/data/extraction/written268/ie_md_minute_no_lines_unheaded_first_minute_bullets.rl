@title Municipal District of Knockavarra - March 2016
@font Helvetica
@fontsize 10.5
@header Municipal District of Knockavarra – March 2016
@footer - {page} -
P Minutes of the Meeting of the Municipal District of Knockavarra held in the Council Chamber, Civic Offices, Knockavarra on Tuesday 1st March, 2016 at 3.30 p.m.
S 4
H In attendance:
P Cathaoirleach: Councillor Seán Breathnach
P Members: Councillors: T. Brogan, A. Culhane, R. Devlin, M. Gilsenan, E. Hanratty, N. Mullally, S. Ó Tuathail, B. Rooney, F. Tormey
P Officials: Niamh Garvey, Meetings Administrator<br/>Declan Rushe, Director of Services<br/>Orla Kinsella, Senior Executive Officer<br/>Enda Curley, Senior Engineer<br/>Colm Tansey, Executive Engineer<br/>Aisling Hever, Senior Executive Planner
S 6
P The members extended a vote of sympathy to the family of the late Mr. Peadar Kilbane, Drumcar, who served on the Knockavarra Town Commissioners for over twenty years, and observed a minute's silence.
S 4
H Minute No. 18/16
P The minutes of the monthly meeting held on Tuesday, 2nd February 2016 were confirmed on the proposal of Cllr. R. Devlin and seconded by Cllr. N. Mullally.
S 4
H Minute No. 19/16 Matters Arising
P It was agreed to revert to the members with an update on the drainage works at Ardcloon Road before the April meeting.
S 4
H Minute No. 20/16 Housing Progress Report
P Members discussed the report as circulated at the meeting and the following points were addressed:
P • A breakdown of the number of social houses vacant for more than six months was requested.
P • In response to a query from Cllr. Hanratty, Orla Kinsella, Senior Executive Officer, advised that the tender for the twelve units at Glebe Court would be advertised in April.
P • It was requested that the figures for housing adaptation grants be included in the monthly report.
S 4
H Minute No. 21/16
H Operations and Marine Progress Report
P Members discussed the report as circulated at the meeting and the following points were addressed:
P • Enda Curley, Senior Engineer, confirmed that the resurfacing of the pier road at Baltray Strand would be completed before the bathing season.
P • It was agreed to look into the provision of additional litter bins along the promenade.
P • Cllr. Tormey raised the condition of the footbridge at the mill race and asked that it be inspected.
P • Concern was expressed at the level of illegal dumping at the Cloghan Lane bring bank.
S 4
H Minute No. 22/16 Planning Progress Report
P Aisling Hever, Senior Executive Planner, outlined the number of applications received and decided in the period and the enforcement cases open in the District. The report was noted.
S 4
H Minute No. 23/16 Part 8 – Footpath and Public Lighting, Kilbride Road, Knockavarra
P Colm Tansey, Executive Engineer, presented the Chief Executive's report on the submissions received during the public consultation on the proposed footpath and public lighting scheme. Six submissions had been received and were addressed in the report.
P On the proposal of Cllr. T. Brogan, seconded by Cllr. B. Rooney, the members approved the proposed development in accordance with the Chief Executive's report.
S 4
H Minute No. 24/16 Municipal District Grants Scheme 2016
P Declan Rushe, Director of Services, outlined the recommended allocations under the Community and Amenity Grants Scheme 2016 as circulated. The allocations as circulated were agreed on the proposal of Cllr. S. Ó Tuathail, seconded by Cllr. M. Gilsenan.
S 4
H Minute No. 25/16 Correspondence
P The following correspondence was circulated to the members:
P • Letter from Irish Water regarding the upgrade of the Knockavarra wastewater treatment plant.
P • Reply from the Department of Transport, Tourism and Sport regarding the Kilbride Road junction.
P The correspondence was noted.
S 4
H Minute No. 26/16 Notice of Motion – Cllr. A. Culhane
P "That the Municipal District of Knockavarra calls on Transport Infrastructure Ireland to install a pedestrian crossing on the N52 at Clonmore Cross."
P Cllr. Culhane proposed the motion, which was seconded by Cllr. F. Tormey. Enda Curley, Senior Engineer, advised that a speed survey would be carried out and the results forwarded to TII. Following discussion the motion was agreed by the members.
S 4
H Minute No. 27/16 Notice of Motion – Cllr. R. Devlin
P "That the Municipal District of Knockavarra reviews the pay parking charges at the Fair Green car park."
P The motion was deferred to the April meeting at the request of Cllr. Devlin.
S 4
H Minute No. 28/16 Any Other Business
P Cllr. Gilsenan asked that the Council write to the ESB about the delay in replacing public lights on the Dublin Road. The Cathaoirleach thanked the members and officials for their attendance.
S 8
P This concluded the business of the meeting.
