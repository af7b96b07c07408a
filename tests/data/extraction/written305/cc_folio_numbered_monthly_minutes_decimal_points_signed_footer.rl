@title Monthly Meeting Minutes February 2013
@font Times-Roman
@fontsize 11
@numcol 12
@header {page}||
@pageoffset 3186
@footer Signed: ______________________ Date:___________________
P Minutes for the Monthly Meeting of Tonyrhedyn &amp; District Community Council held at The Council Office, Cwm Rhedyn Cemetery Lodge, Tonyrhedyn on 14 February 2013 at 6:30 pm
P Present: Councillors R Prosser (Chair), G Treharne, L Beddoe, D Owen-Rowlands, M Caffell, Aled Prosser-Hughes
P In attendance: Clerk: N Vaughan
H 1. Apologies for absence
P 1.1) Received from Councillors S Gwynfor (work), T Rowe-Bevan (illness). The apologies were noted.
P 1.2) No apologies were received from Cllr H Dacey
H 2. To receive declarations of interest
P None received
H 3. Minutes
P i) It was resolved that the minutes of the Monthly Meeting held on the 17 January 2013 were a true record of the meeting's decisions.
H 4. Public Break
P Two members of the public were present. Mr Idris Lougher asked whether the Council would support a request for a dropped kerb outside the chapel on Heol Glannant. The Chair advised that the Clerk would write to the county borough council in support.
H 5. Matters Arising from previous minutes
P 5.1 It was noted that the bus shelter at Heol Glannant has now been installed.
P 5.2 The Clerk reported that the Tonyrhedyn ex-servicemen's club had asked whether the poppy banners could be hung again in November. It was resolved for the Clerk to confirm that the Council would meet the cost of hanging them.
H 6. Correspondence
P 6.1 It was resolved for Cllr L Beddoe to attend the "Planning for Community Councils" training evening in Pontyrhedyn on the 19th March.
P 6.2 Members noted the external auditor's letter on the timetable for the 2012-13 annual return.
P 6.3 The letter from the Cwm Rhedyn Allotment Society asking for a water supply to the lower plots was noted and will be placed on the March agenda.
P 6.4 It was resolved that the Clerk respond to the county borough council's consultation on the closure of the Tonyrhedyn household waste site, objecting to the proposal.
P 6.5 The notice of temporary traffic restrictions on Heol Rhedyn received from the county borough council was noted.
P 6.6 A request from the Tonyrhedyn Male Voice Choir to use the council office for committee meetings was agreed, free of charge, on the second Tuesday of each month.
H 7. Finance
P 7.1 It was resolved to approve the following payments:
T Payee | Detail | Amount
T Clerk | Salary February | 612.40
T HMRC | Tax and NI | 108.20
T Rhedyn Landscapes | Cemetery grounds contract | 1,240.00
T Rhedyn Electric Supply | Lodge electricity | 64.17
P 7.2 The bank reconciliation to 31 January 2013 was noted and signed by the Chair.
H 8. Planning
P 8.1 13/0101/10 – Two storey side extension, 27 Heol Glannant. It was resolved to make no comment.
P 8.2 13/0118/10 – Erection of stable block, Tir Ysgawen. It was resolved to ask that the stable is not used for any commercial livery.
H 9. Cemetery
P 9.1 The Clerk reported that three burials and one interment of ashes had taken place in January.
P 9.2 Cllr G Treharne reported that slates had slipped on the lodge roof after the storm. It was resolved to obtain three quotations for the repair.
H 10. Members' reports
P 10.1 Cllr M Caffell reported on the Tonyrhedyn Partnership meeting, where the youth club had secured funding for another year.
P 10.2 Cllr Aled Prosser-Hughes reported that the footpath lights on the old railway line were out again.
H 11. Date of next meeting
P The next meeting will be held on 14 March 2013 at 6:30 pm.
P The meeting closed at 8:10 pm.
