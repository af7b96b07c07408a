@title Cofnodion Minutes 09-03-2026
@font Helvetica
@fontsize 10.5
@footer Cofnodion / Minutes 9/3/2026||tudalen / page {page}
HC Cyngor Cymuned Llanfeirion Community Council
C Cofnodion o gyfarfod y Cyngor Llawn a gynhaliwyd nos Lun 9/3/2026
C Minutes of the Full Council meeting held on Monday evening 9/3/2026
S 6
P <b>Presennol / Present:</b> Eifion Parry (Cadeirydd/Chair), Gwenda Hughes, Dafydd Roberts, Sian Owen, Meirion Thomas, Alun Griffith, Cyng/Cllr Nia Wyn Jones
P <b>Yn Bresennol / In Attendance:</b> Mererid Lloyd (Clerc/Clerk), Huw Davies (Cyfieithu/Translation), Tom Brereton (Alltud Renewables)
P <b>Ymddiheuriadau / Apologies:</b> Gareth Pritchard, Elen Jones, Cyng/Cllr Robert Williams
H 1 Croeso / Welcome
P Cadeiriwyd y cyfarfod gan Eifion Parry ac fe groesawyd pawb oedd yn bresennol. Nodwyd bod Mrs Ann Hughes, Tŷ Capel, a fu'n glanhau'r neuadd am ugain mlynedd, wedi marw. Cytuno anfon cerdyn at ei theulu ac at yr ysgol.
P The meeting was chaired by Eifion Parry and all present were welcomed. It was noted that Mrs Ann Hughes, Tŷ Capel, who had cleaned the hall for twenty years, had passed away. Agreed to send a card to her family and to the village school.
H 2 Datgan Diddordeb / Declaration of Interest
P Gwenda Hughes – Cynllunio FPL/2026/21 (cymydog / neighbour). Dafydd Roberts – Fferm Wynt Alltud (tenant tir ger y safle).
P Gwenda Hughes – Planning FPL/2026/21 (neighbour). Dafydd Roberts – Alltud Wind Farm, as tenant of land adjoining the site.
H 9 Fferm Wynt Alltud / Alltud Wind Farm
P Cymerwyd yr eitem hon yn gynnar er mwyn Tom Brereton. Cafwyd diweddariad gan Tom Brereton am y cais: mae'r arolwg adar wedi ei orffen a bydd y cais yn cael ei gyflwyno yn yr haf. Holodd Meirion Thomas am y gronfa gymunedol. Gofynnodd Sian Owen am gyfarfod cyhoeddus yn y neuadd.
P This item was taken early for Tom Brereton. Tom Brereton gave an update on the application: the bird survey was complete and the application would be submitted in the summer. Meirion Thomas asked about the size of the community benefit fund and was told it would be £5,000 per megawatt each year. Sian Owen asked that a public exhibition be held in the village hall. Agreed that the Clerk write to Alltud Renewables asking for an exhibition in the hall before the April meeting.
H 3 Cofnodion / Minutes
P Cynigiwyd gan Alun Griffith ac eiliwyd gan Sian Owen fod cofnodion y cyfarfod a gynhaliwyd 9/2/2026 yn cael eu derbyn fel cofnod cywir.
P It was proposed by Alun Griffith and seconded by Sian Owen that the minutes of the meeting held on 9/2/2026 be accepted. The minutes of the meeting held on 9/2/2026 were accepted as a true record.
H 4 Materion yn Codi / Matters Arising
P Adroddodd y Clerc bod y goleuadau stryd ar Lôn Eglwys wedi eu trwsio. Dywedodd Dafydd Roberts bod y giât i'r llwybr cyhoeddus ger Bryn Hyfryd dal wedi torri.
P The Clerk reported that the street lights on Lôn Eglwys had been repaired. Dafydd Roberts said that the gate on the public footpath near Bryn Hyfryd was still broken and the Clerk will report it to the County Council again. The update was noted.
H 5 Cynllunio / Planning
P FPL/2026/21 – Estyniad, 4 Maes Tegid. LBC/2026/4 – Ffenestri newydd, Capel Salem. Gadawodd Gwenda Hughes yr ystafell ar gyfer FPL/2026/21.
P FPL/2026/21 – Extension, 4 Maes Tegid. LBC/2026/4 – Replacement windows, Capel Salem. Gwenda Hughes left the room for FPL/2026/21. Resolved to support application FPL/2026/21 and to raise no objection to LBC/2026/4.
H 6 Cyllid / Finance
P Cyflwynodd y Clerc y datganiad banc a'r anfonebau. Penderfynwyd talu'r anfonebau.
P The Clerk presented the bank statement and the invoices for payment: Clerk's salary £420.00; Neuadd Llanfeirion (rent) £30.00; Gwaith Tir Môn (grass cutting) £265.00. Meirion Thomas asked whether the grass cutting contract included the cemetery; the Clerk confirmed that it did. Resolved to pay the invoices listed, proposed by Meirion Thomas and seconded by Alun Griffith.
H 7 Gohebiaeth / Correspondence
P Llythyr gan Gyngor Sir Ynys Môn am gau'r ffordd. Nododd y Cyng. Nia Wyn Jones y byddai'r ffordd ar gau am bythefnos.
P A letter from the County Council about the closure of the B5111 for resurfacing. Cllr Nia Wyn Jones said the road would be closed for two weeks from 20 April and a diversion would be signed. The correspondence was noted.
H 8 Unrhyw Fater Arall / Any Other Business
P Gofynnodd Sian Owen am fainc newydd ger yr arhosfan bws. Dywedodd y Cadeirydd y bydd yr eitem ar yr agenda nesaf.
P Sian Owen asked about a new bench near the bus shelter. The Chair said that the item would be placed on the next meeting's agenda.
H Dyddiad y cyfarfod nesaf / Date of next meeting
P Nos Lun 13/4/2026 am 7yh. / Monday 13/4/2026 at 7pm.
