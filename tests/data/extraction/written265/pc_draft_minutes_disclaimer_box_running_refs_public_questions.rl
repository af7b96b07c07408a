@title Draft Minutes 2 March 2017
@font Helvetica
@fontsize 10
@numcol 16
@footer Treloskan and Porthwenna Parish Council – Draft Minutes 2nd March 2017||Page {page}
T <b>DRAFT MINUTES</b> – These minutes have not yet been approved. The Council will consider them at its next meeting, when they may be corrected; please check the next set of minutes for any changes.
S 6
P <b>Minutes of a the Treloskan and Porthwenna Parish Council Meeting held on 2nd March 2017 at Porthwenna Memorial Hall</b>
G <b>Present</b> | Cllrs M Penrose (Chairman), Jago, Kitto, Nance, Rowe, Trewin, Varcoe
G <b>In attendance</b> | The Parish Clerk, Tamsin Eddy; West Kerrow Cllr R Polglase; nine members of the public
S 4
P The Chairman opened the meeting at 7.00pm and told members that Cllr Hocking had resigned from the Council at the end of February. The Chairman and the Clerk had both written to thank him, and all present recorded their thanks for his eleven years as a parish councillor and his work on the harbour railings.
R 16/171 | <b>To receive apologies for absence</b><br/>Cllr Bolitho, Cllr Pascoe
R 16/172 | <b>Declaration of Interests</b><br/>Pecuniary – Cllr Kitto in 16/177(b) as a neighbour of the applicant. Non Registerable – None. Dispensations – None.
R 16/173 | <b>Public Questions</b><br/>Mr Alan Treseder of Chapel Terrace asked why the harbour car park charges had been raised over the winter, when the car park was almost empty. The Chairman replied that the charges were set by West Kerrow Council and not by the Parish Council, but that the Parish Council had objected to the increase in its response to the consultation. Mrs Wendy Carne presented a petition of 112 signatures asking the Council to seek double yellow lines on the lower part of Harbour Hill, where parked vans stop the bus turning. She said that the bus had been unable to get through on four mornings in February. The Chairman thanked her and said that the petition would be taken under item 16/180. Mr Jory Pascoe asked whether the defibrillator at the Memorial Hall was registered with the ambulance service; the Clerk confirmed that it was and that the pads had been replaced in January.
R 16/174 | <b>To approve the minutes of the meeting held on 2nd February 2017</b><br/>Cllr Nance proposed, Cllr Varcoe seconded and it was RESOLVED that the minutes be signed by the Chairman as a correct record.
R 16/175 | <b>Matters arising not covered elsewhere on the agenda – for information only</b><br/>None.
R 16/176 | <b>To receive the West Kerrow Councillor’s Report</b><br/>Cllr R Polglase reported that West Kerrow Council had agreed its budget on 21st February, with a council tax rise of 3.97% including the adult social care precept. The coastal bus service would keep its Sunday journeys through the summer, and the consultation on the Porthwenna harbour car park charges had now closed. He had asked the highways officer to look at the drainage at Chapel Terrace after the flooding on 3rd February. Cllr Rowe asked whether the harbour charges could be reviewed before Easter; Cllr Polglase undertook to raise it with the portfolio holder.
R 16/177 | <b>Planning</b><br/>To consider the following applications:<br/>(a) PA17/00871 – Proposed first floor extension, 4 Fore Street, Porthwenna. Cllr Trewin proposed, Cllr Jago seconded and it was RESOLVED to support the application.<br/>(b) PA17/00933 – Change of use of net loft to holiday let, Quay Lofts, Porthwenna. Cllr Kitto left the room. Members were concerned about the loss of a working harbour building. Cllr Varcoe proposed, Cllr Nance seconded and it was RESOLVED to object on the grounds that the building should stay in harbour use.
R 16/178 | <b>Finance</b><br/>(a) The Clerk reported the bank balances at 28th February: current account £4,118.62; deposit account £12,506.00.<br/>(b) Payments: Clerk’s salary £384.20; HMRC £96.00; Porthwenna Memorial Hall, room hire £30.00; Polgrean Grounds, grass cutting £210.00. Cllr Jago proposed, Cllr Rowe seconded and it was RESOLVED to approve the payments.
R 16/179 | <b>Highways</b><br/>Cllr Trewin reported that the pothole at the top of Harbour Hill had been filled but that the verge at Treloskan Cross was breaking up again. The Clerk will report it.
R 16/180 | <b>Petition – parking on Harbour Hill</b><br/>Members considered the petition presented under 16/173. Cllr Rowe said that the problem was at its worst on Mondays when the fish lorries load. Cllr Rowe proposed, Cllr Nance seconded and it was RESOLVED to ask West Kerrow Council to consult on double yellow lines on the lower part of Harbour Hill, and to send the petition with the request.
R 16/181 | <b>Reports from meetings attended</b><br/>Cllr Varcoe reported on the Community Network Panel of 20th February, where the main item had been the future of the public toilets.
R 16/182 | <b>Correspondence</b><br/>West Kerrow Council – Local Maintenance Partnership offer for 2017/18; Porthwenna Gig Club – thanks for the grant. Noted.
R 16/183 | <b>Items for the next agenda</b><br/>Annual Parish Meeting arrangements; harbour railings.
R 16/184 | <b>Date of next meeting</b><br/>Thursday 6th April 2017 at 7.00pm, Porthwenna Memorial Hall.
S 6
P The meeting closed at 9.05pm.
