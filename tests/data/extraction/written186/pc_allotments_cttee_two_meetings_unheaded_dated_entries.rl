@title Allotment Minutes 2008
@font Times-Roman
@fontsize 12
@footer Pellinghurst Parish Council - Allotments Committee minute book 2008||{page}
H Allotment Minutes 23-06-2008
P Pellinghurst Parish Council Allotments Committee
S 4
P Minutes of Committee meeting held on 23 June 2008.
P Present:  Joyce Ambler and Dennis Ambler.  Absent:  Keith Rolfe.
S 4
P Minutes of May 19, 2008 were read and accepted and will be distributed.
S 4
P On 2-06-2008 Mrs Vera Dunn gave up Plot 14 (Bottom field) after eleven years, on doctor's advice.
P On 9-06-2008 half of Plot 14 was let to Mr and Mrs Tomasz Kowal of 6 Saxon Close. The other half is to be offered to the next person on the waiting list.
P On 16-06-2008 the hose on the Top field standpipe was found cut. A new one has been fitted.
S 4
P <u>Payments made:</u>
P On 10-06-2008 paid Ashby Garden Machinery £46.50 for the strimmer repair.
P On 20-06-2008 paid Pellinghurst Parish Council £88.20, the half-year water charge for the two standpipes.
S 4
P <u>Rents received:</u>
P On 5-06-2008 £12.00 from Mr and Mrs Kowal, half Plot 14 (part year).
P On 18-06-2008 £24.00 from Mr Harold Speake, Plot 9, which was overdue from April.
S 4
P The following plots were inspected:
P Top field - 3, 5, 8, 9.  Bottom field - 14, 17, 21, 22.
S 4
P On 23-06-2008 Mr Harold Speake came to us wanting a half plot for his grandson. Dennis and Mr Speake went to the Bottom field and he chose the west half of Plot 22, which has been empty since March. Mr Speake will pay £12.00 for the rest of the year.
P No other tenants came.
S 4
P Motion to adjourn was made, seconded and approved by all.  Meeting adjourned at 8:05 p.m.
S 8
P Respectfully submitted by:
P Joyce Ambler, Secretary
P ~Copies to:  Parish Clerk, Allotment Holders' Association and File.
PB
H Allotment Minutes 21-07-2008
P Pellinghurst Parish Council Allotments Committee
S 4
P Minutes of Committee meeting held on 21 July 2008.
P Present:  Joyce Ambler, Dennis Ambler and Keith Rolfe.
S 4
P Minutes of June 23, 2008 were read and accepted and have been distributed.
S 4
P On 1-07-2008 the east half of Plot 14 was let to Miss Carol Hinde of The Bungalow, Mill Road.
P On 12-07-2008 Keith Rolfe found a wasps' nest in the Top field shed. It was removed by the Council's contractor on 15-07-2008.
S 4
P Dennis moved that rents for 2009 be raised to £30.00 a full plot and £16.00 a half plot. Keith seconded. Joyce voted against as the water charge has not gone up. Motion carried 2-1. The Parish Clerk is to be told before the Council sets its budget.
S 4
P <u>Payments made:</u>
P On 15-07-2008 paid the Parish Council's contractor £35.00 for removing the wasps' nest.
S 4
P <u>Rents received:</u>
P On 1-07-2008 £12.00 from Miss Carol Hinde, half Plot 14 (part year).
P On 3-07-2008 £12.00 from Mr Harold Speake, half Plot 22 (part year).
S 4
P On 21-07-2008 Mrs Olive Tranter of Plot 17 came to tell us that rabbits are getting in under the Bottom field fence. Keith said he would look at the netting with her on Saturday.
P No other tenants came.
S 4
P Motion to adjourn was made, seconded and approved by all.  Meeting adjourned at 8:20 p.m.
S 8
P Respectfully submitted by:
P Joyce Ambler, Secretary
P ~Copies to:  Parish Clerk, Allotment Holders' Association and File.
