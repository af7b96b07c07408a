@title Minutes 20 March 2018
@font Helvetica
@fontsize 10
@footer Wyvelcombe Parish Council||Chairman's Initials ............ // {page}
C <b>Parish Council</b>
S 4
P <b>Minutes from the meeting of Wyvelcombe Parish Council held at Uphyde Chapel on Tuesday 20th March 2018 at 7.00pm</b>
S 4
P Present: Councillors: Harriet Venn (Chair) Malcolm Drewe Pauline Askew Toby Yelland Ruth Carvosso
P Officer: Gail Penhallow (Clerk) Public: 2
P Apologies: Simon Trethewey, Keith Amory (West Haydon District Council)
S 6
P <b>6612. To receive apologies for absence</b> Recorded
P <b>6613. Declarations of interest or Grants of dispensation</b> Cllr T Yelland declared a personal interest in item 6621 as an allotment tenant and took no part in that item.
P <b>6614. To accept the minutes of the meeting held on 20th February 2018 and sign the same</b> Proposed Cllr P Askew Seconded Cllr M Drewe Resolved
P <b>6615. Matters arising for information only</b> The Clerk confirmed that the replacement finger post for Stoke Hollow crossroads has been ordered and should arrive before Easter.
P <b>6616. Democratic Forum</b> Two residents of Chalkway Lane described the damage to the verge left by the recent hedge cutting and asked whether the contractor could be made to reinstate it. The Chair said the matter would be taken up under Highways.
P <b>6617. Council Matters - Report from Cllr Keith Amory</b> Cllr Amory had previously circulated his written report dated 14th March which gave an update on the county budget and the library consultation. Clerk to circulate the consultation link to all Councillors.
P <b>6618. Co-option of Further Councillors</b> One written application had been received, from Mrs Bryony Lusk of Mill Row. Proposed Cllr R Carvosso Seconded Cllr H Venn that Mrs Lusk be co-opted to the vacancy Resolved. Mrs Lusk will sign her declaration of acceptance of office before the April meeting.
P <b>6619. Footpaths and Rights of Way - Report from Cllr Malcolm Drewe</b> Cllr Drewe reported that the stile on footpath W14/6 had been replaced by the ranger and that the bridleway at Coombe Bottom remains very wet. He will walk the route again in April.
P <b>6620. Finance</b>
P i. To authorise receipts and payments due The following payments for March 2018 were approved in line with internal controls:
T Receipts | Detail | Amount
T West Haydon DC | Precept (second half) | 2,150.00
T Payments | Voucher No / Detail | Amount
T Mrs G Penhallow | 412 Salary/Expenses (March) | 318.44
T Coombe Grounds | 413 Grass cutting (final 2017/18) | 96.00
T Uphyde Chapel | 414 March meeting | 15.00
P Bank balance as at 20th March 2018 £14,306.52 Proposed Cllr T Yelland Seconded Cllr P Askew Resolved
P ii. Monthly finance reports The Clerk provided Councillors with a summary of the year to date position against the budget. Noted.
P iii. Internal auditor for 2017/18 It was agreed to ask Mr Colin Hext to act again as internal auditor at the same fee. Proposed Cllr M Drewe Seconded Cllr R Carvosso Resolved
P <b>6621. Allotments</b> Cllr Yelland left the room. The Council discussed the rent for 2018/19 and agreed to hold the rent at £18 per plot. Cllr Yelland returned.
P <b>6622. Planning Applications</b>
P i. WD/D/18/000311 Conversion of barn to dwelling, Higher Pound Farm No objection.
P ii. WD/D/18/000342 Replacement porch, 3 Mill Row Cllr Askew said the design matched the neighbouring cottages. Proposed Cllr H Venn Seconded Cllr T Yelland that the application be supported Resolved
P <b>6623. Highways</b> The Clerk reported that the pothole outside the chapel had been patched. Cllr Carvosso asked that the standing water at Ford Cottages be reported again, with photographs. Clerk to report the Chalkway Lane verge to the Highways team.
P <b>6624. Correspondence</b> The list of correspondence received since February was circulated and noted.
P <b>6625. Items for next agenda</b> Loan of a speed indicator device; Annual Parish Meeting arrangements.
P <b>6626. Date of next meeting</b> Tuesday 17th April 2018 at 7.00pm at Uphyde Chapel.
S 6
P Meeting closed at 8.42pm.
