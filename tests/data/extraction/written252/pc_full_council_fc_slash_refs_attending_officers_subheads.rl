@title Stannerford Parish Council Full Council minutes 8 January 2007
@font Helvetica
@fontsize 10.5
@header_first STANNERFORD PARISH COUNCIL
@header Stannerford Parish Council||Full Council 8 January 2007
@footer Chair's initials ..........||Page {page}
H Minutes of the meeting of Full Council held on Monday 8th January 2007, 6.30pm at the Brookfield Meeting Place.
P PRESENT: Cllrs Margaret Oyelaran (Chair), Dennis Ruddock, Alan Fretwell, Priya Chaudhry, Graham Lusted, Wendy Okafor, Roy Penhaligon, Sandra Kitteridge, Ian Burtenshaw, Lorraine Dacosta, Phil Hennessy, Marcus Ebdon, Janet Quilliam, Terry Wakeling
P Attending Officers: Helen Marwood (Clerk and Council Manager), Tom Ashdown (RFO), Kerry Bellis (Minutes), Darren Coyle (Environment Officer)
P Members of the public: 4
H FC 68/06 Apologies
P Cllr Nadia Sheriff, Cllr Keith Grantham
H FC 69/06 Declarations of Interest
P Cllr Ruddock declared a personal interest in FC 75/06 as a trustee of the Brookfield Youth Project.
H FC 70/06 Chair's Announcements
P The Chair reported:
P &bull; The Christmas lights switch-on at Larchmere shops was well attended and thanks were given to the Environment team for their work on the day.
P &bull; The meeting with the Neighbourhood Policing Team had been useful; only three officers cover the parish and they are doing their best.
P &bull; Members are asked to reply to emails from the office, even if only to acknowledge receipt.
P Cllr Lusted arrived at 1840
H FC 71/06 Questions from the public (Max. 10 minutes)
P A resident of Larchmere asked when the broken play equipment at Foxcovert Green would be replaced. The Environment Officer advised that replacement parts had been ordered and would be fitted by the end of February.
H FC 72/06 Minutes of the previous meeting
P Full Council 4 December 2006 &ndash; Approved
P Planning &ndash; Approved
P Services &ndash; Approved, subject to the date of the next meeting being added
P Finance &amp; Resources &ndash; Approved
H FC 73/06 Budget and Precept 2007/08
I Consultation Results
P The Council received the report and the spreadsheet of consultation returns. 64 forms were returned, which is a low number compared with other parishes. Most respondents valued the landscaping service and the community centre; events and grant aid were the services they were most prepared to lose.
I Draft Budget
P The RFO presented the draft budget, with total expenditure of &pound;412,600 and a contribution of &pound;20,000 to the centre refurbishment reserve.
P Cllr Ebdon proposed that the precept be set at &pound;318,400, an increase of 4.5%. Seconded by Cllr Kitteridge.
P RESOLVED that the precept for 2007/08 be set at &pound;318,400. (11 for, 2 against, 1 abstention)
H FC 74/06 Brookfield Community Centre Refurbishment
P The Council Manager updated members on the refurbishment. The contractor has been delayed by the roofing supplier and completion is now expected at the end of February. Cllr Penhaligon asked whether the contract allowed for liquidated damages; the Council Manager will check the contract and report back.
P It was agreed that the Chair and the Council Manager would meet the contractor before the end of January.
H FC 75/06 Grant Applications
P Cllr Ruddock left the room for this item.
P Brookfield Youth Project &ndash; &pound;1,500 towards summer activities &ndash; Approved
P Larchmere Residents' Association &ndash; &pound;250 for the newsletter &ndash; Approved
P Stannerford Over 60s Club &ndash; &pound;400 for the Christmas lunch &ndash; Deferred to February for further information
P Cllr Ruddock returned.
H FC 76/06 Reports from Committees
P Planning: Cllr Fretwell reported that nine applications had been considered since the last meeting, with an objection raised only to the telecommunications mast at Hillcrest.
P Services: The Environment Officer reported that the new litter picking rota had started and that two new dog bins had been installed on the canal towpath.
P Reports noted.
H FC 77/06 Correspondence
P Letter from the Borough Council on the review of parish boundaries &ndash; circulated to all members. Email from a resident about parking on the Brookfield verges &ndash; referred to Services.
P Noted.
H FC 78/06 Exclusion of the press and public
P RESOLVED that under the Public Bodies (Admission to Meetings) Act 1960 the press and public be excluded for the following item owing to the confidential nature of the business.
H FC 79/06 Staffing
P The Council considered the report of the Staffing Working Group on the vacant clerical assistant post.
P RESOLVED that the post be advertised at the grade recommended by the Working Group.
H FC 80/06 Date of next meeting
P Monday 5th February 2007, 6.30pm at the Brookfield Meeting Place
P The meeting closed at 2010.
