@title Minutes October 2009
@font Helvetica
@fontsize 10.5
@header ||{page}
HC BRENDCOMBE PARISH COUNCIL
C Minutes of the October Meeting of Brendcombe Parish Council held at the Parish Hall, Brendcombe on Tuesday, October 13th., 2009
H 09/041 PRESENT
P The following attended the meeting:
P Councillors: Mrs. P Venning, Mr. D Huxtable, Mrs. G Lerwill, Mr. R Chugg, Mr. A Passmore
P In the Chair: Mr. T Sloley
P In Attendance: Mr. K Yeo, Clerk; District Councillor Mrs. M Rendle (from 8.10pm)
H 09/042 DECLARATIONS OF INTEREST
P Councillor Passmore declared an interest in planning application 3/41/09/118 (09/048/02) as a neighbour of the applicant and left the room while it was discussed.
H 09/043 DEFERMENT OF BUSINESS
P Item 09/049 (Highways) was taken after the Financial Report to allow the District Councillor to be present.
H 09/044 APOLOGIES FOR ABSENCE
P Apologies had been received from Councillors Dallyn and Bawden.
H 09/045 MEETING MINUTES
P The minutes of the last meeting, held on September 8th., were confirmed as a true record, proposed by Councillor Lerwill and seconded by Councillor Chugg, and were signed by the Chairman.
H 09/046 MATTERS ARISING
H 09/046/01 Bus Shelter Roof
P The Clerk reported that the felt on the Higher Town shelter had been replaced by Mr. Geen at a cost of £85.00. Councillor Venning said the gutter still drips onto the seat; the Clerk was asked to return Mr. Geen’s invoice with a note asking him to look at it.
H 09/046/02 Salt Bins
P Councillor Huxtable had checked both salt bins. The bin at Barton Cross is empty and the lid is split. It was agreed that the Clerk would ask the County Council for a refill and a replacement lid before the winter.
H 09/046/03 Defibrillator Training
P No date has yet been fixed by the ambulance trust. Carried forward.
H 09/047 FINANCIAL REPORT
H 09/047/01 Payment Authorisation
P The following items for payment were approved and cheques signed by the Chairman:
TH PAYEE | INVOICE | EXPENSE | VALUE | VAT | NET | CHEQUE NUMBER
T K Yeo | Clerk’s Salary Sept | Clerk Wages | £186.40 | | £186.40 | 001143
T K Yeo | Expenses Sept | Postage and Printing | £21.15 | | £21.15 | 001144
T Moorside Print | Inv 2271 | Brendcombe News (Oct) | £48.00 | | £48.00 | 001145
T J Geen | Inv 09/17 | Shelter Roof Repair | £85.00 | | £85.00 | 001146
T Parish Hall Committee | Hire | Meeting Room x 2 | £16.00 | | £16.00 | 001147
H 09/047/02 Bank Reconciliation
P The Clerk presented the reconciliation to 30th September. Current account £3,118.62; Business reserve £4,900.00. This was noted.
H 09/047/03 Precept 2010/11
P The Clerk circulated a draft budget. After discussion Councillor Lerwill proposed that the precept be held at £3,600; seconded by Councillor Huxtable. Councillor Chugg proposed an amendment of £3,800 to allow for the churchyard wall; this fell for want of a seconder. The original proposal was put to the vote and carried, 4 for and 1 against.
H 09/048 PLANNING
H 09/048/01 3/41/09/104 – Conservatory, 2 Hillhead Cottages
P The Council had no objection.
H 09/048/02 3/41/09/118 – Agricultural Building, Lower Brendwell
P Councillor Sloley explained the size and siting of the building. It was RESOLVED to support the application provided the existing hedge on the lane side is retained.
H 09/049 HIGHWAYS
P District Councillor Rendle reported that the District had asked Highways to look again at the flooding at Wrenford Bridge. Councillor Passmore asked whether the footpath sign at Coombe Gate could be replaced at the same time; Councillor Rendle agreed to pass this on.
H 09/050 CORRESPONDENCE
P (a) Moorland Area Forum – notes of September meeting, circulated. (b) Letter from the Women’s Institute thanking the Council for its donation to the Harvest Supper. (c) Rural Community Council newsletter.
H 09/051 REPORTS FROM REPRESENTATIVES
P Parish Hall: Councillor Venning reported that the new boiler is in and the hall committee is looking for volunteers for the Christmas fair. School Governors: nothing to report.
H 09/052 ANY OTHER BUSINESS
P Councillor Chugg raised the overgrown hedge along Church Path. The Clerk will write to the landowner.
H 09/053 DATE OF NEXT MEETING
P Tuesday, November 10th., 2009 at 7.30pm in the Parish Hall.
S 10
P The meeting closed at 9.20pm.
S 18
P Signed …………………………………………… Chairman          Date ………………………
