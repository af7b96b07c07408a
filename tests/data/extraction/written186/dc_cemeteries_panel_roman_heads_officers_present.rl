@title Cemeteries Advisory Panel Minutes 6 February 2003
@font Times-Roman
@fontsize 11.5
@header_first Ormesdale District Council||ORMESDALE DC
@header Cemeteries Advisory Panel – 6 February 2003||Minutes
@footer \\ormdc-fs1\democratic\CAP\2003\CAP minutes 060203.doc||Page {page}
HC MINUTES
C for the Cemeteries Advisory Panel Regular Meeting
C Thursday, 6 February 2003 - 10.00 a.m.
C Committee Room 3, Council Offices, Market Place, Ormesdale
S 8
P <b>Members Present:</b> Cllr Eric Dunmore (Chairman), Cllr Joan Follett, Cllr Stanley Hebden, Mrs Audrey Crane (Churches Together), Mr Ronald Sykes (Funeral Directors’ representative)
P <b>Members Absent:</b> Cllr Peter Wragg, Cllr Mrs Lesley Oldroyd, Mr Colin Baxendale
P <b>Officers Present:</b> Neil Hepworth, Bereavement Services Manager; Julie Marsh, Committee Clerk; Dennis Firth, Cemeteries Supervisor
P <b>Visitor:</b> Karen Stead, Legal Services
S 6
H I. Approval of December Minutes
P On page 2, delete the sentence attributed to Cllr Follett that “there are no more unreserved graves at Scarrowby Lane”. Cllr Follett said that she had been referring to the old section only. After that deletion, the December minutes were approved.
H II. Consideration &amp; Approval of Absence Requests
P Mr Sykes gave a letter of resignation from the Panel, as he is retiring from the business. Absence requests for Cllr Wragg and Cllr Mrs Oldroyd approved on the motion of Cllr Hebden; Mrs Crane seconded; none opposed. The Committee Clerk will find out why Mr Baxendale did not attend.
H III. Update on Site Search for New Cemetery
P Neil Hepworth did not have an update at this time, as the landowner at Crow Lane has still not replied to the Council’s offer. Cllr Dunmore asked that a further letter be sent and that the Panel be told of any reply before the March meeting.
H IV. Closed Churchyards – Transfer of Maintenance
P Karen Stead, Legal Services, provided information on the legal position when a parochial church council asks the district council to take over the maintenance of a closed churchyard. She advised that the Council cannot refuse once the churchyard has been closed by Order in Council, but that the cost would fall on the general fund. A discussion followed about St Wulfric’s, Holmbrigg, where the PCC has given notice. Cllr Hebden asked whether the parish council could be asked to share the cost. Karen Stead said that it could be asked but could not be required to. The Panel agreed to recommend to the Executive that provision of £4,000 a year be made from 2004/05.
H V. Memorial Safety Testing
P Dennis Firth reported that 412 memorials had been tested at Scarrowby Lane since November and that 37 had failed. Failed memorials have been laid flat or staked and the owners written to where they are known. Mrs Crane said that some families had been upset to find stones laid down without warning. Neil Hepworth said that notices would in future be placed on a memorial two weeks before any work unless it was dangerous.
H VI. Fees and Charges 2003/04
P Neil Hepworth presented the proposed increase of 3.5 per cent for burials and memorial permits. Cllr Hebden asked for a comparison with neighbouring councils before a decision is made. Consideration was deferred to the March meeting.
H VII. Next Meeting Date
P Thursday, 6 March 2003 at 10.00 a.m. in Committee Room 3. The meeting closed at 11.40 a.m.
S 14
P Chairman ........................................ Date ....................
