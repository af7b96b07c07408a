@title Minutes Betws Gwernydd CC November 2010
@font Times-Roman
@fontsize 11
@footer Signed ……………………………… Chairman          Date ………………… // Page {page} of 2
H Minutes of the Council meeting of the Betws Gwernydd Community Council held on Wednesday the 3rd November 2010
P Present – Chairman Cllr. H. Breese, Cllrs. M. Gittins, G. Evans-Lloyd, P. Corbett, S. Humphreys, W. Tudor and the Clerk A. Rowlands.
P Welcome – The Chairman opened the meeting at 7.30pm and thanked Cllr. Tudor for unlocking the hall.
H 88. Opportunity for the public to raise matters with the Council.
P Mr Gethin Morris of Tyddyn Du asked whether the Council could press for the road sign at Pont Gwernydd, knocked down in September, to be replaced. The Chairman said the matter would be taken under Highways.
P 89. Apologies for absence – Cllr. D. Watkin (work commitments).
P 90. Declaration of interest - None declared at the start; any arising later to be recorded at the item concerned.
H 91. Minutes of the last meeting
P Members agreed the minutes were a fair record and it was resolved by all to accept the minutes as proposed by Cllr. P. Corbett, seconded by Cllr. S. Humphreys.
H 92. Matters arising from minutes
P Noticeboard at Capel Salem – Clerk had obtained permission from the chapel trustees and the new board will be put up by Cllr. Evans-Lloyd and Cllr. Tudor before Christmas.
P Audit – Clerk reported that the external auditor had signed off the 2009/10 accounts with no matters raised.
P Grass cutting at the churchyard – carried forward to the next meeting as the contractor had not sent his invoice.
P 93. County Councillor's report – County Cllr. Rhian Meredith was unable to attend and had sent no report.
H 94. Finance
P The following payments were presented by the Clerk:
T Payee | Details | Amount
T A. Rowlands | Clerk's salary Oct–Nov | £140.00
T Neuadd Betws | Hall hire | £20.00
T Powys Association of Local Councils | Subscription | £46.00
P It was resolved to pay the above, proposed Cllr. M. Gittins, seconded Cllr. G. Evans-Lloyd.
P 95. Planning – P/2010/0877 Dolgoch, Betws Gwernydd – agricultural building for livestock. The Council had no objection to the application.
H 96. Precept 2011/12
P The Clerk circulated the budget for 2011/12 showing expected costs of £2,610. Cllr. Humphreys felt the precept should rise to cover the defibrillator fund. After discussion it was proposed by Cllr. W. Tudor that the precept remain at £2,400, seconded by Cllr. M. Gittins; carried with one vote against.
H 97. Highways
P Members reported potholes on the lane from Betws to Cefn Llwyd and the fallen sign at Pont Gwernydd. Cllr. Corbett said the culvert at Tan-y-ffordd was blocked again. Cllr. Evans-Lloyd added that the hedges on the Tyddyn Du lane had not been cut back this autumn and were narrowing the road on the bend. Clerk to report all four to Powys County Council.
H 98. Correspondence
P Powys County Council – consultation on library opening hours; One Voice Wales – training dates for new councillors; Welsh Water – planned works at the Betws pumping station. All correspondence was noted.
P 99. Remembrance Sunday – It was agreed that Cllr. Gittins would lay the wreath at the memorial on behalf of the Council.
P 100. Items for next agenda – Footpath 14 stile; churchyard grass cutting.
P 101. Date of next meeting – Wednesday 1st December 2010 at 7.30pm, Neuadd Betws.
P Meeting closed at 9.10pm.
