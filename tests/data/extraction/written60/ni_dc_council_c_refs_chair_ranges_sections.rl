@title Council Minutes 28 March 2019
@font Helvetica
@fontsize 10.5
@numcol 20
@footer {page}
HC Carnmore and Glendarragh District Council
S 4
P Minutes of Monthly Meeting of Carnmore and Glendarragh District Council held in the Chamber, Market House, Carnmore on Thursday 28 March 2019 at 4.00pm.
P <b>Present:-</b> Councillor Devlin (Mayor)(In the Chair) (C61/19 – C75/19); Aldermen Armour, Crawford, Gault, Kyle (In the Chair) (C76/19 – C79/19), McAfee and Robb; Councillors Boggs, Cassidy, Deehan, Ferris, Gormley, Keys, Lafferty, Logan, McCay, McGinty, McShane, J Mullan, P Mullan, Nutt, O’Doherty, Quigg, Toland and Wray.
P <b>In Attendance:-</b> Chief Executive (Mr S Ferrity), Director of Health and Community (Mrs A Orr), Director of Environment and Regeneration (Mr P Gillen), Lead Legal Services Officer (Ms C Dunne), Lead Democratic Services Officer (Mrs R Bradley) and Committee Services Assistant (Miss L Kane).
C ______
R C61/19 | <b>Notice and Summons of Meeting</b>
R  | The Mayor read the Notice and Summons for the Meeting.
R C62/19 | <b>Member Attendance and Apologies</b>
R  | The Mayor completed the roll call and recorded apologies from Alderman Sproule and Councillors Bradley and Moran.
R C63/19 | <b>Webcast Announcement by the Mayor</b>
R  | The Mayor read the Webcast Announcement for the Meeting.
R C64/19 | <b>Declaration of Members Interest</b>
R  | Alderman Gault declared a non-pecuniary interest in minute item C71/19 – Notice of Motion – Rural Bus Services, as a director of Glendarragh Community Transport.
R  | Councillor Toland declared a pecuniary interest in minute item C78/19 and left the meeting for that item.
H Open for Decision
H Chairperson’s Business
R C65/19 | <b>Condolences</b>
R  | The Mayor offered her condolences to the family of former Alderman Hugh Cathcart, who served on the former Glendarragh Borough Council from 1985 to 2011. She stated that a letter of condolence would be sent to the family. Councillor O’Doherty and Alderman Robb associated themselves with the Mayor’s remarks.
R C66/19 | <b>Congratulations – Carnmore Harps Camogie Club</b>
R  | The Mayor congratulated Carnmore Harps Camogie Club on winning the All-Ireland Intermediate Club Championship. Councillor Deehan requested that the Club be invited to a civic reception and this was AGREED.
H Confirmation of Minutes
R C67/19 | <b>Confirmation of the Open Minutes of the Monthly Meeting held on 28 February 2019</b>
R  | Councillor Ferris proposed, seconded by Alderman McAfee, that the Open Minutes of the Meeting of Council held on 28 February 2019 be confirmed as a correct record. This was AGREED.
H Committee Minutes
R C68/19 | <b>Business and Culture Committee – 5 March 2019</b>
R  | Arising from minute item BC41/19 (Carnmore Christmas Market), Councillor Quigg asked when the evaluation report would be brought back to Committee. The Chief Executive advised that it would be presented to the April meeting.
R  | Councillor Keys proposed, seconded by Councillor Lafferty, that the Open Minutes of the Business and Culture Committee held on 5 March 2019 be adopted. This was AGREED.
R C69/19 | <b>Governance and Strategic Planning Committee – 12 March 2019</b>
R  | Councillor P Mullan proposed, seconded by Councillor Gormley, that the Open Minutes of the Governance and Strategic Planning Committee held on 12 March 2019 be adopted. This was AGREED.
R C70/19 | <b>Planning Committee – 13 March 2019</b>
R  | The Open Minutes of the Planning Committee held on 13 March 2019 were presented for information and were noted.
H Notices of Motion
R C71/19 | <b>Notice of Motion – Rural Bus Services</b>
R  | Councillor Nutt moved the following motion, seconded by Councillor Boggs:
R  | <i>“That this Council notes with concern the withdrawal of the evening bus services to Glendarragh, Tullyroddan and Lisnabrack; recognises that rural residents without cars are being cut off from work, education and health services; and calls on the Department for Infrastructure and Ulsterway Buses to restore the services before the summer timetable begins.”</i>
R  | Alderman Armour proposed an amendment, seconded by Alderman Crawford, to delete the words “and Ulsterway Buses” and to add “and to meet a deputation from this Council”.
R  | The amendment was put to the meeting and declared lost, 9 voting for, 22 against and 2 abstentions. The substantive motion was then put to the meeting and declared carried, 24 voting for, 0 against and 9 abstentions.
R C72/19 | <b>Notice of Motion – Free Sanitary Products in Council Facilities</b>
R  | Councillor McShane moved the following motion, seconded by Councillor Cassidy:
R  | <i>“That this Council provides free sanitary products in all Council leisure centres, community centres and public toilets, and reports the cost to the Governance and Strategic Planning Committee after six months.”</i>
R  | The motion was put to the meeting and unanimously carried.
H Open for Information
R C73/19 | <b>Correspondence</b>
R  | Members noted the correspondence circulated with the agenda.
R C74/19 | <b>Consultations</b>
R  | Members noted the list of consultations received since the last meeting.
R C75/19 | <b>Sealing of Documents</b>
R  | Resolved that the Seal of the Council be affixed to the following documents:
R  | (i) Deed of Dedication – Public Right of Way, Lisnabrack Glen;
R  | (ii) Lease – Unit 4, Carnmore Enterprise Centre.
P Councillor Devlin (Mayor) left the meeting at this point and Alderman Kyle took the Chair.
R C76/19 | <b>Request for Civic Reception – Glendarragh Pipe Band</b>
R  | The Chair advised that a request had been received for a civic reception to mark the 100th anniversary of Glendarragh Pipe Band. Councillor Wray proposed, seconded by Councillor McCay, that a civic reception be held in the Market House in June. This was AGREED.
H Confidential for Decision
R C77/19 | <b>Move into Confidential Business</b>
R  | Councillor Logan proposed, seconded by Alderman Robb, that Members move into Confidential Business. This was AGREED.
R C78/19 | <b>Tender Report – Winter Gritting of Council Car Parks</b>
R  | This item was considered in confidential business. See confidential minutes.
R C79/19 | <b>Move into Open Business</b>
R  | Alderman McAfee proposed, seconded by Councillor Gormley, that Members move into Open Business. This was AGREED.
S 8
P This concluded the business of the meeting.
