@title Public Document Pack
@font Helvetica
@fontsize 10.5
@numcol 12
@footer Page {page}
HC Public Document Pack
S 10
H CARNWETHEN INSHORE FISHERIES AND CONSERVATION AUTHORITY
S 4
P Date : Thursday 15 December 2016
P Time : 10.00 am
P Venue : The Net Loft, Quay Parade, Porthvellan, PV4 2QL
S 6
P Members of the public who would like to observe the meeting are asked to tell the Democratic Officer by 4.00 pm on Tuesday 13 December 2016 so that seating can be arranged.
S 6
H Agenda
R 1. | Chairman's announcements
R 2. | Apologies for Absence
R 3. | Declarations of interest
R 4. | Minutes of the meeting held on 16 September 2016 (Pages 3 - 4)
R 5. | Questions from the Public<br/>An opportunity for members of the public to put a question to the Carnwethen Inshore Fisheries and Conservation Authority. Twenty minutes are set aside for this purpose. Questions must reach the Democratic Officer (democracy@carnwethen.gov.uk / 01872 540219) by midday on Monday 12 December 2016.
R 6. | Budget Monitor Report April - October 2016 (Pages 5 - 6)
R 7. | Revenue Budget Report 2017-2018<br/>Report to follow.
R 8. | Byelaw Working Group 7 November 2016 (Page 7)
R 9. | Mobile Fishing Gear (Shellfish Dredging) Byelaw 2017 (Pages 8 - 9)
R 10. | Chief Officer's Report 15 December 2016 (Pages 10 - 11)
R 11. | Any Other Business that the Chairman Considers to be of Urgency<br/>The Local Government (Access to Information) Act 1985 does not allow an item that has not appeared on the agenda to be considered unless the Chairman is prepared to certify that it is urgent. An urgent item is one on which a decision must be taken before the next meeting, and the reasons for the urgency must be set out in writing.
R 12. | Date of Next Meeting<br/>Thursday 16 March 2017 at 10.00 am, venue to be confirmed.
S 8
P Contact: Lowenna Trevaskis, Democratic Officer, 01872 540219, democracy@carnwethen.gov.uk
P Dated: Wednesday 7 December 2016
PB
H Membership of the Authority
G Councillor Jory Angove (Chairman) | Carnwethen Council
G Mr Peder Rowse (Vice-Chairman) | Marine Management Organisation appointee
G Councillor Tamsin Hosken | Carnwethen Council
G Councillor Alan Gilbert Vosper | Carnwethen Council
G Mr Kitto Nancarrow | Marine Management Organisation appointee
G Dr Elowen Pascoe | Natural England
G Mrs Demelza Tregear | Marine Management Organisation appointee
G Mr Hedley Spargo | Environment Agency
S 10
P Chief Officer: Mr Morwen Eddy
P Deputy Chief Officer: Ms Kerensa Jago
S 10
I Copies of the agenda and reports are available in large print on request.
PB
H Agenda Item 4
S 4
HC CARNWETHEN INSHORE FISHERIES AND CONSERVATION AUTHORITY
S 4
P Minutes of a meeting of the Carnwethen Inshore Fisheries and Conservation Authority held in the Net Loft, Quay Parade, Porthvellan on Friday 16 September 2016 commencing at 10.00 am.
P <b>Present:</b> Councillor J Angove (Chairman), Mr P Rowse (Vice-Chairman), Councillors T Hosken and A G Vosper, Mr K Nancarrow, Dr E Pascoe and Mr H Spargo.
P <b>Also in attendance:</b> Mr M Eddy (Chief Officer), Ms K Jago (Deputy Chief Officer), Mrs L Trevaskis (Democratic Officer).
R 19 | <b>CHAIRMAN'S ANNOUNCEMENTS</b>
R | The Chairman welcomed Mr Spargo to his first meeting as the Environment Agency's representative. He told the Authority that the patrol vessel had completed her refit at Porthvellan slip and was back on station.
R 20 | <b>APOLOGIES FOR ABSENCE</b>
R | An apology for absence was received from Mrs D Tregear.
R 21 | <b>DECLARATIONS OF INTEREST</b>
R | Mr Nancarrow declared a non-registerable interest in minute 24 as he holds a scallop entitlement.
R 22 | <b>MINUTES</b>
R | <b>RESOLVED</b> that the minutes of the meeting held on 17 June 2016 be approved as a correct record and signed by the Chairman.
R 23 | <b>QUESTIONS FROM THE PUBLIC</b>
R | Mr Gwithian Roskilly, a hand-line fisherman from Porthvellan, asked whether the Authority would publish its patrol sightings of unmarked pots. The Chief Officer replied that a summary would be placed on the website each quarter, without the names of vessels.
R 24 | <b>SCALLOP DREDGE LIMITS - CONSULTATION OUTCOME</b>
R | The Deputy Chief Officer presented the report, which summarised the forty-one responses to the consultation on dredge numbers inside six nautical miles. Dr Pascoe asked how the proposal would protect the maerl beds off Pencarrow Head; the Deputy Chief Officer explained that those beds sat inside the existing closed area. Councillor Vosper proposed that the matter be referred to the Byelaw Working Group, and this was seconded by Mr Rowse.
R | <b>RESOLVED</b> that the consultation responses be referred to the Byelaw Working Group for a recommendation to the December meeting.
R 25 | <b>BUDGET MONITOR REPORT APRIL - JULY 2016</b>
R | The Chief Officer reported a forecast underspend of £6,200 on vessel running costs.
R | <b>RESOLVED</b> that the Budget Monitor Report be noted.
R 26 | <b>CHIEF OFFICER'S REPORT</b>
R | The Chief Officer introduced his report, and Councillor Hosken asked for figures on the number of recreational potting permits issued. The Chief Officer undertook to circulate them.
R | The report was noted.
R 27 | <b>DATE OF NEXT MEETING</b>
R | The next meeting would be held on Thursday 15 December 2016 at 10.00 am.
S 6
P The meeting closed at 12.10 pm.
P Chairman ............................................
PB
H Agenda Item 6
S 4
HC CARNWETHEN INSHORE FISHERIES AND CONSERVATION AUTHORITY
S 4
T Report to: | Carnwethen IFCA
T Date: | 15 December 2016
T Subject: | Budget Monitor Report April - October 2016
T Report by: | Chief Officer
T Status: | For information
S 6
H 1. Purpose
P 1.1 To inform Members of income and expenditure against the approved revenue budget for the first seven months of the financial year.
H 2. Recommendation
P 2.1 That Members note the position shown in Appendix A.
H 3. Background
P 3.1 The Authority approved a revenue budget of £1,184,600 for 2016-2017 on 17 March 2016, funded by levy from Carnwethen Council and the Department for Environment, Food and Rural Affairs new burdens grant.
P 3.2 Expenditure to 31 October 2016 stands at £671,350, which is 56.7% of the annual budget after 58.3% of the year.
H 4. Main Variances
P 4.1 Vessel running costs are forecast to be £7,900 below budget because the patrol vessel was out of the water for six weeks during her refit and used no fuel in that time.
P 4.2 Staff costs are expected to exceed budget by £2,150 following the grading review of the two Inshore Fisheries and Conservation Officer posts.
PB
H 5. Reserves
P 5.1 The general reserve stands at £96,400. No call on it is expected this year.
H 6. Risk
P 6.1 The main risk remains an unplanned repair to the patrol vessel. The engineering survey carried out during the refit found no defects requiring attention before the next scheduled lift.
S 6
I Appendix A - Revenue budget monitoring statement to 31 October 2016 (tabled separately)
PB
H Agenda Item 8
S 4
HC CARNWETHEN IFCA - BYELAW WORKING GROUP
S 4
P Notes of a meeting of the Byelaw Working Group held by telephone conference on Monday 7 November 2016 at 2.00 pm.
P <b>Present:</b> Mr P Rowse (Chair), Councillor A G Vosper, Dr E Pascoe, Ms K Jago (Deputy Chief Officer).
R 1. | <b>Scallop dredge limits</b>
R | Ms Jago set out the options raised in the consultation. Dr Pascoe favoured a limit of eight dredges a side inside six miles; Councillor Vosper preferred ten, citing the larger vessels working out of Trewhella. After discussion the Group agreed to recommend a limit of eight dredges a side, with a review after two seasons.
R 2. | <b>Drafting</b>
R | Ms Jago would prepare a draft byelaw and impact assessment for the December meeting of the Authority.
R 3. | <b>Next meeting</b>
R | To be arranged after the December meeting.
PB
H Agenda Item 9
S 4
HC CARNWETHEN INSHORE FISHERIES AND CONSERVATION AUTHORITY
S 4
T Report to: | Carnwethen IFCA
T Date: | 15 December 2016
T Subject: | Mobile Fishing Gear (Shellfish Dredging) Byelaw 2017
T Report by: | Deputy Chief Officer
T Status: | For decision
S 6
H 1. Purpose
P 1.1 To seek the Authority's agreement to make a byelaw limiting the number of dredges that may be towed inside six nautical miles of the Carnwethen coast.
H 2. Recommendations
P 2.1 That the Authority makes the Mobile Fishing Gear (Shellfish Dredging) Byelaw 2017 in the form at Appendix A.
P 2.2 That the Chief Officer submits the byelaw and impact assessment to the Secretary of State for confirmation.
H 3. Background
P 3.1 At its meeting on 16 September 2016 the Authority referred the consultation responses to the Byelaw Working Group. The Group met on 7 November 2016 and its notes are at Item 8 of this agenda.
P 3.2 The Group recommends a limit of eight dredges a side, to be reviewed after two seasons.
PB
H 4. Impact
P 4.1 Eleven vessels currently tow more than eight dredges a side inside six miles. The impact assessment estimates a reduction in first-sale value of between £38,000 and £52,000 a year across the fleet, offset in later years by improved recruitment on the grounds.
H 5. Legal Implications
P 5.1 The byelaw is made under section 155 of the Marine and Coastal Access Act 2009 and does not take effect until confirmed by the Secretary of State.
S 6
I Appendix A - Draft byelaw. Appendix B - Impact assessment (both available on request).
PB
H Agenda Item 10
S 4
HC CARNWETHEN INSHORE FISHERIES AND CONSERVATION AUTHORITY
S 4
T Report to: | Carnwethen IFCA
T Date: | 15 December 2016
T Subject: | Chief Officer's Report 15 December 2016
T Report by: | Chief Officer
T Status: | For information
S 6
H 1. Enforcement
P 1.1 Officers carried out 63 sea patrols and 118 shore inspections between 1 September and 30 November 2016. Two written warnings were issued for undersized spider crab, and one case of unmarked pots off Gull Rock is with the Authority's solicitor.
H 2. Marine Protected Areas
P 2.1 Natural England has asked the Authority to take part in a survey of seagrass at Porthvellan Roads in spring 2017. Officers will report the details to the March meeting.
PB
H 3. Staffing
P 3.1 Mr Ruan Couch joined the Authority as an Inshore Fisheries and Conservation Officer on 3 October 2016.
H 4. Recommendation
P 4.1 That Members note the report.
