@title Minutes 3 June 2009
@font Times-Roman
@fontsize 11
@numcol 14
@footer {page}
@pageoffset 40
HC PORTH EIRLYS TOWN COUNCIL
C Minutes of Meetings held Wednesday, 3 June 2009
P <b>Present:</b> (Attendance Register) Councillor D.G. Pritchard (Town Mayor) presiding. Councillors H. Bellis, Mrs. S.A. Bellis, G.W. Catherall, Mrs. P. Eyton, K. Gittins, T.R. Hesketh, Mrs. M. Lloyd-Owen, I. Mostyn, D.J. Parry, Mrs. G. Roberts-Wynne, B. Tudor, W.H. Vaughan.
P Mr. Alun Bevan (Clerk &amp; Financial Officer) Mrs. E. Roberts (Senior Administrative Officer)
H ANNUAL MEETING
R 01. | <b>ELECTION OF TOWN MAYOR FOR 2009/10</b>
P It was proposed by Councillor Gittins and seconded by Councillor Mrs. Eyton that Councillor B. Tudor be elected Town Mayor for the municipal year 2009/10. There being no other nominations it was
P RESOLVED: That Councillor B. Tudor be elected Town Mayor for 2009/10.
R 02. | <b>DECLARATION OF ACCEPTANCE OF OFFICE</b>
P Councillor Tudor made and signed the declaration of acceptance of office and took the Chair. He thanked Members for their support and paid tribute to Councillor Pritchard for his year as Town Mayor.
R 03. | <b>ELECTION OF DEPUTY TOWN MAYOR FOR 2009/10</b>
P Councillor Hesketh proposed and Councillor Parry seconded that Councillor Mrs. G. Roberts-Wynne be elected Deputy Town Mayor. There being no other nominations it was
P RESOLVED: That Councillor Mrs. G. Roberts-Wynne be elected Deputy Town Mayor for 2009/10.
R 04. | <b>APPOINTMENT OF COMMITTEES AND REPRESENTATIVES ON OUTSIDE BODIES (212)</b>
P The schedule of committee places and outside bodies, as circulated with the agenda, was considered. Councillor Mostyn asked to replace Councillor Catherall on the Dockside Regeneration Forum, which Councillor Catherall accepted.
P RESOLVED: That the membership of committees and the representatives on outside bodies for 2009/10 be as set out in the schedule, as amended.
H COUNCIL MEETING
R 05. | <b>NOTICE OF MEETING</b>
P The notice of the meeting was taken as read.
R 06. | <b>APOLOGIES</b>
P Apologies were received from Councillors A.E. Jenkins, Mrs. L. Foulkes and R. Iddon, who were unable to attend.
R 07. | <b>DECLARATIONS OF INTEREST</b>
P Councillor Vaughan declared a personal interest in minute 19 as a member of the Community Centre management committee.
R 08. | <b>POLICE CONSULTATIVE ARRANGEMENTS (327)</b>
P The Town Mayor welcomed Inspector Gareth Wynne to the meeting. Inspector Wynne reported that the town had been allocated a second Police Community Support Officer from July and that the Friday evening patrols around the quayside would continue through the summer.
P Councillor Catherall raised the continuing problem of motorcycles on the riverside walk. Inspector Wynne said that two warnings had been issued under the anti-social driving powers and he would ask the rural team to visit at weekends. Councillor Mrs. Lloyd-Owen thanked the Inspector for attending the Harbour Ward residents' meeting.
R 09. | <b>MINUTES (362)</b>
P The minutes of the meeting of the Town Council held on 6 May 2009 were submitted.
P RESOLVED: That the minutes be approved as a correct record and signed by the Chair.
R 10. | <b>MATTERS ARISING</b>
P (a) <b>Minute 351 – Bus Shelter, Dock Road:</b> The Clerk reported that the County Council had agreed to replace the glazing at no cost to the Town Council.
P (b) <b>Minute 356 – Allotments, Ffordd Celyn:</b> Councillor Parry reported that the new water standpipes were in and that three plots had been let. It was agreed that the Clerk write to the tenant of plot 11 about the abandoned caravan.
R 11. | <b>PLANNING APPLICATIONS (14)</b>
P The Clerk submitted the list of applications received from the County Council since the last meeting (copies forwarded to Members with the agenda).
P RESOLVED: That the following observations be sent to the County Council:
P (i) 046123 – Two storey extension, 8 Maes Hyfryd – No observations.
P (ii) 046140 – Change of use of former bank to café, 21 High Street – No objection subject to no extraction flue on the front elevation.
P (iii) 046152 – Erection of 14 dwellings, land off Lon Pennant – Objection on the grounds of highway safety at the junction with Mill Road.
R 12. | <b>TOWN CENTRE PARKING – RESPONSE TO THE COUNTY COUNCIL'S CONSULTATION ON CHARGES AND RESIDENTS' PERMITS (298)</b>
P The Clerk submitted the County Council's consultation paper proposing charges at the Quay Street and Chapel Street car parks and a permit scheme for the terraces off High Street.
P Councillor Gittins moved that the Town Council oppose the charges as harmful to the shops, and this was seconded by Councillor Mrs. Bellis. Councillor Hesketh spoke in support of the permit scheme but against the charges. On being put to the vote the motion was carried by 11 votes to 3.
P RESOLVED: That the Town Council respond opposing the proposed car park charges and supporting a residents' permit scheme for the High Street terraces.
R 13. | <b>FINANCE – ACCOUNTS FOR PAYMENT (15)</b>
P RESOLVED: That accounts numbered 41 to 67, totalling £18,204.33, be approved for payment.
R 14. | <b>INTERNAL AUDIT REPORT 2008/09</b>
P The Clerk submitted the report of the internal auditor, which found the Council's controls to be adequate and made two minor recommendations on the petty cash book. The report was noted.
R 15. | <b>CORRESPONDENCE</b>
P (a) Community Councils' Association – area committee dates for 2009/10.
P (b) Dockside Regeneration Forum – notes of the meeting held on 14 May 2009.
P The correspondence was noted.
R 16. | <b>REPORTS OF REPRESENTATIVES ON OUTSIDE BODIES</b>
P Councillor Mrs. Eyton reported on the governors' meeting at Ysgol Porth Eirlys, where the new hall was due to open in September. Councillor Mostyn reported that the Regeneration Forum had not met since the last meeting of the Council.
R 17. | <b>EXCLUSION OF PRESS AND PUBLIC</b>
P RESOLVED: That the press and public be excluded from the meeting for the following item as it involved the disclosure of exempt information relating to an individual employee.
R 18. | <b>STAFFING – ADMINISTRATIVE OFFICER'S HOURS (244)</b>
P The Clerk reported on the request of the Senior Administrative Officer to reduce her hours from 37 to 30 a week from 1 August 2009. Mrs. Roberts left the meeting during this item.
P RESOLVED: That the request be granted and the Clerk be authorised to amend the contract of employment.
R 19. | <b>COMMUNITY CENTRE – CAR PARK LIGHTING (301)</b>
P Having declared an interest Councillor Vaughan left the meeting. The Clerk reported that two quotations had been received for replacing the car park lights with low energy fittings. Councillor Mrs. Roberts-Wynne proposed that the Council wait for the Community Centre's own grant bid to be decided and this was agreed.
P RESOLVED: That the item be deferred to the July meeting.
R 20. | <b>DATE OF NEXT MEETING</b>
P Wednesday, 1 July 2009 at 6.30 p.m.
S 12
P (The meeting terminated at 8.50 p.m.)
S 18
P ............................................................ Town Mayor
