@title Proceedings of Town Council and its Committees 2008-2009
@font Times-Roman
@fontsize 11
@numcol 16
@header_first  
@header ||{page}
@pageoffset 2139
S 120
HC KINGSBURY WOLD TOWN COUNCIL
S 10
HC Proceedings of Town Council and its Committees 2008-2009
S 20
P This file is a record of Council activities as recorded in the minutes of the Council and its Committees for the year. A few additional official documents are included.
P The pdf file is bookmarked for easier reference. In your reader open the bookmarks pane on the left of the page. The search option should locate specific items, and the minute numbers run on from the previous year’s volume.
PB
P At the Annual Meeting of the Council held, pursuant to notice, on Monday, 19th May 2008 at 7.15 p.m. in the Large Hall, the Town Hall, the following members were present:
G Cllr. Mrs. G.M. Harbinson (Town Mayor) | Cllr. K.R. Greenhalgh | Cllr. P.A. Lakin
G Cllr. J.J. Grantley | Cllr. Mrs. J.M. Greaves | Cllr. T.O. Marwood
G Cllr. Mrs. E.M. Colley | Cllr. Mrs. S. Wilcox | Cllr. G.T. Watling
G Cllr. Mrs. H.J. Willetts | Cllr. Ms. K. Withnall | Cllr. C.J. Buttery
P Officers: The Town Clerk
R 5102 | The Town Mayor, Cllr. Mrs. G.M. Harbinson took the chair and opened the meeting by welcoming Councillors and all other persons present. The Mayor then gave a special welcome to Cllrs. C.J. Buttery, T.O. Marwood and Ms. K. Withnall who were attending their first Annual Meeting following the election on 1st May.
R 5103 | The Mayor gave a resume of the Council’s activities during the past year. It had been an honour and a privilege to lead the Town Council, and she thanked the staff and the many volunteers who had supported the Wold Festival and the restoration of the Buttercross. She also thanked her husband for his support as consort.
R 5104 | <b>ELECTION OF TOWN MAYOR</b> – It was proposed by Cllr. K.R. Greenhalgh and seconded by Cllr. Mrs. S. Wilcox that Cllr. P.A. Lakin be elected Town Mayor for the year 2008-2009. There being no other nominations, Cllr. P.A. Lakin was declared elected and made the Declaration of Acceptance of Office.
R 5105 | The new Town Mayor, Cllr. P.A. Lakin, thanked the Council for the honour, presented the retiring Mayor with her past Mayor’s badge and took the chair for the remainder of the meeting.
R 5106 | <b>ELECTION OF DEPUTY TOWN MAYOR</b> – It was proposed by Cllr. J.J. Grantley and seconded by Cllr. G.T. Watling that Cllr. Mrs. H.J. Willetts be elected Deputy Town Mayor. All in favour. Cllr. Mrs. H.J. Willetts made the Declaration of Acceptance of Office.
R 5107 | <b>APOLOGIES</b> – Apologies were received from Cllr. M. Dixey (business commitments).
R 5108 | <b>DECLARATIONS OF INTEREST</b> – There were no declarations of interest.
R 5109 | <b>MINUTES</b> – The minutes of the meeting of the Council held on 21st April 2008, having been circulated, were approved and signed.
R 5110 | <b>APPOINTMENT OF COMMITTEES AND REPRESENTATIVES</b> – Cllr. Mrs. J.M. Greaves asked that the Youth Forum be added to the list of outside bodies. RESOLVED that the membership of the Council’s committees and its representatives on outside bodies for 2008-2009 be as set out in the schedule appended to these minutes, with the addition of Cllr. Ms. K. Withnall as representative on the Youth Forum.
R 5111 | The Mayor announced that his charities for the year would be the Wold Valley Hospice and the Kingsbury Wold Air Cadets, and that his chaplain would be the Revd. Canon Alan Pardoe.
R 5112 | <b>MAYOR’S CIVIC SERVICE</b> – It was agreed that the Mayor’s Civic Service be held on Sunday, 15th June 2008 at 10.30 a.m. at St. Aldhelm’s Church.
R 5113 | <b>DATE OF NEXT MEETING</b> – Monday, 16th June 2008 at 7.15 p.m.
S 6
P The meeting closed at 8.40 p.m.
S 14
P ……………………………………… Town Mayor
S 18
P At the meeting of the Recreation and Amenities Committee held, pursuant to notice, on Tuesday, 3rd June 2008 at 7.00 p.m. in the Council Chamber, the Town Hall, the following members were present:
G Cllr. J.J. Grantley (Chairman) | Cllr. Mrs. E.M. Colley | Cllr. T.O. Marwood
G Cllr. Mrs. H.J. Willetts | Cllr. G.T. Watling | Cllr. C.J. Buttery
P Officers: The Town Clerk and the Amenities Officer (Mr. S. Pargeter)
R 5114 | <b>APOLOGIES</b> – Apologies were received from Cllr. Mrs. S. Wilcox.
R 5115 | <b>MINUTES</b> – The minutes of the meeting held on 1st April 2008 were approved and signed.
R 5116 | <b>ALLOTMENTS</b> – The Amenities Officer reported that all 48 plots at Brook Lane were let and that there were eleven names on the waiting list. Cllr. T.O. Marwood suggested that the larger vacant plots be halved when they next became available. RESOLVED to recommend to Council that allotment rents for 2009-2010 be increased to £32 per full plot and £18 per half plot.
R 5117 | <b>CEMETERY</b> – Cllr. C.J. Buttery reported that a section of the boundary wall on the Church Walk side of the cemetery had become unstable. It was agreed that the Town Clerk obtain three quotations for rebuilding the wall.
R 5118 | <b>PLAY AREAS</b> – The annual independent inspection report on the four play areas was received. The report was noted and the Amenities Officer was asked to repair the low-risk items identified.
R 5119 | <b>WOLD IN BLOOM</b> – Cllr. Mrs. H.J. Willetts reported that the judges would visit on 16th July and that the planting of the Market Place troughs would be completed by the end of June.
R 5120 | <b>DATE OF NEXT MEETING</b> – Tuesday, 1st July 2008 at 7.00 p.m.
S 6
P The meeting closed at 8.25 p.m.
S 14
P ……………………………………… Chairman
