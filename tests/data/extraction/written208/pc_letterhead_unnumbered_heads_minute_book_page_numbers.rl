@title DRAFT Minutes 4th June 2014
@font Times-Roman
@fontsize 11
@footer Minutes 0251 Page No. {page}
@pageoffset 1486
HC CARNWITHIAN PARISH COUNCIL
C <i>‘The Well and the Wheel’</i>
G Clerk. Mrs K.J. Opie | Phone : 01632 960418
G Chy an Gweal, | E-mail : clerk@carnwithian-pc.org.uk
G Fore Street, | Website: www.carnwithian-pc.org.uk
G Carnwithian. TR97 4XQ |
S 8
P 5th June 2014
HC <u>DRAFT Minutes of Carnwithian Parish Council's Meeting on Wednesday 4TH June 2014, Church Rooms</u>
P <b>Present:</b> Cllrs. Penberthy (Chairman), Hosking, Rowse, Chegwidden, Nance-Kivell &amp; Jory
P <b>Apologies:</b> Cllrs. Tremayne &amp; Bolitho
P 3 members of the public were present
H <u>Declarations of Interest</u>
P PA14/02210 – Cllr. Rowse, applicant is a neighbour
P PA14/02264 – Cllr. Jory, applicant is a relative
P Carnwithian Feast Committee – Cllr. Hosking, is the committee treasurer
H <u>Opportunity for members of the public to speak on Agenda items before the meeting (maximum 10 minutes)</u>
P Mr Trevail of Higher Bosvenna spoke against application PA14/02264, saying that the new dwelling would take light from his kitchen and that the lane could not take more traffic. Mrs Angove asked when the bench at the playing field would be repaired. The Clerk advised that a replacement slat had been ordered.
HC <u>AGENDA</u>
H <u>Previous Minutes (7th May 2014) and Matters Arising</u>
P Page 1484 – The Clerk advised that the grit bin at Chapel Hill had been refilled by the highways contractor. Page 1485 – Cllr. Chegwidden said the hedge at the cemetery entrance had still not been cut; Cllr. Hosking will speak to the contractor. On the proposal of Cllr. Chegwidden, seconded by Cllr. Hosking, it was RESOLVED to sign the Minutes as correct. Unanimous.
H <u>REPORTS</u>
P CCC C/Cllr. Trezise reported that the highways budget for the area had been cut for the second year running and that the resurfacing of Polwidden Road would now take place in the autumn. Cllr. Nance-Kivell asked whether the 20 mph trial outside the school would go ahead; C/Cllr. Trezise said that the order was being advertised this month.
P Police – No report received.
H <u>PLANNING APPLICATIONS</u>
P Cllrs. Rowse and Jory, having declared interests, did not speak or vote on the applications concerned.
P PA14/02210 Chy Lowen Barn, Carnwithian – Single storey extension to form garden room. It was proposed by Cllr. Jory, seconded by Cllr. Hosking and RESOLVED to support the application. 5 in favour.
P PA14/02264 Land adjacent to Bosvenna Cottage, Polwidden Road – Erection of dwelling. After discussion it was proposed by Cllr. Chegwidden, seconded by Cllr. Nance-Kivell and RESOLVED to object on the grounds of overlooking and access. 4 in favour, 1 abstention.
H <u>PLANNING DECISIONS</u>
P The following decisions were noted: PA14/01730 Rosewyn, Fore Street – Approved. PA14/01802 Parc an Dowr – Withdrawn.
H <u>FINANCE</u>
TH Payee | Detail | Amount
T Mrs K.J. Opie | Salary May | £298.50
T Mrs K.J. Opie | Expenses (postage, ink) | £21.84
T Gweal Grounds | Grass cutting – playing field and churchyard | £340.00
T Church Rooms | Hire of room | £12.00
P It was proposed by Cllr. Hosking, seconded by Cllr. Rowse and RESOLVED that the accounts be paid.
H <u>CORRESPONDENCE</u>
P Clerks &amp; Councils Direct; Playing Fields Association newsletter; Community Chest guidance notes. Noted.
H <u>PLAYING FIELD</u>
P Cllr. Jory reported that the football club had offered to paint the goalposts if the Council bought the paint. It was agreed to buy the paint, up to £40.
H <u>ITEMS FOR NEXT AGENDA</u>
P Cemetery wall repairs; Christmas lights.
H <u>DATE OF NEXT MEETING</u>
P Wednesday 2nd July 2014 at 7 p.m. in the Church Rooms.
P There being no further business the Chairman closed the meeting at 9.05 p.m.
S 20
P Signed ……………………………… Chairman          Date ………………………
