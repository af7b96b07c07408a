@title Northmere Records Committee - Minutes 24 June 2011
@font Helvetica
@fontsize 10.5
@numcol 14
@footer Northmere Records Committee – 18 November 2011 || {page}
@pageoffset 2
H NORTHMERE RECORDS COMMITTEE
G Date: | Friday 18 November 2011
G Time: | 10.30am
G Venue: | The Long Room, The Record Office, County Hall, Tollgate Road, Wenham
S 10
HC Northmere Records Committee
HC Minutes of the Meeting held on 24 June 2011
S 4
H Present:
G <b>Northmere County Council</b> | <b>Saxham District Council</b>
G Mr P Ketteridge (Chairman) | Mrs J Allcorn
G Mrs E Pargeter | <b>Wenham City Council</b>
G Mr H Thirtle | Ms R Okonedo
G <b>Broadmere District Council</b> | <b>Eastfen District Council</b>
G Mr G Spinks | Dr M Iredale
G <b>Non-Voting Members</b> | 
G <i>Representative of the Northmere Record Society</i> | <i>Co-Opted Members</i>
G Dr T Lambe | Prof A Catchpole
G  | Mr W Dersley
G <i>Observer</i> | 
G Dr S Fincham | 
H Officers Present:
P Dr K Hollings, County Archivist; Mrs L Gedge, Head of Collections; Mr R Bunn, Finance Business Partner; Miss C Oakes, Committee Officer.
H 1. Apologies for Absence
R 1.1 | Mrs V Hoddy, Mr N Kerrison, Mr B Lound and Revd P Abbs had sent apologies.
H 2. Election of Chairman
R 2.1 | Mr Ketteridge was elected to the Chair for 2011-12.
H 3. Election of Vice-Chairman
R 3.1 | Mr Spinks was elected Vice-Chairman for 2011-12.
H 4. Minutes
R 4.1 | The minutes of the meeting of 4 February 2011 were confirmed as a correct record and signed by the Chairman.
H 5. Urgent Business
R 5.1 | No urgent business was reported.
H 6. Declarations of Interest
R 6.1 | Dr Iredale declared a personal interest in item 10 as a trustee of the Eastfen Museum Trust.
H 7. Co-opted Members and Observer
R 7.1 | Members considered the annexed report (7) on the re-appointment of the two Co-opted Members and the Observer, whose terms ended with this meeting.
P <b>RESOLVED</b>
R 7.2 | That Prof Catchpole and Mr Dersley continue as Co-opted Members until June 2012.
R 7.3 | That Dr Fincham continue as Observer until June 2012.
H 8. Accounts and Urgent Business Sub-Committee Membership
R 8.1 | The annexed report (8) set out the membership of the sub-committee, which must include one Member from the County Council and one from a District or City Council.
P <b>RESOLVED</b>
R 8.2 | That Mr Ketteridge, Mrs Pargeter, Mr Spinks and Ms Okonedo be appointed to serve on the sub-committee.
H 9. Record Office Annual Performance Report 2010-11
R 9.1 | The County Archivist introduced the annexed report (9). Visits to the searchroom had fallen by 6% but online catalogue use had risen by 31%. Mrs Allcorn asked whether the Saturday opening would continue; the County Archivist said that it would be reviewed in the autumn.
R 9.2 | Mr Thirtle asked about the backlog of uncatalogued deposits. Mrs Gedge said that 212 cubic metres remained and that two volunteers were now working on the Broadmere estate papers.
P <b>RESOLVED</b>
R 9.3 | That the report be noted.
H 10. Eastfen Tithe Maps Digitisation Project
R 10.1 | The annexed report (10) sought approval to contribute £7,500 from the Records Development Fund towards a joint project with the Eastfen Museum Trust to digitise the parish tithe maps.
R 10.2 | Dr Lambe welcomed the project on behalf of the Record Society and offered the Society's help with indexing. Dr Iredale took no part in the discussion or the vote.
P <b>RESOLVED</b>
R 10.3 | That a contribution of £7,500 from the Records Development Fund be approved.
H 11. Conservation Studio – Environmental Controls
R 11.1 | Mr Bunn reported that the replacement dehumidifiers would cost £18,200 against a budget of £15,000. The Committee asked that two further quotations be sought before a decision was taken.
R 11.2 | The item was deferred to the November meeting.
H 12. Revenue Outturn 2010-11
R 12.1 | The annexed report (12) showed an underspend of £4,310, mainly on staff vacancies. Mr Ketteridge proposed that the underspend be carried forward to the Records Development Fund, seconded by Mrs Pargeter.
P <b>RESOLVED</b>
R 12.2 | That £4,310 be carried forward to the Records Development Fund.
H 13. Date of Next Meeting
R 13.1 | Friday 18 November 2011 at 10.30am in the Long Room, The Record Office.
S 8
P The meeting closed at 12.15pm.
S 10
P Chairman
