@title Management Board Record 10 June 2014
@font Times-Roman
@fontsize 11
@numcol 12
@footer Management Board – 10 June 2014||Page {page}
HC POLICE AND CRIME COMMISSIONER FOR VENNSHIRE
HC MANAGEMENT BOARD
C Record of the meeting held on Tuesday 10 June 2014 at 10.00 am in Conference Room 1, Police Headquarters, Ashgrave Road, Tarnbridge
S 6
G <b>Present:</b> | Police and Crime Commissioner | Mr Alasdair Kettleborough (in the Chair)
G  | Deputy Police and Crime Commissioner | Mrs Jocelyn Adeyemi-Ward
G  | Chief Constable | Mr Conrad Pellow
G  | Deputy Chief Constable | Ms Harriet Swinburne
G  | Chief Executive, OPCC | Mr Desmond Rae
G  | Chief Finance Officer, OPCC | Mrs Lorna Mackintosh
G  | Director of Resources, Constabulary | Mr Ivo Brennan
G <b>In attendance:</b> | Governance Officer (minutes) | Miss Kate Onyango
P Two members of the public attended the meeting.
I Decisions taken by the Commissioner are numbered in the Commissioner's decision register. Decisions of the Chief Constable are recorded for information.
R 1. | <b>APOLOGIES</b>
P Apologies were received from Mr Tobias Wren, Assistant Chief Constable.
R 2. | <b>DECLARATIONS OF INTEREST</b>
P There were no declarations of interest.
R 3. | <b>RECORD OF THE MEETING HELD ON 13 MAY 2014</b>
P <b>Decision:</b> The record of the meeting held on 13 May 2014 was approved as a correct record and signed by the Commissioner.
R 4. | <b>ACTION SCHEDULE</b>
P Mr Rae reported that all actions from the May meeting had been completed except the review of the victims' helpline contract, which would come to the September meeting.
P <b>Decision:</b> Noted.
R 5. | <b>REVENUE AND CAPITAL OUTTURN 2013/14</b>
P Mrs Mackintosh presented the outturn for the policing budget, which showed an underspend of £2.06m (1.1 per cent), mainly from police officer vacancies in the first half of the year.
P The Commissioner asked whether the vacancies had now been filled. Mr Pellow confirmed that the establishment would be reached in September after two intakes of recruits.
P <b>Decision (2014/041):</b> The Commissioner:
P (a) noted the revenue and capital outturn for 2013/14;
P (b) approved the transfer of £1.2m of the underspend to the estates reserve; and
P (c) approved the carry forward of £340,000 of capital budget for the mobile data project to 2014/15.
R 6. | <b>CUSTODY HEALTHCARE CONTRACT</b>
P Ms Swinburne presented the outcome of the tender for the provision of healthcare professionals in the force's three custody suites. The preferred bidder offered a saving of £184,000 a year against the current contract.
P <b>Chief Constable's decision:</b> The Chief Constable approved the award of the custody healthcare contract to the preferred bidder for three years from 1 October 2014.
P <b>Decision (2014/042):</b> The Commissioner gave consent to the contract, which exceeds the value above which the Commissioner's consent is required.
R 7. | <b>POLICE AND CRIME PLAN – PERFORMANCE, QUARTER 4</b>
P Mr Pellow presented the performance report for January to March 2014. Recorded crime had fallen by 4 per cent over the year, but reports of rural theft had risen for the third quarter running.
P Mrs Adeyemi-Ward commented that the rural crime forum had asked for a named contact in each neighbourhood team, and Mr Pellow agreed to consider this.
P <b>Decision:</b> Noted.
R 8. | <b>COMMUNITY SAFETY GRANTS 2014/15</b>
P Mrs Adeyemi-Ward presented the recommendations of the grants panel for the seven community safety partnerships.
P <b>Decision (2014/043):</b> The Commissioner approved grants totalling £412,000 to the seven community safety partnerships, as set out in the appendix to the report.
R 9. | <b>SALE OF THE FORMER TARNBRIDGE POLICE STATION</b>
P Mr Brennan reported that an offer of £655,000 had been received for the former police station in Castle Street, which had been empty since the move to the new headquarters.
P <b>Decision:</b> Deferred to the July meeting, to allow the Deputy Commissioner to meet Tarnbridge Town Council about its interest in part of the building.
R 10. | <b>FRONT COUNTER OPENING HOURS</b>
P Mr Brennan presented a proposal to reduce the opening hours of the front counters at Wyndlow and Coldmere Bridge to three mornings a week, saving £58,000 a year.
P Mrs Adeyemi-Ward said that both counters were well used by older residents and that the proposal had not been discussed with the local councils.
P <b>Decision:</b> The Commissioner did not approve the proposal, and asked for the town and parish councils concerned to be consulted before it was brought back.
R 11. | <b>ANY OTHER BUSINESS</b>
P The Commissioner invited questions from the members of the public present. Mr Royce Fairweather asked when the speed camera on the Wyndlow bypass would be replaced. Mr Pellow undertook to write to him.
R 12. | <b>DATE OF NEXT MEETING</b>
P Tuesday 8 July 2014 at 10.00 am, Police Headquarters, Tarnbridge.
S 10
P Signed ........................................ Police and Crime Commissioner    Date ......................
