@title Brindlecote Parish Council minutes February 2013
@font Times-Roman
@fontsize 11
@header BRINDLECOTE PARISH COUNCIL||MINUTES 2013
@footer {page}
@pageoffset 161
HC MINUTES OF THE MEETING OF THE BRINDLECOTE PARISH COUNCIL HELD ON TUESDAY 12th February at 7.45PM IN THE MEMORIAL HALL
G <b>PRESENT:</b> | Councillors: | K A Whitmore (Chairman), J Ollerenshaw, R Patel, D Ferneyhough, S Lomax, T Gidley, M Hartopp, P Rennie, A Chaudhry, B Kettle, L Duxbury
G <b>ALSO PRESENT:</b> | | The Clerk, The Deputy Clerk, 4 members of the public, PCSO Ambler
G <b>APOLOGIES:</b> | Councillors: | H Saddington, G Ward
P ********************************************************************************
HC MINUTES OF THE MEETING OF THE FINANCE COMMITTEE ON TUESDAY 12th FEBRUARY AT 7.15PM IN THE LIBRARY
G <b>PRESENT:</b> | Councillors; | K A Whitmore (Chairman), R Patel, S Lomax, P Rennie, B Kettle
G <b>ALSO PRESENT:</b> | | The Clerk (Mr D Fairclough) &amp; Deputy Clerk (Mrs K Pardoe)
R 1. | <b>To Receive apologies for Absence:</b> None
R 2. | <b>Disclosures of Interest</b> - To receive disclosures from Members and Officers and the nature of those interests as specified in respect of items on this agenda. Cllr B Kettle declared an interest in item 5.
R 3. | <b>Monthly Expenditure Report – Mrs K Pardoe</b><br/>The Deputy Clerk presented cheque no’s 110402 to 110419 for invoices and petty cash and direct debits totalling £27,914.63 for February. Councillor Rennie queried the cost of the new fire alarm contract and was of the opinion that a second quotation should have been obtained.
R 4. | <b>Monthly Income Report - Mrs K Pardoe</b><br/>The Deputy Clerk presented income reports for January. It was proposed and seconded that the Council accepts the accounts.<br/><b>Resolved:</b> The motion was carried
R 5. | <b>Insurance Renewal – Community Centre</b><br/>The Clerk reported that the insurer had quoted £4,126 for the renewal of the community centre and pavilion policy, an increase of 6 per cent. Having declared an interest, Cllr Kettle did not take part in the discussion.<br/><b>Resolved:</b> To accept the renewal quotation of £4,126
R 6. | <b>Precept 2013/14</b><br/>The Clerk presented the draft budget. Councillor Lomax proposed that the precept be held at the 2012/13 level, using £6,000 from reserves for the pavilion roof.<br/><b>Recommended to Full Council:</b> That a precept of £148,500 be requested for 2013/14
R 7. | <b>Date of Next Meeting</b> – Tuesday 12th March 2013 at 7.15pm in the Library
P ********************************************************************************
HC FULL COUNCIL
R 1. | <b>Apologies for Absence:</b> Councillors Saddington and Ward. The reasons given were accepted.
R 2. | <b>Disclosures of Interest:</b> Cllr Kettle declared an interest in item 9 as a member of the Bowls Club.
R 3. | <b>Public Forum</b><br/>A resident of Lowfield Road asked when the damaged bus shelter would be replaced. The Clerk replied that the order had been placed and the shelter would be fitted by the end of March. Another resident raised the parking on the grass verges near the school at collection times.
R 4. | <b>Police Report</b><br/>PCSO Ambler reported 14 crimes in the parish during January, including two thefts from vans on the industrial estate and one burglary. Speed checks on Melton Lane had resulted in 23 warnings. Councillor Duxbury asked for speed checks near the school.
R 5. | <b>Minutes of the Meeting held on 8th January 2013</b><br/>It was proposed by Cllr Hartopp and seconded by Cllr Gidley that the minutes be signed as a true record.<br/><b>Resolved:</b> The motion was carried
R 6. | <b>Matters Arising</b><br/>Further to minute 9 (January), the Clerk confirmed that the County Council had agreed to inspect the footpath behind the Memorial Hall.
R 7. | <b>Finance Committee</b><br/>The Chairman presented the minutes of the Finance Committee held earlier in the evening.<br/><b>Resolved:</b> That the minutes of the Finance Committee be received and the accounts for February be approved
R 8. | <b>Precept 2013/14</b><br/>Following the recommendation of the Finance Committee, Councillor Lomax proposed and Councillor Patel seconded that a precept of £148,500 be requested. Councillor Ollerenshaw spoke against the use of reserves. On being put to the vote there were 9 in favour and 1 against.<br/><b>Resolved:</b> That a precept of £148,500 be requested from the Borough Council for 2013/14
R 9. | <b>Bowls Club Lease</b><br/>Having declared an interest, Cllr Kettle left the room. The Clerk reported that the Bowls Club had asked for a new 15-year lease of the green and pavilion. Members agreed in principle that the Clerk should obtain the Council's solicitor's advice on the terms.<br/>Cllr Kettle returned to the meeting.
PB
R 10. | <b>Planning Applications</b><br/>13/0112/HOU – Two storey side extension, 14 Orchard Rise – No objection.<br/>13/0131/FUL – Change of use of former bank to café, 2 Market Street – No objection, subject to the hours of opening being conditioned.<br/><b>Resolved:</b> That the above comments be forwarded to the Borough Council
R 11. | <b>Correspondence</b><br/>(a) Rural Community Council – invitation to the annual meeting on 21st March.<br/>(b) Borough Council – consultation on the draft Local Plan, closing date 5th April. To be placed on the March agenda.<br/>The correspondence was noted.
R 12. | <b>Community Centre Report</b><br/>Councillor Patel reported that bookings had increased and that the new kitchen would be finished by Easter. He thanked the volunteers who had repainted the main hall.
R 13. | <b>Councillors’ Reports and Items for Information</b><br/>Councillor Duxbury reported a blocked drain on Church Lane. Councillor Gidley reported that the Christmas lights had been taken down and stored.
R 14. | <b>Date of Next Meeting</b> – Tuesday 12th March 2013 at 7.45pm in the Memorial Hall
S 8
P The meeting closed at 9.20pm.
S 16
P Signed ……………………………… Chairman &nbsp;&nbsp;&nbsp;&nbsp; Date ………………………
