@title Planning Committee 8 March 2017 minutes
@font Helvetica
@fontsize 10.5
@footer PLANNING COMMITTEE 08.03.17||{page}
HC IDLEWATER DISTRICT COUNCIL
HC PLANNING COMMITTEE
C Minutes of the meeting held on Wednesday, 8th March 2017 at Town Hall, Idleby
S 4
P <b>Present:</b>
P Councillor M Hallam-Price (Chair)
P Councillors S Dornan, P E Gascoigne, L Ingram, D F Mapplebeck, J Rudd, H Sowerby, T Cawthorne, R A N Whitlow and K Yarrow.
P <b>Officers in attendance:</b> N Brightside (Head of Regeneration), E Tarrant (Planning Development Manager), G Lofthouse (Senior Planning Officer) and P Ward (Democratic Services Officer).
I (Meeting commenced at 6.30pm.)
I (The Chair welcomed all to the meeting, read out the Fire Evacuation Procedure, and asked whether any member of the public wished to film the meeting or any part thereof; no one wished to do so.)
H 41. APOLOGIES FOR ABSENCE
P Apologies for absence were received from Councillors B Ollerenshaw and F Quarmby.
H 42. DECLARATIONS OF INTEREST
P <b>(a) Members</b>
P Councillor Yarrow declared a non-pecuniary interest in item 46(d) as he is a member of Idleby Town Council, which had commented on the application. He would leave the meeting for that item.
P <b>(b) Officers</b>
P There were no declarations of interest by officers.
H 43. MINUTES OF THE MEETING HELD ON 8TH FEBRUARY 2017
P RESOLVED that the Minutes of the meeting held on 8th February 2017 be approved.
H 44. MINUTES OF PLANNING CONSULTATION GROUP MEETINGS HELD BETWEEN 6TH FEBRUARY AND 27TH FEBRUARY 2017
P RESOLVED that the Minutes of the Planning Consultation Group meetings held between 6th February and 27th February 2017 be received.
H 45. OUTSTANDING MINUTES LIST
P Members were advised that item 31(c), the affordable housing viability protocol, could now be removed from the list.
P RESOLVED that the Outstanding Minutes List be received.
HC SECTION A – ITEMS FOR DISCUSSION IN PUBLIC
H Key Decisions
P None.
H Other Decisions
H 46. REPORT(S) OF THE HEAD OF REGENERATION
P <b>(a) Public Interest Test</b>
P The Head of Regeneration had deemed that all items on the agenda were of a non-confidential nature.
P <b>(b) Appeal Decisions Received</b>
P Members were presented with two appeal decisions. The Planning Development Manager gave a summary of each appeal; both had been dismissed.
P RESOLVED that the appeal decisions be received.
P <b>(c) Planning Application: 16/01744/FUL – Land adjacent to 12 Carr Lane, Misterby – erection of two dwellings</b>
P Members were advised that the site lay outside the development boundary of Misterby, a small rural settlement, and that the application was recommended for refusal. Mr Lionel Jex, the applicant's agent, spoke in support of the application and said that the dwellings would be built for local families.
P Councillor Rudd asked whether the Parish Council had commented. The Senior Planning Officer confirmed that the Parish Council had raised no objection.
P RESOLVED that planning permission be refused for the reasons set out in the report.
P <b>(d) Planning Application: 16/01802/OUT – Former Maltings, Station Road, Idleby – outline application for up to 40 dwellings</b>
P Councillor Yarrow left the meeting for the duration and determination of this item.
P The Planning Development Manager presented the report, which recommended that outline permission be granted subject to a Section 106 agreement. Mrs Rosamund Petch spoke against the application on behalf of Idleby Civic Society and referred to the loss of the Maltings kiln. The applicant did not attend.
P Councillor Dornan proposed that the application be refused, contrary to the officer recommendation, because the loss of the kiln would harm the character of the Station Road area; this was seconded by Councillor Whitlow. Councillor Cawthorne said that the site was allocated and that refusal could not be defended at appeal.
P As Members were minded to determine the application contrary to the advice of officers, the vote of each Member was recorded:
P For refusal (6): Councillors Dornan, Gascoigne, Hallam-Price, Ingram, Sowerby and Whitlow.
P Against refusal (3): Councillors Cawthorne, Mapplebeck and Rudd.
P Abstentions: none.
P RESOLVED that planning permission be refused for the following reasons:
P (i) The demolition of the kiln, a non-designated heritage asset, would cause substantial harm to the character and appearance of the Station Road area, contrary to Policy DM8.
P (ii) The density and layout shown on the illustrative plan would be out of keeping with the surrounding terraces, contrary to Policy DM4.
P Councillor Yarrow returned to the meeting.
P <b>(e) Planning Application: 17/00033/COU – 3 Bridge Street, Retwick – change of use from shop (A1) to hot food takeaway (A5)</b>
P It was moved by Councillor Ingram and seconded by Councillor Gascoigne that consideration of the application be deferred to allow a site visit. On being put to the vote the motion was lost.
P RESOLVED that planning permission be granted subject to the conditions in the report and an additional condition limiting opening hours to 11.00am to 11.00pm.
P <b>(f) Planning Appeals Lodged</b>
P Members noted the three appeals lodged since the last meeting.
P <b>(g) Planning Performance – Quarter 3</b>
P The Planning Development Manager presented the performance figures for October to December 2016; 91% of minor applications had been determined within eight weeks.
P RESOLVED that the report be noted.
H 47. ANY OTHER BUSINESS WHICH THE CHAIR CONSIDERS AS URGENT
P None.
HC SECTION B – ITEMS CONTAINING EXEMPT OR CONFIDENTIAL INFORMATION
P There were no items.
P (Meeting closed at 8.21pm.)
S 20
P Chair .......................................................    Date ....................
