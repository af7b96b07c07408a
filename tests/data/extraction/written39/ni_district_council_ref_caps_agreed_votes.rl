@title Council Minutes 4 March 2019
@font Helvetica
@fontsize 10.5
@header_first ||DAB/C/
@footer {page}
HC DRUMLOUGH, ARDKEEN & BALLYGRANGE DISTRICT COUNCIL
S 4
P Minutes of Council Meeting held on Monday 4 March 2019 at 6.00pm in the Slieve Room, Ardkeen Civic Centre, Drumlough
P ___________________________________________________________________________
G In the Chair: | Councillor P Mulholland | 
G In attendance: | (Councillors) | 
G  | Councillor T Annett | Councillor R Brannigan
G  | Councillor B Cunningham | Councillor M Devlin
G  | Councillor C Fegan | Councillor J Gribben
G  | Councillor K Hollywood | Councillor S Keown
G  | Councillor D McCartan | Councillor A McGrady
G  | Councillor F O’Hanlon | Councillor G Quail
G  | Councillor L Rooney | Councillor E Toner
G  | (Officials) | 
G  | Mr D Magennis, Chief Executive | 
G  | Mrs A Corrigan, Director of Corporate Services | 
G  | Mr P Fitzsimons, Director of Neighbourhood Services | 
G  | Miss R Carson, Democratic Services Manager | 
G  | Mrs L Dornan, Democratic Services Officer | 
S 6
H C/041/2019 APOLOGIES AND CHAIRPERSON’S REMARKS
P Apologies were received from Councillors Boyle, Hanna and Murnaghan.
P • The Chairperson asked that a letter of condolence be sent to the family of the late Mr Francis Lennon, former Councillor of Ardkeen Borough Council.
P • The Chairperson congratulated St Colman’s Ladies GAC on winning the Intermediate Championship.
P • The Chairperson reminded Members of the civic reception for the Ballygrange Lifeboat crew on 14 March 2019.
H C/042/2019 DECLARATIONS OF INTEREST
P Councillor Keown declared an interest in item C/047/2019, Sealing of Documents, as a member of the board of Drumlough Harbour Trust, and left the meeting during consideration of the item.
H C/043/2019 ACTION SHEET ARISING FROM COUNCIL MEETING HELD ON 4 FEBRUARY 2019
P Read: Action Sheet arising from Council Meeting held on 4 February 2019. (Copy circulated)
P AGREED: On the proposal of Councillor Brannigan, seconded by Councillor Devlin, it was agreed to note the Action Sheet arising from the Council Meeting held on 4 February 2019.
H C/044/2019 MINUTES FOR ADOPTION
P Read: Minutes of Council Meeting held on 4 February 2019 and Special Council Meeting held on 18 February 2019. (Copies circulated)
P Councillor Toner asked that the Minutes of the Special Council Meeting be amended to record his apology.
P AGREED: On the proposal of Councillor Fegan, seconded by Councillor Annett, it was agreed to adopt the Minutes of the Council Meeting held on 4 February 2019 and, as amended, the Minutes of the Special Council Meeting held on 18 February 2019.
H C/045/2019 NOTICE OF MOTION – DEFIBRILLATORS IN COUNCIL FACILITIES
P The following Notice of Motion was submitted by Councillor Quail and seconded by Councillor Keown:
I “That this Council installs a publicly accessible defibrillator at every Council-owned community centre and sports facility within the district within the next financial year, and works with the Ambulance Service and community groups to provide training in their use.”
P Councillor Quail spoke in support of the motion and said that survival rates for cardiac arrest outside hospital were significantly higher where a defibrillator could be reached within four minutes.
P Councillor Rooney proposed an amendment, seconded by Councillor McGrady, that the motion be referred to the Active and Healthy Communities Committee for a costed report.
P Mr D Magennis, Chief Executive, advised that the estimated cost of the proposal was £46,000 and that provision could be made in the 2019/20 capital programme.
P The amendment was put to a vote and the voting was as follows: For: 12 Against: 19 Abstentions: 2. The amendment fell.
P The substantive motion was then put to a vote and the voting was as follows: For: 31 Against: 0 Abstentions: 2. The Chairperson declared the motion carried.
H C/046/2019 NOTICE OF MOTION – RURAL BROADBAND VOUCHERS
P The following Notice of Motion was submitted by Councillor Devlin and seconded by Councillor Fegan:
I “That this Council establishes a rural broadband voucher scheme, funded from the district rate, to assist households in areas not served by the current rollout programme.”
P Councillor Devlin spoke in support of the motion. Councillor Annett said that broadband was not a Council function and that the scheme would place an unfair burden on ratepayers.
P The motion was put to a vote and the voting was as follows: For: 9 Against: 22 Abstentions: 2. The Chairperson declared the motion lost.
H C/047/2019 SEALING OF DOCUMENTS
P Councillor Keown withdrew from the meeting.
P AGREED: On the proposal of Councillor Brannigan, seconded by Councillor Cunningham, it was agreed to affix the Corporate Seal to the documents listed on the schedule circulated, including the lease of the Harbour Office, Drumlough.
P Councillor Keown rejoined the meeting.
H C/048/2019 CONFERENCES, SEMINARS AND TRAINING
P Read: Report dated 25 February 2019 from Mrs A Corrigan, Director of Corporate Services, regarding attendance at conferences, seminars and training events. (Copy circulated)
P AGREED: On the proposal of Councillor Gribben, seconded by Councillor O’Hanlon, it was agreed to approve attendance by the Chairperson and two Members at the Local Government Finance Seminar in April 2019.
H C/049/2019 CORRESPONDENCE
P Read: Correspondence dated 19 February 2019 from the Regeneration Directorate regarding the Small Settlements Regeneration Programme. (Copy circulated)
P Councillor Hollywood welcomed the programme and asked that the villages of Ballygrange and Kilcreen be put forward.
P AGREED: It was agreed to note the correspondence.
H C/050/2019 ANY OTHER BUSINESS
P There was no other business.
S 8
P There being no further business the meeting ended at 8.05pm.
S 6
P For adoption at the Council Meeting to be held on Monday 1 April 2019.
