@title Minutes November 2016
@font Helvetica
@fontsize 10.5
@header Cwm Elfed Community Council || Minutes 17/11/2016
@footer Chairman's initials ............ || Page {page} of 2
HC Cwm Elfed Community Council
C <b>MINUTES</b> of Council Meeting
C Thursday 17th November 2016 at 8:00 pm, Cwm Elfed Village Hall
S 6
P <b>1. Attendees:</b> Bryn Rowlands (Chair), Keith Prosser, Gwyn Pugh, Cllr. Dilys Evans, Martin Hale (Clerk). Apologies: Eirlys Bevan, Tom Andrews, Gareth Lloyd
P <b>2. Minutes of last meeting held on September 15th 2016</b> The minutes were accepted as a true record of the meeting and signed by the Chair. GP/KP
P <b>3. Matters arising:</b> The bench at Pont Elfed has been repaired by the lengthsman at no cost to the Council. The Clerk has not yet had a reply about the bus shelter glazing and will write again. The hedge at the chapel corner has been cut back following the letter sent after the last meeting, and the owner of the field at Cae Mawr has agreed to clear the ditch before the winter.
P <b>4. Declarations of Interest:</b> None
P <b>5. Community Fund:</b> Fund stands at £4,118; receipts since April are £260. BR reported on the meeting of the wind farm benefit panel on 3rd November. Two applications had been received: Cwm Elfed Young Farmers (£400 towards a new trailer) and the Chapel Vestry Committee (£650 towards heating). KP asked whether the Young Farmers had sought match funding; BR confirmed that they had raised £300. It was agreed to award both grants in full. KP/GP Propose/Second
P <b>6. Correspondence:</b> 22/09/16 from County Hall: Consultation on the review of school transport, circulated by e-mail. 04/10/16 from the Boundary Commission: Notice of the community review. 27/10/16 from Mrs J Watkin: Complaint about dog fouling on the Llwyn path, passed to the dog warden. All correspondence was noted.
P <b>7. Finance:</b> The Clerk presented the payments for approval:
G Clerk's salary Oct-Dec | £390.00
G HMRC PAYE | £97.50
G Village Hall hire (3 meetings) | £45.00
G Lengthsman - bench repair materials | £38.20
P Balance at bank 31/10/16: £6,402.11. Payments approved DE/BR
P <b>8. Planning:</b> P/16/1184 Ty'r Ddol, Cwm Elfed: Erection of agricultural building. GP reported that the building would not be seen from the road. No objection. GP/DE
P <b>9. Highways:</b> DE reported that the potholes on the Bryn Hir road had been filled but the verge on the bend at Pentre Bach was breaking away. The Clerk will report it to the highways department again. Members were also concerned about mud on the road from the forestry works; the Clerk will write to the contractor. KP asked that the council also raise the state of the road signs at the Bryn Hir junction, which are faded and partly hidden by gorse. GP said that the grit bin at Pentre Bach was empty and the Clerk will ask for it to be refilled before the frosts. The lengthsman will be asked to clear the drains on the hill road in December.
P <b>10. Defibrillator:</b> BR reported that the cabinet and unit had arrived and would be fitted to the outside wall of the Village Hall by an electrician from Penrhiw Elfed. The cost of fitting was quoted at £185. Training will be given by Mr Huw Price, community first responder, to groups of 8 to 10 people in January; the first session is booked for Saturday 14th January at 10:00 am in the Village Hall. Notices will be put up in the shop and the chapel and a piece placed in the community newsletter. KP said that a rota of volunteers would be needed to check the unit each week, and several residents had already offered to help. Public liability insurance for the unit is covered by the Council's existing policy, as confirmed by the insurers on 7th November. The Council will need to register the unit with the ambulance service once it is installed so that callers can be directed to it. It was agreed that the fitting quote be accepted and that the Clerk register the unit when fitted. BR/KP Propose/Second. It was also agreed that a sign be placed on the main road to show the location of the unit, at a cost of up to £60.
P <b>11. Date of next meeting:</b> Thursday 19th January 2017 at 8:00 pm
S 10
P Meeting closed at 9:35 pm
S 20
P Signed ...................................... (Chair)      Date ....................
