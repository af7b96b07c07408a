@title Minutes 21 June 2019
@font Helvetica
@fontsize 10.5
@header Hedleyfield Parish Council  ·  Council Chambers, 4 Quarry Row, Crawstone Moor DH7 9ZZ  ·  Tel 01632 960 118
@footer 2019 {page}
@pageoffset 13
HC CRAWSTONE AND HEDLEYFIELD PARISH COUNCIL
C (formerly Hedleyfield Parish Council)
S 4
H MINUTES OF THE PARISH COUNCIL MEETING HELD IN THE COUNCIL CHAMBERS 4 QUARRY ROW, CRAWSTONE MOOR ON FRIDAY 21ST JUNE 2019 AT 6.30 PM
P <b>PRESENT</b> Councillor Mrs J Hebburn (in the Chair) and Councillors Archer, Mrs Archer, Bewick, Mrs Coulson, Dodds, Mrs Gatenby, Heron, Lamb, Mrs Pattinson, Rutter, Stoker and Wardle
P In attendance: Mrs A Tolland (Clerk to the Council)
H 31. DECLARATIONS OF INTEREST
P Declarations of interest were received from Councillor Mrs Gatenby – Item 41 Quotations for gates at Hedleyfield play area (family member employed by one of the firms) and Councillor Lamb – Item 42 Summer Holiday Family Activities Programme (volunteer with Crawstone Youth Project).
P RESOLVED: To receive the declarations of interest.
H 32. PUBLIC PARTICIPATION
P No member of the public asked to speak.
H 33. APOLOGIES FOR ABSENCE
P Apologies for absence were received from Councillors Ferry, Mrs Liddle and Nixon.
P RESOLVED: To receive the apologies.
H 34. APPROVAL OF MINUTES OF THE MEETING HELD ON 17TH MAY 2019
P Councillor Dodds asked that his apologies, omitted from minute 6, be added.
P RESOLVED: To amend the minutes and then confirm them as a true record, signed by the Chairman.
H 35. APPROVAL OF MINUTES OF ALLOTMENT COMMITTEE HELD ON 4TH JUNE 2019
P RESOLVED: That the minutes be confirmed as a true record and signed by the Chairman.
H 36. APPROVAL OF MINUTES OF FINANCE COMMITTEE HELD ON 5TH JUNE 2019
P RESOLVED: That the minutes be confirmed and signed, and that the Council approve the Annual Governance Statement and the Accounting Statements (Sections 1 and 2 of the annual return) for 2018/19.
H 37. CHANGE OF NAME OF THE COUNCIL
P The Clerk reported that the Reorganisation Order made by the County Council after the community governance review took effect on 1st April 2019. The parish and the Council are now named Crawstone and Hedleyfield; the number of councillors is unchanged until the elections in 2021. Existing stocks of headed paper would be used up for internal papers only. Councillor Heron asked that the notice boards at Crawstone Moor be changed first, as residents there had asked for the change.
P RESOLVED: That the Clerk order new headed paper, signs for the two notice boards and an amended bank mandate, at a cost not exceeding £400.
H 38. POLICE REPORT
P Sergeant Kevin Ord gave a report of crime in Crawstone Moor, Hedleyfield and Low Hedley. Members asked that the police website be updated to show the new parish name and the dates of the next PACT meetings. Sergeant Ord said he would raise this with the web team.
P RESOLVED: To receive the report.
H 39. REPORT FROM UNITARY COUNCILLORS
P Councillor Stoker gave the unitary councillors' report:-
P • the new waste contract starts in October with a fortnightly garden waste round • eleven fixed penalty notices had been issued in the area for fly-tipping since January • the Local Plan examination hearings would resume in September
P RESOLVED: To receive the report.
H 40. PRESENTATION OF DONATIONS
P The Chairman handed over the Council's donations to the Hedleyfield Over 60s Club and the Crawstone Moor Community Garden.
H 41. QUOTATIONS FOR GATES AT HEDLEYFIELD PLAY AREA
P Councillor Mrs Gatenby left the meeting for this item. Three quotations had been received for two self-closing gates. Councillor Wardle proposed the lowest quotation; Councillor Mrs Coulson preferred galvanised gates at the higher price. On a vote (9 for, 2 against):
P RESOLVED: To accept the quotation of Hedley Vale Fencing of £2,860 plus VAT.
P Councillor Mrs Gatenby returned to the meeting.
H 42. SUMMER HOLIDAY FAMILY ACTIVITIES PROGRAMME 2019
P The Clerk circulated the draft programme of eleven activity days. Councillor Mrs Pattinson asked that one day be held at Low Hedley.
P RESOLVED: To approve the programme with one day moved to Low Hedley Community Centre.
H 43. CORRESPONDENCE
P (a) County Council – confirmation of the Reorganisation Order (b) Village Hall Association – thanks for grant (c) Rural Community Council – training dates
P RESOLVED: To note the correspondence.
H 44. PLANNING APPLICATIONS
P DM/19/01588/FPA – 12 Wardle Terrace, Hedleyfield – single storey rear extension.
P RESOLVED: To raise no objection.
H 45. ACCOUNTS FOR PAYMENT
P RESOLVED: That accounts totalling £6,412.37 as listed on the schedule be approved for payment.
H 46. DATE OF NEXT MEETING
P Friday 19th July 2019 at 6.30 pm in the Council Chambers.
S 8
P The meeting closed at 8.05 pm.
S 14
P Signed ………………………………… Chairman          Date ………………………
