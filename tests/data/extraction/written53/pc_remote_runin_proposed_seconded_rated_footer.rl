@title Stourhaven Parish Council Minutes 9 February 2021
@font Helvetica
@fontsize 10.5
@footer Stourhaven Parish Council Minutes Document Rated - Public Page {page}
@pageoffset 30
P <b>MINUTES</b> of the Meeting of Stourhaven Parish Council held virtually via Zoom on Tuesday 9th February 2021 commencing at 7.30 pm.
S 4
P Present: Cllrs Ashdown, Brightwell, Clempson, Dovey, Mallinder, Quartermaine
P In the Chair: Cllr Hollis
P Clerk: Deborah Fairhurst
P Also Present: District Councillors Penfold and Sayer 3 Members of the Public
S 4
P <b>1. Apologies for Absence</b> There were apologies for absence from Cllr Tredgett.
P <b>2. Declarations of Interest</b> Cllr Dovey declared a non-pecuniary interest in item 9 as a member of the Stourhaven Sailing Club.
P <b>3. Public Forum</b> A resident asked whether the weed on the slipway at Hythe Hard could be cleared before the spring, as it had become slippery. The Chairman reported that the Hythe Hard and Marine Assets Committee would consider the matter on 23rd February.
P The resident left the meeting.
P <b>4. District Councillors</b> Councillor Penfold reported: − The District Council's budget would be set on 25th February with no increase in car parking charges. − The Covid-19 business grants scheme had been extended to the end of March.
P Councillor Sayer reported that the water testing results for Hythe Creek were still awaited from the water authority.
P <b>5. Minutes of the Meeting held on 26th January 2021</b> Resolved: that the Minutes of the Parish Council Meeting held on 26th January 2021 be approved as a true record of the Meeting. Proposed Cllr Ashdown, seconded Cllr Brightwell. Unanimously agreed.
P The Minutes would be signed by the Chairman as soon as possible.
P <b>6. Clerk's Report</b> The Clerk reported that the Stourhaven Volunteer Group had delivered 140 shopping and prescription orders since the start of the current lockdown, and that the village hall would remain closed until further notice. The report was noted.
P <b>7. Finance</b> a) Payments: Resolved: that the payments listed in the schedule circulated, totalling £3,486.12, be approved. Proposed Cllr Mallinder, seconded Cllr Quartermaine. Unanimously agreed. b) Precept: The Clerk confirmed that the District Council had been notified of the 2021/22 precept of £58,750 agreed at the last meeting.
P <b>8. Hythe Hard and Marine Assets</b> Resolved: that the quotation of £1,240 from Saltwork Marine for replacing six dinghy mooring chains be accepted. Proposed Cllr Dovey, seconded Cllr Clempson. Carried with 5 votes for and 1 against.
P <b>9. Sailing Club Lease</b> Cllr Dovey left the meeting. Cllr Quartermaine said that the Council should take the valuer's advice on the rent before agreeing terms. Resolved: that the Clerk be delegated to agree heads of terms with the Stourhaven Sailing Club for a ten-year lease, at the rent recommended by the valuer. Proposed Cllr Ashdown, seconded Cllr Mallinder. Unanimously agreed.
P Cllr Dovey returned to the meeting.
P <b>10. Speed Indicator Device</b> Cllr Clempson proposed that the Council purchase a second speed indicator device for Tidewell Road. Following discussion of the cost, Cllr Clempson withdrew the proposal, to bring it back when the Community Speedwatch figures for the winter are available.
P <b>11. Planning Applications</b> FUL/SHV/21/00044 – 12 Saltcote Lane – Single storey rear extension. Resolved: to recommend approval. Proposed Cllr Brightwell, seconded Cllr Hollis. Unanimously agreed.
P HOUSE/SHV/21/00061 – Creek View, The Strand – Raised decking and balustrade. Resolved: to recommend refusal due to overlooking of the neighbouring gardens. Proposed Cllr Mallinder, seconded Cllr Ashdown. Unanimously agreed.
P <b>12. Correspondence</b> − Rural Community Council – grants for village halls. − Resident – complaint about dog fouling on the sea wall. The correspondence was noted.
P <b>13. Date of Next Meeting</b> The next meeting will be held on Tuesday 23rd February 2021 via Zoom at 7.30 pm.
S 6
P The meeting closed at 9.02 pm.
