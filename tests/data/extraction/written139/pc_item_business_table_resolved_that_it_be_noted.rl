@title Kirkbeck Parish Council - Minutes 11 November 2015
@font Helvetica
@fontsize 10
@header Kirkbeck Parish Council||Minutes - Council Meeting 11th November 2015
@footer Chair's initials ..........||Page {page}
HC KPC
HC Kirkbeck Parish Council
HC Minutes
C For the Council Meeting held on Wednesday 11th November 2015, starting at approximately 7.30 p.m., in the Reading Room, Kirkbeck Village Hall.
S 4
P Present: Chair Councillor Moira Relph.
P Councillors Derek Bowman, Anne Threlkeld, Ivan Musgrave, Carol Wilkin and Stephen Relph.
P Also in attendance: County Councillor Brian Hetherton, Footpaths Volunteer Jean Strong, and Clerk to the Council Fiona Graves and 4 parishioners.
P Apologies for absence were received from Councillor Tom Nixon and the Parish Council Treasurer Paul Irving.
S 4
TH MINUTE No. / ITEM | BUSINESS
T 15/231<br/>Filling of a Council Member vacancy by co-option. | The Council considered the one application received for the vacancy left unfilled at the May election. RESOLVED that Mr Colin Hodgson be co-opted to the Council. Mr Hodgson signed the declaration of acceptance of office and took his seat.
T 15/232<br/>Requests for dispensations. | RESOLVED that it be noted that no requests for dispensations to speak and/or vote had been received by the Clerk since the previous meeting.
T 15/233<br/>Declarations of interest. | Councillor Anne Threlkeld declared a personal interest in minute 15/238 as a member of the Allotment Association. There were no other declarations.
T 15/234<br/>Matters of urgency. | The Council received one matter which arrived too late to be placed on the agenda: a request from the footpaths volunteer Jean Strong to buy two kissing gates for footpath 312011 before the landowner's fencing work in December. Jean Strong explained that the stiles were in poor condition. RESOLVED that the Council agree to the purchase of two kissing gates at a cost of up to £340.
T 15/235<br/>Public participation. | A parishioner asked whether the salt bins would be refilled before the winter. The Chair replied that the County Council had been asked to refill them in November.
T 15/236<br/>Minutes of the previous meeting. | RESOLVED that the minutes of the meeting held on 14th October 2015 be approved as a true record and signed by the Chair.
T 15/237<br/>County Councillor's report. | County Councillor Brian Hetherton reported on the winter gritting routes and on the consultation on library opening hours. Councillor Musgrave asked whether the Kirkbeck route had been downgraded; the County Councillor said it had not. RESOLVED that the report be noted.
T 15/238<br/>Allotments. | Councillor Threlkeld left the room. The Clerk reported that all twelve plots were let and that there were two names on the waiting list. RESOLVED that the rents for 2016 remain at £18 per plot. Councillor Threlkeld returned to the room.
T 15/239<br/>Finance. | a) RESOLVED that the payments listed in the Clerk's schedule, totalling £612.40, be approved and the cheques signed. b) The Clerk presented the first draft of the 2016/17 budget. Councillor S Relph asked for a sum to be set aside for the war memorial. RESOLVED that the draft budget be referred to the December meeting, when the precept will be set.
T 15/240<br/>Planning applications. | 15/0871 Low Garth, Kirkbeck - erection of a garden room. RESOLVED that the Council has no objections to this application.
T 15/241<br/>Clerk's report. | The report had been circulated before the meeting. RESOLVED that the Clerk's report be noted.
T 15/242<br/>Date of next meeting. | RESOLVED that the next meeting of the Council be held on Wednesday 9th December 2015 at 7.30 p.m. in the Reading Room.
S 8
P The Chair closed the meeting at 9.10 p.m.
S 12
P Signed: ........................................ Chair          Date: ........................
