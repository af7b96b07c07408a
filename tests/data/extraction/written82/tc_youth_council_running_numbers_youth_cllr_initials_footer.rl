@title Youth Council minutes 08.03.17
@font Times-Roman
@fontsize 11
@numcol 14
@pageoffset 96
@footer Chairman's Initials ……………… || {page}    08.03.17
P 8th March 2017
P Minutes of the meeting of Abbotsmere Community Youth Council, held at the Town Hall, 12 Bridge Street, Abbotsmere, Commencing at 2.00pm
G Present:- | Youth Cllr Ruby Ashdown
G  | Youth Cllr Callum Beddow
G  | Youth Cllr Imogen Frome
G  | Youth Cllr Owen Harwood
G  | Youth Cllr Ellis Kaye
G  | Youth Cllr Grace Lim
G  | Youth Cllr Amara Mbeki
G  | Youth Cllr Freddie Quayle
G  | Youth Cllr Mia Tolley (Youth Mayor)
G  | Youth Cllr Noah Varley (Deputy Youth Mayor)
G  | Youth Cllr Jasmine Wilde
G In attendance:- | Cllr Derek Ansty (Town Mayor)
G  | Mrs J Pardoe (Town Clerk)
R 241. | <b>Apologies</b>
R  | Apologies were accepted from Youth Cllrs Brannigan and Oduya.
R 242. | <b>Declarations of Interest</b>
R  | There were none
R 243. | <b>Youth Mayor’s Announcements</b>
R  | Youth Cllr Tolley thanked members who had helped at the Pancake Race and reminded them that the Youth Council photograph for the Town Hall would be taken at the next meeting.
R 244. | <b>Items brought to members attention by the Town Clerk</b>
R  | The Clerk advised members that the Town Council had set aside £500 in its budget for 2017/18 for projects chosen by the Youth Council and that proposals would be needed by the end of June.
R 245 | <b>Minutes</b>
R  | It was proposed by Youth Cllr Harwood, seconded by Youth Cllr Lim and RESOLVED that the minutes of the meeting held 8th February 2017 be signed as a true record of the proceedings.
R 246. | <b>Matters of Report from the Minutes</b>
R  | a. The Clerk confirmed that the two new litter bins for the skate park had been ordered and would be fitted by the end of March.
R  | b. Youth Cllr Frome asked whether there had been any reply from the bus company about the late bus on Fridays. The Clerk advised that a reply was still awaited.
R 247. | <b>Youth Provision in the Town</b>
R  | a. Cllr Ansty advised members that the youth club at the Scout Hut would close at Easter because the leader was moving away, and that the Town Council was looking at ways of keeping a weekly session going.
R  | b. Youth Cllrs felt strongly that young people should be asked what they wanted before any decision was made. Youth Cllr Beddow suggested a short on-line survey which could be sent round through the High School.
R  | It was proposed by Youth Cllr Beddow, seconded by Youth Cllr Wilde and RESOLVED that a survey of young people be carried out before the Easter holidays and the results reported to the Town Council.
R 248. | <b>Christmas Lights Switch On – Review</b>
R  | The Clerk’s report on the switch on, including the final costs of £1,860, was received. Members thought the later start had worked well. The report was noted.
R 249. | <b>Youth Council Charity 2017</b>
R  | Three charities had been nominated. It was proposed by Youth Cllr Quayle, seconded by Youth Cllr Mbeki and carried by 8 votes to 3 that the Midshire Air Ambulance be the Youth Council’s charity for 2017.
R 250. | <b>Spring Litter Pick</b>
R  | Youth Cllrs Kaye and Ashdown offered to organise the litter pick along the river path on Saturday 1st April and will ask the Town Council for gloves and pickers.
R 251. | <b>Correspondence</b>
R  | a. Letter from Midshire County Council inviting the Youth Council to send two members to the county Youth Conference in May. Youth Cllrs Varley and Frome agreed to attend.
R  | b. Thank you card from the Abbotsmere Food Bank for the collection at the switch on.
R 252. | <b>Date of next meeting</b>
R  | Wednesday 5th April 2017 at 2.00pm
S 16
P Meeting closed at 3.05pm
