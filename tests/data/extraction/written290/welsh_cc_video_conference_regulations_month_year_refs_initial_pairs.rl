@title Minutes 14 January 2021
@font Helvetica
@fontsize 10.5
@header_first Cyngor Cymuned Nantyrhiw Community Council
@header Nantyrhiw Community Council – Minutes 14th January 2021
@footer Signed ……………………………… Chair     Date ……………………  //  Page {page}
HC MINUTES
P A meeting of Cyngor Cymuned Nantyrhiw Community Council was held on Thursday 14th January 2021 at 7.00pm
P The meeting was held by video conference because of the Covid-19 restrictions in force at the time, as permitted by the Local Authorities (Coronavirus) (Meetings) (Wales) Regulations 2020 and having regard to the Health Protection (Coronavirus Restrictions) (No. 5) (Wales) Regulations 2020. Members of the public were able to join using the link published on the community noticeboards.
P The Community Council Meeting was opened at 7.03pm
P <b>0121/01 Present:</b> Gwyneth Morgan (Chair), Huw Pritchard, Rhys Bowen, Eleri Watkins, Dafydd Price, Ian Hamer. Eleri Watkins lost her connection between 7.40pm and 7.55pm. In attendance: County Cllr. Owen Lloyd and Sian Beddoes (Clerk). Apologies: none.
P <b>0121/02 Declarations of Interest:</b> Dafydd Price declared a personal interest in item 0121/07 as a neighbour of the applicant and did not take part in that item.
P <b>0121/03 Minutes of the Previous Meeting:</b> Minutes of the Meeting held Thursday, 12th November 2020 were agreed and signed as a true record (HP/RB).
P <b>Presentation</b>
P At 7.12 pm Carys Vaughan and Neil Ashworth of the Cwm Rhiw hedgerows project joined the meeting to describe the planting planned for the spring. The project hopes to replant 1.2 km of hedge along the lane to Cefn Bach with help from the school and volunteers, and asked whether the Community Council would write a letter of support for its lottery bid. Ian Hamer asked who would maintain the new hedges once planted; Neil Ashworth explained that the landowners had agreed to take this on after three years. The request will be taken under item 0121/06. The presenters left the meeting at 7.31pm.
P <b>0121/04 Matters Arising:</b> The Clerk confirmed that the defibrillator cabinet at the chapel had been checked in December and the pads replaced. No other matters were raised that are not covered elsewhere on the agenda.
P <b>0121/05 Finance:</b> Balance at 31st December 2020: £4,812.33. The following payments were approved (RB/EW): Clerk's salary October–December £285.00; Teme Valley Play Inspections £96.00; hall hire refund to the Young Farmers £20.00.
P <b>0121/06 Community Grants:</b> Three requests had been received. It was agreed to award £250 to Nantyrhiw Village Hall towards the new boiler and £100 to the Cwm Rhiw hedgerows project, and to send the project a letter of support (GM/DP). The request from the rally club was declined as the event is held outside the community.
P <b>0121/07 Planning:</b> 20/1984/HH, Ty'n-y-Coed – two storey side extension. No objection. 20/2017/FUL, land at Pant Glas – agricultural building. The Council asked for a condition to control surface water onto the lane.
P <b>0121/08 Correspondence:</b> 04/12/20 from the county association of local councils: training dates for spring 2021. Circulated by e-mail. 15/12/20 from the County Council: winter gritting routes. 06/01/21 from a resident: fallen tree on the footpath at Cwm Nant. The Clerk has reported the tree to the rights of way officer.
P <b>0121/09 Highways:</b> County Cllr. Owen Lloyd reported that the road at Bwlch y Garreg would be patched once the frosts end and that the bridge survey at Nant Gwyn was complete. Rhys Bowen asked that the drains at the chapel bend be cleared before the patching is done.
P <b>0121/10 Precept 2021/22:</b> After discussion of the draft budget it was resolved that the precept for 2021/22 be set at £3,600, unchanged from the current year (IH/HP).
P <b>0121/11 Date of Next Meeting:</b> Thursday 11th March 2021 at 7.00pm by video conference.
P The meeting closed at 8.41pm.
