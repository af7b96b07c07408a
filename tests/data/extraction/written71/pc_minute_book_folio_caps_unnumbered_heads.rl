@title Minutes 7 March 2005
@font Times-Roman
@fontsize 11.5
@header ||{page}
@pageoffset 94
HC MINUTES OF A MEETING OF WRENSBY PARISH COUNCIL
HC HELD ON MONDAY, 7 th MARCH 2005, AT 7.45 p.m.
S 6
G PRESENT | Mr Dunmore, Mr Ashwell, Mrs Cattell, Dr Fitzjohn, Mr Gurney, Mrs Lister, Mr Nokes
G  | County Councillor Mrs Harston
G  | District Councillor Mr Pelling
G IN ATTENDANCE | 3 members of the public
G APOLOGIES | Apologies were received from Mr Rayner
P Mr Dunmore welcomed all to the meeting.
H MINUTES OF THE PREVIOUS MEETING
P No amendments were needed. Mrs Cattell proposed that the Minutes of the previous meeting held on 7 th February 2005 should be signed as a true record. Mr Gurney seconded the proposal and all were agreed.
H MATTERS ARISING FROM THE MINUTES
P <i>Bus shelter, High Street</i>
P Mr Nokes reported that the contractor would fit the new roof panels during the Easter week.
P <i>Recreation ground drainage</i>
P Dr Fitzjohn said the drainage survey had been received and would be circulated before the April meeting.
H DECLARATIONS OF INTEREST
P Mrs Lister declared a personal interest in the planning application for 14 Mill Lane, as a neighbour.
H COUNTY AND DISTRICT COUNCILLORS' REPORTS
P Mrs Harston reported that the county council budget had set a rise of 4.9%, and that the Wrensby to Royston bus subsidy would continue for a further year. Mr Pelling said the district council's local plan inquiry would open in June.
H PLANNING
P S/0318/05/F – 14 Mill Lane – conservatory. Mrs Lister left the room. Mr Ashwell proposed no objection. Mr Nokes seconded and all were agreed. Mrs Lister returned.
P S/0342/05/O – land at Hay Street – outline application for four dwellings. After a long discussion Dr Fitzjohn proposed that the Council recommend refusal, as the site lies outside the village framework. Mrs Cattell seconded. Five were in favour and one against; the proposal was carried.
H FINANCE
P The Clerk, Mrs Ravel, presented the statement of accounts. The following cheques were approved for payment: Mrs Ravel, salary, £214.00; Wrensby Village Hall, hire, £16.50; Anglian Water, allotment standpipe, £38.12. Mr Gurney proposed and Mrs Lister seconded.
H ANNUAL PARISH MEETING
P It was agreed that the Annual Parish Meeting would be held on Monday 18 th April 2005 in the Village Hall. Mr Dunmore would ask the school and the village hall committee to give reports.
H CORRESPONDENCE
P The list of correspondence had been circulated. A letter from a resident about dog fouling on the recreation ground was discussed and the Clerk was asked to order two further signs.
H ANY OTHER BUSINESS
P Mr Ashwell asked for the state of the churchyard wall to be placed on the next agenda.
H DATE OF NEXT MEETING
P Monday 4 th April 2005 at 7.45 p.m.
S 8
P There being no further business, the meeting closed at 9.35 p.m.
S 24
P Signed ……………………………………… Chairman       Date ………………………
