@title Planning Committee Minutes 4 March 2011
@font Times-Roman
@fontsize 11
@numcol 16
@footer JMT/RK/mins/pc040311/p{page}of3//150311
HC Calderwick Fens National Park Authority
HC Planning Committee
C Minutes of the meeting held on 4 March 2011
S 6
P <b>Present:</b>
C Mr P Aldous – in the Chair
G Mrs J Benfield | Mr R Carrow
G Dr S Ellery | Mrs M Fincham
G Mr T Gorrod | Mr D Hewitt
G Mrs A Kettleborough | Mr N Lusher
P <b>Also Present:</b> Mr K Osborne – Chairman of Standards Committee (Item 7/13)
P <b>In Attendance:</b><br/>Mrs L Rix – Administrative Officer<br/>Mr G Sayer – Solicitor, Eastfold County Council<br/>Ms H Tungate – Head of Development Management<br/>Mr J Vincent – Senior Planning Officer<br/>Miss C Wymer – Planning Assistant
P <b>Members of the public in attendance who spoke:</b>
P CF/2010/0455/COU Reedcutters Yard, Low Road, Saxby Fen<br/>Mrs E Chilvers          Objector<br/>Mr A Pratt          Applicant
P CF/2010/0412/FUL Staithe Cottage, Ferry Lane, Hornmere<br/>Mr D Baldry          Agent for applicant
S 6
R 7/1 | <b>Apologies for Absence and Welcome</b>
P The Chairman welcomed everyone to the meeting, in particular Mr Osborne who was attending as an observer. Apologies for absence were received from Mrs P Duffield and Mr W Youngs.
R 7/2 | <b>Declarations of Interest</b>
P Mr Gorrod declared a personal interest in application CF/2010/0455/COU as he was acquainted with the objector, and indicated that he would take part in the debate. Dr Ellery declared a prejudicial interest in item 7/14 as a member of the Hornmere Sailing Club and said she would leave the room while it was considered.
R 7/3 | <b>Minutes of Previous Meeting held on 4 February 2011</b>
P The minutes of the meeting held on 4 February 2011 were confirmed as a correct record and signed by the Chairman, subject to the correction of minute 6/8(1) to read "41 moorings" instead of "14 moorings".
R 7/4 | <b>Points of Information Arising from the Minutes</b>
P (1) Minute 6/8(2) Land at Mill Drove, Saxby Fen: the Head of Development Management reported that the unauthorised container had been removed and the enforcement notice had been complied with.
P (2) Minute 6/10 Hornmere Conservation Area Appraisal: Miss Wymer reported that the consultation had closed with 23 responses, which would be brought to the April meeting.
R 7/5 | <b>To note whether any items have been proposed as matters of urgent business</b>
P No items had been proposed as matters of urgent business.
R 7/6 | <b>Chairman's Announcements and Introduction to Public Speaking</b>
P The Chairman reminded everyone that public speaking was in operation in accordance with the Authority's Code of Conduct for Planning Committee and that each speaker would have up to three minutes.
R 7/7 | <b>Request to Defer Applications and/or Vary the Order of the Agenda</b>
P The Head of Development Management reported that the application CF/2011/0021/FUL for a replacement boathouse at Kettle Reach, Saxby Fen, had been withdrawn by the applicant on 2 March 2011 and would not be considered.
P It was agreed that application CF/2010/0455/COU be taken first as members of the public were present to speak on it.
R 7/8 | <b>Applications for Planning Permission</b>
P The Committee considered the following applications submitted under the Town and Country Planning Act 1990, as well as matters of enforcement, and reached the decisions set out below. Acting under its delegated powers the Committee authorised the immediate implementation of the decisions.
P <b>(1) CF/2010/0455/COU Reedcutters Yard, Low Road, Saxby Fen</b><br/>Change of use of reed store to holiday let with associated parking<br/>Applicant: Mr A Pratt
P The Senior Planning Officer gave a detailed presentation of the application, explaining that the site lay within the floodplain and outside any defined development boundary. Mrs Chilvers, speaking as an objector, said that the lane was single track with no passing places and that the yard had flooded twice in the last five years. Mr Pratt, the applicant, said that the building was no longer needed for reed storage and that a flood evacuation plan had been offered.
P Mr Carrow considered that the holiday let would be at unacceptable risk of flooding. Mrs Fincham agreed and said that the loss of a working reed store was regrettable. Mr Lusher suggested that the Committee should accept the evacuation plan, but this was not supported.
P Mr Carrow proposed, seconded by Mrs Fincham, and it was
P <b>RESOLVED by 6 votes to 2 with 1 abstention</b>
P that the application be refused, contrary to the Officer's recommendation, on the grounds that the development would place occupants at unacceptable risk of flooding, contrary to Policy DP29 of the Development Management Policies DPD.
P <b>(2) CF/2010/0412/FUL Staithe Cottage, Ferry Lane, Hornmere</b><br/>Two storey rear extension and replacement quay heading<br/>Applicant: Mr and Mrs J Hales
P The Senior Planning Officer presented the application. Mr Baldry, the agent, explained that the quay heading was failing and that the extension had been reduced in height following advice. Mrs Kettleborough asked whether members could see the relationship with the neighbouring listed mill before reaching a view.
P Mrs Kettleborough proposed, seconded by Mr Hewitt, and it was
P <b>RESOLVED unanimously</b>
P that consideration of the application be deferred to allow a site visit to take place on Friday 18 March 2011 at 10.00am.
R 7/9 | <b>Enforcement Update</b>
P The Committee received a schedule of enforcement matters previously referred to it. The Head of Development Management reported that the appeal against the enforcement notice at Long Dyke Marina had been dismissed.
P The report was noted.
R 7/10 | <b>Appointment of Member to the Heritage Working Group</b>
P Mrs Kettleborough proposed that Mr Lusher be appointed to fill the vacancy on the Heritage Working Group, and this was seconded by Mr Gorrod.
P <b>RESOLVED</b> that Mr N Lusher be appointed to the Heritage Working Group for the remainder of the year.
R 7/11 | <b>Appeals to the Secretary of State</b>
P The Committee received a report setting out the appeals against the Authority's decisions lodged with the Secretary of State since 1 January 2011.
P The report was noted.
R 7/12 | <b>Decisions made by Officers under Delegated Powers</b>
P The Committee received a schedule of decisions made by officers under delegated powers from 21 January to 18 February 2011.
P The report was noted.
R 7/13 | <b>Exclusion of the Public</b>
P <b>RESOLVED</b> that the public be excluded from the meeting for the consideration of the following item on the grounds that it involved the likely disclosure of exempt information as defined in paragraph 5 of Part 1 of Schedule 12A to the Local Government Act 1972 as amended.
R 7/14 | <b>Enforcement: Land East of Hornmere Staithe – Unauthorised Moorings</b>
P Dr Ellery left the room. The Committee received an exempt report and the Solicitor gave advice on the prospects of a successful prosecution. Mr Hewitt asked about the costs of the proceedings.
P <b>RESOLVED</b> that the Solicitor be authorised to commence prosecution proceedings in respect of the failure to comply with the enforcement notice.
R 7/15 | <b>Date of Next Meeting</b>
P The next meeting of the Planning Committee will be held on Friday 1 April 2011 at 10.00am at Fen House, Calderwick.
P The meeting concluded at 12.40pm.
S 20
P CHAIRMAN
