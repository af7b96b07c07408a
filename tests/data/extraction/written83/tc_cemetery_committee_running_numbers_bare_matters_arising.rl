@title Cemetery Management Committee 16 March 2005
@font Helvetica
@fontsize 10.5
@numcol 16
@footer {page}
HC MINUTES OF A MEETING OF THE CEMETERY MANAGEMENT COMMITTEE HELD ON WEDNESDAY 16TH MARCH 2005 AT 7.00PM IN THE COUNCIL CHAMBER, ORCHARD CENTRE, HARNWELL
S 4
G Committee Members: | Mrs P Raynor (Chairman) D Kettle R Nunn
G Also present: | Mrs A Tolley Mrs S Garside Councillors Mrs Pruett and Lacey, and the Clerk
S 4
R 1462. | <b>APOLOGIES</b>
P Apologies for absence were received on behalf of Councillor Benson.
R 1463. | <b>DISCLOSURE OF MEMBERS INTERESTS</b>
P There were no disclosures of interest. Members were reminded that if at any time during the meeting they feel they have an interest in an item being discussed, they should declare it at that point.
R 1464. | <b>PUBLIC PARTICIPATION – QUESTIONS, COMMENTS AND RESPONSES</b>
P One member of the public asked whether the cemetery gates could be left open until 8pm during the summer. The Chairman replied that the request would be considered under minute 1470.
H MATTERS ARISING
R 1465. | Actions following walkabout (see minute 1455-19/01/05)
P Following receipt of our original letter requesting removal of unauthorised kerbs and chippings around plots in the Lawn Section, two memorial permit holders have removed the items. A further inspection of the Lawn Section has recently been undertaken and five further plots have been identified. Another letter has been sent (and was read to Members). Mrs Garside declared an interest at this point, and advised that a family grave in the Lawn Section had a small vase on the plot and she would remove it herself.
R 1466. | Memorial safety testing (see minute 1457-19/01/05)
P D Kettle reported that the testing of memorials in the Old Section had been completed and that 14 memorials had failed. Notices have been placed on the failed memorials and the families, where known, have been written to.
R 1467. | <b>CORRESPONDENCE</b>
P A letter from the Ouseland Association of Local Councils concerning the new guidance on memorial safety was received and noted.
R 1468. | <b>CEMETERY EXTENSION – LAND AT PEARTREE FARM</b>
P The Chairman reported on the meeting with the agent for the owners of Peartree Farm. The owners were willing to sell 0.8 hectares adjoining the Lawn Section. R Nunn asked that a drainage survey be carried out before any offer was made.
P RESOLVED to recommend to Full Council that the District Valuer be instructed to value the land and that a drainage survey be commissioned at a cost not exceeding £900.
R 1469. | <b>FEES AND CHARGES 2005/06</b>
P Mrs Tolley presented a comparison of fees charged by neighbouring councils. It was AGREED to recommend to Council that all cemetery fees be increased by 4% from 1st April 2005, with the fees for non-residents remaining at double the resident fee.
R 1470. | <b>GROUNDS MAINTENANCE</b>
P The Groundsman, Mr Bright, reported that the spring cut had started and that the hedge along Church Walk had been laid. Councillor Lacey asked that the summer opening hours requested under minute 1464 be trialled this year. Members noted the report.
R 1471. | <b>CHAPEL ROOF</b>
P Only one quotation had been received for the repair of the slipped tiles on the chapel roof. This item was deferred until the next meeting so that two further quotations could be obtained.
R 1472. | <b>ITEMS FOR NEXT AGENDA</b>
P Chapel roof; memorial safety – follow up; summer opening hours.
R 1473. | <b>DATE OF NEXT MEETING</b>
P Wednesday 18th May 2005 at 7.00pm in the Council Chamber.
S 4
P The meeting closed at 8.40pm.
