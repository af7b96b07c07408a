@title Council Minutes March 4 2008
@font Helvetica
@fontsize 10
@header "ANY MINUTES POSTED BEFORE APPROVED BY COUNCIL ARE ONLY DRAFT MINUTES!!!"
@footer Municipality of Ashgrove-Kelso||Page {page}
HC MUNICIPALITY OF ASHGROVE-KELSO
C COUNCIL CHAMBERS
C 21870 Kelso Line
C Tuesday March 4th 2008 7:30 pm
HC Minutes of the Meeting
P <b>1) Call to order:</b> The meeting was called to order by Mayor Dale Vandermeer at 7:30 pm with all members in attendance for the call to order.
P <b>Council in Attendance:</b>
G Dale Vandermeer | Mayor
G Ross Klassen | Deputy Mayor
G Heather Duffield | Councillor
G Wayne Ostrander | Councillor
G Murray Tiessen | Councillor
P <b>Staff in Attendance:</b>
G Linda Boersma | Administrator Clerk Treasurer
G Greg Falconbridge | Road Superintendent
P <b>2) Agenda:</b> The Clerk added one item of correspondence to the agenda, as the matter was of an urgent nature.
P Motion: 101-2008 Moved by Ross Klassen Seconded by Heather Duffield
P "That the agenda for the meeting of March 4th, 2008 be adopted as amended."
P Disposition Carried
P <b>3) Declaration of Pecuniary Interest:</b> Wayne Ostrander declared a pecuniary interest for Item # 7 - Ostrander Municipal Drain, since he is a landowner assessed on the drain. No other member declared a pecuniary interest at this time.
P <b>4) Minutes:</b>
P Motion: 102-2008 Moved by Murray Tiessen Seconded by Wayne Ostrander
P "That the minutes of the regular meeting of February 19th, 2008 be adopted as circulated."
P Disposition Carried
P <b>5) Road Report:</b> Greg Falconbridge reported that the winter control budget was 92% spent. He asked Council to consider additional sand and salt purchases.
P Motion: 103-2008 Moved by Heather Duffield Seconded by Ross Klassen
P "That Council authorize the purchase of an additional 400 tonnes of winter sand at a cost not to exceed $6,800."
P Disposition Carried
P <b>6) Delegation - Kelso Agricultural Society:</b> Marlene Huitema spoke on behalf of the Society, asking for the use of the municipal grounds for the fall fair. Council thanked her for attending.
P Motion: 104-2008 Moved by Murray Tiessen Seconded by Heather Duffield
P "That Council grant the Kelso Agricultural Society use of the municipal grounds for the 2008 fall fair, at no charge."
P Disposition Carried
P <b>7) Ostrander Municipal Drain:</b> Having declared a pecuniary interest, Wayne Ostrander left the table. The Clerk presented the engineer's report on the drain.
P Motion: 105-2008 Moved by Ross Klassen Seconded by Murray Tiessen
P "That the engineer's report for the Ostrander Municipal Drain be provisionally adopted and a Court of Revision be set for April 15th, 2008."
P Disposition Carried
P <b>8) Correspondence:</b> Correspondence items 8(a) to 8(f) were reviewed by Council.
P Motion: 106-2008 Moved by Wayne Ostrander Seconded by Ross Klassen
P "That correspondence items 8(a) to 8(f) be received and filed."
P Disposition Carried
P <b>9) Accounts:</b>
P Motion: 107-2008 Moved by Heather Duffield Seconded by Wayne Ostrander
P "That the accounts as presented in the amount of $148,220.61 be approved for payment."
P Disposition Carried
P <b>10) By-Law:</b>
P Motion: 108-2008 Moved by Murray Tiessen Seconded by Heather Duffield
P "That By-law 12-2008, being a by-law to confirm the proceedings of Council, be read a first, second and third time and finally passed."
P Disposition Carried
P <b>11) Adjournment:</b>
P Motion: 109-2008 Moved by Ross Klassen Seconded by Murray Tiessen
P "That the meeting be adjourned at 9:40 pm."
P Disposition Carried
S 20
P Mayor ______________________ Clerk ______________________
