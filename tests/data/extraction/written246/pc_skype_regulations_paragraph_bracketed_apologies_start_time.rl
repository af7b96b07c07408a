@title Minutes 12 January 2021
@fontsize 10.5
@footer Hemsley Foliat Parish Council – Minutes 12.01.21 || Page {page}
HC HEMSLEY FOLIAT PARISH COUNCIL
HC Minutes of a Meeting of Hemsley Foliat Parish Council TUESDAY 12th JANUARY 2021, 7.30pm via Skype
P On 4th April 2020, the Government introduced regulations which allow local councils to meet remotely during the coronavirus emergency. These regulations apply to meetings held before 7th May 2021.
P Attending: Cllr. Winterbourne (Chairman), Cllr. Osgathorpe, Cllr. Braybrooke, Cllr. Tuckwell, Cllr. Mercado, J Halloway (Clerk)
P 1934hrs meeting commenced
P <b>1 Apologies for absence</b> – [Cllr. Pennock]
P <b>2 Minutes</b> of the meeting of 8th December 2020 were approved by all as a true record. To be signed by the Chairman.
P <b>3 To receive Declarations of Interest</b> in accordance with the Code of Conduct and to receive requests for dispensation. Cllr. Braybrooke declared an interest in item 6a as a neighbour of the site.
P <b>4 Outstanding matters</b> from previous minutes not itemised separately: Lime tree on the Green – Cllr. Winterbourne reported that the tree surgeon has inspected the crown and recommends a light reduction only. Notice board – Cllr. Tuckwell has repainted the frame and the new glazing is fitted. Grit bins – refilled by the county on 5th January.
P <b>5 Finance</b>
P a) The Clerk presented the budget monitoring report to 31st December 2020, which was noted.
P b) Precept 2021/22 – after discussion of the draft budget it was proposed by Cllr. Osgathorpe and seconded by Cllr. Mercado that the precept be set at £9,850, unchanged from last year. RESOLVED unanimously.
P c) Payments – Clerk's salary December £286.50 and Skype subscription £4.99 were approved.
P <b>6 Planning</b>
P a) 20/11942/FUL, Paddock House, Leyhill Lane – two storey side extension. Cllr. Braybrooke left the meeting for this item. The council had no objection but asked that the hedge on the lane be retained.
P b) 20/12230/TCA – reduce two ash trees at The Old Vicarage – no comment.
P <b>7 Recreation ground</b> – Cllr. Mercado reported on the annual play inspection. Two items were rated medium risk: the zip wire seat and a loose bolt on the climbing frame. It was agreed that Cllr. Mercado would obtain a quote for the seat and that the Clerk would ask the contractor to tighten the bolt.
P <b>8 Highways</b> – Cllr. Tuckwell raised the flooding at the ford end of Leyhill Lane. The Clerk to report it through the county portal.
P <b>9 Village newsletter</b> – The February edition will carry an item on the precept and a call for volunteers for the litter pick. Noted.
P <b>10 Correspondence</b> – none that required a decision.
P <b>11 Date of next meeting</b> – Tuesday 9th February 2021, 7.30pm via Skype.
P 2052hrs meeting closed
