@title Trust Board Minutes 26 April 2005
@font Times-Roman
@fontsize 11
@numcol 20
@header Ravensford and Delworth Hospitals NHS Trust||Trust Board 26.04.05 - Public
@header_first 
@footer Page {page}
HC RAVENSFORD AND DELWORTH HOSPITALS NHS TRUST
S 4
HC TRUST BOARD
C Minutes of a meeting held at Sallow House, Ravensford General Hospital. on 26 April 2005
S 6
G <b>PRESENT:</b> | Mr G Tansley | Chairman
G  | Mrs C Etherington | Chief Executive
G  | Mr D Dunmore | Non-Executive Director
G  | Mrs A Keighley | Non-Executive Director
G  | Prof. M Ratcliffe | Non-Executive Director
G  | Mrs R Aspinall | Director of Finance
G  | Mr P Halloran | Director of Operations
G  | Miss H Greaves | Director of Nursing
G <b>IN ATTENDANCE:</b> | Dr S Coles | Deputy Medical Director
G  | Mrs L Pearce | Trust Secretary
G  | 3 members of the public | 
S 8
R 05.061 | <b>APOLOGIES FOR ABSENCE</b>
R  | Apologies were received from Mrs J Whitlock, Non-Executive Director, and Dr P Anand, Medical Director, who was represented by Dr Coles.
R 05.062 | <b>DECLARATIONS OF INTEREST</b>
R  | There were no declarations of interest.
R 05.063 | <b>MINUTES OF THE MEETING HELD ON 22 MARCH 2005</b>
R  | The minutes were approved as a correct record, subject to minute 05.049 being amended to show that the theatre upgrade would finish in July, not June.
R 05.064 | <b>MATTERS ARISING AND ACTION LOG</b>
R  | 05.052 Car parking: Mr Halloran reported that the additional 60 staff spaces at Delworth would open on 9 May. All other actions on the log were complete or on the agenda.
R 05.065 | <b>CHAIRMAN'S REPORT</b>
R  | The Chairman reported that he had attended the regional chairs' meeting on 12 April, where the timetable for foundation trust applications had been discussed, and had presented long service awards to 41 staff on 19 April.
R 05.066 | <b>CHIEF EXECUTIVE'S REPORT</b>
R  | Mrs Etherington presented her report. She drew attention to the opening of the new day surgery unit at Delworth, the results of the staff survey and the strategic health authority's review of stroke services. The Board NOTED the report.
R 05.067 | <b>PERFORMANCE REPORT - MONTH 12</b>
R  | Mr Halloran presented the year end performance report. 96.4% of patients had been seen within four hours in the emergency department in March and no patient had waited more than nine months for an operation. Mr Dunmore asked about the rise in cancelled operations in February; Mr Halloran said this was due to bed pressures and had now reduced.
R  | The Board NOTED the performance against targets for 2004/05.
R 05.068 | <b>FINANCIAL POSITION 2004/05 AND BUDGET 2005/06</b>
R  | Mrs Aspinall reported that the Trust had met its break-even duty for 2004/05 with a small surplus of £112,000, subject to audit. She presented the budget for 2005/06, which included cost improvement plans of £4.2m. Prof. Ratcliffe asked how much of the savings plan had been identified; Mrs Aspinall said schemes worth £3.1m were in place.
R  | RESOLVED: that the Trust Board (i) notes the financial position for 2004/05; and (ii) approves the revenue and capital budgets for 2005/06 as presented.
R 05.069 | <b>INFECTION CONTROL ANNUAL REPORT</b>
R  | Dr Coles presented the annual report of the infection control team. There had been 31 MRSA bacteraemias in the year against a ceiling of 28. Miss Greaves described the hand hygiene campaign starting in May. The Board RECEIVED the report and NOTED the action plan.
R 05.070 | <b>STANDING ORDERS AND STANDING FINANCIAL INSTRUCTIONS</b>
R  | Mrs Pearce explained the changes, which raise the limits for single tender waivers in line with inflation. RESOLVED: that the revised Standing Orders and Standing Financial Instructions be adopted from 1 May 2005.
R 05.071 | <b>CHARITABLE FUNDS - APPOINTMENT OF TRUSTEE</b>
R  | It was AGREED that Mrs Keighley be appointed to the Charitable Funds Committee in place of Mrs Whitlock.
R 05.072 | <b>QUESTIONS FROM MEMBERS OF THE PUBLIC</b>
R  | A member of the public asked whether car parking charges for visitors would rise this year. Mr Halloran replied that there were no plans to increase charges before April 2006.
R 05.073 | <b>DATE OF NEXT MEETING</b>
R  | Tuesday 24 May 2005 at 2.00pm, Sallow House, Ravensford General Hospital.
