@title Agenda CV Regular Meeting 2017-02-27
@font Helvetica
@fontsize 10.5
@numcol 12
@footer CV Board of Directors - Regular Meeting Agenda - February 27, 2017||Page {page}
HC AGENDA
C <b>Upper Agua Seca Fire and Medical Authority</b>
C <b>Chollaview Fire District Board of Directors</b>
C CV Regular Meeting
C Monday, February 27, 2017, 5:30 pm - 6:30 pm
C Upper Agua Seca Fire and Medical Authority, Administration, 1140 N. Saguaro Bend Road, Chollaview
S 6
HC NOTICE OF MEETING
P Under the state open meeting law, the members of the Chollaview Fire District Board of Directors and the general public are notified that the Chollaview Fire District will hold a meeting open to the public on Monday, February 27, 2017 at 5:30 p.m. at the Authority's Administration building, 1140 N. Saguaro Bend Road, Chollaview. The Board may vote to go into Executive Session on any item on this agenda to receive legal advice from the District's attorney on the matters described in that item. Each of the following topics, and any variation of it, may be considered, discussed, approved or otherwise acted on by the Board. Action may be taken on any item.
S 4
H CALL TO ORDER AND ROLL CALL
H PLEDGE OF ALLEGIANCE
H CONSENT AGENDA
P The items below are routine and will be voted on together in a single motion. Any Board member may ask for an item to be taken out and discussed on its own.
R A. | Minutes of the regular session, January 23, 2017 – approve
R B. | Minutes of the executive session, January 23, 2017 – approve
R C. | Minutes of the special session, February 6, 2017 – approve
R D. | Accept the Treasurer's Report for January 2017
R E. | Approve the January 2017 expenditures paid from the General Fund, warrants 4417 through 4469
R F. | Accept the Fire Chief's monthly activity report for January 2017
R G. | Approve the renewal of the intergovernmental agreement for shared dispatch services with the Upper Agua Seca Regional Communications Center
R H. | Ratify the Chief's approval of travel for two captains to the regional wildland fire academy, April 10-14, 2017
H CALL TO THE PUBLIC
P This is the time for members of the public to address the Board on matters that are not on the agenda. Speakers are limited to three minutes. The Board may not discuss or act on matters raised, but may ask staff to review a matter or place it on a future agenda.
H REPORTS
P Information only; the Board will take no action. Fire Chief's report; Finance Director's report on the mid-year budget; Fire Marshal's inspection and plan review report.
H NEW BUSINESS
P 1. Discussion and possible action to adopt Resolution 2017-03, calling for the board member election to be held by mail ballot on November 7, 2017.
P 2. Discussion and possible action on the purchase of one Type 6 brush engine from the capital reserve fund, not to exceed $168,500.
P 3. Discussion and possible action to approve the revised Board policy on the use of District credit cards.
P 4. Discussion and possible action on the proposed 2017-2018 budget calendar and the date of the budget public hearing.
H EXECUTIVE SESSION
P The Board may vote to go into Executive Session for discussion or consultation for legal advice with the District's attorney regarding the pending annexation request from the Verde Flats subdivision.
H ADJOURNMENT
S 14
P <i>Posting certification:</i> A copy of this agenda was posted at the Administration building and at Stations 51, 52 and 54 on Thursday, February 23, 2017 at 3:00 p.m. and on the District's website.
P By: ______________________________ Board Clerk
P Persons with a disability may request a reasonable accommodation by contacting the Board Clerk at least 48 hours before the meeting.
