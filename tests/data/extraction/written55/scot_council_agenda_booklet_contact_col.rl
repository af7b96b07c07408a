@title Agenda - Special Meeting of East Carsewell Council (Policy and Resources) - 13 June 2019
@font Helvetica
@fontsize 10.5
@numcol 14
@header_first For meeting on: 13 June 2019||Booklet 4
@header East Carsewell Council (Policy and Resources) – 13 June 2019||Booklet 4
@footer {page}
HC AGENDA 2019
HC EAST CARSEWELL COUNCIL
S 6
P A Special meeting of East Carsewell Council (Policy and Resources) will be held within the Margaret Lennie Chamber, 4 Station Road, Kirkmirren on Thursday, 13 June 2019 at 5.30 pm.
S 4
P (Sgd) FIONA McGLASHAN<br/>Depute Chief Executive – Education, People &amp; Business<br/>East Carsewell Council<br/>4 Station Road<br/>KIRKMIRREN<br/>KM1 4LN<br/>Tel: 0141 555 0190
P Date: 7 June 2019
S 6
HC AGENDA
S 4
R 1a | Sederunt and Apologies
R 1b | Declarations of Interest – Members are asked to intimate any interest they may have in the business listed below.
R 1c | Determination of Exempt Business – Members are asked to agree that the business marked exempt be taken with the press and public excluded.
R 1d | Convener’s Remarks
R 1e | Any other business which the Convener decides is urgent
S 8
TH Contact No. | Item No. | Description | Page No.
T  |  | <b>MINUTES</b> | 
T ….. 0190 | 2 | Minute of Meeting of the Policy and Resources Committee of 4 April 2019. (Copy herewith). | 1 - 8
T ….. 0233 | 3 | Minutes of Meetings of the Licensing Appeals Board of 18 April and 16 May 2019. (Copies herewith). | 9 - 16
T  |  | <b>REPORTS</b> | 
T ….. 0171 | 4 | Outstanding Business Statement - Report by Depute Chief Executive – Education, People &amp; Business. (Copy herewith). | 17 - 22
T ….. 0190 | 5 | Revision of the Council’s Scheme of Delegation to Officers - Report by Depute Chief Executive – Education, People &amp; Business. (Copy herewith). | 23 - 34
T ….. 0312 | 6 | Corporate Performance – How Well Are We Doing? 2018-19 - Report by Chief Finance Officer. (Copy herewith). | 35 - 58
T ….. 0347 | 7 | Kirkmirren Town Centre Parking Review – Consultation Outcome - Report by Executive Officer – Roads &amp; Neighbourhoods. (Copy herewith). | 59 - 76
T ….. 0358 | 8 | Community Grants Scheme 2019/20 – First Round Awards - Report by Executive Officer – Communities. (Copy herewith). | 77 - 90
T ….. 0290 | 9 | Treasury Management Annual Report 2018/19 - Report by Chief Finance Officer. (Copy herewith). | 91 - 104
T ….. 0171 | 10 | Review of Polling Places 2019 - Report by Depute Chief Executive – Education, People &amp; Business. (Copy herewith). | 105 - 112
T  |  | <b>EXEMPT BUSINESS</b> | 
T ….. 0233 | 11 | Disposal of Former Depot Site, Canal Street, Kirkmirren - Report by Executive Officer – Assets &amp; Facilities. (Copy herewith). (Paragraph 9) | 113 - 120
T ….. 0171 | 12 | Legal Services Staffing Structure - Report by Depute Chief Executive – Education, People &amp; Business. (Copy herewith). (Paragraph 1) | 121 - 126
S 8
I Items 11 and 12 contain information which is exempt from publication under Schedule 7A of the Local Government (Scotland) Act 1973 (paragraph numbers as shown). The papers for these items are circulated to Members only.
S 6
P <b>Notes</b>
P The Margaret Lennie Chamber is fitted with an induction loop. Members of the public wishing to attend should contact Committee Services on 0141 555 0190 before 12 noon on the day of the meeting.
P Copies of this agenda in large print or another language can be provided on request.
