@title Minute - Gairsquoy Community Council - 13 March 2019
@font Helvetica
@fontsize 11
@footer {page}
P <b>Minute of the Meeting of Gairsquoy Community Council held in the Library, Gairsquoy Community School, on Wednesday, 13 March 2019 at 18:30</b>
S 8
H Present:
P Mr K Linklater (Chair), Mrs S Tulloch, Mr P Scarth, Mrs H Moar and Mr T Kirkness.
H In Attendance:
P • Councillor Fiona Stanger.
P • Mrs D Corsie, Community Council Liaison Officer/Interim Clerk.
S 10
H Order of Business.
P 1. Apologies ............................................................................................................ 2
P 2. Adoption of Minutes ................................................................................................ 2
P 3. Matters Arising ....................................................................................................... 2
P 4. Grass Cutting Contracts 2019 ................................................................................. 2
P 5. Correspondence ...................................................................................................... 2
P 6. Financial Statements ............................................................................................... 2
P 7. Financial Requests ................................................................................................... 2
P 8. Reports from Representatives ................................................................................. 3
P 9. Publications ............................................................................................................. 3
P 10. Any Other Competent Business ............................................................................ 3
P 11. Date of Next Meeting ............................................................................................ 3
P 12. Conclusion of Meeting ........................................................................................... 3
PB
H 1. Apologies
P Resolved to note the apologies for absence intimated by Ms E Hourston and Councillor Ruth Eunson.
H 2. Adoption of Minutes
P The minute of the meeting held on 16 January 2019, proposed by Mrs S Tulloch and seconded by Mr P Scarth, was approved.
H 3. Matters Arising
H A. Pier Waiting Room
P Following consideration of the response received from the Islands Council's harbours section, which stated that repairs to the waiting room door were programmed for the summer, members expressed disappointment at the delay, given that the door had not closed properly since October, and it was:
P Resolved that the Interim Clerk would write to the harbours section asking for the repair to be brought forward.
H B. Kirkyard Wall
P Mr T Kirkness declared an interest in this item as a neighbouring landowner and left the meeting.
P Resolved to hold this over to the next meeting, as the second quotation for rebuilding the collapsed section had not been received.
P Mr T Kirkness rejoined the meeting.
H C. Broadband Voucher Scheme
P Councillor Fiona Stanger advised members that the voucher scheme had reopened and that households on the island not reached by the fibre upgrade could apply for up to £650 each towards a connection, and it was:
P Resolved to note the update and to publicise the scheme in the island newsletter.
H 4. Grass Cutting Contracts 2019
P The draft specification for the 2019 grass cutting contracts (kirkyard, pier amenity area and play park) was considered, and it was:
P Resolved to invite tenders by 5 April 2019.
H 5. Correspondence
P Following consideration of correspondence from the Islands Council regarding the consultation on the winter ferry timetable, Mr P Scarth said that the early sailing on Mondays was the most important one to keep for those working on the mainland, and it was:
P Resolved that the Interim Clerk would submit a response on behalf of the Community Council stressing the need to retain the Monday early sailing.
H 6. Financial Statements
P Members considered the statements of account to 28 February 2019, showing a balance on the General Fund of £2,114.70 and on the Pier Projects Fund of £6,380.00, and it was:
P Resolved to note the financial statements.
H 7. Financial Requests
P Members considered a request from the Gairsquoy Gala Committee for assistance of £250 towards marquee hire for the August gala, and it was:
P Resolved to award £250 from the General Fund, being proposed by Mr K Linklater and seconded by Mrs H Moar.
H 8. Reports from Representatives
P Mrs S Tulloch reported on the meeting of the Islands Transport Forum held on 20 February, at which the ferry operator had confirmed that the vessel would be away for refit for two weeks in October and that a relief vessel with reduced car capacity would be provided.
H 9. Publications
P The following publications had been received and were available from the Interim Clerk:
P • Community Council Liaison Bulletin, February 2019.
P • Islands Housing Partnership Annual Report 2017/18.
H 10. Any Other Competent Business
H A. Road Gritting
P Mrs H Moar raised concern that the road to the north end had not been gritted on two occasions in February when the school bus was running. Councillor Fiona Stanger undertook to take the matter up with the roads section.
H B. Hall Defibrillator
P Mr P Scarth reported that the defibrillator pads at the hall expire in May. The Interim Clerk would order replacements.
H 11. Date of Next Meeting
P Resolved to note that the next meeting would be held on Wednesday, 15 May 2019 at 18:30.
H 12. Conclusion of Meeting
P The Chair closed the meeting at 20:41.
S 30
P Signature: ................................................................ Chair.
