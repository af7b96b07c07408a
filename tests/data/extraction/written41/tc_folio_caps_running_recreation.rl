@title Recreation and Leisure Committee 6 September 2024
@font Times-Roman
@fontsize 11
@pageoffset 6011
@header_first {page}||
@header {page} Recreation & Leisure Committee – 6 September 2024||
@numcol 14
HC ALLENFORD MINSTER TOWN COUNCIL
S 4
HC MINUTES of a MEETING of the RECREATION &amp; LEISURE COMMITTEE held in the Council Chamber, Town Hall on FRIDAY, 6 SEPTEMBER 2024 at 10.00 am
S 6
H MEMBERS PRESENT
P Cllr M P Oakley &#8211; Chairman of the Committee<br/>Cllr R A Dacombe &#8211; Vice-Chairman of the Committee<br/>Cllr J T Ferrers<br/>Cllr S Gulliford<br/>Cllr E M Ransome<br/>Cllr P Selby &#8211; Town Mayor (ex officio)
H MEMBER NOT PRESENT
P Cllr K L Brine
H OFFICERS PRESENT
P Town Clerk<br/>Amenities Officer<br/>Administration Officer
R 112 | <b>MINUTES OF THE MEETING HELD ON 7 JUNE 2024</b>
R | RESOLVED that the Minutes of the meeting be confirmed and signed as a correct record.
R 113 | <b>DECLARATIONS OF INTEREST</b>
R | Cllr J T Ferrers declared a non-registrable interest in minute 116 as an allotment tenant.
R 114 | <b>PUBLIC PARTICIPATION</b>
R | Mr Alan Budden, Secretary of the Allenford Bowling Club, addressed the Committee about the condition of the pavilion roof at Pound Field and asked whether the Town Council, as landlord, would carry out repairs before the winter. The Chairman of the Committee thanked Mr Budden and advised that the matter would be considered under minute 119.
R 115 | <b>PLAY AREA INSPECTION REPORTS</b>
R | The Amenities Officer presented the quarterly inspection reports for the town&#8217;s six play areas. Cllr S Gulliford asked for the worn safety surfacing at Millers Close to be given priority.
R | RESOLVED that the report be noted and the repairs listed in Appendix A be carried out at a cost not exceeding £1,200.
R 116 | <b>ALLOTMENTS &#8211; WAITING LIST AND RENT REVIEW 2025/26</b>
R | There were 38 names on the waiting list. The Town Clerk advised that rents were below those of neighbouring councils.
R | RECOMMENDED to Council that allotment rents for 2025/26 be increased to £48 per full plot and £26 per half plot.
R 117 | <b>CEMETERY &#8211; MEMORIAL SAFETY TESTING</b>
R | Cllr E M Ransome asked whether families would be written to before any memorial was laid flat. The Town Clerk confirmed that they would, wherever an owner could be traced.
R | RESOLVED that memorial safety testing be carried out in Section C of the cemetery during October 2024 by the Council&#8217;s approved contractor.
R 118 | <b>TOWN GARDENS &#8211; WINTER BEDDING</b>
R | The Committee noted the winter bedding scheme for the Town Gardens and the Square, which will use the same colours as the Minster Christmas lights.
R 119 | <b>SPORTS PAVILION &#8211; CHANGING ROOM REFURBISHMENT</b>
R | Cllr R A Dacombe moved that the changing room refurbishment at Pound Field pavilion be brought forward to this financial year and include the roof repairs raised under minute 114, at a total cost of up to £18,500 from the pavilion earmarked reserve. This was seconded by Cllr J T Ferrers. Cllr P Selby spoke against bringing the work forward before the lease with the Bowling Club had been renewed. On being put to the vote the motion was CARRIED.
R 120 | <b>EVENTS PROGRAMME 2025</b>
R | Members AGREED the draft events programme for 2025, subject to the date of the Minster Fair being confirmed with the churchwardens.
R 121 | <b>COMMITTEE BUDGET 2025/26</b>
R | The Town Clerk presented the draft budget for the Committee&#8217;s services.
R | RECOMMENDED to the Resources Committee that the draft Recreation &amp; Leisure budget for 2025/26 of £212,640 be included in the Council&#8217;s budget.
R 122 | <b>DATE OF NEXT MEETING</b>
R | Friday, 6 December 2024 at 10.00 am.
S 8
P The meeting closed at 11.48 am.
S 14
P Chairman&#8217;s signature &#8230;&#8230;&#8230;&#8230;&#8230;&#8230;&#8230;&#8230;&#8230;&#8230;&#8230;&#8230;&#8230;
