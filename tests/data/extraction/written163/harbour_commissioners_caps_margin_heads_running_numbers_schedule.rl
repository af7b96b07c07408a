@title Commissioners Meeting 13 October 2004
@font Times-Roman
@fontsize 11
@numcol 44
@footer Abercarrow Harbour Commissioners – Commissioners' Meeting 13.10.2004||Page {page}
HC ABERCARROW HARBOUR COMMISSIONERS
HC COMMISSIONERS' MEETING HELD ON 13 OCTOBER 2004
P A meeting of the Abercarrow Harbour Commissioners was held in the Board Room of the Pilot House, West Quay, Abercarrow, on Wednesday, 13th Day of October 2004, at 09:30am.
R PRESENT | Mr D.H Prosser (in the Chair) Messrs W.J Hopkin, A Ferrante, T Llewellyn-Bowen and R Gazzard.
R APOLOGIES | The following Commissioners sent apologies for non-attendance: Messrs G.F Bevan and H Orchard.
R IN ATTENDANCE | Captain N Rees-Madoc (Harbour Master), Mr K Stroud (Clerk to the Commissioners) and Mr B Ilett (representative of the Port Operator, for part of the meeting).
P The Chairman explained that Mr Ilett had to leave by 11.00am and, with the consent of the meeting, the report on the outer channel dredging was taken immediately after the minutes. The minutes below are numbered in the order in which business was taken.
R MINUTES | 2311. It was resolved on a motion by Mr W.J Hopkin, seconded by Mr R Gazzard, that the minutes of the last meeting of the Commissioners, held on 8 September 2004 (a copy having been sent to every Commissioner), be taken as read, received and adopted.
R OUTER CHANNEL DREDGING (Agenda item 7, taken out of order) | 2312. Mr Ilett reported that the survey launch had completed the pre-dredge soundings on 27 September and that the contractor's plant was expected on station in the week beginning 8 November. The disposal licence remained conditional on all spoil going to the Gwenffrwd ground.<br/>a) Mr A Ferrante asked whether night working would be notified to the sailing club. Mr Ilett confirmed that a Notice to Mariners would be issued a week in advance.<br/>b) Captain Rees-Madoc reported that the least depth over the bar had fallen to 1.9 metres below chart datum, the lowest recorded since 1998.<br/>It was agreed that the Clerk would circulate the contractor's programme as soon as it was received and that the matter would be resumed later in the meeting, when the revised price was available.
R HARBOUR MASTER'S REPORT as prepared by the Port Operator | 2313. Captain Rees-Madoc spoke to his report, as prepared by the Port Operator, which is filed with these minutes. The following further matters were noted:<br/>a) The Eastern Spit buoy (No. 4) had been relit on 2 October after a lamp failure lasting three nights.<br/>b) A small angling boat had grounded on the Cockle Bank on 19 September; nobody was hurt and the vessel was refloated on the next tide.<br/>c) Mr T Llewellyn-Bowen raised the condition of the iron ladder at the Town Steps and the Harbour Master undertook to inspect it before the next meeting.<br/>The report was received and noted.
R MOORINGS AND TARIFFS 2005 | 2314. The Clerk presented the proposed mooring and landing charges for 2005, set out as Schedule A to these minutes (items A.1 to A.5). Mr Gazzard proposed that the increase be held at 3 per cent rather than the 4.5 per cent recommended; there being no seconder, the proposal fell. It was then resolved on a motion by Mr Prosser, seconded by Mr Hopkin, that the charges in Schedule A be approved with effect from 1 January 2005.
R FINANCE | 2315. a) Accounts for payment. The schedule of accounts for September 2004, totalling £14,382.16, was examined. It was resolved on a motion by Mr Llewellyn-Bowen, seconded by Mr Ferrante, that the accounts be passed for payment.<br/>b) Bank balances. The Clerk reported balances of £3,118.72 on the current account and £61,905.40 on the reserve account at 30 September 2004.<br/>c) Insurance renewal. Renewal of the harbour liability policy was deferred to the November meeting pending a second quotation.
R SAFETY MANAGEMENT SYSTEM | 2316. The Harbour Master reported on the annual review of the risk assessments under the Port Marine Safety Code. Two assessments (towage of barges, and the use of the slipway by jet skis) had been revised. It was agreed that the Chairman should sign the statement of compliance for the Designated Person before the end of October.
R CORRESPONDENCE | 2317. a) Letter from the Abercarrow Sailing Club asking for the club's race marks to be laid on the Wednesday before the regatta rather than on the Friday. It was agreed that the Clerk reply that the Commissioners had no objection, provided that the marks were lit.<br/>b) Circular from the Department for Transport on the review of trust ports, which was noted.
R OUTER CHANNEL DREDGING (continued) | 2318. Mr Ilett having left the meeting, the Clerk tabled the contractor's revised price of £212,600 for the outer channel, against a budget of £195,000. Mr Gazzard considered that the bar should be dredged and the inner channel left to the following year. It was resolved on a motion by Mr Hopkin, seconded by Mr Llewellyn-Bowen, that the contract be let at the revised price and that the shortfall be met from the reserve account. Mr Gazzard asked that his vote against be recorded.
R ANY OTHER BUSINESS | 2319. Mr Ferrante reported that the lifebuoy at the end of the North Pier had again been thrown into the harbour and suggested a locked cabinet. The Harbour Master would obtain a price.
R DATE OF NEXT MEETING | 2320. Wednesday 10th November 2004 at 09:30am in the Pilot House.
P The meeting closed at 11.50am.
S 16
P Chairman ..................................................    Date ....................................
PB
HC SCHEDULE A (minute 2314)
HC MOORING AND LANDING CHARGES FROM 1 JANUARY 2005
TH Ref | Charge | 2004 | 2005
T A.1 | Swinging mooring, per metre of length, per year | £18.40 | £19.25
T A.2 | Pontoon berth, per metre of length, per year | £96.00 | £100.30
T A.3 | Visiting yacht, per night (up to 10 metres) | £9.00 | £9.40
T A.4 | Landing charge on fish, per tonne | £4.10 | £4.30
T A.5 | Slipway, per launch (residents' permit holders exempt) | £6.00 | £6.30
S 8
I Charges are exclusive of VAT where applicable. The Harbour Master may waive the visiting yacht charge for vessels seeking shelter.
