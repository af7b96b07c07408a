@title Strathdearn and Glen Aird Area Committee 13 November 2023
@font Helvetica
@fontsize 10.5
@numcol 9
@header_first The Ardmhor Council||No. 4 2023/2024
@header {page}
@pageoffset 611
@footer
C <b>612</b>
S 4
HC Strathdearn and Glen Aird Area Committee
P Minutes of Meeting of the Strathdearn and Glen Aird Area Committee held in the Council Chamber, Area Office, Station Square, Carrbridge on Monday, 13 November 2023 at 10.30 am.
R 1. | <b>Calling of the Roll and Apologies for Absence</b><br/><b>A&#8217; Gairm a&#8217; Chl&#224;ir agus Leisgeulan</b>
P <b>Present:</b>
G Mr D Fraser | Mrs K Munro
G Mr J Grant | Ms E Nicolson
G Mrs A MacPhail | Mr R Sutherland
G Mr C Matheson | Mr T Urquhart (remote)
P <b>In attendance:</b>
P Mr A Macrae, Ward Manager<br/>Ms S Kerr, Area Roads Operations Manager<br/>Mrs L Chisholm, Principal Accountant<br/>Mr I Forbes, Committee Administrator
P <b>Also in attendance:</b>
P Inspector Morag Lyall, Police Scotland<br/>Group Commander Euan Baird, Scottish Fire and Rescue Service
P Mr D Fraser in the Chair
P An apology for absence was intimated on behalf of Mrs F Gunn.
R 2. | <b>Declarations of Interest</b><br/><b>Foillseachaidhean Com-p&#224;irt</b>
P The Committee NOTED the following declaration of interest:-
P Item 6 &#8211; Mrs K Munro (non-financial)
R 3. | <b>Police Scotland &#8211; Area Performance Report</b><br/><b>Poileas Alba &#8211; Aithisg Coileanaidh Sg&#236;re</b>
P There had been circulated Report No SGA/11/23 by the Area Commander, Police Scotland, on performance for the period 1 April to 30 September 2023.
P Inspector Morag Lyall presented the report and highlighted a 14% reduction in road casualties, the continuing focus on drug supply in Carrbridge and the recruitment of two officers for Glen Aird. During discussion, Members raised the following issues:-
P (i) Mr J Grant asked that the patrols on the A938 at weekends be continued through the winter; and<br/>(ii) Ms E Nicolson welcomed the new school liaison work and asked that it be extended to the primary schools.
P The Committee NOTED the report.
R 4. | <b>Scottish Fire and Rescue Service &#8211; Performance Report</b><br/><b>Seirbheis Smàlaidh is Teasairginn na h-Alba &#8211; Aithisg Coileanaidh</b>
P There had been circulated Report No SGA/12/23 by the Local Senior Officer.
P Group Commander Euan Baird spoke to the report. There had been 41 unwanted fire alarm signals in the period, down from 67, following the change in call handling. Mr C Matheson asked about retained firefighter availability at Tomatin; Group Commander Euan Baird confirmed that a recruitment evening would be held in January.
P The Committee NOTED the report.
R 5. | <b>Ward Manager&#8217;s Update</b><br/><b>Cunntas &#224; Manaidsear na Uàrd</b>
P There had been circulated Report No SGA/13/23 by the Ward Manager.
P Mr A Macrae presented the report, which set out the allocation of the Ward Discretionary Fund to date and proposals from four community groups.
P The Committee:-
P (i) NOTED the report; and<br/>(ii) AGREED to allocate &#163;5,000 from the Ward Discretionary Fund to Glen Aird Community Hall towards the replacement of its heating system.
R 6. | <b>Carrbridge Common Good Fund &#8211; Budget Monitoring and Grant Requests</b><br/><b>Maoin Math Coitcheann Dhrochaid Chàrr &#8211; Sgr&#249;dadh Buidseit</b>
P There had been circulated Report No SGA/14/23 by the Head of Corporate Finance. Mrs K Munro, having declared an interest, left the meeting for this item.
P Mrs L Chisholm presented the report, which showed a projected surplus of &#163;12,300 and two requests for grants.
P <b>Motion</b> &#8211; Mr R Sutherland, seconded by Mrs A MacPhail, moved that a grant of &#163;8,000 be awarded to Carrbridge Gala Committee.
P <b>Amendment</b> &#8211; Mr J Grant, seconded by Ms E Nicolson, moved that the grant be limited to &#163;4,000 and the remainder be held for the Station Square improvements.
P On a division, votes were cast as follows:-
P <b>For the Motion (5):</b><br/>Mr D Fraser, Mrs A MacPhail, Mr C Matheson, Mr R Sutherland, Mr T Urquhart
P <b>For the Amendment (2):</b><br/>Mr J Grant, Ms E Nicolson
P <b>Abstentions (0)</b>
P <b>Decision</b>
P The Motion was therefore CARRIED and the Committee AGREED to award a grant of &#163;8,000 to Carrbridge Gala Committee.
R 7. | <b>Proposed Parking Charges &#8211; Station Square Car Park, Carrbridge</b><br/><b>Cosgaisean Parcaidh &#8211; Ceàrnag an Stèisein</b>
P Mr T Urquhart, seconded by Mr J Grant, moved that the Committee recommend to the Economy and Infrastructure Committee that charges be introduced at Station Square car park from April 2024.
P Ms S Kerr advised that the income was estimated at &#163;22,000 a year, less enforcement costs.
P On a division, 2 votes were cast for the Motion and 6 against, with no abstentions.
P <b>Decision</b>
P The Motion was therefore LOST.
R 8. | <b>Winter Maintenance Plan 2023/24</b><br/><b>Plana Cumail Suas a' Gheamhraidh 2023/24</b>
P There had been circulated Report No SGA/15/23 by the Executive Chief Officer, Infrastructure and Environment.
P Ms S Kerr introduced the report and confirmed that the priority routes were unchanged from last winter. Ms E Nicolson asked that the footway from the school to Dalrachney be added to the secondary routes.
P The Committee:-
P (i) NOTED the Winter Maintenance Plan for the area; and<br/>(ii) AGREED that officers consider the footway request raised by Ms E Nicolson and report back.
R 9. | <b>Minutes</b><br/><b>Geàrr-chunntas</b>
P There had been circulated Minutes of Meeting of the Strathdearn and Glen Aird Area Committee held on 21 August 2023, the terms of which were APPROVED.
P The meeting ended at 12.55 pm.
