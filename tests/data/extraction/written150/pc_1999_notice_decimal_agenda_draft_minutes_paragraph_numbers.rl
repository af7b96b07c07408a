@title St Colvan Parish Council November 1999
@font Times-Roman
@fontsize 11
@footer Page {page}
HC ST COLVAN PARISH COUNCIL
C Clerk: Miss J Rickard, Trelease, St Colvan, Truro
S 6
P NOTICE IS HEREBY GIVEN that a Meeting of the Parish Council will be held in the Village Hall, St Colvan on Monday 15th November 1999 at 7.30 pm. Members are summoned to attend.
P J Rickard, Clerk to the Council&nbsp;&nbsp;&nbsp;&nbsp;&nbsp;&nbsp;8th November 1999
S 4
HC AGENDA
P 1. Chairman's Announcements
P 2. Suggestions from members of the public
P 3. Approval of the Minutes of the meeting held on 18th October 1999 (draft attached)
P 4. Matters Arising from the minutes
P 5. County and District Council Matters
P 6. Planning
P 6.1 Applications received: 99/1487 Trevose Barton – agricultural worker's dwelling; 99/1503 3 Chapel Row – front porch
P 6.2 Decisions notified by the District Council
P 7. Millennium Celebrations
P 7.1 Beacon on Colvan Downs – report of the working group
P 7.2 Commemorative mugs for the schoolchildren – quotations
P 8. Finance
P 8.1 Accounts for payment
P 8.2 Precept 2000/01 – first consideration
P 9. Correspondence
P 10. Any other business (for information only)
P 11. Date of next meeting
PB
HC ST COLVAN PARISH COUNCIL
C DRAFT
P <b>Minutes of the meeting held on Monday 18th October 1999 in the Village Hall at 7.30 pm</b>
P Present: Cllr. Kessell (Chairman) Cllr. Bray from point mentioned Cllr. Chenoweth Cllr. Harvey Cllr. Nicholls
P Apologies: Cllr. Rowe
P In Attendance: Miss J Rickard (Clerk) Cllr. Trethewey (County Council) (until point mentioned) Three members of the public (from and to points mentioned)
P <b>1. Chairman's Announcements</b> 1.1 The Chairman welcomed the three members of the public and reminded them that they could speak under item 2 only.
P <b>2. Suggestions from members of the public</b> 2.1 A member of the public asked whether the Parish Council would support a bottle bank in the village hall car park. 2.2 The Chairman explained that the District Council had offered a bank for a trial period and that the hall committee would be asked for its views.
P Councillor Bray joined the meeting at 7.41pm.
P <b>3. Approval of the Minutes of the meeting held on 20th September 1999</b> 3.1 The minutes of the meeting held on 20th September 1999 were approved for signing by the Chairman, with the following amendment to item 6.2: "the hedge is to be cut back by the landowner, not the Highways Department". (Proposed by Councillor Harvey, Seconded by Councillor Nicholls, carried unanimously.)
P <b>4. Matters Arising from the minutes</b> 4.1 There were no matters arising.
P <b>5. County Council Matters</b> 5.1 Councillor Trethewey's written report was received and noted. 5.2 Councillor Trethewey informed members that the resurfacing of the Churchtown road had been moved to the spring because of the wet weather.
P Councillor Trethewey left the meeting at 8.05pm.
P <b>6. Planning</b> 6.1 99/1320 Polwhele Farm – extension to farm shop. Support. (Proposed by Councillor Chenoweth, Seconded by Councillor Bray, carried unanimously.) 6.2 99/1355 Land at Higher Carvossa – two dwellings. Members could not agree a view and it was resolved to tell the District Council that the Parish Council would make no comment. (Proposed by Councillor Harvey, Seconded by Councillor Kessell, carried 3 votes to 2.)
P <b>7. Millennium Celebrations</b> 7.1 Councillor Nicholls reported that the beacon working group had met twice and that the landowner at Colvan Downs had agreed to the beacon being lit on his land. 7.2 It was agreed that the Clerk should obtain three quotations for commemorative mugs for the 64 children at the school.
P <b>8. Finance</b> 8.1 The following accounts were approved for payment: Clerk's salary (quarter) £210.00; Village Hall hire £24.00; Cornwall Association of Local Councils subscription £41.50. (Proposed by Councillor Bray, Seconded by Councillor Chenoweth, carried unanimously.)
P <b>9. Correspondence</b> 9.1 The list of correspondence was noted.
P <b>10. Any other business</b> 10.1 Councillor Harvey raised the state of the bus shelter at Churchtown. This will be placed on the November agenda.
P <b>11. Date of next meeting</b> 11.1 Monday 15th November 1999 at 7.30 pm.
P The meeting closed at 9.10 pm.
