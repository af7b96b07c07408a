@title Burial Ground Committee minutes 17 July 2008
@font Times-Roman
@fontsize 11
@header_first Hollesby Vale Parish Council
@header Hollesby Vale Parish Council || Burial Ground Committee 17.07.08
@footer Signed ............................................ Chairman        Date ......................... // Page {page}
C Rowan Pettigrew, Clerk to the Council, 4 Saddler's Row, Hollesby St Clement, Dorset DT2 9QX
C Phone: 07700 914 226
S 6
P <b>Minutes of a Meeting of the Burial Ground Committee was held on Thursday 17th July 2008 at 6.00pm on site</b>
P Present: Cllrs M. Ardagh, T. Quennell and S. Fairbrother
H 1. Appointment of the Chairman
P It was unanimously agreed that Cllr Ardagh remain as Chairman for the coming year.
H 2. Apologies for absence
P Cllrs Lytton and Boyce sent apologies.
H 3. Declarations of pecuniary and other interests
P Cllr Fairbrother declared an interest in item 6 as her family holds two reserved plots.
H 4. Minutes of previous meeting held on 9th October 2007
P These were agreed as a true record and signed by the Chairman.
H 5. Burial ground walk around
P Members walked the ground with the Clerk and the committee agreed that the following works were needed:
P a. The yew hedge along the lane side to be cut back to the boundary stones.
P b. The gravel path from the lych gate to the bench to be re-laid and edged with timber.
P c. The collapsed section of the east wall beside the water tap to be made safe.
P d. The older memorials in row C to be checked for stability and tagged where loose.
P e. The compost bay to be emptied and a new sign fixed asking visitors to separate wire and plastic.
P The Clerk to draw up a specification and seek three quotations, with work not to begin before the end of August.
P Cllr Quennell agreed to clear the ivy from the memorial bench himself at no cost to the Council.
H 6. Reserved plots and the plan of the ground
P The Clerk reported that the plan kept in the parish chest did not match the register for rows D and E. Cllr Fairbrother took no part in the discussion. It was agreed that the Clerk and the Chairman would walk the rows with the register before the next meeting and mark up a fresh copy of the plan.
H 7. Memorial applications
P Two applications had been received: a headstone in grey granite for plot D14 and an open book memorial in slate for plot E3. Both were within the regulations and were approved.
H 8. Fees for 2009/10
P The Clerk presented a comparison of charges made by four neighbouring parishes. <b>Resolved</b> that the committee recommend to the full Council an increase of five per cent in all fees from 1st April 2009, rounded to the nearest pound.
H 9. Works proposed to the east wall
P A single quotation of £740 had been received to rebuild the fallen section in cement mortar. Concerns were raised that the wall is of lime construction and that a cement repair would not last. It was agreed to seek further quotations from a lime specialist and to defer a decision.
H 10. Date of next meeting
P Thursday 9th October 2008 at 6.00pm in the Reading Room.
P The meeting closed at 7.20pm.
