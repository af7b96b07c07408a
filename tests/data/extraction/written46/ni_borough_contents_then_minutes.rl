@title CM 861 2nd June 2008
@font Helvetica
@fontsize 10.5
@header ||CM 861 2nd June 2008
@footer RJMcK {page}
HC Clonavee Borough Council
HC Council Meeting No 861 – 2nd June 2008
S 6
H Table of Contents
G 861.1 Declarations of Interest | Nil.
G 861.2 Minutes of Council Meeting No 860 – 6th May 2008 | Confirmed
G 861.3 Seal Documents | Affix Seal of Council
G 861.4 Leisure and Amenities Committee No 372 – 20th May 2008 | Adopted
G 861.5 Grounds Maintenance Contract 2008-2011 | Accept lowest tender from Riverview Landscapes
G 861.6 Entertainments Licence – Clonavee Showgrounds | Renew licence
G 861.7 Building Control Applications | Noted
G 861.8 Roads Service – Proposed Waiting Restrictions, Church Street | Object to proposals
G 861.9 Notice of Motion – Rural Post Offices | Motion carried
G 861.10 NILGA Reports | For information
G 861.11 Mayor's Business | Congratulations
PB
HC Clonavee Borough Council
P Minutes of Council Meeting No 861 held in the Council Chamber, Riverside House, Clonavee on Monday 2nd June 2008 at 7.00 pm.
G IN THE CHAIR: | Alderman W J Dinsmore, Mayor
G PRESENT: | Alderman J Cousins
G | Alderman H T Lyttle
G | Councillor M Agnew
G | Councillor P Gribben
G | Councillor R A McKeague
G | Councillor Mrs E Semple
G | Councillor D Tweed
G | Councillor S Weir
G IN ATTENDANCE: | Mr C G Hamill, Chief Executive
G | Mr S Ferris, Director of Leisure
G | Mrs A Blair, Director of Borough Services
G | Mrs R J McKenna, Committee Clerk
H 861.1 DECLARATIONS OF INTEREST
P There were no declarations of interest.
H 861.2 MINUTES OF COUNCIL MEETING NO 860 – 6TH MAY 2008
P Copies of the Minutes of Council Meeting No 860 held on 6th May 2008 had been circulated.
P It was proposed by Councillor McKeague, seconded by Councillor Mrs Semple and
P AGREED: that the Minutes of Council Meeting No 860 be confirmed.
H 861.3 SEAL DOCUMENTS
P It was proposed by Alderman Cousins, seconded by Councillor Weir and
P AGREED: that the Seal of the Council be affixed to the following documents: (a) Lease of kiosk at Clonavee Riverside Park to Mr B Logue; (b) Deed of Grant – burial plot E/114, Tullybrack Cemetery.
H 861.4 LEISURE AND AMENITIES COMMITTEE NO 372 – 20TH MAY 2008
P Copies of the Minutes of Leisure and Amenities Committee Meeting No 372 held on 20th May 2008 had been circulated.
P It was proposed by Councillor Gribben, seconded by Councillor Agnew and
P AGREED: that the Minutes of Leisure and Amenities Committee Meeting No 372 be adopted.
H 861.5 GROUNDS MAINTENANCE CONTRACT 2008-2011
P Mr Ferris presented the report on tenders received for the grounds maintenance contract for the period 1st July 2008 to 30th June 2011. Five tenders had been received and the lowest was from Riverview Landscapes at £61,420 per annum. In reply to Councillor Tweed, Mr Ferris confirmed that the tender included the cutting of the cemetery extension.
P It was proposed by Councillor Tweed, seconded by Alderman Lyttle and
P AGREED: to accept the lowest tender from Riverview Landscapes.
H 861.6 ENTERTAINMENTS LICENCE – CLONAVEE SHOWGROUNDS
P The Committee Clerk reported on an application from Clonavee Agricultural Society for the renewal of the entertainments licence (14 unspecified days) for the Showgrounds. No objections had been received from the PSNI or the Fire Service.
P It was proposed by Councillor Weir, seconded by Councillor Gribben and
P AGREED: to renew the licence for a further year.
H 861.7 BUILDING CONTROL APPLICATIONS
P Schedules of building control applications received and determined during May 2008 had been circulated.
P Noted.
H 861.8 ROADS SERVICE – PROPOSED WAITING RESTRICTIONS, CHURCH STREET
P Correspondence had been received from Roads Service on proposed waiting restrictions in Church Street and Mill Row. Councillor Agnew said that traders in Mill Row had not been consulted and that the restrictions would take away nearly all the short stay parking.
P Councillor Agnew proposed, seconded by Councillor Mrs Semple, that the Council object to the proposals. Alderman Cousins considered that the restrictions were needed for the safety of children going to the primary school.
P On a vote being taken 6 Members voted in favour and 3 against and the proposal was declared carried.
H 861.9 NOTICE OF MOTION – RURAL POST OFFICES
P Councillor Tweed proposed the following Notice of Motion, which was seconded by Councillor McKeague:
I "That this Council opposes the closure of the post offices at Drumcorran and Killymurran and calls on the Post Office to withdraw its proposals."
P Councillor Tweed spoke of the difficulties the closures would cause for older residents without transport.
P The motion was put to the meeting and declared carried unanimously.
H 861.10 NILGA REPORTS
P Copies of the Executive report of May 2008 had been circulated.
P For information.
H 861.11 MAYOR'S BUSINESS
P The Mayor congratulated Clonavee Rovers on winning the Intermediate Cup and Mrs Sadie Kane on her 100th birthday. Councillor Gribben asked that a letter of congratulation be sent to the Rovers.
P This concluded the business of the meeting.
P The meeting closed at 8.35 pm.
