@title Knapstowe PC minutes 26.07.11
@font Times-Roman
@fontsize 11.5
@footer 26.07.11 – {page}
HC PARISH COUNCIL
S 4
P Minutes of the meeting of Knapstowe Parish Council held in the Parish Hall on Tuesday 26 July 2011 at 7.30pm
P Present: Cllrs J Yeo (Chairman), R Tapp. D Hellier. Mrs C Moule (to item 14), D Westcott and A Passmore.
P In Attendance; District Cllr.E.Ridd, 4 members of the public.
P <b>1. Apologies</b> Apologies for absence were received from Cllr J.Heddon. .
P <b>2. Minutes of the meeting held 14 June 2011</b> Min. 9.2 should read application 62154, not 62514. Min. 11: add that the footpath officer sent a written report. With these corrections the minutes were approved and signed by the Chairman.
P <b>3. Declarations of Interest</b> There were no declarations.
P <b>4. Matters arising (not elsewhere on the agenda)</b>
P Min. 6 The re-roofing of the bus shelter at Knapstowe Cross is finished. Min. 15 The new noticeboard has arrived; Cllr Tapp asked that it be put up before the clocks change. It was agreed that Cllr Passmore and Cllr Westcott fit it.
P <b>5. Police Report</b> No officer attended and no written report had been sent. An e-mail alert from the rural crime team warned of quad bike thefts from farm buildings and of a caller offering roof repairs door to door. Members were asked to pass the warnings on.
P <b>6. Public Questions</b> A resident asked who is responsible for the overhanging trees at Knapstowe Cross. The Chairman said the clerk would find out whether the trees are on highway land.
P <b>7. Finance</b>
P <b>7.1 Financial Report</b> Copies of the finance statement were handed round by the clerk. The balance at 30 June was £3,918.44.
P <b>7.2 Accounts for Payment</b> Parish Clerk £98.60 Cheque No.37 A.Passmore (mowing of the churchyard) £120.00 Cheque No.38 Both payments were approved.
P <b>8. Parish Emergency Plan</b> Cllr Westcott reported that he has collected the names of eight householders with generators or tractors who could help in heavy snow. It was agreed to add them to the plan and send a copy to the district's emergency planning officer.
P <b>9. Planning</b>
P <b>9.1 62290 Higher Quenlake.</b> Erection of an agricultural building for the storage of hay and machinery. The council supported the application.
P <b>9.2 62307 Land adjoining Ford Cottage.</b> Siting of a mobile home for a rural worker. Cllr Hellier said there was no evidence that a worker needed to live on the holding. It was proposed by Cllr Hellier and seconded by Cllr Tapp that the council objects; carried 4 votes to 1 with one abstention.
P <b>10. District Councillor's Report</b> District Cllr E. Ridd reported that the district council had agreed its new waste service, with fortnightly collections starting in November, and that the local plan consultation would run until October.
P <b>11. Highways</b> The potholes at Quenlake Bridge have been reported for the third time. Cllr Passmore reported that the signpost at Knapstowe Moor had been knocked down by a lorry; the clerk to report it.
P <b>12. Footpaths</b> The footpath officer's written report was received. The stile on footpath 4 has been replaced.
P <b>13. Parish Hall</b> Cllr Moule reported that the hall committee had been awarded £1,500 towards new toilets and that the work would be done in October.
P <b>14. Correspondence</b> A letter from the Rural Community Council about the oil buying group was noted. Mrs Moule left the meeting.
P <b>15. Any other Business</b> Cllr Yeo asked that the bench at the Cross be looked at before the autumn.
P <b>16. Date of next meeting</b> Tuesday 27 September 2011 at 7.30pm. The meeting closed at 9.25pm.
