@title Minute of BCC meeting 7th June 2010
@font Helvetica
@fontsize 12
@footer {page}
P <b>Minute of the Meeting of Brannock Community Council (BCC) held on Monday 14th June 2010 in the Old School Room, Bruichmore.</b>
P <b>Present:-</b> Hector MacAulay (interim chair), Christine Galbraith (Secretary), Fraser Mactaggart (Treasurer), Euan McNeill, Ishbel Ferguson, Rory MacKechnie.
P <b>Apologies:-</b> Mairi Bell, Angus Darroch, Lorna McCuaig.
P Niall Currie of the Brannock Herald attended for the press.
S 4
P <b>1. Welcome and Apologies</b> Hector MacAulay, in the chair, told members that Duncan Sinclair had resigned on moving to the mainland. Members recorded their thanks for his years as the Council's first secretary.
P <b>2. Declarations of interest</b> Fraser Mactaggart suggested that each member should let the Secretary have a note of the other bodies they belong to, so that a register of interests could be kept and sent round. Agreed by all.
I Action – notes of other bodies – all members.
I Action – keeping the register – Christine Galbraith.
P <b>3. Minute of previous meeting</b> Duncan Sinclair had not yet sent in his notes of the May meeting, so the minute was held over to the next meeting.
P <b>4. Matters Arising</b> No minute, so no matters arising.
P <b>5. Correspondence</b> - received letter from Dalriada Council about the review of polling places on Brannock. - received details of the Area Community Planning Group meeting in Inverbrannock on 23rd June. - received notice from Brannock Airways of a Saturday flight to the mainland from July to September.
P <b>5. Financial Statement</b> The Treasurer had not had time to draw up a full statement because of the lambing, but gave the bank balance at 31st May as £1,412.06. Noted.
P <b>6. Planning</b> The application by Westsea Salmon to extend the fish farm in Loch Ceann Mara from 8 to 12 cages was discussed. Euan McNeill felt that the existing farm had already affected the scallop beds and that no survey had been done. Ishbel Ferguson pointed out that the farm employed six local people. After discussion it was agreed to object on the grounds of the lack of a seabed survey and the visual impact from the Portnalea road.
I Action – letter of objection – Christine Galbraith.
P <b>7. Ferry Users Group</b> Ishbel Ferguson reported on the meeting of 19th May. The operator has confirmed that the second vessel will return to the route from 1st July. Breakdowns over the spring had left freight waiting up to three days at Clachanmore pier and hauliers had asked that freight be given priority on the first sailing after a cancellation. The operator will reply in writing.
P <b>8. Roads</b> Rory MacKechnie raised the state of the Portnalea road beyond the school, where the edges have broken away in several places. The Council's roads officer has been asked for a date for repairs but no reply has been received.
I Action – chase roads officer – Christine Galbraith.
P <b>9. Wind Farm Community Fund</b> The fund trustees have asked the BCC to nominate two members to the new grants panel. It was proposed by Euan McNeill and seconded by Rory MacKechnie that Ishbel Ferguson and Fraser Mactaggart be nominated. Christine Galbraith felt that one place should go to someone from outside the Community Council. On a show of hands the proposal was carried, 4 for and 2 against.
P <b>10. AOCB</b> Christine Galbraith reported that the Service Point will close on Wednesday afternoons from August and asked whether the BCC could meet elsewhere in future. The Gaelic Centre has offered its room free of charge.
P <b>11. Date of next meeting</b> Monday 12th July 2010 at 7.30pm, Old School Room.
S 6
P The meeting closed at 9.35pm.
