@title Confirmed Minutes - General Meeting - 18 June 2025
@font Helvetica
@fontsize 10
@header CONFIRMED MINUTES – GENERAL MEETING, 18 JUNE 2025
@footer ||Page {page}
HC WARRIGAL DOWNS SHIRE COUNCIL
HC MINUTES OF THE GENERAL MEETING HELD AT TINDAREE ON WEDNESDAY 18 JUNE 2025 COMMENCING AT 8.00AM
H ATTENDANCE
P Crs R Petrie (Mayor), J Kowalczyk, H Ansell, D Murnane &amp; T Yarrow
H OFFICERS PRESENT
P Mr Craig Elphick, Chief Executive Officer<br/>Ms Fiona Dart, Director of Corporate and Community Services<br/>Mr Grant Tobin, Director of Engineering Services<br/>Ms Leah Mounsey, Executive Assistant
H GALLERY
P Mr Dale Cunliffe<br/>Mrs Nora Cunliffe<br/>Mr Pete Lomax
P Three members of the public were in the Gallery.
P The Mayor opened the meeting at 8:01am and welcomed everyone present.
H ACKNOWLEDGEMENT OF COUNTRY
P The Mayor acknowledged the traditional custodians of the land on which the meeting was held and paid respect to their Elders past and present.
H APOLOGIES AND CONDOLENCES
P Council extends its sympathy to the family of the late Mr Ken Ruddell, councillor for the Cobb Creek division from 1997 to 2008.
H DECLARATIONS OF INTEREST
P Cr Ansell declared a prescribed conflict of interest in the item Tender T25-04 Supply of Gravel, as a director of a company that tendered, and advised that he would leave the meeting for that item.
H CONSIDERATION OF MINUTES
P General Meeting – Wednesday 21 May 2025
P <b>RESOLUTION:</b> That the Minutes of the General Meeting of Wednesday 21 May 2025 at Tindaree be confirmed as a correct record.
P MOVED: Cr Kowalczyk &nbsp;&nbsp;&nbsp; SECONDED: Cr Yarrow
P <b>CARRIED RESOLUTION NO.2025/GM061 5/0</b>
H Business arising from Minutes – Wednesday 21 May 2025
P - The Cobb Creek causeway repairs were finished on 6 June<br/>- The grader operator position has been filled<br/>- Quotes for the Tindaree pool shade are still being sought
H DEPUTATION
P Mr Dale Cunliffe and Mrs Nora Cunliffe addressed Council about dust from road-train traffic on the unsealed section of the Tindaree-Mount Carrow Road past their homestead, and asked that the 2 km section be sealed or watered. The Mayor thanked them and said the request would be considered in the 2025/26 budget deliberations.
H CHIEF EXECUTIVE OFFICER
H LGAQ Bush Councils Convention 2025
P Mr Elphick advised that the Convention will be held in Barcoo Springs from 19 to 21 August 2025 and that registrations close on 18 July.
P <b>RESOLUTION:</b> That the Mayor and the Chief Executive Officer attend the LGAQ Bush Councils Convention 2025.
P MOVED: Cr Murnane &nbsp;&nbsp;&nbsp; SECONDED: Cr Ansell
P <b>CARRIED RESOLUTION NO.2025/GM062 5/0</b>
H DIRECTOR OF ENGINEERING SERVICES
H Works Report – May 2025
P Mr Tobin presented the works report. Maintenance grading was completed on the Cobb Creek and Kurrabin roads, and flood damage works on the Oolong Creek crossing approaches are 60% complete. Cr Murnane asked that the culvert markers on the Kurrabin road be replaced before the tourist season.
P <b>RESOLUTION:</b> That Council receive the Works Report for May 2025.
P MOVED: Cr Yarrow &nbsp;&nbsp;&nbsp; SECONDED: Cr Kowalczyk
P <b>CARRIED RESOLUTION NO.2025/GM063 5/0</b>
H Tender T25-04 Supply of Gravel
P Cr Ansell left the meeting at 9:12am.
P Three tenders were received for the supply of crushed gravel to the Tindaree depot for 2025/26. Mr Tobin recommended the lowest conforming tender.
P <b>RESOLUTION:</b> That Council award Tender T25-04 Supply of Gravel to Red Ridge Quarries Pty Ltd at $38.40 per cubic metre (excluding GST).
P MOVED: Cr Kowalczyk &nbsp;&nbsp;&nbsp; SECONDED: Cr Murnane
P <b>CARRIED RESOLUTION NO.2025/GM064 4/0</b>
P Cr Ansell returned to the meeting at 9:20am.
H DIRECTOR OF CORPORATE AND COMMUNITY SERVICES
H Financial Report – May 2025
P Ms Dart presented the financial report for the period ending 31 May 2025. Rates outstanding are $214,600, of which $131,000 is more than one year in arrears.
P <b>RESOLUTION:</b> That Council receive the Financial Report for the period ending 31 May 2025.
P MOVED: Cr Ansell &nbsp;&nbsp;&nbsp; SECONDED: Cr Yarrow
P <b>CARRIED RESOLUTION NO.2025/GM065 5/0</b>
H Request for Donation – Tindaree Rodeo Association
P The Association has asked for a cash donation of $2,500 toward the 2025 rodeo in addition to the in-kind use of the showgrounds.
P <b>MOTION:</b> That Council donate $2,500 to the Tindaree Rodeo Association.
P MOVED: Cr Yarrow &nbsp;&nbsp;&nbsp; SECONDED: Cr Murnane
P <b>LOST 2/3</b>
H GENERAL BUSINESS
P Cr Murnane raised the condition of the toilets at the Cobb Creek rest area. Mr Tobin will arrange an inspection this month.
H CLOSURE
P There being no further business the Mayor declared the meeting closed at 10:47am.
S 8
P Confirmed at the General Meeting held 16 July 2025.
S 12
P ______________________________<br/>MAYOR
