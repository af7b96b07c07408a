@title Pellworth Public Library District Board of Trustees Minutes September 22, 2008
@font Times-Roman
@fontsize 11.5
@footer Pellworth Public Library District || Board of Trustees Minutes Page {page}
HC Pellworth Public Library District
HC Board of Trustees Regular Meeting
HC On September 22, 2008
S 8
H 1. CALL TO ORDER; Determination of Quorum
P Board President Leland Voss opened the regular meeting at 7:00 p.m. in the library's lower level meeting room. Six trustees were present, a quorum.
H 2. ROLL CALL
G <b>Members present:</b> | <b>Members absent:</b>
G Carol Ebersole | Marjorie Haack
G Dwight Stoltz |
G Ina Bergquist |
G Howard Pfeil |
G Leland Voss |
G Trudy Kamm |
H 3. STAFF PRESENT:
P Ruth Anne Koenig, Library Director
H 4. APPROVAL OF ITEMS ON THE CONSENT AGENDA:
P Trustee Ebersole moved, and Trustee Stoltz seconded, approval of the consent agenda. IT WAS RESOLVED, THAT THE AUGUST 25, 2008 REGULAR MEETING MINUTES ARE APPROVED AS WRITTEN AND IT WAS RESOLVED, THAT AUGUST 2008 BILLS TOTALING $41,208 ARE APPROVED FOR PAYMENT.
P The motion carried by unanimous voice vote.
H 5. ACTION AGENDA
P a. Tax Levy Ordinance. Director Koenig explained the proposed levy for 2008 taxes collected in 2009. Trustee Pfeil asked how the increase compared with the limiting rate, and Director Koenig confirmed the request stays within it. Trustee Pfeil moved, Trustee Bergquist seconded, adoption of the ordinance. IT WAS RESOLVED, THAT ORDINANCE 2008-03, THE ANNUAL TAX LEVY ORDINANCE, BE ADOPTED AS PRESENTED. Roll call vote: Ayes: Bergquist, Ebersole, Kamm, Pfeil, Stoltz, Voss. Nays: none. The motion carried.
P b. Per Capita Grant. Trustee Kamm moved, Trustee Ebersole seconded, that the Director submit the FY2009 per capita grant application. The motion carried by unanimous voice vote.
H 6. COMMITTEE REPORTS
P Finance – Director Koenig gave the finance report, including the placing of tax receipts in a six month certificate of deposit. Personnel – Trustee Bergquist said the committee has drafted a job description for a part-time page. Building – Trustee Stoltz described two bids for replacing the roof-top air conditioner over the children's wing. Trustee Stoltz moved, Trustee Pfeil seconded, acceptance of the Hartung Mechanical bid of $11,640. With no further discussion the motion carried by unanimous voice vote.
H 7. DIRECTOR'S REPORT
P Director Koenig reported that 412 children finished the summer reading program, the most in five years. The new public computers are installed and wireless access now reaches the whole building. Card sign-up month visits are planned with the grade schools.
H 8. CORRESPONDENCE
P The Pellworth Historical Society wrote to thank the library for lending the meeting room for its quilt display.
H 9. OLD BUSINESS
P Trustee Voss reported that the parking lot was resurfaced on September 10, under budget.
H 10. NEW BUSINESS
P Trustee Kamm proposed a planning workshop in the new year. After discussion the Board agreed to hold a Saturday morning workshop on January 17, 2009.
H 11. PUBLIC COMMENT
P None.
H 12. ADJOURNMENT
P Trustee Bergquist moved, Trustee Ebersole seconded, to adjourn at 8:34 p.m. The motion carried by unanimous voice vote.
S 14
P Respectfully submitted,
P Ina Bergquist, Secretary
