@title CAIRNTRANS Shadow Board Minute 27 January 2006
@font Helvetica
@fontsize 10.5
@numcol 46
@header CAIRNTRANS
@footer {page}
HC CAIRNMORE AND ISLANDS REGIONAL TRANSPORT PARTNERSHIP
S 4
P Minute of Meeting of the Shadow Board held in the Loch Arn Room, Station Hotel, Inverlochan on Friday 27 January 2006 at 10.30am.
S 4
R PRESENT | Mr D Munro, Cairnmore Council (Chairman)<br/>Mrs R MacAskill, Ardmore Islands Council (Vice-Chairman)<br/>Mr J Tulloch, Cairnmore Council<br/>Mr K Fraser, Strathbraan Council<br/>Mr D MacPhail, Dalriada and Kintyre Council<br/>Mr A Morrison, Comhairle nan Eilean Tuath
R OFFICIALS IN ATTENDANCE | Mr A Kerr, Cairnmore Council<br/>Mr S Sinclair, Strathbraan Council<br/>Mr I Grant, Ardmore Islands Council<br/>Mr N MacLeod, Comhairle nan Eilean Tuath<br/>Mr H Gillanders, Co-ordinator, CAIRNTRANS
R APOLOGIES | Mr W Laing, Dalriada and Kintyre Council
S 8
R Minute of Meeting of 2 December 2005 | 1&nbsp;&nbsp;&nbsp;The Shadow Board approved the Minute of its Meeting of 2 December 2005.
R  | On matters arising, members were reminded that the appointment of the Other Members now rested with the Scottish Executive, which was covered under item 4 of the Agenda.
R  | Members discussed how the work of the Shadow Board could be made better known to the public. It was agreed that approved Minutes be published on each constituent council's website and that the Co-ordinator issue a brief press statement after every meeting.
R Revenue Budget for 2006/2007 | 2&nbsp;&nbsp;&nbsp;The Co-ordinator introduced a Report setting out a draft Revenue Budget for 2006/2007 of £362,000. Executive grant of up to £180,000 towards running costs was available provided the constituent councils contributed the same sum between them, divided on the basis approved on 4 November 2005.
R  | Mr Tulloch asked whether the councils' contributions could be phased over two financial years. The Co-ordinator advised that the Executive's offer letter required the match funding within the year of claim.
R  | The Shadow Board agreed to recommend the Revenue Budget to the constituent councils for approval.
R Regional Transport Strategy | 3&nbsp;&nbsp;&nbsp;Mr Kerr reported on progress with the appointment of consultants to prepare the Regional Transport Strategy. Four tenders had been received and were being evaluated by officers from each council, with a recommendation to be brought to the February meeting.
R  | 4&nbsp;&nbsp;&nbsp;Mrs MacAskill stressed the need for the Strategy to reflect the particular circumstances of the island communities, where the ferry was the only means of access. Following discussion it was agreed that a seminar for all Members be held in March before the draft main issues were settled.
R Recruitment of Other Members | 5&nbsp;&nbsp;&nbsp;It was noted that the Scottish Executive would advertise for the Other Members of the Partnership in February and that appointments were expected by the end of April. The Chairman asked that the Shadow Board be consulted on the person specification before the advertisement was placed.
R Air Services - Public Service Obligations | 6&nbsp;&nbsp;&nbsp;The Co-ordinator reported that the Executive had not yet responded to the Partnership's letter of 9 December regarding the Public Service Obligations on the Inverlochan to Barrisdale air route. It was agreed that the Chairman and Co-ordinator should seek a meeting with the Minister before the Regional Transport Partnership meeting on 24 February 2006.
R Ferry Services Consultation | 7&nbsp;&nbsp;&nbsp;The Shadow Board considered a draft response, circulated at the meeting, to the Executive's consultation on the tendering of the west coast ferry services. Mr Morrison proposed that the response should press for the retention of the winter timetable to the outer islands, and this was accepted. The response was approved subject to that amendment.
R Rail Franchise | 8&nbsp;&nbsp;&nbsp;Mr Sinclair gave a verbal update on the discussions with the rail franchise holder about the timing of the first morning service from Strathbraan. The verbal update was noted.
R Bus Route Development Grants | 9&nbsp;&nbsp;&nbsp;Consideration of this item was deferred to the next meeting as the Executive's guidance on the new grant scheme had not yet been received.
R Date of Next Meeting | 10&nbsp;&nbsp;&nbsp;It was noted that the next meeting would be held on Friday 24 February 2006 at 10.30am in the Council Offices, Strathbraan.
S 14
P The meeting closed at 1.20pm.
