@title Holderwold Fire Authority 26 June 2009
@font Times-Roman
@fontsize 11
@numcol 16
@header Holderwold Fire Authority||26 June 2009
@footer {page}
@pageoffset 211
HC HOLDERWOLD FIRE AUTHORITY
C 26 JUNE 2009
P <b>Representing East Wold Council:</b>
P Councillors Ashworth MBE, Cotton, Freeman, Hibbert JP, Mellor, Raven and Skelton
P <b>Representing Kingsmere City Council:</b>
P Councillors Dawson, Gower OBE, Pickles and Wells
P <b>Representing North Carrland Council:</b>
P Councillors Burnett (Chairperson), Salter and Winter
P <b>Representing South Carrland Council:</b>
P Councillors Barnes, Hargreaves and Kenyon
P Mrs Ottley (Independent Member of the Governance and Standards Committee) attended as an observer.
P Chief Fire Officer &amp; Chief Executive, Secretary/Director of People, Director of Finance/Section 151 Officer, Assistant Chief Officer/Director of Safety, Head of Operations and Committee Manager were also present.
P Apologies for absence were received from Councillors Fielding (1. Illness), Owens (3. Constituent Authority commitments) and Sutcliffe (4. Holiday).
P The meeting was held at the Holderwold Fire and Rescue Service Headquarters, Kingsmere. Meeting commenced at 10.30 a.m.
S 4
R 2841 | <b>DECLARATIONS OF INTEREST</b> - Councillor Wells declared a personal interest in Minute 2850 as a member of the Kingsmere Community Safety Partnership. No other declarations were made in connection with any of the items to be considered at the meeting.
R 2842 | <b>MINUTES</b> – <b>Resolved</b> – That the minutes of the meeting of the Authority held on 17 April 2009, having been printed and circulated amongst the Members, be taken as read and correctly recorded and be signed by the Chairperson.
R 2843 | <b>MINUTES</b> – <b>Resolved</b> – That the minutes of the Annual General Meeting of the Authority held on 29 May 2009, having been printed and circulated amongst the Members, be taken as read and correctly recorded and be signed by the Chairperson.
R 2844 | <b>PETITIONS AND DEPUTATIONS</b> - The Secretary/Director of People stated that no petitions had been received and no requests for a deputation had been received under Rule 12, Part 4 of the Constitution.
R 2845 | <b>COMMUNICATIONS</b> - The Chairperson, Councillor Burnett, reported that he had attended the passing out parade of wholetime recruits at the Training Centre on 12 June 2009 and congratulated the recruits and the training staff. Councillor Ashworth asked that the Authority's thanks be recorded to the crews who had attended the moorland fire at Harker Moor in May.
P <b>Resolved</b> - That the communications be received.
R 2846 | <b>QUESTIONS BY MEMBERS</b> - There were no questions by Members.
R 2847 | <b>MINUTES OF COMMITTEES</b> - The Chairperson submitted the minutes of the following committees:
P (a) Governance and Standards Committee – 2 June 2009 (D)
P (b) Policy and Executive Committee – 5 June 2009 (D)
P Councillor Skelton, Chairperson of the Policy and Executive Committee, referred to minute 233 (Station Fleet Replacement) and explained the reasons for the revised programme.
P <b>Resolved</b> - That the minutes be received and the recommendations contained therein be approved.
R 2848 | <b>EXECUTIVE REPORT</b> - The Chief Fire Officer &amp; Chief Executive submitted a report updating Members on the main areas of activity since the last meeting, including the response to the moorland fires, the regional control centre project and the national pay negotiations. Councillor Dawson asked about the date on which the regional control centre would go live; the Chief Fire Officer &amp; Chief Executive stated that a date had not yet been confirmed.
P <b>Resolved</b> - That the report be received.
R 2849 | <b>STATEMENT OF ACCOUNTS 2008/09</b> - The Director of Finance/Section 151 Officer submitted the Statement of Accounts for 2008/09 for approval.
P <b>Resolved</b> - That the Statement of Accounts 2008/09 be approved and signed by the Chairperson.
R 2850 | <b>ANNUAL REPORT ON HOME SAFETY CHECKS</b> - The Assistant Chief Officer/Director of Safety submitted a report on the Home Safety Check programme for 2008/09, which showed that 14,212 checks had been completed against a target of 13,500. Councillor Gower asked that the results for each district be circulated to Members.
P <b>Resolved</b> - That the report be noted.
R 2851 | <b>ATTENDANCE AT CONFERENCES</b> - The Secretary/Director of People submitted a report on attendance at the Fire Conference 2009. A proposal by Councillor Freeman that three Members attend was not seconded.
P <b>Resolved</b> - That the Chairperson and one Member of the opposition group attend the Fire Conference 2009.
R 2852 | <b>CLOSURE OF NORTHGATE RETAINED STATION</b> - Councillor Pickles moved and Councillor Wells seconded that the consultation on the closure of Northgate retained station be halted. On being put to the vote the motion was lost.
P <b>Resolved</b> - That the consultation proceed as set out in the report of the Chief Fire Officer &amp; Chief Executive.
R 2853 | <b>EXCLUSION OF THE PRESS AND PUBLIC</b> - <b>Resolved</b> - That the press and public be excluded from the meeting for consideration of the following item on the grounds that it involves the likely disclosure of exempt information as defined in Paragraph 1 of Part 1 of Schedule 12A to the Local Government Act 1972.
R 2854 | <b>APPOINTMENT OF DEPUTY CHIEF FIRE OFFICER</b> - The Secretary/Director of People submitted a report on the arrangements for the appointment of a Deputy Chief Fire Officer.
P <b>Resolved</b> - That an Appointments Panel of five Members be established to make the appointment.
S 10
P Meeting closed at 12.05 p.m.
