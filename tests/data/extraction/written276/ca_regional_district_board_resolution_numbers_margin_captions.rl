@title March 2017 Board Meeting Minutes
@font Helvetica
@fontsize 10
@numcol 40
@header_first  
@header Sunderby Plains Regional District||March 9, 2017 Board Meeting Minutes Page {page}
@footer M-1 March 23, 2017
HC SUNDERBY PLAINS REGIONAL DISTRICT
HC MARCH BOARD MEETING MINUTES
G <b>DATE:</b> | March 9, 2017 | 
G <b>PLACE:</b> | Regional District Office Boardroom, Fort Addison, BC | 
G <b>PRESENT:</b> | <b>Directors</b> | <b>Alternate Directors</b>
G  | Chair Ostrander, Electoral Area ‘C’ | Alternate Director Kowalchuk, Village of Lone Poplar
G  | Vice-Chair Halvorsen, Electoral Area ‘A’ | Alternate Director Sauvé, District of Carrow Ridge
G  | Director Pelletier, City of Fort Addison | 
G  | Director Greaves, City of Fort Addison | 
G  | Director Amundrud, Electoral Area ‘B’ | 
G  | Director Tillotson, City of Wexbury | 
G  | Director Nakagawa, Electoral Area ‘D’ | 
G <b>Absent</b> | Director Fenwick, Village of Lone Poplar | 
G  | Director Dubrowski, District of Carrow Ridge | 
G <b>Staff</b> | Marlene Quist, Chief Administrative Officer | 
G  | Tessa Morrow, Corporate Officer | 
G  | Noah Besserer, General Manager of Environmental Services | 
G  | Yvonne Castell, Manager of Community Services | 
G  | Darcy Huebert, Chief Financial Officer | 
G  | Lianne Ruddock, Recording Secretary | 
G <b>Others</b> | Garth Yelland, Fort Addison | 
G  | Wendy Oberg, Peace Country Courier | 
G <b>Delegations</b> | D-1 Hollis Grainger, Northern Trails Society | 
G  | D-2 Ingrid Pahl and Moe Reddekopp, Carrow Ridge Curling Club | 
S 6
R Call to Order | The Chair called the meeting to order at 10:02 a.m.
R DIRECTORS’ NOTICE OF NEW BUSINESS: | Director Halvorsen gave notice that he would raise rural internet connectivity under New Business (NB-1).
H ADOPTION OF AGENDA:
R Adoption of Agenda | <b>RD/17/03/01 (27)</b> MOVED Director Pelletier, SECONDED Director Greaves, That the Sunderby Plains Regional District Board agenda for the March 9, 2017 meeting, including the additional item for the agenda, be adopted: 1. Call to Order 2. Directors’ Notice of New Business 3. Adoption of Agenda 4. Adoption of Minutes M-1 Regional District Board Meeting Minutes of February 23, 2017 5. Delegations D-1 Northern Trails Society D-2 Carrow Ridge Curling Club 6. Reports R-1 2017 Budget Adoption Timeline R-2 Solid Waste Tipping Fees R-3 Grant in Aid – Lone Poplar Fall Fair 7. Bylaws B-1 Zoning Amendment Bylaw No. 2281, 2017 8. New Business NB-1 Rural Internet Connectivity (additional) 9. Adjournment. <b>CARRIED.</b>
H ADOPTION OF MINUTES:
R M-1 | <b>Regional District Board Meeting Minutes of February 23, 2017</b>
R Board Meeting Minutes | <b>RD/17/03/02 (27)</b> MOVED Director Amundrud, SECONDED Director Tillotson, That the Regional District Board Meeting Minutes of February 23, 2017 be adopted. <b>CARRIED.</b>
H DELEGATIONS:
R D-1 | <b>Hollis Grainger, Northern Trails Society – Request for Trail Maintenance Funding</b>
R  | Mr. Grainger gave a presentation on the Society’s work on the Beaver Flats and Coulee Rim trails and asked the Board to consider an annual maintenance contribution of $12,000.
R Northern Trails Society | <b>RD/17/03/03 (27)</b> MOVED Director Nakagawa, SECONDED Director Amundrud, That the request from the Northern Trails Society for annual trail maintenance funding be referred to the 2017 budget deliberations. <b>CARRIED.</b>
R D-2 | <b>Ingrid Pahl and Moe Reddekopp, Carrow Ridge Curling Club – Roof Replacement</b>
R  | Ms. Pahl and Mr. Reddekopp described the failure of the curling rink roof membrane over the winter and the Club’s fundraising to date. Director Amundrud asked whether the Club had applied to the provincial infrastructure program; Mr. Reddekopp confirmed an application had been made in January.
R Carrow Ridge Curling Club | <b>RD/17/03/04 (22)</b> MOVED Alternate Director Sauvé, SECONDED Director Nakagawa, That the Regional District Board provide a letter of support to the Carrow Ridge Curling Club for its provincial infrastructure grant application. <b>CARRIED.</b>
H REPORTS:
R R-1 | <b>Marlene Quist, Chief Administrative Officer – 2017 Budget Adoption Timeline</b>
R Budget Timeline | <b>RD/17/03/05 (27)</b> MOVED Director Greaves, SECONDED Director Pelletier, That the Regional District Board adopt the 2017 budget timeline, with the Five Year Financial Plan Bylaw to be brought forward for three readings on March 23, 2017. <b>CARRIED.</b>
R R-2 | <b>Noah Besserer, General Manager of Environmental Services – Solid Waste Tipping Fees</b>
R Tipping Fees | <b>RD/17/03/06 (27)</b> MOVED Director Tillotson, SECONDED Vice-Chair Halvorsen, That the Regional District Board direct staff to prepare an amendment to the Solid Waste Management Regulation Bylaw to increase the tipping fee for mixed waste from $85 to $98 per tonne, effective July 1, 2017. <b>DEFEATED.</b>
R R-3 | <b>Yvonne Castell, Manager of Community Services – Grant in Aid: Lone Poplar Fall Fair</b>
R Grant in Aid | <b>RD/17/03/07 (21)</b> MOVED Alternate Director Kowalchuk, SECONDED Director Amundrud, That the Regional District Board approve a grant in aid of $2,500 to the Lone Poplar Agricultural Society for the 2017 Fall Fair, to be funded from the Electoral Area ‘B’ and ‘D’ grant in aid budgets. <b>CARRIED.</b>
H BYLAWS:
R B-1 | <b>Sunderby Plains Regional District Zoning Amendment Bylaw No. 2281, 2017</b>
R Bylaw No. 2281 | <b>RD/17/03/08 (14)</b> MOVED Director Nakagawa, SECONDED Director Amundrud, That “Sunderby Plains Regional District Zoning Amendment Bylaw No. 2281, 2017”, to rezone Lot 3, Plan 41187 from A-2 (Large Agricultural Holdings) to R-4 (Rural Residential), be given first and second reading and that a public hearing be scheduled. <b>CARRIED.</b>
H NEW BUSINESS:
R NB-1 | <b>Rural Internet Connectivity</b>
R  | Vice-Chair Halvorsen reported that residents in Electoral Area ‘A’ continue to lose service during peak hours and asked that the Board raise the matter with the provincial ministry.
R Rural Internet | <b>RD/17/03/09 (27)</b> MOVED Vice-Chair Halvorsen, SECONDED Director Tillotson, That the Chair write to the Minister of Citizens’ Services requesting a meeting on rural internet service in the Sunderby Plains region. <b>CARRIED.</b>
H ADJOURNMENT:
R Adjournment | <b>RD/17/03/10 (27)</b> MOVED Director Greaves, That the meeting adjourn. <b>CARRIED.</b> The meeting adjourned at 12:18 p.m.
S 18
G ______________________________ | ______________________________
G Brent Ostrander, Chair | Tessa Morrow, Corporate Officer
