@title Minutes of Committee Meeting
@font Helvetica
@fontsize 11
@header [Type here]
@header_first  
HC QUARNDALE PARISH COUNCIL – ALLOTMENTS COMMITTEE
HC COMMITTEE MEETING – MINUTES
C 14 <super>th</super> May 2022
S 6
P Present: Alan Pickersgill, Dorothy Fane, Imran Qureshi, Beryl Tonks,<br/>Colin Haigh, Fran Oddie, Stan Whiteley
P Apologies: Ruth Naylor, Vince Halloran
P Observer:
P Meeting opened at 10.30am
P Minutes of the last meeting (12 <super>th</super> March, 2022) were accepted with one<br/>correction (the spelling of Haigh). Proposed by BT and seconded by FO.
H Matters Arising
P Rent letters: All but three plot holders have now paid for 2022/23. The three have had a second<br/>reminder and will be offered a payment plan if they ask for one. (DF)
P Gate lock: The combination has been changed and the new number given to plot holders by text<br/>and e-mail. Two holders without phones were told in person. (CH)
H Treasurer’s Report
P Current position: Bank balance £2,430 at 30 April. Already committed: £600 for shed repairs and<br/>£350 for the skip on clear-up day. IQ said this leaves roughly £1,480 for the rest of the year.<br/>Report accepted – IQ proposed, SW seconded.
P AP suggested that some of this could go towards a second water butt stand by the top gate.
H Secretary’s Report
P Waiting list: There are 9 people waiting, 4 of them from outside the parish. DF asked whether<br/>parish residents should be given priority. After discussion it was agreed that the committee<br/>recommend to the Parish Council that Quarndale residents go to the top of the list. (DF)
P Plot 17: The tenant has given up the plot at short notice. It will be offered to the first person<br/>on the list once it has been strimmed. BT offered to do the strimming.
PB
H Site Inspection
P CH and FO walked the site on 7 <super>th</super> May. Plots 4, 22 and 31 are uncultivated. CH said plot 22’s tenant<br/>has been ill. It was agreed that letters go to 4 and 31 but that plot 22 be left until the<br/>autumn inspection. (CH)
H Compost Toilet
P SW reported on the two toilets he had looked at. The cheaper one (£1,150) needs a concrete base;<br/>the other (£1,690) stands on the ground. FO proposed the cheaper model with the base laid by<br/>volunteers; seconded by IQ. Carried, 5 for and 2 against.
H AOB
P Open day: Saturday 25 <super>th</super> June, 11am – 3pm. BT and DF to organise the plant stall.
P AP thanked Stan for repairing the shed door.
H Date of next meeting
P Saturday 9 <super>th</super> July 2022, 10.30am in the polytunnel.
S 6
P Meeting closed at 12.05pm
