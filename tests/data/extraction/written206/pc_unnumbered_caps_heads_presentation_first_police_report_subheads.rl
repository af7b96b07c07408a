@title Minutes Shingleford Parish Council 12 June 2008
@font Times-Roman
@fontsize 11
@footer Shingleford Parish Council - minutes of 12 June 2008||page {page}
HC MINUTES OF THE MEETING OF SHINGLEFORD PARISH COUNCIL HELD ON
HC THURSDAY 12 JUNE 2008 AT 7.30 PM IN THE VILLAGE HALL, SHINGLEFORD
S 6
P Present: Cllrs K Ferrand (Chairman), J Atterbury, P Coldham, M Dowsing, S Reeve-Hart and Mrs E Lingwood; Mr G Pym (Clerk); District Cllr D Salter; PC Ryder and 9 members of the public.
P The meeting began with a short presentation on the Shingle Estuary Partnership by Ms L Fenn, Partnership Officer, and Mr A Crosbie, flood defence engineer with the river authority. Ms Fenn explained that the partnership had been set up to plan the future of the river walls over the next fifty years and that every parish along the estuary was being asked to name a contact. Mr Crosbie said that trial repairs to the river wall at Shingle Quay were planned for the autumn and that a drop-in exhibition would be held in the Village Hall on 3 July. Councillors asked about the grazing marshes behind the wall and were told that no decisions had been made. Ms Fenn and Mr Crosbie left at 8.00 pm before the Council's business began.
H REPORTS
H <u>Police Report</u>
P PC Ryder gave the following report:
P Between 14/04/08 and 12/06/08 the police recorded four crimes in the parish: two thefts of garden machinery, one case of criminal damage to a car on Quay Lane and one burglary of a holiday let.
P GARDEN MACHINERY THEFTS
P Mowers and strimmers are being taken from unlocked sheds across the peninsula, usually overnight. Residents are asked to lock outbuildings, mark equipment with a postcode and report any vans seen driving slowly along farm tracks.
P PANEL PRIORITIES
P The Safer Neighbourhood panel met on 15 May and agreed its priorities until September: speeding on The Street, parking at the school at home time and under-age drinking on the recreation ground.
H <u>County Councillor's Report</u>
P County Cllr R Hebblethwaite had sent apologies; his written report on the county's waste strategy and the new library opening hours had been circulated and was noted.
H <u>District Councillor's Report</u>
P District Cllr Salter reported that the district's affordable housing survey would be delivered to every household in July and that the public toilets at Shingle Quay would open until 8pm during the summer.
H APOLOGIES
P Apologies were received from County Cllr R Hebblethwaite.
H DECLARATIONS OF INTEREST
P Cllr Atterbury declared a personal interest in planning application C/08/0745 as the applicant is a relative.
H MINUTES
P The minutes of the meeting held on 8 May 2008 were approved and signed as a correct record. Proposed Cllr Coldham, seconded Cllr Dowsing.
H MATTERS ARISING
P Bus shelter - the glazing has been replaced and the bill paid by the insurers. Village sign - Cllr Reeve-Hart reported that he had found a woodcarver willing to restore the sign and would bring a price to the next meeting.
H PLANNING
P C/08/0711 Two Oaks, Quay Lane - single storey side extension. The Council resolved to recommend approval.
P C/08/0745 Land at Marsh Farm - erection of an agricultural workers dwelling. Cllr Atterbury left the room. After discussion the Council resolved to recommend refusal as the site lies outside the village envelope. Cllr Atterbury returned.
H FINANCE
P The Clerk presented the accounts to 31 May 2008, showing £7,842.16 in the current account and £10,250.00 on deposit. The following payments were approved: G Pym, salary April-June £480.00; Estuary Grounds Maintenance £265.00; village hall hire £18.00. Proposed Cllr Lingwood, seconded Cllr Ferrand.
H PLAYING FIELD
P Cllr Dowsing reported that the new swings had been installed and inspected. The old roundabout had been removed. It was agreed to hold a small opening for the children on Saturday 28 June.
H FOOTPATHS
P Cllr Lingwood reported that footpath 12 along the river wall was overgrown. The Clerk will ask the county council to cut it before the summer holidays.
H CORRESPONDENCE
P Letters from the district council on the electoral register canvass and from the rural community council on the village halls conference were received and noted.
H DATE OF NEXT MEETING
P Thursday 10 July 2008 at 7.30 pm in the Village Hall.
P The meeting closed at 9.35 pm.
S 16
P Signed ....................................... Chairman
