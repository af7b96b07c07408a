@title IACC Minutes 19 November 2015
@font Helvetica
@fontsize 10.5
@footer IACC Minutes 19.11.15 || Page {page}
HC Inverlaidon and Ardcairn Community Council
HC Minutes of Meeting held on 19th November 2015 at Ardcairn Church Hall
S 6
P <b>Present:</b> K Munro (Chair), A Gillanders (Minutes), D Rattray, P Leask, M Cowie, S Ogg, T Fordyce
P <b>Attendance:</b> W Rennie (Ardcairn Airfield Community Liaison), E Forsyth (Laidon Gazette), Cllr Shearer, Cllr MacLean, G Imlach (Laidon Council), 14 members of public
P <b>Item 1: Apologies</b> Cllr Duthie, Sgt Paterson (Police Scotland), R Slessor
H Public Session
P <b>Item 2: Police report and matters from the public</b>
P 2.1 Police Scotland's written report listed three crimes since the October meeting: fuel stolen from a farm tank at Mains of Ardcairn, a garden shed broken into in Shore Road, and an uninsured driver stopped at the harbour. The fuel theft is still being investigated. Officers held three speed checks on the coast road.
P 2.2 D Rattray raised the parking of vans on the verge at the school gates. P Leask said that parents had also complained about it.
P Action: Secretary to forward to Sgt Paterson
P 2.3 A member of the public asked about the closure of the public toilets at the harbour over the winter. G Imlach explained that Laidon Council had reduced the opening to weekends from November to March to save costs. Cllr MacLean said she would ask whether the community could run the toilets under an asset transfer.
P <b>Item 3: Minutes of previous meeting</b> The minutes of the meeting of 15th October were approved. Proposed M Cowie, seconded S Ogg.
P <b>Item 4: Matters arising</b>
P 4.1 Defibrillator at Inverlaidon shop: the cabinet has been fitted and the unit is registered with the Ambulance Service. T Fordyce thanked the shop owners for the electricity supply.
P 4.2 Winter gritting: the list of priority routes from Laidon Council was circulated. Members agreed to ask for the brae at Kirkton to be added.
P Action: A Gillanders to write to Roads
P <b>Item 5: Treasurer's Report</b> P Leask reported a balance of £2,861.40 in the main account and £640.00 in the Christmas lights fund. The report was accepted.
P <b>Item 6: Planning</b>
P 6.1 15/01822/APP - erection of dwellinghouse, plot 3 Ardcairn Mains. No comment.
P 6.2 15/01907/APP - change of use of former bank to café, Main Street, Inverlaidon. The CC supports this application, which will bring the building back into use.
P <b>Item 7: Ardcairn Airfield</b> W Rennie gave an update on the night flying programme for December. Residents will be notified by leaflet a week before. M Cowie asked for the leaflets to go to Kirkton as well. Noted.
P <b>Item 8: Christmas lights</b> After discussion it was agreed to spend up to £400 from the lights fund on replacement bulbs and a new timer. Proposed T Fordyce, seconded D Rattray. The switch-on will be on Saturday 5th December at 5pm.
P Action: T Fordyce to order bulbs
P <b>Item 9: Correspondence</b> Letters from Laidon Council (budget consultation), Scottish Water (Inverlaidon mains renewal) and the Laidon Gazette (request for a monthly CC column) were circulated. K Munro to draft a column for January.
P <b>Item 10: AOCB</b> S Ogg reported that the bench at the shore path had been vandalised again.
P <b>Item 11: Date of Next Meeting</b> Thursday 21st January 2016 at 7.30pm, Inverlaidon Village Hall. There will be no meeting in December.
S 6
P The meeting closed at 9.10pm.
