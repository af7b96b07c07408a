@title Board 120326 for web site
@font Helvetica
@fontsize 10.5
@footer Board 120326 for web site||Page {page}
HC HARCOMBE HILLS CONSERVATORS
HC MEETING OF THE BOARD
C The Jubilee Room, Harcombe Institute, Priory Walk, Harcombe
C Thursday 12 March 2026, 7.00 pm
P <b>Present:-</b> Mrs A Bellamy, Mr D Carver, Dr H Fenwick, Mr K Gedling, Mrs P Horsfall, Mr J Ingham, Miss R Kettle, Mr T Lomax (Chairman), Mrs E Marwood, Mr N Oldroyd, Mr S Pargeter, Dr M Quarrell, Mrs J Rendall, Mr W Sixsmith, Mr G Tolley, Mrs V Ullathorne, Mr B Yeadon.
P <b>In attendance:-</b> Director, Administrative Officer, Conservation Officer, Head Warden and 6 members of the public.
P The Chairman reminded those present that the meeting was being recorded for the purpose of the minutes and that the recording would be deleted once the minutes were confirmed.
P <b>1. APOLOGIES FOR ABSENCE.</b> Mr R Astley, Mrs L Burgoyne, Mr F Dunstan, Mrs C Wragg.
P <b>2. CHAIRMAN'S ANNOUNCEMENTS.</b> The Chairman welcomed Mr Pargeter, newly nominated by Harcombe Town Council, to his first meeting of the Board.
P 2.2 The Chairman reported that the Spring Walks programme had been printed and urged members to join the Head Warden on at least one of the evening walks, which were a good way to learn about the land and the issues on it.
P 2.3 Three Shires Show – 18/20 June. The Chairman advised that the stand would again be run by a small group of members and staff and that this year's theme would be the restored ponds.
P <b>3. DECLARATIONS OF INTEREST.</b> Mrs Horsfall declared an interest in item 11 as a neighbour of the Tanhouse Common grazier. Mr Yeadon declared an interest in item 8.3 as a trustee of the Harcombe Cricket Club.
P <b>4. PUBLIC QUESTIONS.</b> Mrs D Haslam asked why the gate at Quarry Lane had been chained for three weeks. The Director replied that the gate had been damaged by a vehicle and that a replacement had been ordered; a temporary pedestrian gap had been left open. Mr O Fitton asked whether dogs would be excluded from the restored pond area. The Conservation Officer replied that there were no plans to exclude dogs but that signs would ask owners to keep them out of the water during the nesting season.
P <b>5. CONFIRMATION OF MINUTES.</b> On the proposal of Mr Ingham, seconded by Dr Quarrell, it was AGREED that the Minutes of the meeting held on the 11 December 2025 should be CONFIRMED and SIGNED as a true and correct record.
P <b>6. MATTERS ARISING.</b>
P 6.1 9.2 <b>Car park charges.</b> The Director reported that the pay machines at Beacon Top and Holly Bank had been installed and that income for the first six weeks was £4,310. It was AGREED that a report on the first quarter's income be brought to the June meeting of the Finance, Administration and Resources Committee.
P 6.2 11.1 <b>Bracken control.</b> The Conservation Officer reported that the contractor would return in July to treat the northern slopes. Mrs Marwood asked that the footpath verges be cut first; the Conservation Officer agreed to ask the contractor.
P <b>7. LAND MANAGEMENT COMMITTEE.</b>
P 7.1 Mr Gedling, Chairman of the Committee, presented the minutes of the meeting held on 5 February 2026 and drew attention to the scrub clearance on Chase End and the new grazing plan.
P 7.2 Dr Fenwick asked whether the new grazing plan had been shared with the commoners. Mr Gedling replied that a meeting with the commoners had been held on 20 February and that no objections had been raised.
P 7.3 On the proposal of Mr Gedling, seconded by Mrs Rendall, it was AGREED that the minutes be ADOPTED and that the resolutions set out in them be CONFIRMED.
P <b>8. FINANCE, ADMINISTRATION AND RESOURCES COMMITTEE.</b>
P 8.1 Mr Tolley, Chairman of the Committee, presented the minutes of the meeting held on 19 February 2026.
P 8.2 Mr Carver moved that the recommendation to replace the Director's vehicle be deferred for a year. The amendment was seconded by Mr Oldroyd. On being put to the vote the amendment was LOST by 5 votes to 11.
P 8.3 Mr Yeadon, having declared an interest, left the room for the discussion of the cricket club lease.
P 8.4 On the proposal of Mr Tolley, seconded by Mrs Bellamy, it was AGREED that the minutes be ADOPTED and the recommendations in them be CONFIRMED.
P <b>9. MANAGEMENT REPORT.</b> The Director presented his report (previously circulated), covering visitor numbers, the volunteer programme and the state of the boundary walls. Miss Kettle asked about the cost of the wall repairs at Holly Bank; the Director said the estimate was £18,500 and that a grant bid had been made. The report was NOTED.
P <b>10. PRECEPT 2026/27.</b>
P 10.1 The Administrative Officer presented the report (Paper C) setting out the budget and the levy on the contributing parishes.
P 10.2 Mr Sixsmith proposed that the precept be held at the 2025/26 level. This was seconded by Mrs Ullathorne. On being put to the vote the proposal was LOST by 4 votes to 12.
P 10.3 On the proposal of Mr Tolley, seconded by Mr Lomax, it was RESOLVED that the sum of £612,480 be raised by way of precept for the year 2026/27, an increase of 2.9%.
P <b>11. GRAZING LICENCE – TANHOUSE COMMON.</b> Mrs Horsfall, having declared an interest, left the room. The Conservation Officer reported that the current grazier wished to renew the licence for five years on the same terms. It was AGREED that the licence be renewed for five years from 1 April 2026.
P <b>12. DATE OF NEXT MEETING.</b> Thursday 11 June 2026 at 7.00 pm in the Jubilee Room.
P The meeting closed at 9.05 pm.
S 20
P Signed ……………………………………… Chairman&nbsp;&nbsp;&nbsp;&nbsp; Date ………………………
