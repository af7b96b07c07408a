@title Special Council Meeting - 11 December 2018
@font Helvetica
@fontsize 10.5
@header_first  
@header Kindilan Hills Council – Special Council Meeting – 11 December 2018
@footer ||{page}
HC NOTICE OF SPECIAL COUNCIL MEETING
S 10
G To: | Mayor Rhonda Pilkington
G  | 
G Ridgeway Ward | Councillor Tom Bexley
G  | Councillor Marguerite Dunstan
G  | Councillor Ivan Pocock
G  | Councillor Sally Renwick
G  | Councillor Craig Yeomans
G Creekside Ward | Councillor Anita Glasson
G  | Councillor Brett Kowalczyk
G  | Councillor Fiona Lutterell
G  | Councillor Nigel Pardew
G  | Councillor Joanne Smethurst
S 8
P Under Section 82 of the <i>Local Government Act 1999</i>, notice is given that the Council will hold a Special Meeting on:
T <b>Tuesday 11 December 2018</b> | <b>7.00pm</b> | <b>Council Chamber, 18 Quarry Road, Kindilan</b>
P <b>Business of the meeting:</b>
P 1. Appointment of a Council Member to the Council Assessment Panel (CAP)
P 2. Audit Committee – Appointment of an Independent Member
P The agenda for the meeting is attached in accordance with Section 83 of the Act, and public notice of the agenda has been given under Section 84. Members of the community are welcome to attend.
S 24
P Ian Threlfall
P <b>Chief Executive Officer</b>
P Wednesday 5 December 2018
PB
HC KINDILAN HILLS COUNCIL
HC SPECIAL COUNCIL MEETING
C Tuesday 11 December 2018, 7.00pm
C Council Chamber, 18 Quarry Road, Kindilan
S 6
HC AGENDA
S 6
H 1. COMMENCEMENT
H 2. OPENING STATEMENT
P Council acknowledges the traditional custodians of the lands and waters of the Kindilan Hills and pays its respects to their Elders.
H 3. APOLOGIES/LEAVE OF ABSENCE
P 3.1 Apology
P 3.2 Leave of Absence
P 3.3 Absent
H 4. DECLARATION OF CONFLICT OF INTEREST BY MEMBERS OF COUNCIL
H 5. OFFICER REPORTS – DECISION ITEMS
P 5.1 Council Assessment Panel – Appointment of Council Member
P 5.2 Audit Committee – Appointment of Independent Member
H 6. NEXT MEETING
P Ordinary Council Meeting – Tuesday 18 December 2018, 6.30pm, Council Chamber, 18 Quarry Road, Kindilan
H 7. CLOSE MEETING
PB
HC KINDILAN HILLS COUNCIL
HC SPECIAL COUNCIL MEETING
C Tuesday 11 December 2018
HC AGENDA BUSINESS ITEM
S 6
G <b>Item:</b> | 5.1
G <b>Originating Officer:</b> | Clare Mostyn, Governance Officer
G <b>Responsible Director:</b> | Warren Heale, Director Corporate Services
G <b>Subject:</b> | Appointment of Council Member to the Council Assessment Panel
G <b>For:</b> | Decision
S 6
H SUMMARY
P The term of the Council Member on the Council Assessment Panel (CAP) ended on 30 November 2018, when Councillor Dunstan stepped down from the Panel. Council must appoint one of its Members to the Panel so that it can continue to determine development applications from its January 2019 sitting.
P The Panel's terms of reference allow Council to appoint a deputy member at the same time.
H RECOMMENDATION
P Council resolves:
P 1. That the report be received and noted.
P 2. To appoint Councillor ________________ as the Council Member of the Council Assessment Panel for a term ending 30 November 2020.
P 3. To appoint Councillor ________________ as the Deputy Council Member of the Council Assessment Panel for the same term.
P 4. That the sitting fee for the Council Member remains at $300 per meeting.
H 1. BACKGROUND
P Under the <i>Planning, Development and Infrastructure Act 2016</i> a council assessment panel may include one member of the council. Council last appointed a Member in December 2016.
P The Panel met eleven times in 2018 and determined 64 applications.
H 2. ANALYSIS
P Members interested in the position should note that the Panel meets on the second Wednesday of each month at 6.00pm, and that the Council Member must complete the accredited professional training before sitting.
H 3. APPENDICES
P (1) Council Assessment Panel – Terms of Reference
PB
HC KINDILAN HILLS COUNCIL
HC SPECIAL COUNCIL MEETING
C Tuesday 11 December 2018
HC AGENDA BUSINESS ITEM
S 6
G <b>Item:</b> | 5.2
G <b>Originating Officer:</b> | Clare Mostyn, Governance Officer
G <b>Responsible Director:</b> | Warren Heale, Director Corporate Services
G <b>Subject:</b> | Audit Committee – Appointment of Independent Member
G <b>For:</b> | Decision
S 6
H SUMMARY
P One of the three independent members of the Audit Committee, Mr Robert Liang, resigned in October 2018. A call for expressions of interest closed on 23 November 2018 and five were received.
P A selection panel of the Mayor, the Audit Committee Presiding Member and the Chief Executive Officer interviewed three candidates and recommends the appointment of Ms Helena Sarkis.
H RECOMMENDATION
P Council resolves:
P 1. That the report be received and noted.
P 2. To appoint Ms Helena Sarkis as an independent member of the Audit Committee from 1 January 2019 to 31 December 2021.
P 3. That the sitting fee for independent members remains at $450 per meeting.
H 1. BACKGROUND
P The Audit Committee is established under Section 126 of the <i>Local Government Act 1999</i> and consists of two Council Members and three independent members.
H 2. ANALYSIS
P Ms Sarkis is a chartered accountant with twelve years' experience in internal audit in the water industry and has sat on the audit committee of a regional health network.
H 3. APPENDICES
P (1) Audit Committee – Terms of Reference
