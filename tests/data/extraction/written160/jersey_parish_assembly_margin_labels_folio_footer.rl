@title Mins Assy Rate July 04
@font Times-Roman
@fontsize 11.5
@numcol 42
@header ||{page}
@pageoffset 86
@footer MINUTES/Assy Rate July 04.doc||
P Minutes of an Assembly of Principals and Electors of the Parish of St Clair held in the Assembly Room at the Parish Hall, St Clair, on Tuesday 13 July 2004 commencing at 19.30 hours.
S 6
R President of Assembly: | The Connétable, Mr Philip Le Cornu, was in the chair.
R Convening Notice: | The Parish Secretary read the notice convening the Assembly.
R 1. Minutes of the last Assembly: | On the proposition of Mrs Joan Le Quesne, seconded by Mr Gerald Vibert, the Assembly adopted the minutes of its meeting of Wednesday 12 May 2004, which the Connétable then signed.
R 2. Vingtenier, Vingtaine des Fontaines: | A Vingtenier was needed for the Vingtaine des Fontaines following the resignation of Mr Roger Huelin. Centenier Marc Renouf nominated Mr David Hamon and Mrs Sandra Pallot seconded him. No other name was put forward, and the Connétable declared Mr Hamon elected for three years. He will be sworn in by the Royal Court on Friday 23 July 2004.
R 3. Roads Inspector, Vingtaine de la Croix: | Two candidates were nominated for the vacant post of Roads Inspector for the Vingtaine de la Croix: Mrs Wendy Le Marquand, proposed by Mr Peter Gallichan and seconded by Mr Alan Syvret, and Mr Roy Falle, proposed by Mrs Elaine Bisson and seconded by Mr Kevin Noel. The electors of the Vingtaine present voted by ballot: Mrs Le Marquand 27, Mr Falle 19. Mrs Le Marquand was declared elected.
R 4. Accounts for 2003/2004: | Mr Stephen Amy, of Amy Le Brocq & Co, the Parish Accountants, took the Assembly through the accounts for the year to 30 April 2004 (appended to these minutes). In reply to Mr Colin Renouf, Mr Amy confirmed that the reserve for the Parish Hall roof had been increased to £60,000. The Financial Statements were adopted on the proposition of Mr Gerald Vibert, seconded by Mrs Joan Le Quesne.
R 5. Parish Rate: | The Connétable presented the budget for the year ending 30 April 2005 and proposed that the rate be fixed at 1.12 pence per quarter on both the foncier and the occupier rate. He explained that the increase of 0.04 pence was needed to meet the higher cost of refuse collection and the loan charges on the new Parish Hall roof, and that the Parish would otherwise have to draw on its reserves for a second year. Mr Colin Renouf proposed an amendment that the rate be fixed at 1.08 pence, seconded by Mrs Elaine Bisson. Mr Renouf said that many ratepayers were pensioners and that the roof works could be spread over a longer period. Mr John Mourant replied that the loan had already been agreed at the May Assembly on a fixed term. On a show of hands the amendment was lost. On the original proposition being put to the Assembly on a show of hands, it was carried by a large majority.
R 6. Parish Hall Car Park: | Procureur du Bien Public Mr John Mourant explained that the owner of the field adjoining the Parish Hall was willing to sell 420 square metres for the extension of the car park at a price of £42,000. He proposed that the Procureurs du Bien Public be authorised to pass before the Royal Court the contract for the purchase, seconded by Mrs Sandra Pallot. This was approved unanimously.
R 7. Road Name: | The Connétable reported that the Roads Committee recommended that the new road serving the housing development at Les Fontaines be named Clos de la Fontaine. The Assembly approved the name.
R 8. Visite du Branchage: | The Connétable informed the Assembly that the summer Visite du Branchage would take place on Tuesday 3 August 2004 and that the Roads Committee would again pay particular attention to overhanging hedges at road junctions. The Assembly noted the dates.
R 9. Proposition – Youth Shelter: | Mr Kevin Noel presented his proposition that the Parish provide a youth shelter on the recreation ground, at a cost estimated at £8,500, and said that the Youth Club committee had offered to raise half of the cost. Mrs Joan Le Quesne asked who would be responsible for supervising the shelter in the evenings. Several parishioners spoke about the need to find a site away from houses. At the request of Mr Noel the proposition was deferred to a future Assembly so that the Roads Committee could look at other sites.
S 6
P The Connétable thanked all present for attending and the Assembly closed at 21.10 hours.
S 24
P ……………………………………………
P Connétable
