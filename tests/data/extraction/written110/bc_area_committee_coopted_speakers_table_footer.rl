@title Harwick and Moorside Parishes Committee 07.03.2019
@fontsize 10.5
@numcol 14
@header_first  
@header Harwick and Moorside Parishes Committee (07.03.2019)
@footer {page}
HC MINUTES OF A MEETING OF HARWICK AND MOORSIDE PARISHES COMMITTEE HELD AT THE OLD GRAMMAR SCHOOL, HARWICK ON 7TH MARCH, 2019
S 6
HC PRESENT
C Councillor M. A. Holroyd – Chairman (in the Chair)
G <b>Councillors</b> | <b>Co-optees</b>
G S. Bracewell | R. Lund – Harwick Parish Council
G T. Dugdale | P. Kenyon – Moorside Parish Council
G J. Nuttall | D. Sagar – Higher Booth Parish Council
G A. Whitaker | E. Bannister – Oldfield Booth Parish Council
S 4
H Police
P PC K. Holden
H Officers in Attendance
G D. Pickles | Environmental Services Manager
G S. Ormerod | Principal Development Management Officer
G R. Pilling | Committee Administrator
S 4
P (Apologies were received from Councillor F. Hartley and J. Tillotson.)
S 4
P The following people attended the meeting and spoke on the items shown –
G Alan Haworth | 18/0811/FUL – Full: Erection of two detached dwellings at Land off Moss Lane, Moorside | Minute No. 104(a)
G Jean Lonsdale | 18/0811/FUL – Full: Erection of two detached dwellings at Land off Moss Lane, Moorside | Minute No. 104(a)
G Keith Riley | 19/0042/HHO – Full: Two storey side extension at 6 Ridge Row, Harwick | Minute No. 104(a)
G Ruth Entwistle | Moorside Village Hall car park | Minute No. 106
S 6
H 98. DECLARATION OF INTERESTS
P Members were reminded of the law on declaring interests.
P Councillor J. Nuttall declared a pecuniary interest in planning application 19/0042/HHO as he was related to the applicant, and left the meeting during its consideration.
H 99. PUBLIC QUESTION TIME
P B. Aspin of Moorside asked when the damaged railings on the bridge at Bottoms Lane would be replaced. The Environmental Services Manager said that the railings belonged to the County Council and that he would chase them for a date.
H 100. MINUTES
H RESOLVED
P That the Minutes of this Committee's meeting of 7th February, 2019 be approved as a correct record and signed by the Chairman.
H 101. POLICE AND COMMUNITY SAFETY ISSUES
P PC K. Holden reported the crime figures for February 2019 and took questions from members. There had been a spate of thefts of quad bikes and tools from farms around Higher Booth, and farmers were being offered free property marking.
H 102. ENVIRONMENTAL ISSUES
P The Environmental Services Manager reported that the new litter bins on Harwick Road had been installed and that the dog fouling patrols would continue through the spring. Councillor T. Dugdale asked that a patrol be arranged for the playing field at Moorside during the school holidays.
H RESOLVED
P That the Environmental Services Manager arrange for the dog warden to visit the Moorside playing field at least twice during the Easter holidays.
H 103. CAPITAL PROGRAMME 2019/20
P The Environmental Services Manager submitted a report on the schemes proposed for the Committee's capital budget of £20,000 for 2019/20.
H RESOLVED
P (1) That £6,000 be allocated for the resurfacing of the footpath from Well Lane to the school in Harwick.
P (2) That the remaining £14,000 be held until the parish councils have submitted their bids.
H 104. PLANNING APPLICATIONS
H (a) Planning applications for determination
P The Planning and Regulatory Services Manager submitted reports on the planning applications set out below –
G 18/0811/FUL | Full: Erection of two detached dwellings
G  | at Land off Moss Lane, Moorside
G  | for Mr S. Greenwood
P A site visit had been held before the meeting.
H RESOLVED
P That planning permission be <b>refused</b> for the following reason –
P 1. The proposed dwellings would be outside the settlement boundary of Moorside and would harm the open character of the countryside.
G 19/0042/HHO | Full: Two storey side extension
G  | at 6 Ridge Row, Harwick
G  | for Mr and Mrs L. Nuttall
H RESOLVED
P That planning permission be <b>granted</b> subject to the conditions set out in the report.
P (Councillor J. Nuttall returned to the meeting.)
H (b) Planning appeals
P The Planning and Regulatory Services Manager reported that the appeal against the refusal of outline permission for one dwelling at Clough Head Farm, Higher Booth had been dismissed.
H (c) Enforcement
P The Planning and Regulatory Services Manager submitted a report on the siting of a static caravan without planning permission on land at Cock Hill, Oldfield Booth.
H RESOLVED
P That the Head of Legal Services be authorised to take enforcement action to secure the removal of the caravan.
H 105. AREA COMMITTEE BUDGET
P The Environmental Services Manager reported that £2,850 remained in the Committee's revenue budget for 2018/19.
H RESOLVED
P That £1,500 be allocated to Higher Booth Parish Council towards the replacement of the bus shelter on Moor Top Road.
H 106. VILLAGE HALL CAR PARK, MOORSIDE
P Ruth Entwistle, on behalf of the village hall trustees, asked whether the Council would adopt the car park or contribute to its resurfacing. The Principal Development Management Officer explained that the car park was in private ownership and could not be adopted.
H RESOLVED
P That the Environmental Services Manager investigate whether a grant from the Committee's capital budget could be made to the trustees, and report back to the next meeting.
H 107. ITEMS FOR DISCUSSION
P Councillor A. Whitaker asked that the poor state of the footpath between Oldfield Booth and Harwick be raised with the County Council.
S 18
P CHAIRMAN ……………………………
