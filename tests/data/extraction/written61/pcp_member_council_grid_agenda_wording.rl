@title Saxmere Police and Crime Panel minutes 4 February 2025
@font Helvetica
@fontsize 10.5
@numcol 13
@footer Saxmere Police and Crime Panel – 4 February 2025||{page}
H Saxmere Police and Crime Panel
P Minutes of the Meeting held on 4 February 2025 at 10am in the Mardle Room, County Hall, Thornwich
H Main Panel Members Present:
G Mr Walter Pennyfeather (Chairman) | Saxmere County Council
G Mr Timothy Aldous | Saxmere County Council
G Mrs Rosemary Quinton | Saxmere County Council
G Mr Ian Forsdyke | North Saxmere District Council
G Dr Helen Gosling (Vice-Chairman) | South Saxmere Council
G Mr Callum Ruddiman | Borough Council of Elsingham and West Saxmere
G Miss Poppy Lound | Thornmouth Borough Council
G Mr Kwame Asante | Thornwich City Council
G Mr Derek Gissing | Heathland District Council
G Mrs Joan Ellingham | Broadmere District Council
G Mr Peter Colkett | Co-opted Independent Member
G Group Captain Alison Reeve | Co-opted Independent Member
H Officers Present:
G Mr Simon Loades | Assistant Head of Democratic Services, Saxmere County Council (SCC)
G Mrs Karen Hemsley | Democratic Support and Scrutiny Team Manager, SCC
H Others Present:
G Mr Graham Bulwer | Chief Constable, Saxmere Constabulary
G Mr Lionel Grice | Police and Crime Commissioner (PCC) for Saxmere
G Mrs Hannah Mottram | Chief Executive, Office of the Police and Crime Commissioner for Saxmere (OPCCS)
G Mr Rupert Kimber | Chief Finance Officer, OPCCS
G Ms Dawn Scarfe | Director of Performance and Scrutiny, OPCCS
S 6
R <b>1.</b> | <b>To receive apologies and details of any substitute Members attending</b>
R 1.1 | Apologies had been received from Mr Nathan Swaffield, substituted by Miss Poppy Lound.
R <b>2.</b> | <b>Members to Declare any Interests</b>
R 2.1 | There were no interests declared.
R <b>3.</b> | <b>To receive any items of business which the Chairman decides should be considered as a matter of urgency</b>
R 3.1 | There were no items of urgent business.
R <b>4.</b> | <b>Minutes</b>
R 4.1 | The minutes of the meeting held on 26 November 2024 were confirmed as an accurate record and signed by the Chairman.
R <b>5.</b> | <b>Public Questions</b>
R 5.1 | No public questions had been received.
R <b>6.</b> | <b>Police and Crime Commissioner for Saxmere’s proposed precept for 2025/26</b>
R 6.1 | The Panel received a report that set out the Police and Crime Commissioner’s proposal for the policing part of the council tax for 2025/26, together with the supporting budget papers and the outcome of the public consultation.
R 6.2 | The PCC introduced his proposal for an increase of £14 a year for a Band D property, the maximum permitted without a referendum. He said that 58 per cent of the 2,911 people who had responded to the consultation had supported an increase of at least that amount.
R 6.3 | The Chief Finance Officer, OPCCS, explained that even with the full increase the Constabulary would need to make savings of £3.2m in 2025/26, largely through the regional collaboration on forensic services.
R 6.4 | Dr Helen Gosling asked how the increase would affect the number of officers in rural areas. The Chief Constable said that officer numbers would be maintained at 1,742 and that the six rural beat teams would be protected.
R 6.5 | Mr Kwame Asante asked whether any of the savings would fall on the victim support services commissioned by the PCC. The PCC replied that those services were funded separately by a Ministry of Justice grant and would not be affected.
R 6.6 | Mr Ian Forsdyke proposed, seconded by Mrs Joan Ellingham, that the Panel support the proposed precept. A recorded vote was taken:
R 6.7 | For (10): Mr Aldous, Mr Asante, Mr Colkett, Mrs Ellingham, Mr Forsdyke, Mr Gissing, Dr Gosling, Miss Lound, Mr Pennyfeather and Mrs Quinton. Against (1): Mr Ruddiman. Abstention (1): Group Captain Reeve.
R 6.8 | The Panel RESOLVED to 1) Support the PCC’s proposed precept of £313.47 for a Band D property in 2025/26, and 2) Note that the PCC would publish the final budget by 1 March 2025.
R <b>7.</b> | <b>Police and Crime Plan Performance Monitoring</b>
R 7.1 | The Panel received a report that provided an overview of progress against the Police and Crime Plan priorities for the period April to December 2024.
R 7.2 | The Director of Performance and Scrutiny, OPCCS, highlighted the fall in the average time taken to answer 101 calls. Mrs Rosemary Quinton asked why the figures for rural burglary had risen. The Chief Constable said that two organised groups had been responsible for much of the increase and that both had since been disrupted.
R 7.3 | The Panel noted the report.
R <b>8.</b> | <b>Complaints Policy Sub-Panel update</b>
R 8.1 | Mr Simon Loades reported that the Sub-Panel had met once since the last meeting and had resolved one complaint informally. No complaints were outstanding.
R 8.2 | The Panel agreed that the Sub-Panel’s terms of reference be reviewed at the annual meeting in June.
R <b>9.</b> | <b>Information Bulletin – questions arising to the PCC</b>
R 9.1 | Group Captain Alison Reeve asked about the timetable for the new custody suite at Elsingham. The PCC said that the contract would be let in the summer and the suite would open in 2027.
R 9.2 | The Panel noted the information bulletin.
R <b>10.</b> | <b>Forward Work Programme</b>
R 10.1 | The Panel agreed the forward work programme, with the addition of a themed session on rural and wildlife crime at the September meeting.
R <b>11.</b> | <b>Date of next meeting</b>
R 11.1 | The next meeting will be held on Tuesday 8 April 2025 at 10am in the Mardle Room, County Hall.
S 6
P The meeting ended at 12.41pm.
S 10
P Mr Walter Pennyfeather, Chairman
S 10
I If you need these minutes in large print, audio, Braille, alternative format or in a different language please contact Karen Hemsley on 0344 680 2211 (Text relay – 18001 0344 680 2211) and we will do our best to help.
