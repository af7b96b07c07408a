@title MINS
@font Times-Roman
@fontsize 11
@numcol 24
@header_first  
@header Council – 23rd February 2016
@footer - {page} -
HC BOROUGH OF BRAMPTON FERRERS
S 6
R  | at a meeting of the Council of the Borough of Brampton Ferrers held at the Municipal Offices, Tanner Street, Brampton Ferrers on 23rd February 2016
S 4
P Present:
G Councillor Margaret Lyle (Mayor) | Councillor Russell Tate
G “ Alan Birtles (Deputy Mayor) | “ Jan Oldroyd
G “ Linda Adcock | “ Keith Pennell
G “ Duncan Baverstock | “ Helen Quartermain
G “ Lloyd Cheney | “ Michael Scarr
G “ Pauline Drage | “ Mark Rowntree
G “ Ruth Garside | “ Shirley Stannard
G “ Jim Halford | “ Karl Sumpster
G “ Philip Hewlett | “ Margaret Tolley
G “ David Inchley | “ Greg Titchmarsh
G “ Anne Lister | “ Jonathan Weston
S 6
R 15.C.71 | <b>APOLOGIES</b>
R  | Apologies for absence were received from Councillors Clark Minton, Jenny Henshaw and Lesley Thurgood.
R  | Councillor Rowley did not attend.
R 15.C.72 | <b>MINUTES</b>
R  | RESOLVED&nbsp;&nbsp;&nbsp;&nbsp;that the minutes of the meeting of the Council held on 20th January 2016 be approved as a correct record and signed by the Mayor.
R 15.C.73 | <b>DECLARATIONS OF INTEREST</b>
R  | Councillor Ruth Garside declared a personal interest in minute 15.C.80 as an employee of the County Council, and Councillor Anne Lister declared a personal interest in minute 15.C.78 as a council tenant.
R 15.C.74 | <b>MAYOR'S ANNOUNCEMENTS</b>
R  | The Mayor made announcements as follows:
R  | • The Mayor thanked members for their support of the Mayor's Charity Quiz, which had raised £1,140 for the Brampton Ferrers Hospice. • The following forthcoming events were announced and members invited to attend:- • Civic Service – 6th March • Commonwealth Day flag raising – 14th March
R 15.C.75 | <b>LEADER'S ANNOUNCEMENTS</b>
R  | The Leader, Councillor Russell Tate, addressed the meeting and thanked the staff of the Revenues and Benefits team for achieving the highest council tax collection rate in the county for the third year running.
R 15.C.76 | <b>REPORT OF THE MANAGING DIRECTOR</b>
R  | The Managing Director, Mr Graham Ellery, advised the meeting that the Council had been awarded £1.2m from the Coastal and Market Towns Fund towards the restoration of the Corn Exchange, and that works would begin in the summer.
R 15.C.77 | <b>QUESTIONS FROM MEMBERS</b>
R  | Councillor Michael Scarr asked the Leader whether the Council would reconsider the proposed closure of the Tanner Street public conveniences. The Leader replied that the closure had been deferred pending discussions with the Town Centre Partnership.
R 15.C.78 | <b>HOUSING REVENUE ACCOUNT BUDGET 2016/17</b>
R  | The Council considered the recommendations of the Executive Committee held on 10th February 2016. It was proposed by Councillor Tate and seconded by Councillor Jan Oldroyd that the recommendations be approved, and it was
R  | RESOLVED&nbsp;&nbsp;&nbsp;&nbsp;that (i) the Housing Revenue Account budget for 2016/17 be approved; and (ii) council house rents be reduced by 1% with effect from 4th April 2016, in accordance with the Welfare Reform and Work Act 2016.
R 15.C.79 | <b>CAPITAL PROGRAMME 2016/17 – 2018/19</b>
R  | It was proposed by Councillor Tate and seconded by Councillor Oldroyd, and
R  | RESOLVED&nbsp;&nbsp;&nbsp;&nbsp;that the Capital Programme for 2016/17 to 2018/19, as set out in Appendix A to the report, be approved.
R 15.C.80 | <b>GENERAL FUND REVENUE BUDGET AND COUNCIL TAX 2016/17</b>
R  | It was proposed by Councillor Tate and seconded by Councillor Oldroyd that the recommendations of the Executive Committee be approved.
R  | Councillor Scarr proposed, and Councillor Pauline Drage seconded, an amendment that £45,000 be transferred from the Efficiency Reserve to retain the rural bus subsidy for 2016/17. In accordance with the Council Procedure Rules a recorded vote was taken on the amendment:
R  | FOR THE AMENDMENT (7): Councillors Adcock, Drage, Garside, Halford, Lister, Scarr and Weston.
R  | AGAINST THE AMENDMENT (15): Councillors Baverstock, Birtles, Cheney, Hewlett, Inchley, Lyle, Oldroyd, Pennell, Quartermain, Rowntree, Stannard, Sumpster, Tate, Titchmarsh and Tolley.
R  | The amendment was declared LOST.
R  | A recorded vote was then taken on the substantive motion, which was carried by 15 votes to 7, and it was
R  | RESOLVED&nbsp;&nbsp;&nbsp;&nbsp;that (i) the General Fund revenue budget for 2016/17 of £9,842,300 be approved; (ii) the Council's element of the council tax for a Band D property be set at £214.39, an increase of 1.99%; and (iii) the formal council tax resolution set out at Appendix C be approved.
R 15.C.81 | <b>TREASURY MANAGEMENT STRATEGY 2016/17</b>
R  | RESOLVED&nbsp;&nbsp;&nbsp;&nbsp;that the Treasury Management Strategy Statement, the Minimum Revenue Provision Policy and the Prudential Indicators for 2016/17 be approved.
R 15.C.82 | <b>PAY POLICY STATEMENT 2016/17</b>
R  | RESOLVED&nbsp;&nbsp;&nbsp;&nbsp;that the Pay Policy Statement for 2016/17 be approved and published on the Council's website.
R 15.C.83 | <b>NOTICE OF MOTION – RURAL BUS SERVICES</b>
R  | Councillor Drage moved, and Councillor Scarr seconded, the following motion:
R  | "That this Council asks the Executive Committee to establish a working party to review the impact of the withdrawal of the County Council's rural bus subsidy on villages in the Borough."
R  | Councillor Tate spoke against the motion. Upon being put to the vote, the motion was declared LOST.
R 15.C.84 | <b>CHANGES TO COMMITTEE MEMBERSHIP</b>
R  | It was agreed that Councillor Helen Quartermain replace Councillor Keith Pennell on the Licensing Committee.
S 10
R  | (The meeting started at 7.00 pm and ended at 9.12 pm)
S 16
R  | Signed ....................................................... Mayor
