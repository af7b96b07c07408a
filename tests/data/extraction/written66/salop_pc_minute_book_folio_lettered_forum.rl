@title Callowbank with Stiperley Parish Council minutes
@font Times-Roman
@fontsize 11
@header ||{page}
@pageoffset 645
HC MINUTES OF THE MEETING OF THE CALLOWBANK WITH STIPERLEY PARISH COUNCIL HELD AT STIPERLEY SCHOOL ON MONDAY 26th MARCH 2012
S 4
P PRESENT were C Jukes (Chair), N Southall, B Inett, A Stedman, J Pryce, F Dorricott, J Ellwood, R Gittoes, R Foxall, S Mytton and Unitary Cllr H Kinsey. Members of the public (details on file)
P 1. Apologies – D Newnes, B Jukes – private commitment
P 1a. Declarations of interest in accordance with the Parish Councils (Model Code of Conduct) Order 2007. An interest was declared by J Pryce in item 5c and by F Dorricott in item 5b.
P 2. Public Forum.
P a. Police Report. The Clerk read out a police report. There had been two thefts from farm buildings at Hawkslade and a speed check on the Marton Ley road which caught four drivers.
P b. Unitary Councillor Report. Cllr Kinsey reported that the wind monitoring mast application had been withdrawn by the developer after two local landowners withdrew from the project. Stiperley School had received a disappointing inspection report and the governors were looking for a federation partner. It was important that the school remained open.
P c. Public Questions. The Chair invited members of the public to speak. Mr Derek Rowley requested an update on access to the land at Prospect House. The Chair moved agenda item 4 forward to allow J Pryce to reply and the public forum was closed.
P 3. Minutes. The minutes of the meeting held on 27th February 2012 were approved and signed as a correct record. Proposed R Gittoes, seconded A Stedman.
P 4. Matters arising. J Pryce reported that 34 letters of evidence had been received for the claimed right of way past Prospect House, with more expected, and that an application had gone to the Unitary Council for the route to be added to the definitive map. The owner of the property was aware of this. Letters would be acknowledged by the Clerk.
P 5. Planning. The following applications were considered:
P a. 12/00711 Extension to dwelling, Holly Bank, Stiperley – no objection.
P b. 12/00802 Agricultural building, Upper Lea Farm – F Dorricott left the room. It was resolved to support the application.
P c. 12/00845 Change of use of barn to holiday let, The Granary, Hawkslade – J Pryce left the room. N Southall said that the access was shared with three other houses and could not take extra traffic. It was resolved to object on access grounds.
P 6. Finance. a) The following payments were approved: Clerk salary £245.00; HMRC £61.20; Stiperley School room hire £15.00. b) The Clerk reported a balance of £8,412.37 at 29th February 2012. c) It was resolved to accept the quotation of £380 for the annual play area inspection.
P 7. Highways. S Mytton reported potholes on the lane from Hawkslade to Upper Lea. The Clerk to report them to the Unitary Council.
P 8. Correspondence. Letter from the Unitary Council about the Jubilee beacon lighting on 4th June – noted.
P 9. Date of next meeting. Annual Meeting of the Parish Council, Monday 21st May 2012 at 7.30pm.
P Meeting closed 9.35pm.
S 8
P Signed .................................... Chair          Date ....................
PB
HC MINUTES OF THE EXTRAORDINARY MEETING OF THE CALLOWBANK WITH STIPERLEY PARISH COUNCIL HELD AT STIPERLEY SCHOOL ON MONDAY 16th APRIL 2012
S 4
P PRESENT were C Jukes (Chair), N Southall, B Inett, J Pryce, F Dorricott, R Gittoes and S Mytton. Members of the public (details on file)
P 1. Apologies – A Stedman, J Ellwood, R Foxall and Unitary Cllr H Kinsey
P 1a. Declarations of interest in accordance with the Parish Councils (Model Code of Conduct) Order 2007. None.
P 2. Planning application 12/01033 – erection of a 60m wind monitoring mast for a period of three years, land at Callowbank Hill. The Chair invited members of the public to speak. Mrs Ann Bedward spoke against the application on behalf of residents of Callowbank Hill and said that the mast would be seen from the whole valley. B Inett proposed that the Parish Council object to the application on landscape grounds, seconded N Southall. Carried, 6 in favour, 1 abstention.
P 3. Annual Parish Meeting. It was agreed to hold the Annual Parish Meeting on Monday 14th May 2012 at 7.30pm in Stiperley School, with a talk by the Hawkslade Wildlife Group.
P Meeting closed 8.40pm.
S 8
P Signed .................................... Chair          Date ....................
