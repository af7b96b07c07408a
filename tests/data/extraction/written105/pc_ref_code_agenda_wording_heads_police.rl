@title Harecroft-at-Stone Parish Council PC-11/01
@font Helvetica
@fontsize 10.5
@header Harecroft-at-Stone Parish Council||PC–11/01
@footer {page}
P A meeting of the Harecroft-at-Stone Parish Council took place in the Community Hall on Wednesday 7th November 2001 at 7.30 p.m.
G Present: | Mr. R. Hollins (Chairman)<br/>Mrs. A. Kemp (Vice-Chairman)<br/>Mr. G. Buckle<br/>Mrs. S. Dray<br/>Mr. P. Fordham<br/>Mr. I. Knott<br/>Mrs. H. Mead<br/>Mr. J. Tarrant
G Police: | Inspector Carol Wenham<br/>PC Mark Ellery
G Public: | Mr. E. Giddins<br/>Mrs. P. Cole
G Clerk: | Mrs. J. Rowe
H 1&nbsp;&nbsp;&nbsp;Apologies for absence
P Apologies were received from Mr. D. Sayer (on holiday).
H 2&nbsp;&nbsp;&nbsp;Report on police matters from Inspector Carol Wenham and P.C. Mark Ellery
P Mr. Hollins welcomed the two officers to the meeting. It was PC Ellery's first visit since July. PC Ellery gave figures for September and October 2001: the police had dealt with 93 calls in the parish, among them 9 thefts or criminal damage, 4 road traffic accidents and 2 cars broken into at the station car park.
P Inspector Wenham said that the additional patrols on Friday and Saturday evenings would continue until the end of the year. Mrs. Kemp asked whether the speed checks on the London Road could be repeated; PC Ellery said that he would arrange this with the traffic unit.
H 3&nbsp;&nbsp;&nbsp;Public participation
P Mr. Giddins drew attention to the broken paving outside the surgery in Church Street, which had caused two falls. Mrs. Cole asked when the new litter bin at the recreation ground would be installed.
H 4&nbsp;&nbsp;&nbsp;Minutes of the meeting held on 3rd October 2001
P The minutes were agreed and signed by the Chairman.
H 5&nbsp;&nbsp;&nbsp;Matters arising
P (a) Bus shelter, High Street: the replacement glass has been fitted. (b) Litter bin, recreation ground: the bin has been ordered and will be installed by the District Council later this month. Mr. Knott reported that the footpath sign at Mill Lane was still missing.
H 6&nbsp;&nbsp;&nbsp;Youth facilities – request for BMX ramps
P Mr. Hollins reported that a group of teenagers had asked him for somewhere to ride BMX bikes and had collected 60 signatures. Prices for a set of portable ramps ran from £1,200 to £2,400. Mr. Tarrant was concerned about supervision and insurance.
P Proposed Mrs. Mead, seconded Mr. Buckle, that £1,500 be set aside in the 2002/03 budget towards mobile ramps, subject to insurance cover being arranged. Carried 6 for, 1 against.
H 7&nbsp;&nbsp;&nbsp;Planning
P 3/01/1876 – 12 Station Road – rear conservatory – no comment.
P 3/01/1902 – Land adjoining Orchard Cottage, Bury Lane – one dwelling – the Council resolved to object on the grounds that the site lies within the Green Belt and that Bury Lane is unsuitable for further traffic.
H 8&nbsp;&nbsp;&nbsp;Finance
P (a) The schedule of payments for November, totalling £1,046.20, was approved.
P (b) Precept 2002/03: the Clerk presented a first draft budget. It was agreed to consider the precept at the December meeting when the quotation for the grass cutting contract would be known.
H 9&nbsp;&nbsp;&nbsp;Highways
P Mr. Fordham reported that the verge at the junction of Bury Lane and the London Road had again been damaged by lorries. It was agreed to ask the County Council to install marker posts.
H 10&nbsp;&nbsp;&nbsp;Correspondence
P The following correspondence was noted: Harecroft Road Safety Forum newsletter; District Council – Local Plan deposit draft; Rural Community Council – village appraisal grants.
H 11&nbsp;&nbsp;&nbsp;Date of next meeting
P Wednesday 12th December 2001 at 7.30 p.m. in the Community Hall.
S 10
P There being no further business the Chairman closed the meeting at 9.25 p.m.
