@title Town Council - Meeting Agenda - 3/10/2026
@font Helvetica
@fontsize 10
@header Town of Sebbins Falls||Agenda Packet – Town Council – March 10, 2026
@footer Town of Sebbins Falls||Page {page} Printed on 3/5/2026
HC Town of Sebbins Falls
C 8 School Road, Sebbins Falls, Maine
S 6
HC Meeting Agenda
HC Town Council
C Tuesday, March 10, 2026 – 7:00 PM
C Council Chambers, Town Hall
S 8
H 1. CALL TO ORDER
H 2. PLEDGE OF ALLEGIANCE
H 3. ROLL CALL
H 4. APPROVAL OF MINUTES
R 4.1 | <b>26-030</b> To approve the minutes of the February 24, 2026 Town Council meeting. <i>Attachments: Draft Minutes 2-24-2026</i>
H 5. PUBLIC PARTICIPATION
P Public comment is limited to three minutes per speaker on matters not scheduled for a public hearing.
H 6. NEW BUSINESS
R 6.1 | <b>26-031</b> To appoint Teodor Vance to the Open Space and Trails Committee for a term ending June 30, 2028.
R 6.2 | <b>26-032</b> To authorize the Town Manager to sign a three-year agreement with Sebbins Pine Hauling for curbside recycling collection. <i>Attachments: Bid Summary</i>
R 6.3 | <b>26-033</b> To set a public hearing for March 24, 2026 on an amendment to Chapter 140, Land Use, concerning accessory dwelling units.
H 7. TOWN MANAGER'S REPORT
H 8. ADJOURNMENT
S 10
I Individuals who need an accommodation to take part in this meeting should contact the Town Clerk at least 48 hours in advance.
PB
HC Town of Sebbins Falls
HC Agenda Item Report
G File #: | 26-030
G Agenda Date: | 3/10/2026
G Agenda #: | 4.1
G In Control: | Town Council
G File Type: | Minutes
S 6
P <b>I. Council Action Requested.</b>
P Title
P To approve the minutes of the February 24, 2026 Town Council meeting.
P Body
P <b>II. Basis for Council Action.</b>
P The Council approves the minutes of each of its meetings under Rule 9 of the Council Rules of Procedure.
P <b>III. Issue Summary.</b>
P The draft minutes prepared by the Town Clerk are attached.
PB
HC Town of Sebbins Falls
HC Meeting Minutes
HC Town Council
C Tuesday, February 24, 2026 – 7:00 PM
C Council Chambers, Town Hall
S 6
H 1. CALL TO ORDER
P The meeting was called to order at 7:00 PM.
H 2. PLEDGE OF ALLEGIANCE
P The Pledge of Allegiance was recited.
H 3. ROLL CALL
G Present: | 6 – Councilor Amos Whitlock (Chair), Councilor Lydia Fairbanks, Councilor Dominic Roux, Councilor Heather Pelletier, Councilor Gideon Marsh and Councilor June Abbott-Lane
G Absent: | 1 – Councilor Peter Soucy
G Also Present: | Town Manager Carla Beaulieu; Town Clerk Regina Ouellette
H 4. APPROVAL OF MINUTES
R 4.1 | <b>26-021</b> To approve the minutes of the February 10, 2026 Town Council meeting.
P A motion was made by Councilor Fairbanks, seconded by Councilor Roux, that these Minutes be Approved. The motion carried by the following vote:
P Yes: 6 – Whitlock, Fairbanks, Roux, Pelletier, Marsh and Abbott-Lane
H 5. PUBLIC PARTICIPATION
P Mary Thibodeau, 14 Ledge Road, spoke about snow removal on Ledge Road and asked that the sand pile at the Ledge Road turnout be moved before the spring thaw.
H 6. NEW BUSINESS
R 6.1 | <b>26-024</b> To adopt the Fiscal Year 2027 Capital Improvement Program.
P Town Manager Beaulieu presented the program, which includes the replacement of the Mill Stream culvert and a new plow truck.
P A motion was made by Councilor Marsh, seconded by Councilor Pelletier, that this Order be Approved. The motion carried by the following vote:
P Yes: 5 – Whitlock, Fairbanks, Roux, Pelletier and Marsh
P No: 1 – Abbott-Lane
R 6.2 | <b>26-025</b> To refer a proposed amendment to Chapter 140, Land Use, concerning accessory dwelling units to the Planning Board for review.
P Councilor Roux asked whether the Planning Board could report back by March 24. Town Manager Beaulieu said it would meet on March 17.
P A motion was made by Councilor Roux, seconded by Councilor Abbott-Lane, that this Order be Referred to the Planning Board. The motion carried by the following vote:
P Yes: 6 – Whitlock, Fairbanks, Roux, Pelletier, Marsh and Abbott-Lane
R 6.3 | <b>26-026</b> To appoint Warren Delisle to the Recreation Advisory Committee for a term ending June 30, 2027.
P A motion was made by Councilor Pelletier, seconded by Councilor Fairbanks, that this Order be Approved. The motion failed by the following vote:
P Yes: 2 – Fairbanks and Pelletier
P No: 4 – Whitlock, Roux, Marsh and Abbott-Lane
H 7. TOWN MANAGER'S REPORT
P Town Manager Beaulieu reported that the transfer station would open on Sundays from April 5 and that the audit for Fiscal Year 2025 had been completed with no findings.
H 8. ADJOURNMENT
P A motion was made by Councilor Pelletier, seconded by Councilor Marsh, to adjourn at 8:14 PM. The motion carried unanimously.
PB
HC Town of Sebbins Falls
HC Agenda Item Report
G File #: | 26-031
G Agenda Date: | 3/10/2026
G Agenda #: | 6.1
G In Control: | Town Council
G File Type: | Order
S 6
P <b>I. Council Action Requested.</b>
P Title
P To appoint Teodor Vance to the Open Space and Trails Committee for a term ending June 30, 2028.
P Body
P <b>II. Basis for Council Action.</b>
P Council action on this item is required because:
P a. Section 2-14 of the Town Charter gives the Council the power to fill committee vacancies.
P <b>III. Issue Summary.</b>
P Two residents applied for the seat left vacant in January. After interviews on February 26 the Appointments Committee put forward Mr. Vance's name.
S 12
HC Town of Sebbins Falls
HC Agenda Item Report
G File #: | 26-032
G Agenda Date: | 3/10/2026
G Agenda #: | 6.2
G In Control: | Town Council
G File Type: | Order
S 6
P <b>I. Council Action Requested.</b>
P Title
P To authorize the Town Manager to sign a three-year agreement with Sebbins Pine Hauling for curbside recycling collection.
P Body
P <b>II. Basis for Council Action.</b>
P Council action on this item is required because:
P a. The Purchasing Policy requires Council approval of any contract of more than $25,000 or longer than one year.
P <b>III. Issue Summary.</b>
P Three bids were received on February 12. Sebbins Pine Hauling was the lowest qualified bidder at $4.15 per household per month in the first year, rising by 2.5% in each later year.
P <b>IV. Attachments.</b>
P Bid Summary.
T Bidder | Year 1 (per household per month) | Notes
T Sebbins Pine Hauling | $4.15 | Every other week, 96-gallon carts
T Tessamy Valley Disposal | $4.62 | Weekly, 64-gallon carts
T Sebbins Falls Transfer Co. | $5.10 | Every other week, carts not included
PB
HC Town of Sebbins Falls
HC Agenda Item Report
G File #: | 26-033
G Agenda Date: | 3/10/2026
G Agenda #: | 6.3
G In Control: | Town Council
G File Type: | Order
S 6
P <b>I. Council Action Requested.</b>
P Title
P To set a public hearing for March 24, 2026 on an amendment to Chapter 140, Land Use, concerning accessory dwelling units.
P Body
P <b>II. Basis for Council Action.</b>
P Council action on this item is required because:
P a. An amendment to Chapter 140 may be adopted only after a public hearing noticed at least seven days in advance.
P <b>III. Issue Summary.</b>
P On February 24 the Council referred the amendment to the Planning Board, which will review it on March 17. The amendment would allow one accessory dwelling unit of up to 900 square feet on any lot in the Village and Rural Residential districts.
