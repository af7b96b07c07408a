@title Caerfelin with Pentref Town Council - Agenda Pack 20 November 2007
@font Helvetica
@fontsize 10.5
@numcol 16
@header Caerfelin with Pentref Town Council||Town Council 20th November 2007
@footer Agenda Pack – Page {page}
HC CAERFELIN WITH PENTREF TOWN COUNCIL
C Town Hall, High Street, Caerfelin, Vale of Morlais CF71 4BX
C Tel: 01446 771850 – townclerk@caerfelin-tc.gov.uk
S 6
P 14th November 2007
P To: The Mayor and All Members of the Town Council
P You are hereby summoned to attend a meeting of the Town Council to be held in the Council Chamber, Town Hall, Caerfelin on Tuesday 20th November 2007 at 7.00pm for the transaction of the following business.
P Ms C. Lewis-Rowe<br/>Town Clerk
HC AGENDA
P The Mayor’s Chaplain will lead the Council in prayer.
P <b>Item 1.</b> Apologies for Absence.
P <b>Item 2.</b> Declarations of Interest.
P <b>Item 3.</b> Vale of Morlais Council Matters.
P <b>Item 4.</b> Public Question Time (maximum 15 minutes).
P <b>Item 5.</b> Community Police Matters.
P <b>Item 6.</b> To approve the Minutes of the meeting held on 16th October 2007 (attached).
P <b>Item 7.</b> The Financial Report – October 2007 (report attached).
P <b>Item 8.</b> Reports from Committees: a) Planning – 5th November 2007; b) Town Hall – 6th November 2007; c) Leisure &amp; Amenities – 6th November 2007.
P <b>Item 9.</b> Christmas Lights 2007 (report attached).
P <b>Item 10.</b> Correspondence.
P <b>Item 11.</b> Exclusion of the Press and Public – to resolve that under the Public Bodies (Admission to Meetings) Act 1960 the press and public be excluded for the following item on the grounds that it concerns the terms of employment of staff.
P <b>Item 12.</b> Town Hall – Caretaker’s Hours (Part 2).
PB
HC CAERFELIN WITH PENTREF TOWN COUNCIL
T Agenda Item: | 7
T Subject: | The Financial Report – October 2007
T Report of: | Assistant Town Clerk
T Date: | 13th November 2007
H 1. Purpose of Report
P To present the income and expenditure of the Council for the month of October 2007 and to seek approval for the payments listed in the Appendix.
H 2. Summary
P Income for October totalled £2,315.60, of which £1,840.00 was hire of the Town Hall. Expenditure totalled £6,904.12 including the half-yearly insurance premium (£2,211.00) and the second instalment for the cemetery wall (£2,850.00). The balance on the General Account at 31st October 2007 was £41,288.19.
H 3. Recommendation
P That the report be received and the payments listed in the Appendix be approved.
PB
HC CAERFELIN WITH PENTREF TOWN COUNCIL
T Agenda Item: | 9
T Subject: | Christmas Lights 2007 – Switch-on Arrangements
T Report of: | Town Clerk
T Date: | 13th November 2007
H 1. Background
P The Council agreed in September to fund the Christmas lights in the High Street and Eastgate for a further year. The contractor has confirmed installation on 26th and 27th November.
H 2. Switch-on Evening
P The Chamber of Trade proposes that the switch-on take place on Friday 30th November at 6.00pm, with the road closed between 5.30pm and 8.00pm. The Vale of Morlais Council requires the Town Council to apply for the temporary road closure and to provide stewards.
H 3. Recommendation
P That the Town Council applies for the road closure, provides six stewards and contributes £300 towards the Chamber of Trade’s costs for the evening.
PB
HC CAERFELIN WITH PENTREF TOWN COUNCIL
C <b>Minutes of the Town Council Meeting held in the Council Chamber, Town Hall, on Tuesday 16th October 2007 at 7.00pm.</b>
P <b>Present:</b> Mayor – Cllr R. G. Howells<br/>Deputy Mayor – Councillor Mrs E. Talfan
P <b>In Attendance:</b> Councillors: M. J. Aubrey, Mrs S. Bevan, D. Carrow, Mrs P. Eynon, T. Gwilt, Mrs A. Maddox, J. Pritchard.
P Town Clerk – Ms C. Lewis-Rowe &nbsp;&nbsp; Assistant Town Clerk – Ms J. Dyfnallt
P Councillor H. Vaughan-Price – Vale of Morlais Council Representative
P The Mayor, Cllr R. G. Howells preceded the meeting with a prayer.
H Item 1. Apologies for Absence.
R 87/07 | Councillor N. Stradling – Personal; Councillor Mrs L. Rhydderch – Holiday.
H Item 2. Declarations of Interest.
R 88/07 | Councillor D. Carrow declared a personal interest in Item 9 as a member of the Chamber of Trade.
H Item 3. Vale of Morlais Council Matters
R 89/07 | The Mayor welcomed Councillor H. Vaughan-Price to the meeting.<br/>A) Eastgate Car Park<br/>Cllr Vaughan-Price advised that the Vale of Morlais Council would consult on new charges for the Eastgate car park in the New Year. Cllr Pritchard asked that the first hour remain free for shoppers.<br/>B) Public Conveniences<br/>Cllr Vaughan-Price confirmed that the toilets in Westgate would not close before the end of March 2008.
H Item 4. Public Question Time
R 90/07 | Mr D. Penhallow of the Chamber of Trade addressed the meeting about the Christmas switch-on and asked the Council to consider supporting the event. The Mayor confirmed that a report would be brought to the November meeting.
H Item 5. Community Police Matters
R 91/07 | PC R. Iorwerth provided members with an incident report for September. Councillor Mrs Bevan raised the matter of parking on the pavement in Church Street. PC Iorwerth noted the request.
H Item 6. Minutes
R 92/07 | The Minutes of the meeting held on 18th September 2007 were approved as a true record and signed by the Mayor.
H Item 7. The Financial Report – September 2007
R 93/07 | The Assistant Town Clerk presented the report. It was RESOLVED that the report be received and the payments listed be approved.
H Item 8. Reports from Committees
R 94/07 | a) The Minutes of the Planning Committee held on 1st October 2007 were received and adopted.<br/>b) The Minutes of the Town Hall Committee held on 2nd October 2007 were received and adopted.
H Item 9. Christmas Lights
R 95/07 | Councillor Gwilt reported on the condition of the High Street lights. It was agreed that the Town Clerk obtain a price for six additional motifs for Eastgate.
H Item 10. Correspondence
R 96/07 | The list of correspondence was noted.
H Item 11. Exclusion of the Press and Public
R 97/07 | It was RESOLVED that the press and public be excluded from the meeting for the following item, which concerned the terms of employment of staff.
H Item 12. Town Hall – Caretaker’s Hours
R 98/07 | Following discussion, it was agreed to defer the matter to the Town Hall Committee on 6th November 2007 for a full review of the caretaking duties.
S 8
P The meeting closed at 8.55pm.
P Signed ......................................... Mayor &nbsp;&nbsp; Date ......................
