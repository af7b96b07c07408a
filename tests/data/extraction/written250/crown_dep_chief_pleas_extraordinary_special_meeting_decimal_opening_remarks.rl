@title Chief Pleas Extraordinary Meeting 14 November 2016
@font Times-Roman
@fontsize 11
@numcol 12
@footer Chief Pleas Extraordinary (Special) Meeting – 14th November 2016||Page {page}
HC MINUTES of the
HC EXTRAORDINARY (SPECIAL) MEETING of CHIEF PLEAS
C Held in The Assembly Room, Tarquet on 14th November 2016 at 10.00am
P <b>Present:</b> Sieur R.A. de Carteret, Seigneur; Lt. Col. H.R. Mauger, President; D. Falla, Deputy Prévôt; S.M. Tostevin, Greffier; J. Renouf, Treasurer; A. Ozanne, Constable and K. Le Page, Vingtenier.
P 24 Conseillers were present (see attached list).
H Opening Remarks
R 0.1 | <b>Mr Walter Hamon</b> – Statement made by the Seigneur.
P “Walter Hamon, who died in October, served this Island as a Deputy of the People from 1983 and sat on the Harbour Committee for almost twenty years. He was never happier than when he was on the quay in a north-easterly gale watching the cargo boat come in. We shall miss his good sense.” (The Assembly stood for a silence).
R 0.2 | <b>Notice of this Meeting</b> – Statement made by the President.
P The President reminded Conseillers that this Extraordinary Meeting had been called at the request of the Policy &amp; Finance Committee under section 27 of the Reform Law, because the Budget could not be finished in time for the Michaelmas Meeting on 5th October 2016. He hoped that future budgets would be laid before a statutory meeting and said that the business of this meeting was confined to the items on the Order Paper.
R 1. | <b>MINUTES</b>
P The Minutes of the Michaelmas Meeting held on 5th October 2016 were approved and signed, subject to the correction of the date of the Easter Meeting in item 4 from “30th March” to “30th April”.
R 2. | <b>MATTERS ARISING</b>
P Conseiller Guille asked whether the letter to the Crown Officers on the Fisheries Ordinance, promised at the Michaelmas Meeting, had been sent. The Greffier confirmed that it had been sent on 11th October and that no reply had yet been received.
R 3. | <b>POLICY &amp; FINANCE COMMITTEE – Budget for 2017</b>
P Conseiller Langlois, Chairman of the Committee, presented the Report. Direct tax income was forecast at £1,184,000, an increase of 2.1%, and the Committee proposed no change to the rates of Personal Capital Tax. He drew attention to the rising cost of the doctor’s locum cover and said that the Medical Reserve would need to be replenished over three years.
P Conseiller Brehaut asked why the grant to the Island Hall had been reduced. Conseiller Langlois said that the Hall had received a single payment for its roof in 2016 which would not recur.
P <b>Proposition 1:</b> That Chief Pleas approves the Budget for 2017 as set out in the Report.
P Carried: For 18, Against 4, Abstentions 2.
R 4. | <b>HARBOUR COMMITTEE – Loan for the La Vaucelle Breakwater</b>
P Conseiller Hérivel presented the Report. The survey had found that the outer face of the breakwater had lost more than a metre of stone during the winter storms, and the contractor’s price for the repair was £412,500. The Committee sought authority to borrow up to £300,000 from the Island’s bankers over ten years.
P Conseiller Brehaut moved an amendment, seconded by Conseiller De La Mare, that the loan be limited to £250,000 and the balance met from the Harbour Reserve. Conseiller Hérivel said that the Reserve could not bear the balance without stopping the lighthouse works.
P The Amendment was lost: For 7, Against 15, Abstentions 2.
P The meeting was adjourned at 11.05am for fifteen minutes and resumed at 11.20am.
P <b>Proposition 1:</b> That Chief Pleas authorises the Harbour Committee to borrow up to £300,000 on the terms set out in the Report.
P Carried: For 19, Against 3, Abstentions 2.
R 5. | <b>MEDICAL &amp; EMERGENCY SERVICES COMMITTEE – Ambulance replacement</b>
P Conseiller Dorey presented the Report. The Island’s ambulance tractor had failed its inspection and the Committee had been offered a reconditioned unit from the neighbouring island of Lanvaux for £38,000. Conseiller Guille asked whether the old unit could be sold. Conseiller Dorey said that it would be offered to the Agricultural Society.
P The Report was approved.
R 6. | <b>ELECTION – Education Committee</b>
P Conseiller Falle was proposed by Conseiller Langlois and seconded by Conseiller Dorey. There being no other nominations, Conseiller Falle was duly elected to the Education Committee.
R 7. | <b>DATE OF NEXT MEETING</b>
P Christmas Meeting: Wednesday 18th January 2017 at 10.00am.
P The meeting closed at 12.10pm.
S 10
P Signed ………………………………… President          Date ……………………
PB
H Attached list – Conseillers present
G Anne Brehaut | Colin De La Mare | Marie Dorey
G Paul Falle | Jean Guille | Michel Hérivel
G Nicholas Langlois | Susan Le Lacheur | Peter Le Cocq
G Ruth Le Feuvre | Gordon Mollet | Helen Perrée
G Thomas Queripel | Andrew Robin | Claire Sarre
G Ian Tardif | Linda Vaudin | Simon Allez
G David Baudains | Frances Carré | Rose Gallienne
G Alan Jehan | Bryony Marquis | Harold Poidevin
