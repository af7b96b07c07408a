@title Minutes September 2006
@font Times-Roman
@fontsize 11
@header MEETING OF COUNCIL – 14TH SEPTEMBER 2006
@footer {page}
HC CEFN LLWYDIOG HIGHER COMMUNITY COUNCIL
HC MINUTES OF A MEETING OF THE COUNCIL HELD AT THE WELFARE HALL, HEOL Y GLOWYR, CEFN LLWYDIOG ON THURSDAY, 14TH SEPTEMBER 2006 AT 7.00 PM
P Present: Councillor Gareth Prosser, Chairman
P Councillors:
G Mrs B Bevan | Mr D Howells
G Ms L Jenkins | Mr R Morgan
G Mrs S Pugh | Mr T Watkins
P Also Present: Mrs H E Rees, Clerk &amp; RFO
P Apologies: Councillors N Griffiths and W Lloyd
H 41 DECLARATIONS OF INTEREST
P The following interests were declared:
TH Councillor | Item | Minute | Interest | Speak/Vote
T Mr D Howells | Allotment Gardens | 44 | Tenant of plot 12 | No/No
T Mrs S Pugh | Financial Assistance | 45 | Secretary, Cefn Youth Club | No/No
H 42 MINUTES
P RESOLVED:
P That the minutes of the meeting held on 13th July 2006 be approved as a correct record and signed by the Chairman.
H 43 MEMBERS’ REPORTS
P RESOLVED:
P Councillor Morgan had attended the Ogmore Valley Liaison Forum, where the bus timetable changes were discussed. Councillor Jenkins reported that the Welfare Hall roof repairs had been completed.
H 44 ALLOTMENT GARDENS
P RESOLVED:
P That the report of the Clerk be accepted.
P 1. Plot 7
P The tenant had given notice; the Clerk was asked to offer the plot to the first name on the waiting list.
P 2. Water Supply
P Councillor Watkins explained that the standpipe near plot 20 was leaking. It was agreed to obtain two quotations for its replacement.
H 45 BUDGET MONITORING &amp; ACCOUNTS
P RESOLVED:
P That the report, and addendum report, of the Clerk be accepted.
P 1. Payment of Cheques
P That authority be given for payment of the cheques listed on the Clerk’s report.
P 2. Financial Assistance
P It was agreed to donate £75 to the Cefn Youth Club and £50 to the Valley Talking Newspaper.
H 46 DEVELOPMENT CONTROL
P RESOLVED:
P That the Council raise no objection to the applications on the list circulated, with the exception of P/06/811, on which the Council objected on highway safety grounds.
H 47 CORRESPONDENCE
P RESOLVED:
P That the correspondence listed in the Clerk’s report be noted.
H 48 CHRISTMAS LIGHTING
P RESOLVED:
P That the Chairman and Councillor Bevan meet the contractor and report back to the October meeting.
H 49 DATE OF NEXT MEETING
P Thursday, 12th October 2006 at 7.00 pm.
S 12
P The meeting closed at 8.35 pm.
P Signed ………………………………… Chairman      Date ……………………
