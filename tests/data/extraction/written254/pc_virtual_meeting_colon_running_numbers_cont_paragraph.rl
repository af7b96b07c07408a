@title Minutes 1 December 2020
@fontsize 10.5
@numcol 15
@footer TCWPC minutes 1 December 2020||Page {page}
HC Thornsgill with Crakeholme and Wraybeck Parish Council
C Minutes of meeting held on 1 December 2020 Virtual Meeting
S 6
R 1341: | Chairman opened meeting at 7.02pm. Present. Parish Councillors Judith Allonby (Chair), Keith Marwood (Vice Chair), Pauline Sedgwick, Trevor Haythornthwaite, Moira Cragg, Alan Dixon-Wray.
R | Also Present: Carol Birkett (Parish Clerk), Gordon Hesketh (County &amp; District Councillor). Two members of the public.
R 1342: | Apologies: Richard Tyson (work commitments), Elaine Scarth.
R 1343: | Adoption of minutes from 3 November 2020 meeting to be signed by Chairman. Resolved that the minutes of the meeting of TCW Parish Council held on 3 November 2020 be confirmed as a true record and signed by the Chairman.
R 1344: | Declarations of interest. Cllr Cragg declared a personal interest in item 1349 as a near neighbour of the Beck Row parking area and took no part in the discussion of that item.
R 1345: | Public participation / report from County and District Councillors.
R | a) Mr Stuart Pennington of Wraybeck asked when the flooded section of Low Gill Lane would be repaired. Water had stood across the lane since the October storms and two cars had been damaged. Cllr Hesketh said that the drain had been surveyed but no repair date had been given.
R | b) Report from Cllr Hesketh. The county budget consultation was open until 8 January 2021. Winter opening hours now applied at the household waste centre, which would close at 4pm until the end of February. Broadband vouchers were still available to rural households; details would be sent to the Clerk for the website.
R 1345 a) cont. | The Parish Council agreed to write to Highways in support of the resident's request and to copy the letter to Cllr Hesketh.
R 1346: | Finance. a) Resolved that the following payments be made: Clerk's salary (November) £212.40; HMRC £53.00; Zoom subscription £14.39; Wraybeck Reading Room (hire refund) £20.00. Proposed Cllr Marwood, seconded Cllr Sedgwick. b) The bank reconciliation to 30 November 2020, showing a balance of £8,914.27, was checked by the Vice Chair and signed.
R 1347: | Planning applications. a) 7/2020/5561 Beckside Barn, Crakeholme. Conversion of barn to a holiday let. Councillors raised concerns about the narrow access on to the C5019 but resolved to make no objection subject to the Highways Authority's comments. b) 7/2020/5590 Holly Bank, Thornsgill. Single storey rear extension. No objection.
R 1348: | Highways and footpaths. Cllr Haythornthwaite reported that the fingerpost at the Wraybeck end of footpath 412 had been knocked down and that the footbridge at Far Ings was very slippery. The Clerk will report both to the Countryside Access Team.
R 1349: | Beck Row parking. Proposed parking plans had been circulated to Councillors in advance of the meeting. The Chairman presented a draft questionnaire for residents of Beck Row asking whether they would support marked bays. It was agreed that the questionnaire be delivered before Christmas with a closing date of 15 January 2021.
R 1350: | Christmas tree. Cllr Dixon-Wray reported that the tree had again been donated by Low Ings Farm and would be put up on 12 December; volunteers would be needed from 10am. It was agreed to buy a new set of outdoor lights at a cost of up to £120.
R 1351: | Website accessibility. The Clerk reported that the accessibility statement required under the 2018 regulations had been added to the website and that older scanned minutes would be replaced with text versions over the winter.
R 1352: | Correspondence. a) CALC circular, November 2020. b) Letter from the Wraybeck Reading Room Committee thanking the Council for its grant. c) National Park consultation on the draft local plan review, closing 29 January 2021. The correspondence listed above was noted.
R 1353: | Clerk's report. The Clerk reported that she had completed the mid-year internal control checks with the Vice Chair and that the insurance renewal was due in March. Councillors agreed a home working allowance for the Clerk of £10 per month from January 2021.
R 1354: | Items for next agenda: Precept 2021/22; results of the Beck Row questionnaire; arrangements for the Annual Parish Meeting.
R 1355: | Date of next meeting: Tuesday 2 February 2021 at 7pm (virtual).
P Meeting closed at 8.37pm.
S 18
P Signed ……………………………… Chairman &nbsp;&nbsp;&nbsp; Date ………………………
