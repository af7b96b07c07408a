@title Planning Committee minutes 13 November 2003
@font Times-Roman
@fontsize 11
@header {page}||PL.13.11.03
@pageoffset 212
@footer Avonmere District Council
HC AVONMERE DISTRICT COUNCIL
HC MINUTES OF A MEETING OF THE PLANNING COMMITTEE HELD IN THE CHAMBER, CIVIC CENTRE, ABBOTS WAY, ELMBURY, ON THURSDAY, 13 NOVEMBER 2003 COMMENCING AT 6.15 P.M.
S 6
P <b>Present:</b> Councillor Mrs J E Hartwell – Chairman
P Councillor T Pargeter – Vice-Chairman
P Members:-
P Councillors:-
G R J Abbey | Mrs E Dunstall | D W Jukes
G Mrs L M Bracegirdle | P J Feltham | Mrs S Kettle
G G S Curnock | A Gittins | B Lovatt
G Mrs M Hemming | K Ingram | N Morrall
S 4
P <b>Officers:-</b> Head of Planning Services (Mr G Whitcombe), Development Control Manager (Mrs R Saunt), Legal Services Manager and Committee Services Officer.
H 61. Apologies for Absence
P Apologies for absence were received from Councillors Mrs A Pardoe and R Quiney.
H 62. Declarations of Interest
P Councillor P J Feltham declared a prejudicial interest in item 5(c), land at Hollow Lane, Holtwick, because the applicant is his brother-in-law; he would leave the Chamber for that item.
P Councillor Mrs M Hemming declared a personal interest in item 5(d); she sits on Kington Abbots Parish Council, which had commented on the application.
H 63. Minutes of the Previous Meeting
P It was proposed by Councillor B Lovatt, seconded by Councillor Mrs E Dunstall and
P <b>Resolved</b>
P That the minutes of the meeting held on 16 October 2003 be approved and signed by the Chairman as a correct record.
H 64. Chairman's Announcements
P The Chairman reminded Members that the coach for site inspections would in future leave the Civic Centre at 1.30 p.m. and asked that Members who were unable to attend inform the Committee Services Officer by noon on the day before.
H 65. Planning Applications
P <b>(a) W/03/01422 – Erection of two dwellings, land adjoining 4 Mill Lane, Pensham Cross.</b> Applicant: Mr and Mrs D Aston.
P Mr P Lane addressed the Committee in objection to the application and Mr D Aston spoke as the applicant. Councillor G S Curnock expressed concern about the visibility splay onto Mill Lane; the Development Control Manager advised that the County Highways Officer had raised no objection subject to the condition set out in the report.
P It was proposed by Councillor R J Abbey, seconded by Councillor K Ingram and
P <b>Resolved</b>
P That planning permission be granted subject to the conditions set out in the report.
P <b>(b) W/03/01503 – Change of use of barn to holiday let, Upper Wyrecote Farm, Wyrecote Lane.</b> Applicant: Mrs H Tandy.
P Councillor Mrs S Kettle moved that the application be refused on the grounds that the conversion would harm the open character of the countryside. The motion was seconded by Councillor N Morrall. On being put to the vote the motion was lost.
P It was then proposed by Councillor T Pargeter, seconded by Councillor D W Jukes and
P <b>Resolved</b>
P That planning permission be granted as recommended, with an additional condition removing permitted development rights for the curtilage.
P <i>Councillor P J Feltham left the Chamber.</i>
P <b>(c) W/03/01518 – Erection of stables and manege, land at Hollow Lane, Holtwick.</b> Applicant: Mr S Feltham.
P Members considered that the relationship of the manege to the neighbouring bungalows could only be judged on site. Deferred to allow a site inspection by Members on Tuesday 25 November 2003.
P <i>Councillor P J Feltham returned to the Chamber.</i>
P <b>(d) W/03/01560 – Two storey rear extension, 9 Church Walk, Kington Abbots.</b> Applicant: Mr A Bickley.
P Councillor Mrs M Hemming reported the Parish Council's concern about overlooking of 11 Church Walk. It was proposed by Councillor A Gittins, seconded by Councillor Mrs L M Bracegirdle and
P <b>Resolved</b>
P That planning permission be granted subject to the conditions in the report and an additional condition requiring obscure glazing to the side-facing landing window.
P <b>(e) W/03/01591 – Replacement shopfront and illuminated fascia sign, 22 High Street, Elmbury.</b> Applicant: Fenmore Pharmacy Ltd.
P <b>Resolved</b>
P That planning permission and advertisement consent be granted as recommended.
H 66. Appeal Decisions
P The Committee received a schedule of appeal decisions issued by the Planning Inspectorate since the last meeting, including the dismissal of the appeal relating to the telecommunications mast at Pensham Cross.
P Noted.
H 67. Notice of Motion – Councillor G S Curnock
P Councillor G S Curnock moved the following motion, which was seconded by Councillor Mrs S Kettle:
P "That this Committee asks the Executive Board to fund an additional Enforcement Officer post from April 2004."
P Councillor T Pargeter said that the matter was one for the budget process and should not be decided by this Committee. On being put to the vote the motion was lost.
H 68. Enforcement – Land at Brook Farm, Netherbrook
P The Head of Planning Services reported that the unauthorised storage of vehicles at Brook Farm had continued despite the warning letter sent in August.
P It was proposed by Councillor Mrs E Dunstall, seconded by Councillor B Lovatt and
P <b>Resolved</b>
P That the Legal Services Manager be authorised to issue an enforcement notice requiring the removal of the vehicles within three months.
H 69. Date of Next Meeting
P Thursday, 11 December 2003 at 6.15 p.m.
S 8
P The meeting closed at 8.40 p.m.
S 10
P Chairman .......................................................
