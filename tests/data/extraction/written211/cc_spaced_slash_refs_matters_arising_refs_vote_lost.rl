@title Minutes March 2010
@font Times-Roman
@fontsize 11
@footer {page}
HC Cyngor Cymuned Llanwerydd Community Council.
P Minutes of the meeting of Llanwerydd Community Council held at The Institute , Pontgoronwy ,on Monday 8th March 2010, with Chairman Emyr Pritchard presiding.
P Present. Gwenllian Jarrett, Owain Beddoe, Hefin Lloyd-Rees, Catrin Meredydd, Dilwyn Parry, Rhodri Gwallter, Emyr Pritchard. Nerys Bowen ( Clerk ) Apologies: Iestyn Morse, Sian Elcock
H Chairman’s Welcome
P The Chairman welcomed members to the March meeting and congratulated Catrin Meredydd on becoming a grandmother for the first time. Members stood for a moment in memory of Mr Trefor Ellis, Cae Eithin, who kept the Institute for over thirty years.
P <b>118 /09 Declaration of Interest</b> Dilwyn Parry declared a personal interest in planning application W/21844 (Tir Gwyn) as the owner of the adjoining field .
P <b>119/09 Previous Minutes.</b> The minutes of the meeting held on February 8th 2010 having been previously distributed were proposed by Catrin Meredydd and seconded by Owain Beddoe as being a true reflection of the meeting and were duly signed by the Chairman.
P <b>120/09 Matters arising</b> The Clerk went through the outstanding items from previous meetings.
P 97/09/2b Footway lighting , Heol yr Ysgol: the Highways section has promised a site meeting with the Clerk before the end of March. No updates
P 104/09/1 Litter bin at the lay-by , Pontgoronwy: the replacement bin was fitted on 1st March. Completed
P 111/09/3 Overgrown hedges on the lane to Cwrt Elsbeth: Hefin Lloyd-Rees reported that the landowner had been written to twice with no reply. The Clerk to ask the County Council to serve notice.
P <b>121/09 Correspondence</b> The following items were read:
P a) Community councils’ spring training programme – places available at Llanfeuno on 24th April. b) County Council – consultation on withdrawing the mobile library stop at Pontgoronwy, replies by 31st March. c) Police Authority – quarterly crime summary for the ward.
P Noted.
P <b>122/09 Planning</b> The following applications were considered :
P W/21811 – Bryn Eithin, Pontgoronwy – rear conservatory. No objection.
P W/21844 – Tir Gwyn, Llanwerydd – outline application for one dwelling. Dilwyn Parry left the room. Members were divided as to whether the site lay within the development limits. After a vote (5 for, 2 against) it was resolved to object on the grounds that the site lies outside the settlement boundary and the access onto the lane is substandard. Dilwyn Parry returned to the meeting.
P W/21859 – Y Felin, Cwrt Elsbeth – change of use of former mill to holiday let. No objection, subject to the County Council being satisfied as to the drainage arrangements.
P <b>123/09 Street lighting at Pontgoronwy</b> The Clerk reported the quotation of £2,340 plus VAT for two additional columns on the approach from the bridge. Rhodri Gwallter proposed that the Council meet the full cost from its reserves, seconded by Gwenllian Jarrett. On being put to the vote the proposal was lost , 3 for and 4 against. Members asked the Clerk to approach the County Council about a shared scheme in the next financial year.
P <b>124/09 Bus shelter , Heol Tegid</b> Only one quotation had been received for the replacement shelter. Deferred to the April meeting pending a second quotation.
P <b>125/09 Grants and donations</b> Requests had been received from Pontgoronwy Eisteddfod Committee, Llanwerydd Young Farmers’ Club and the Institute Trustees. It was proposed by Owain Beddoe and seconded by Catrin Meredydd that £150 be given to each. Carried unanimously.
P <b>126/09 Accounts for payment</b> The following accounts were presented:
P N Bowen, salary and expenses January – March £412.60; Pontgoronwy Institute, hall hire £36.00; Gwasg Teifion, printing of newsletter £88.50.
P The above accounts were proposed for payment by Hefin Lloyd-Rees, seconded by Dilwyn Parry and approved.
P <b>127/09 Casual vacancy</b> The Clerk reported that the notice of vacancy following the resignation of Mr Alwyn Tudor had been displayed for the required period and that no request for an election had been received. Co-option will be on the April agenda.
P <b>128/09 Any other business</b> Catrin Meredydd raised the condition of the footbridge at Nant Ddu; Gwenllian Jarrett asked that the grass triangle by Capel y Ffrwd be added to this year’s cutting list.
P <b>129/09 Date of next meeting</b> Monday 12th April 2010 at 7.30pm at the Institute.
S 18
P Signed ……………………………………… Chairman          Date ………………………
