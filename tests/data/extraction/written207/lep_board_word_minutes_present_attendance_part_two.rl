@title Minutes - LEP Board - 17.03.15 - DRAFT
@font Helvetica
@fontsize 10.5
@footer Minutes - LEP Board - 17.03.15 - DRAFT||Page {page}
HC Lunemoor Enterprise Partnership Limited
HC Board
C Minutes of the Meeting held on Tuesday, 17th March, 2015 at 6.00 pm at Committee Room 'C' - The Lonsmere Room, County Hall, Lunecastle
S 4
H Present
G Mr R Tennant (Chair) | Mr P Garside
G Cllr A Birtwistle | CC J Hebblethwaite
G Mr G Coupe | Mr D Marchetti
G Ms F Okonjo | Cllr S Tattersall
H In Attendance
G Mr M Kelshaw | Ms R Conroy
G Mr A Cavendish | Mr D Hulme
G Ms J Turnock | Mr T Sargent
G Mr I Yelland (Company Secretary) |
H 1. Welcome and Apologies for Absence
P The Chair, Mr Roger Tennant, welcomed everyone to the meeting. Apologies for absence were noted from Prof. Helen Ravenscroft, Mr Neil Brocklehurst, Cllr Simon Whiteside and Mr Clive Ormerod. Officer apologies were noted from Mr Nigel Jaques.
P Mr Ormerod had asked in his apologies that Mr Daniel Hulme of Fylham Aerostructures attend in his place as an observer. The Chair also welcomed Mr Alan Cavendish (Lunehaven Borough Council) and Ms Ruth Conroy (Visit Lunemoor) and asked the Board to agree that they attend as observers.
P <b>Resolved:</b> The Board agreed that Daniel Hulme, Alan Cavendish and Ruth Conroy be present as observers for the Part I items but be excluded for the Part II items.
H 2. Minutes of the meeting held on 10th February 2015
P Mr Marchetti reported a correction to the Any Other Business section of the previous minutes, to record his update on the Stakeholder Group. The corrected minutes have been placed in the minute book.
P <b>Resolved:</b> The Board approved the corrected minutes of the meeting held on 10th February 2015 as an accurate record and they were signed by the Chair.
H 3. Matters Arising
P None.
H 4. Declarations of Interest
P Mr Tennant and Mr Coupe declared interests in item 7, Growing Places Fund, in respect of the Marketgate Arcade scheme. As the report was for information only and no decision was needed on that scheme, they remained in the meeting.
H 5. Growth Deal 2015/16 - Programme and Assurance Framework
P Martin Kelshaw, Director of Economic Development, Lunemoor County Council, presented a report (circulated) setting out the Growth Deal programme for 2015/16 and the changes to the local assurance framework required by Government.
P Ms Okonjo asked whether the framework would allow smaller projects to be appraised more quickly. Mr Kelshaw said that projects under £1m would go through a lighter appraisal agreed with the accountable body.
P <b>Resolved:</b> The Board:
P (i) Approved the Growth Deal programme for 2015/16 as set out in Appendix 'A';
P (ii) Approved the revised assurance framework for submission to Government by 31st March 2015; and
P (iii) Noted that a programme update would come to each Board meeting.
H 6. City Deal - Quarterly Progress Report
P Mr Garside presented the quarterly report on the City Deal infrastructure programme. He drew attention to the delay to the Sowerfold link road while the land transfer was completed.
P <b>Resolved:</b> The Board noted the report.
H 7. Growing Places Fund - Update
P Ms Turnock presented an update on loans from the Growing Places Fund. Two loans had been repaid early and £2.4m was available for new schemes.
P Cllr Tattersall asked whether the fund could be used for housing-led schemes. Ms Turnock said that the fund's criteria required a clear link to jobs, but mixed-use schemes could qualify.
P <b>Resolved:</b> The Board noted the update and asked for a report on a further call for schemes to its June meeting.
H 8. Skills and Employment Board - Minutes of 24th February 2015
P <b>Resolved:</b> The Board noted the minutes of the Skills and Employment Board held on 24th February 2015.
H 9. Any Other Business
P Cllr Birtwistle told the Board that the Lunehaven Enterprise Zone marketing launch would be held on 23rd April and invited all Directors.
H 10. Date of Next Meeting
P The next meeting will be held on Tuesday, 21st April, 2015 at 6.00 pm in Committee Room 'C' - The Lonsmere Room, County Hall, Lunecastle.
H 11. Exclusion of the Public
P <b>Resolved:</b> That the public be excluded from the meeting for the following item of business on the grounds that it involves the likely disclosure of exempt information as defined in the appropriate paragraph of Part I of Schedule 12A to the Local Government Act 1972.
HC PART II (Not for publication)
H 12. Lunehaven Enterprise Zone - Commercial Update
P Mr Sargent presented a report (circulated) on negotiations with two prospective occupiers of the Enterprise Zone.
P <b>Resolved:</b> The Board noted the report and approved the recommendations set out in it.
S 10
I Mr I Yelland
I Company Secretary
