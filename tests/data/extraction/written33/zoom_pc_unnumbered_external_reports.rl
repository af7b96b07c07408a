@title Hensford Parish Council draft minutes 9 February 2021
@font Helvetica
@fontsize 10.5
@header DRAFT – subject to approval at the next meeting of the Parish Council
@footer Hensford Parish Council – Draft Minutes 9th February 2021||Page {page}
HC HENSFORD PARISH COUNCIL
HC Draft Minutes of the Meeting of Hensford Parish Council
C Held on Tuesday 9th February 2021
C Conference Call Via Zoom (Due to Coronavirus Government Guidelines) 7.00pm
P <b>Present:</b> Cllr Nadia Archer, Cllr Owen Farrow, Cllr Helen Gatward, Cllr Dominic Lacey (Chair), Cllr Paula Moss, Cllr Trevor Quested (Vice Chair), Cllr Simon Rudd, Cllr Amy Whitby.
P <b>Also present:</b> Karen Steed (Assistant Clerk – Finance), Mark Orpin (Parish Manager), Dean Hobday (Grounds and Maintenance Supervisor), Borough Councillor Hilary Dunn, 3 members of the public observed the meeting.
P <b>1. Apologies.</b> Cllr Bernard Lusted, PCSO Kerry Ames.
P Cllr Lacey highlighted the following ‘housekeeping’ issues. • Muting whilst not speaking to eliminate background noise. • Under standing orders, Councillors can ask for a recorded vote at any point during the meeting. • The Chat function on Zoom should only be used to indicate that a member would like to speak.
P <b>2. Declarations of Interest.</b> Cllr Farrow is the Director of the company providing the webhosting and email for the Parish Council. Cllr Moss is Chairman of the Hensford Recreation Centre Trustees.
H Public Comments and Observations
I The meeting will be adjourned to allow members of the public to speak. Speakers will be given a maximum of three minutes each to raise issues with the Parish Council.
P Two residents of Pound Lane spoke about construction traffic from the Pound Farm development using the lane before 8am. The Parish Manager will raise this with the developer and the Borough Council’s enforcement team.
H Verbal reports from external parties
I External parties may provide updates which are likely to be of interest to the residents of the Parish and Parish Councillors.
P a. <b>PCSO’s Report</b> PCSO Kerry Ames’ report was circulated to all Councillors prior to the meeting and is now available to view on the Hensford Parish Council website.
P b. <b>Borough Councillors’ Reports</b> Borough Councillor Hilary Dunn reported that the Borough Council budget would be set on 18th February with no increase in the garden waste charge, and that the consultation on the Hensford Green car park had closed.
P c. <b>County Councillor’s Report</b> No report had been received.
P <b>3. Approval of Minutes of Tuesday 12th January 2021.</b> RESOLVED: that the minutes of the meeting held on 12th January 2021 be approved as a true record and signed by the Chair. Proposed Cllr Whitby, seconded Cllr Rudd.
P <b>4. Planning.</b> a. 21/00122/AS – 14 Beacon Way – two storey rear extension. Members AGREED to submit no comment. b. 21/00157/AS – Land north of Pound Lane – 34 dwellings. Cllr Gatward said the access was unsuitable for the number of homes. Members AGREED to object on highway grounds and loss of the hedgerow.
P <b>5. Finance.</b> a. To approve the payments list for January 2021. Karen Steed presented the list. RESOLVED: the payments totalling £8,412.66 were approved. b. Budget monitoring to 31st January 2021 was NOTED.
P <b>6. Recreation Ground and Play Areas.</b> Dean Hobday reported that the zip wire had failed its inspection and had been taped off until a new cable is fitted. Cllr Moss asked whether the supplier’s warranty applied; the Parish Manager will check.
P <b>7. Neighbourhood Plan.</b> Cllr Archer gave an update on the Regulation 14 consultation, which had received 86 responses. The Council NOTED the update.
P <b>8. Speed Indicator Device.</b> Cllr Quested proposed that the Council buy a second speed indicator device for Church Road at a cost of £2,650, seconded by Cllr Archer. Cllr Farrow requested a recorded vote. For: Cllrs Archer, Gatward, Lacey, Moss, Quested, Whitby. Against: Cllrs Farrow, Rudd. The motion was CARRIED.
P <b>9. Date of Next Meeting.</b> Tuesday 9th March 2021 at 7.00pm via Zoom.
P The meeting closed at 8.52pm.
