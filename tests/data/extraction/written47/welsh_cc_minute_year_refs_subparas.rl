@title Cofnodion Hydref 2017 - Minutes October 2017
@font Helvetica
@fontsize 10
@numcol 17
@footer Signed..................................         Page {page}.
HC Cyngor Cymuned Bryn Tegfan Community Council.
C Minutes of the Monthly Meeting of the Council held at Neuadd Goffa, Bryn Tegfan, on Wednesday, 11th October 2017 at 7.30pm.
P <b>PRESENT:</b> Cllr Emrys Pugh (Chair), Cllr Nerys Wyn Edwards, Cllr Gareth Llwyd Owen, Cllr Mair Tudno Jones, Cllr Dafydd Prichard, Cllr Rhian Bellis, Cllr Hefin Roberts-Lloyd and Mr Huw Alun Bevan (Clerk). County Councillor: Mr Dilwyn Hughes-Parry.
P <b>APOLOGIES:</b> Cllr Ifan Cadwaladr & Cllr Menna Parri.
H MINUTE 1611.2017 WELCOME & DECLARATION OF INTEREST.
R 1611.1 | The Chair, Cllr Emrys Pugh, welcomed everyone to the meeting, including Gwenllian Rowlands and three members of the public.
R 1611.2 | Declaration of Prejudicial Interest.
R 1611.2.1 | Cllr Gareth Llwyd Owen declared a prejudicial interest in planning application 17C/0421 (minute 1616.2) as the applicant is a close relative. He left the room for that item.
R 1611.2.2 | Cllr Rhian Bellis declared a personal but not prejudicial interest in minute 1619 as a member of the Capel Salem burial committee and took part in the item.
H MINUTE 1612.2017 PRESENTATION – GWENLLIAN ROWLANDS (TIR A MÔR PARTNERSHIP) – COASTAL PATH VOLUNTEERS.
R 1612.1 | Gwenllian Rowlands was welcomed to the meeting.
R 1612.2 | She gave a short presentation on the partnership's plan to recruit volunteer wardens for the section of the coastal path between Porth Cadfan Fach and Trwyn y Gwenyn, and asked whether the Council would publicise the scheme and host a training evening in the Neuadd Goffa.
R 1612.3 | Cllr Nerys Wyn Edwards asked whether the wardens would also check the stiles on the inland footpaths. Gwenllian Rowlands confirmed that they would report any defects to the County Council's rights of way team.
R 1612.4 | It was agreed to publicise the scheme in the newsletter and on the notice boards and to offer the hall free of charge for one evening. The Chair thanked Gwenllian Rowlands for attending.
H MINUTE 1613.2017 MINUTES OF THE MEETING HELD ON 13TH SEPTEMBER 2017.
R 1613.1 | Proposed by Cllr Mair Tudno Jones and seconded by Cllr Dafydd Prichard that the minutes be accepted as a true record. All in favour and signed by the Chair.
H MINUTE 1614.2017 MATTERS ARISING.
R 1614.1 | Bus shelter, Lôn Isaf – the Clerk reported that the contractor would install the new shelter during the half-term week.
R 1614.2 | Defibrillator, Tafarn y Rhos – the cabinet has been registered with the ambulance service and the code is held by the landlord.
R 1614.3 | Hedge at Ffordd y Capel – no response had been received from the landowner. The Clerk to write again.
H MINUTE 1615.2017 COUNTY COUNCILLOR'S REPORT.
R 1615.1 | County Councillor Dilwyn Hughes-Parry reported that the consultation on the modernisation of the primary schools in the area would close on 24th November and urged members to respond. He also confirmed that the winter gritting routes were unchanged.
R 1615.2 | Cllr Hefin Roberts-Lloyd asked about the drainage problems at Pont y Felin. The County Councillor agreed to raise the matter with the highways department.
H MINUTE 1616.2017 PLANNING APPLICATIONS.
R 1616.1 | 17C/0398 – Extension to dwelling, Bryn Awel, Lôn Isaf. No objection.
R 1616.2 | 17C/0421 – Conversion of outbuilding to holiday let, Tyddyn Gwyn. Cllr Gareth Llwyd Owen left the room. Members expressed concern about access from the lane. It was resolved to object on highway safety grounds. Cllr Owen returned to the meeting.
R 1616.3 | 17C/0433 – Installation of solar panels, Fferm Glan Gors. No objection.
H MINUTE 1617.2017 FINANCE.
R 1617.1 | The Clerk presented the bank reconciliation to 30th September 2017: current account £4,812.37, reserve account £9,150.00.
R 1617.2 | The following payments were approved: Clerk's salary (July – September) £642.00; Neuadd Goffa – hire £45.00; Gwaith Tir Cyf – grass cutting £380.00; Hyfforddiant Cynghorau Bro – training £35.00.
R 1617.3 | Proposed by Cllr Rhian Bellis and seconded by Cllr Nerys Wyn Edwards. All in favour.
H MINUTE 1618.2017 CORRESPONDENCE.
R 1618.1 | Letter from the Bryn Tegfan Ex-Servicemen's Association regarding the wreath for Remembrance Sunday. It was agreed to order a wreath at a cost of £20 and that the Chair would lay it.
R 1618.2 | Notice of the road closure at Croesffordd Tegfan for resurfacing on 6th November. Noted.
H MINUTE 1619.2017 CEMETERY / BURIAL GROUND.
R 1619.1 | Cllr Dafydd Prichard reported that the fence on the eastern boundary of the burial ground had been damaged by cattle. It was agreed to ask the adjoining farmer to repair it and to share the cost.
H MINUTE 1620.2017 ANY OTHER BUSINESS.
R 1620.1 | Cllr Mair Tudno Jones reported that the Christmas lights would be switched on on Friday 1st December.
H MINUTE 1621.2017 DATE OF NEXT MEETING.
R 1621.1 | Wednesday, 8th November 2017 at 7.30pm in the Neuadd Goffa.
