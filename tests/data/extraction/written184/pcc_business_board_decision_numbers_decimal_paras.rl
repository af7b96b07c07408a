@title Business Co-ordination Board minutes 3 March 2015
@font Helvetica
@fontsize 10
@numcol 14
@header OPCC Cambrook – Business Co-ordination Board – 3 March 2015
@header_first  
@footer Page {page}
HC OFFICE OF THE POLICE AND CRIME COMMISSIONER FOR CAMBROOK
HC BUSINESS CO-ORDINATION BOARD
C Minutes of the meeting held on Tuesday 3 March 2015 at 10.00am<br/>Conference Room 2, Police Headquarters, Marston Lane, Cambrook
S 6
TH Present | Role
T Jasper Kettleby | Police and Crime Commissioner (Chair)
T Brian Mowbray | Deputy Police and Crime Commissioner
T Dorothy Atcham | Chief Executive, OPCC
T Martin Haddlesey | Chief Finance Officer, OPCC
T Alison Grebe | Chief Constable
T Rhys Pendower | Deputy Chief Constable
T Stephen Bramall | Director of Finance and Resources, Cambrook Constabulary
T Clare Yeoford | Governance Officer, OPCC (minutes)
S 4
R 1.0 | <b>Apologies</b>
R 1.1 | Apologies were received from Assistant Chief Constable Neil Farrow.
R 2.0 | <b>Declarations of interest</b>
R 2.1 | There were no declarations of interest.
R 3.0 | <b>Minutes of the meeting held on 3 February 2015 and action log</b>
R 3.1 | The minutes of the meeting held on 3 February 2015 were agreed as a correct record.
R 3.2 | Action log: actions 14/061 and 14/062 were closed; action 14/058 (custody healthcare tender) remains open until the April meeting.
R 4.0 | <b>Police and Crime Plan – Performance Report, Quarter 3 2014/15</b>
R 4.1 | Dorothy Atcham presented the report, which showed that four of the seven plan measures were on target.
R 4.2 | The Chief Constable reported that the rise in recorded violent crime reflected better recording practice following the inspection in the autumn and not a real increase in harm.
R 4.3 | The report was noted.
R 5.0 | <b>Revenue and Capital Budget Monitoring – Period 10 (January 2015)</b>
R 5.1 | Martin Haddlesey presented the report. The forecast revenue underspend for the year was £1.34m, mainly from police staff vacancies; capital spend was forecast at £6.9m against a budget of £8.2m.
R 5.2 | The Board noted the forecast outturn position.
R 6.0 | <b>Eastern Counties Forensic Collaboration – Section 22A Agreement (Decision 2015/009)</b>
R 6.1 | The Deputy Chief Constable presented the proposed collaboration agreement between the five forces and their commissioners for a single forensic service from 1 April 2015.
R 6.2 | The Commissioner asked about the terms for leaving the collaboration. Rhys Pendower confirmed that any party could withdraw on twelve months' notice after the first three years.
R 6.3 | <b>Decision:</b> The Commissioner approved the Section 22A collaboration agreement for the Eastern Counties forensic service. A decision notice will be published.
R 7.0 | <b>Victims' Services Commissioning 2015/16 (Decision 2015/010)</b>
R 7.1 | Brian Mowbray presented the recommendations of the commissioning panel for services to victims of crime in 2015/16.
R 7.2 | <b>Decision:</b> The Commissioner approved grants totalling £612,000 to the six providers listed in the appendix to the report.
R 8.0 | <b>Estates Strategy – Disposal of Harrowcombe Police House (Decision 2015/011)</b>
R 8.1 | Stephen Bramall presented the proposal to sell the former police house at Harrowcombe, which had been empty since 2013.
R 8.2 | <b>Decision:</b> The Commissioner deferred the decision until an independent valuation had been obtained.
R 9.0 | <b>Precept 2015/16</b>
R 9.1 | The Chief Finance Officer reported that the Police and Crime Panel had not used its power of veto on 5 February 2015.
R 9.2 | The Board noted that Decision 2015/008, setting the precept at £182.34 for a Band D property, had been published on 13 February 2015.
R 10.0 | <b>Any Other Business</b>
R 10.1 | The Chief Constable gave notice that she would bring a paper on body-worn video to the April meeting.
R 11.0 | <b>Date of next meeting</b>
R 11.1 | Tuesday 7 April 2015 at 10.00am, Police Headquarters.
S 10
I Decisions of significant public interest made at this meeting are recorded on decision notices, which are published on the Commissioner's website.
