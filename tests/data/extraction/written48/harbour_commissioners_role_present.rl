@title PLHC Board Minutes 24.06.11
@font Times-Roman
@fontsize 11
@numcol 14
@footer PLHC Board Minutes 24.06.11||Page {page}
HC AT A MEETING OF THE PORTLAVEN HARBOUR COMMISSIONERS HELD AT the harbour office, 14 quay parade, portlaven oN FRIDAY 24 TH JUNE 2011 AT 9.30 A.M.
S 6
P <b>PRESENT</b>: Chairman – Mr Geoffrey Stallard, Vice-Chairman – Mrs Helen Pardew, Chief Executive – Mr Alan Rudge, Mr Peter Crabbe, Mr David Hosken, Mrs Sarah Kellow, Mr Michael Lanyon, Mr Simon Treloar &amp; Mr Brian Tregear.
P <b>IN ATTENDENCE</b>: Mr Colin Jago - Trethewey Nance Solicitors, Captain Mark Polglaze - Harbour Master &amp; Mrs Lorraine Best - Board Secretary (minutes).
P __________________________________________________________________________
H 1. APOLOGIES
R 1.1 | Apologies were received from Mr Graham Penrose &amp; Mr Andy Rowse, Harbour Engineer.
H 2. DECLARATION OF INTEREST
R 2.1 | The Chairman declared an interest in Agenda Item No. 8 (Marina Berth Tariff 2012) as a berth holder at Portlaven Marina.
R 2.2 | Mr Hosken declared an interest in Agenda Item No. 9 as a director of Portlaven Boat Services Ltd.
H 3. MINUTES
R 3.1 | The minutes of the Board Meeting held on the 27th May 2011 were approved.
H 4. MATTERS ARISING
R 4.1 | Agenda Item No. 7.2 – Mr Lanyon asked whether the dredging contractor’s survey of the inner harbour had been received. The Chief Executive confirmed that the survey was received on 20th June and would be circulated with the July board papers.
R 4.2 | Agenda Item No. 10.1 – The replacement fuel pontoon has been ordered for delivery in September.
H 5. CHIEF EXECUTIVE’S REPORT
R 5.1 | The Chief Executive presented his report which had been circulated with the agenda.
R 5.1.1 | Trade – tonnage handled in May was 12% above budget, due mainly to two additional aggregate cargoes. The ferry operator has confirmed the winter timetable.
R 5.1.2 | Staffing – the post of Assistant Harbour Master has been filled by internal promotion and the vacancy for a boatman is being advertised.
R 5.1.3 | Estates – the tenant of the former net loft has given notice to quit from 30th September.
R 5.2 | The report was noted.
H 6. HARBOUR MASTER’S REPORT
R 6.1 | Captain Polglaze reported on the operational activity in the harbour since the last meeting, including 214 visiting yacht nights in May and one reportable incident, when a fishing vessel grounded on the bar at low water without damage.
R 6.2 | Mrs Kellow asked whether the bar buoy would be repositioned following the survey. Captain Polglaze advised that this would be done once the survey had been assessed by Trinity House.
H 7. FINANCE
R 7.1 | The Chief Executive presented the management accounts to 31st May 2011, which showed a surplus of £18,460 against a budgeted surplus of £11,200.
R 7.2 | It was RESOLVED that the management accounts to 31st May 2011 be approved.
H 8. MARINA BERTH TARIFF 2012
R 8.1 | Having declared an interest (Minute 2.1) the Chairman left the meeting. The Vice-Chairman, Mrs Pardew, took the Chair and invited the Chief Executive to present the proposed tariff for 2012.
R 8.2 | The Chief Executive proposed an increase of 4.5% in annual berth charges. Mr Tregear suggested that the increase should be kept below inflation to retain resident berth holders.
R 8.3 | After discussion it was agreed that the increase in annual berth charges be limited to 3%.
R 8.4 | The Chairman returned to the meeting and resumed the Chair.
H 9. PORT USERS’ GROUP
R 9.1 | Mr Hosken left the meeting for this item.
R 9.2 | Mr Treloar reported on the meeting of the Port Users’ Group held on 9th June, at which the main concerns raised were the condition of the slipway at Chapel Steps and the charges for overnight parking on the quay.
R 9.3 | The report was noted. Mr Hosken returned to the meeting.
H 10. COMMISSIONERS’ APPOINTMENTS
R 10.1 | The Chief Executive reported that Mr Penrose’s term of office would end on 31st December 2011 and that he did not wish to seek reappointment.
R 10.2 | After discussion it was agreed that the vacancy be advertised in August with a skills profile for a Commissioner with commercial shipping experience.
P <b>PART II – CONFIDENTIAL</b>
H 11. NORTH QUAY – UNIT 4 LEASE
R 11.1 | The Chief Executive presented a confidential report on the offers received for the lease of Unit 4, North Quay.
R 11.2 | It was RESOLVED that a ten-year lease of Unit 4 be granted to Kernow Sea Foods Ltd on the terms set out in the report.
H 12. ANY OTHER BUSINESS
R 12.1 | Mr Crabbe raised the question of public access to the breakwater during the regatta and asked that the Harbour Master review the arrangements with the Regatta Committee.
H 13. DATE OF NEXT MEETING
R 13.1 | The next Board Meeting will be held on Friday 29th July 2011 at 9.30 a.m. at the Harbour Office.
S 10
P The meeting closed at 11.55 a.m.
S 30
P Chairman ……………………………………………   Date ………………………
