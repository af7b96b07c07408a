@title Tamberley & Colvenor CNP notes 13.7.17
@font Helvetica
@fontsize 10.5
@header Tamberley & Colvenor Community Network Panel 13.7.17
@footer Page {page} of 2
H <font size="18">Notes</font>
S 4
G <b>Meeting Title:</b> | Tamberley and Colvenor Community Network Panel
G <b>Date &amp; Time:</b> | Thursday 13th July 2017 – 7.00 pm
G <b>Location:</b> | Council Chamber, Colvenor Town Council
S 4
P <b>Attendees:</b> Cllr Ivor Spargo – CC, Colvenor Rural (RT) - Chair Cllr Bryony Curnow – CC, Tamberley Harbour (BC) Cllr Nigel Pellow – CC, Tamberley Central (NP) – Vice Chair Cllr Wendy Rodda – CC, Tamberley Heights (WR) Gordon Tonkin – Tamberley Town Council (Town Clerk) Lisa Prowse – Trevannick Parish (Clerk) Cllr Alan Rickard – Trevannick Parish Council Cllr Judith Oates – Colvenor Town Council Cllr Frank Pengelly – Colvenor Town Council Esme Teague – CC, Community Link Officer (ET) Paul Dunstan – CC, Communities Support Assistant (PD)
P 2 Members of the Public
P <b>Guests</b> Inspector Martin Grose – Police (Tamberley Sector) <b>Apologies</b> Cllr Sally Kitto – Tamberley Town Council, Dave Bolitho CC, Cllr Neville Rowe
S 6
TH Agenda Item | Action
T <b>1. Welcome and Apologies</b><br/>ET opened the meeting and introduced the two Trevannick Parish Council members who were attending for the first time. Fire exits were pointed out and the apologies listed above were received. | 
T <b>2. Election of Chairman and Vice-Chairman</b><br/>• Chairman 2017/18 – Ivor Spargo CC, the only nomination, was elected.<br/>• Vice-Chairman 2017/18 – Nigel Pellow CC, the only nomination, was elected. | 
T <b>3. Policing Update</b><br/>Inspector Martin Grose reported that antisocial behaviour on the Tamberley seafront had fallen by a third compared with last summer, following the dispersal order in May. BC asked whether there would be extra patrols on the harbour during the regatta; Inspector Grose said that two additional officers had been allocated for the regatta weekend. | 
T <b>4. Meeting Dates and Venues</b><br/>Members talked about taking the Panel out to different towns and villages in turn. It was agreed that the October meeting be held on 12th October 2017 at Trevannick, whose parish council offered its hall.<br/>Tamberley Town Council asked the Panel to keep clear of 25th January, its own budget meeting. | ET
T <b>5. Community Network Highways Scheme</b><br/>PD explained how the Panel’s share of the highways budget would be allocated and that expressions of interest had to be submitted by town and parish councils by 30th September. RT thanked the officers for the clear briefing. WR asked whether a scheme could cross the boundary of two parishes; PD said that joint bids were welcomed. Panel members agreed to ask officers to bring the bids received to the October meeting. | PD
T <b>6. Any Other Business</b><br/>Gordon Tonkin reported that Tamberley Town Council had adopted its neighbourhood plan following the referendum. Mrs Elaine Jory, a member of the public, asked about the future of the Colvenor public toilets; ET undertook to obtain an update from the property team. | ET
T <b>7. Date of Next Meeting</b><br/>Thursday 12th October 2017, 7.00 pm, Trevannick Parish Hall. | All
