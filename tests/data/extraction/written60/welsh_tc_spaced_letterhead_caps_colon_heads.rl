@title Town Council Minutes 24.07.2017
@font Times-Roman
@fontsize 11
@numcol 14
@footer - {page} -
HC P O R T H G W E N N O L    T O W N    C O U N C I L
S 4
C Minutes of a Meeting of the Porthgwennol Town Council
C held at the Council Chamber, Town Hall, Porthgwennol
C on Monday, 24th July, 2017 at 7:00pm
C ______
HC PRESENT
C The Mayor (Councillor H. J. Prosser)
C The Deputy Mayor (Councillor Mrs. E. M. Lewis)
G Councillors: | A. R. Bevan | Mrs. S. M. Devonald
G  | P. G. Eynon | R. T. Gwyther LL.B (Hons)
G  | Mrs. A. J. Hitchings | D. W. Morse
G  | Miss K. L. Rees | T. G. Vaughan
G Youth Representative: | Miss C. Harries |
G Town Clerk: | Mr. K. Llewellyn |
P County Councillor T. W. Scourfield was present for part of the meeting.
H PRAYERS:
P Prayers were led by the Mayor’s Chaplain, the Reverend Glyn Mathias.
C ***************
H TO RECEIVE MR. D. NASH, HARBOUR MASTER, PORTHGWENNOL PORT AUTHORITY, REGARDING THE MARINA WALKWAY:
P The Mayor, Councillor H. J. Prosser, welcomed Mr. D. Nash, Harbour Master, to the meeting.
P Mr. Nash explained that the Port Authority intended to replace the timber decking along the Marina Walkway during the winter months, when footfall is lowest. The work would be carried out in three sections so that the walkway could remain open for most of its length. He advised that the Port Authority would fund the work in full.
P Councillor P. G. Eynon asked whether the lighting along the walkway would be improved at the same time. Mr. Nash replied that new lighting columns formed part of the second phase and would be the subject of a separate consultation in the spring.
P The Mayor thanked Mr. Nash for his attendance and he left the meeting.
P The formal meeting of the Porthgwennol Town Council then commenced.
R 41. | <b>APOLOGIES:</b>
R  | Apologies for absence were received from Councillors Mrs. J. Harries and C. N. Skyrme. Apologies for absence were not received from Councillor B. Thorne.
R 42. | <b>DECLARATIONS OF INTEREST:</b>
R  | Councillor A. R. Bevan declared a personal and prejudicial interest in Minute No. 47 (Grant Applications), as a Trustee of Porthgwennol Rugby Football Club.
R 43. | <b>MINUTES OF THE MEETING OF THE PORTHGWENNOL TOWN COUNCIL HELD ON 26TH JUNE, 2017:</b>
R  | <b>RESOLVED THAT</b> the Minutes of the Meeting of the Porthgwennol Town Council held on the 26th June, 2017, be accepted and that they be signed by the Mayor as a true record.
R 44. | <b>MATTERS ARISING FROM THE MINUTES:</b>
R  | (a) <u>Minute 31 – Bus Shelter, Gorsfield Road:</u>
R  | The Town Clerk advised that the County Council had agreed to replace the damaged glass panels but could not give a date for the work.
R  | <b>RESOLVED THAT</b> the Town Clerk write to the County Council requesting that the work be completed before the school term begins.
R  | (b) <u>Minute 35 – Christmas Lights:</u>
R  | Councillor Mrs. A. J. Hitchings reported that the contractor had inspected the lights and that four motifs on Marlow Row required new cabling.
R  | <b>RESOLVED THAT</b> the contractor’s quotation of £1,240.00 for the repairs be accepted.
R 45. | <b>INFORMATION FROM THE MAYOR:</b>
R  | The Mayor advised Members of his engagements since 26th June, 2017:
G 1st July, 2017 | - | Porthgwennol Carnival (also attended by the Deputy Mayor).
G 8th July, 2017 | - | Opened the Summer Fair at Ysgol Penrhiw-Fach.
G 14th July, 2017 | - | Civic Service at St. Brannoc’s Church.
G 19th July, 2017 | - | Presented certificates at the Sea Cadets’ Awards Evening.
R 46. | <b>TO CONSIDER THE RECOMMENDATIONS OF THE FINANCE AND GENERAL PURPOSES COMMITTEE HELD ON 10TH JULY, 2017:</b>
R  | The Town Clerk, Mr. K. Llewellyn, presented the recommendations of the Committee. The following decisions were made:
R  | (a) <u>Internal Audit Report 2016/2017:</u>
R  | <b>RESOLVED THAT</b> the Internal Auditor’s Report for 2016/2017 be received and that the Annual Return be approved.
R  | (b) <u>Cemetery Fees (LGA 1972, s.214):</u>
R  | <b>RESOLVED THAT</b> the Cemetery fees for 2018/2019 be increased by 3%, with the exception of the fees for the interment of children, which are to remain free of charge.
R  | (c) <u>Town Hall Heating:</u>
R  | <b>RESOLVED THAT</b> three quotations be obtained for the replacement of the boiler in the Town Hall.
R 47. | <b>GRANT APPLICATIONS:</b>
R  | Councillor A. R. Bevan left the Chamber for this item.
R  | An application had been received from Porthgwennol Rugby Football Club for assistance towards the cost of new floodlights. Councillor P. G. Eynon proposed that a grant of £500 be awarded, and this was seconded by Councillor Mrs. S. M. Devonald. On being put to the vote the proposal was LOST.
R  | <b>RESOLVED THAT</b> a grant of £250 be awarded to Porthgwennol Rugby Football Club (LGA 1972, s.137).
R  | Councillor A. R. Bevan returned to the Chamber.
R 48. | <b>PLANNING APPLICATIONS:</b>
TH Application No. | Location | Proposal | Observation
T 17/0581/PA | 14 Priory Lane, Porthgwennol | Two-storey rear extension | No objection
T 17/0604/PA | Former Seamen’s Mission, Dock Street | Change of use to six flats | Members are concerned about parking
T 17/0612/AD | Unit 3, Havenside Retail Park | Illuminated fascia signs | No objection
R  | <b>RESOLVED THAT</b> the observations shown above be forwarded to the Local Planning Authority.
R 49. | <b>CORRESPONDENCE:</b>
R  | (a) One Voice Wales – notice of the Area Committee meeting on 14th September, 2017.
R  | (b) Neighbourhood Policing Team – summary of reported incidents for June, 2017.
R  | (c) Porthgwennol in Bloom – letter of thanks for the Council’s support.
R  | The correspondence was NOTED.
R 50. | <b>TOWN CLERK’S REPORT:</b>
R  | The Town Clerk reported that the annual service of the CCTV cameras had been completed and that two cameras on Harbour Parade would need replacing within the next financial year.
R  | <b>RESOLVED THAT</b> the Town Clerk’s Report be received.
R 51. | <b>QUESTIONS FROM MEMBERS:</b>
R  | Councillor R. T. Gwyther asked when the paddling pool at Belle Vue Gardens would reopen. The Mayor replied that the pool would reopen on Saturday, 29th July, once the new filter had been fitted.
R 52. | <b>DATE OF NEXT MEETING:</b>
R  | Monday, 25th September, 2017 at 7:00pm.
S 8
P There being no further business, the Mayor closed the meeting at 8:52pm.
S 14
P Signed: ........................................ Mayor          Date: ..............................
