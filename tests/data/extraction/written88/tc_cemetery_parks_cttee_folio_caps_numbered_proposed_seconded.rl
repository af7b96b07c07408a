@title Market Holderby Town Council Cemetery and Parks Committee 19 May 1999
@font Times-Roman
@fontsize 11
@header {page}||
@pageoffset 2870
HC MINUTES OF MEETING OF THE CEMETERY AND PARKS COMMITTEE OF MARKET HOLDERBY TOWN COUNCIL HELD AT THE COUNCIL CHAMBERS ON WEDNESDAY 19TH MAY 1999 AT 7.00PM
S 6
G Present: | Councillor Foxton (Chair)
G | Lofthouse
G | Sissons
G | Wilberforce
G | Wrightson
G Clerk to the Meeting | Mrs Brenda Ellerker
S 6
H 1. APOLOGIES FOR ABSENCE
P Apologies were received from Cllr Dunning.
H 2. DECLARATIONS OF INTEREST
P Cllr Sissons declared a personal interest in item 6 as an allotment tenant at Holme Road.
H 3. AN OPPORTUNITY FOR THE PUBLIC TO ADDRESS THE COMMITTEE
P A resident of Cemetery Lane asked the Committee to consider signs asking that dogs be kept on leads in the cemetery, as dog fouling had been found near the children's graves. The Chair thanked the resident and said the matter would be taken under item 5.
H 4. MINUTES OF THE PREVIOUS MEETING
P It was proposed by Cllr Lofthouse and seconded by Cllr Sissons that the minutes of the meeting held on 17th March 1999 be signed as a correct record. This was agreed.
H 5. CEMETERY – FEES AND CHARGES 1999/2000
P The Clerk reported that the fees for interments and the purchase of exclusive rights had not been increased since April 1997 and circulated a comparison with neighbouring councils. Cllr Wrightson asked that the signs requested under item 3 be ordered at the same time as the new fee notices.
P It was proposed by Cllr Wilberforce and seconded by Cllr Lofthouse that all cemetery fees be increased by 3% from 1st July 1999, that dogs-on-leads signs be erected at both gates, and that this be recommended to the Town Council. Carried by 4 votes to 1.
H 6. ALLOTMENTS – WAITING LIST AND RENTS
P Cllr Sissons left the room for this item.
P The Clerk reported that all 38 plots at Holme Road were let and that there were 14 names on the waiting list. Cllr Foxton suggested that the two overgrown plots at the railway end be divided into half plots to reduce the list.
P It was agreed that the two plots be divided and offered as half plots from 1st October 1999 at a rent of £9.00 per half plot.
P Cllr Sissons returned to the meeting.
H 7. PARKS – PLAY AREA INSPECTION
P The annual inspection report for the Recreation Ground play area was received. The report was noted and the Clerk was asked to arrange the minor repairs to the swing seats.
H 8. WAR MEMORIAL GARDEN
P Cllr Wrightson reported that the railings around the War Memorial Garden were badly corroded. It was proposed by Cllr Wilberforce and seconded by Cllr Lofthouse that the railings be replaced at a cost of £2,350. On being put to the vote the motion was lost by 2 votes to 3. Cllr Foxton asked the Clerk to obtain a price for shot-blasting and repainting the existing railings.
H 9. CLOSED CHURCHYARD – ALL SAINTS
P The Clerk reported that the Parochial Church Council had asked the Town Council to take over the maintenance of the closed churchyard. Consideration was deferred to the next meeting pending the report of the Diocesan Surveyor.
H 10. DATE OF NEXT MEETING
P Wednesday 21st July 1999 at 7.00pm.
S 10
P The meeting closed at 8.50pm.
S 14
P Signed ..................................... Chair &nbsp;&nbsp;&nbsp;&nbsp; Date .......................
