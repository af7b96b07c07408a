@title 2005 All Council Minutes
@font Times-Roman
@fontsize 11
@header Stoke Mallory Town Council – 2005 All Council Minutes
@footer ||{page}
P <b>Minutes of the Meeting of the Town Council held on 11 January 2005, in VDC Council Chamber, Cannon’s Cross Road, Stoke Mallory.</b>
P Present: Chairman - Councillor Mr P.J. Hembrow
P Cllrs Mr D.A. Keevil, Mrs S. Bartlett-Coombs, Mr T. Gane, Mr R. Yeandle, Mrs M. Tucker, Mr K. Lush and Mrs J. Dyke.
P Mr S. Cottle (Town Clerk). Mr Colin Ware, Area Manager, Valebridge District Council.
P Approximately 8 members of the public and one member of the press in attendance.
P After welcoming members and the public, the Chairman went through the fire exits and assembly point, reminded hearing-aid users that the induction loop was on, and said the meeting was being taped for the minute-taker’s use only.
P The Chairman informed members of the death on 28 December of former Town Mayor Mrs Edna Rowsell and a minute’s silence was observed.
P Resolve: Proposed by Cllr Hembrow, seconded by Cllr Gane, that a letter of condolence be sent to Mrs Rowsell’s family on behalf of the Town Council.
P <b>112. 04/05 Public Forum</b>
P Resolve: Proposed by Cllr Keevil, seconded by Cllr Tucker, unanimously, that the meeting stand adjourned for questions from the public.
P Points raised (noted for action): Mr Alan Pike – complained that the footway in Priory Lane had not been gritted during the frost and asked who was responsible. Mrs Gwen Harcombe – thanked the Council for the Christmas lights in the Market Place and asked that the tree be larger next year.
P The meeting then resumed.
P <b>113. 04/05 Apologies</b>
P Apologies were received from Cllrs Mr H. Fudge and Mrs P. Denning.
P <b>114. 04/05 Declarations of Interest</b>
P Cllr Dyke declared a personal interest in minute 118. 04/05 as a member of the Carnival Committee.
P <b>115. 04/05 Minutes</b>
P Resolve: Proposed by Cllr Lush, seconded by Cllr Yeandle, that the 7 December 2004 minutes be signed as correct.
P <b>116. 04/05 Valebridge District Council – Waste Collection</b>
P Mr Colin Ware gave a presentation on the new fortnightly collection of recycling boxes, which would start in Stoke Mallory on 4 April. Cllr Bartlett-Coombs asked how flats above shops in the High Street would be served. Mr Ware said that bags would be provided for those properties. The Chairman thanked Mr Ware for attending.
P <b>117. 04/05 Precept 2005/06</b>
P Cllr Keevil, as Chairman of the Finance Committee, presented the committee’s recommendation.
P Resolve: Proposed by Cllr Keevil, seconded by Cllr Lush, that the precept for 2005/06 be set at £148,500. For 7, Against 1, the motion was carried.
P <b>118. 04/05 Carnival Committee – Grant Request</b>
P Cllr Dyke having declared an interest left the Chamber.
P Resolve: Proposed by Cllr Tucker, seconded by Cllr Yeandle, that a grant of £750 be made to the Carnival Committee towards the cost of road closures.
P Cllr Dyke returned to the Chamber.
P <b>119. 04/05 Town Clerk’s Report</b>
P The Town Clerk reported on the bus shelter repairs in Station Road, the allotment rent review and the outstanding invoice from the Market Hall caterers. Noted.
P <b>120. 04/05 Date of Next Meeting</b>
P Tuesday 8 February 2005 at 7.30pm.
P The meeting closed at 9.20pm.
S 10
P <b>Minutes of the Meeting of the Town Council held on 8 February 2005, in VDC Council Chamber, Cannon’s Cross Road, Stoke Mallory.</b>
P Present: Chairman - Councillor Mr P.J. Hembrow
P Cllrs Mr D.A. Keevil, Mrs S. Bartlett-Coombs, Mr T. Gane, Mr H. Fudge, Mrs M. Tucker, Mrs P. Denning and Mrs J. Dyke.
P Mr S. Cottle (Town Clerk).
P Approximately 20 members of the public and two members of the press in attendance.
P After welcoming members and the public, the Chairman went through the fire exits and assembly point and said the meeting was being taped for the minute-taker’s use only.
P <b>121. 04/05 Public Forum</b>
P Resolve: Proposed by Cllr Gane, seconded by Cllr Denning, unanimously, that the meeting stand adjourned for questions from the public.
P Points raised (noted for action): Mr Jason Loveridge – spoke for the skate park group and presented a petition of 312 signatures. Mrs Irene Coombe – asked that the skate park be sited away from the houses in Tanyard Close.
P The meeting then resumed.
P <b>122. 04/05 Apologies</b>
P Apologies were received from Cllrs Mr R. Yeandle and Mr K. Lush.
P <b>123. 04/05 Declarations of Interest</b>
P None.
P <b>124. 04/05 Minutes</b>
P Resolve: Proposed by Cllr Fudge, seconded by Cllr Tucker, that the 11 January 2005 minutes be signed as correct.
P <b>125. 04/05 Matters Arising</b>
P With reference to minute 116. 04/05, Cllr Bartlett-Coombs said that shopkeepers in the High Street had still not been told about the recycling bags. The Town Clerk would write to Valebridge District Council.
P <b>126. 04/05 Skate Park</b>
P The Council considered the petition presented in the Public Forum. It was proposed by Cllr Gane, seconded by Cllr Bartlett-Coombs, that the Council contribute £5,000 from reserves towards a skate park at the Recreation Ground. Cllr Keevil spoke against, citing the cost of insurance. On being put to the vote, For 4, Against 5, the motion was lost.
P <b>127. 04/05 Allotments</b>
P Cllr Tucker reported that the landowner had offered to sell the Lower Field allotments to the Council. Deferred to the March meeting pending a valuation.
P <b>128. 04/05 Correspondence</b>
P Letters from the Valebridge Playing Fields Association and from the Stoke Mallory in Bloom committee were read. Noted.
P <b>129. 04/05 Date of Next Meeting</b>
P Tuesday 8 March 2005 at 7.30pm.
P The meeting closed at 9.05pm.
