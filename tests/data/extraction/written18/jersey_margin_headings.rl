@title Roads Committee Minutes Feb 2026
@font Times-Roman
@fontsize 11
@footer Roads Committee – 3rd February 2026||{page}
HC Parish of St Ermin
HC Roads Committee (Comité des Chemins)
P Minutes of the meeting held on Tuesday 3rd February 2026 at the Parish Hall, St Ermin.
P Present:
G Connétable | Mrs A. M. Le Cornu, Chairman
G Rector | The Revd P. J. Amy
G Principal | Mr P. F. Vibert
G Principal | Mr C. J. Blampied
G Procureur du Bien Public | Mr G. H. Renouf
G Roads Inspector, Vingtaine du Nord | Mr D. R. Le Quesne
P Apologies for absence were received from Mr M. A. Gallichan, Principal.
P In attendance: Mrs T. Falle, Parish Secretary
I Non-exempt (public) under Freedom of Information (Jersey) Law 2011
S 4
G Minutes | 1. The Committee confirmed the minutes of the meeting held on 6th January 2026, which had been previously circulated.
G Visite du Branchage – fines 2025 | 2. The Committee, with reference to its Minute No. 3 of 6th January 2026, was informed by Mr D. R. Le Quesne that the last two owners who had been fined following the second Visite du Branchage of 2025 had now cut back their hedges. The Committee noted that all fines levied at the Visite had since been paid.
G Visite du Branchage 2026 | 3. The Connétable reminded the Committee that the dates of the Visites had to be published by the end of March. Mr Le Quesne asked that the summer Visite avoid the week of the agricultural show. The Committee agreed that the Visites du Branchage would be held on 14th July and 8th September 2026, and requested the Parish Secretary to arrange for the notices to appear in the Jersey Evening Post.
G Planning application P/2025/1187 – Les Vaux Farm, La Rue des Prés | 4. The Committee considered an application for the conversion of agricultural buildings to four dwellings with a new vehicular access onto La Rue des Prés. Mr Renouf stated that the by-road was less than three metres wide at the proposed access and had no footway. The Connétable added that the Parish had received letters from three neighbours. The Committee agreed to object to the application on the grounds of the additional traffic and the width of the by-road.
G Resurfacing programme 2026 | 5. The Committee received a schedule of by-roads proposed for resurfacing in 2026, prepared by the Principal Roads Inspector. The Connétable explained that the programme had been reduced because of the increase in the cost of materials. Mr Renouf asked that La Ruette du Coin be brought forward from 2027, and the Rector supported him. The Committee, having considered the schedule, resolved to approve the resurfacing programme for 2026 at an estimated cost of £186,000, with La Ruette du Coin added, and to refer the detailed timetable to the Principal Roads Inspector.
G Road naming – Clos de la Fontaine | 6. The Parish Secretary reported that the developer of the former Fontaine nurseries site had proposed the name Clos de la Fontaine for the new road. The Committee agreed to recommend the name Clos de la Fontaine to the Parish Assembly to be held on 24th March 2026.
G Al fresco licence – Le Petit Moulin café, La Route de l'Église | 7. The Committee considered an application for an al fresco licence for six tables on the footway outside Le Petit Moulin. Mr Vibert proposed that a licence be granted for the summer months only. The Rector was concerned that the footway would be narrowed to less than one metre. The proposal was not adopted, two members voting in favour and three against.
G Refuse collection – Vingtaine de la Mare | 8. The Parish Secretary informed the Committee that, following the change of contractor, refuse in the Vingtaine de la Mare would be collected on Thursdays from 2nd March 2026. The Committee noted the revised collection days and that householders would be notified by letter.
G Date of next meeting | 9. The next meeting will be held on Tuesday 3rd March 2026 at the Parish Hall at 5.30 p.m.
S 18
P Signed ………………………………… Connétable, Chairman
