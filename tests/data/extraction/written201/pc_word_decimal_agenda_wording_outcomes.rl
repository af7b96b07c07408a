@title HoS March 2014 Minutes
@font Times-Roman
@fontsize 11
@footer Page {page}||HoS March 2014 Minutes
HC Holmgarth-on-Solway Parish Council
C Minutes of the meeting of the Parish Council held on Wednesday 12th March 2014 in the Reading Room, Saltrigg at 7.00 p.m.
P <b>Present:</b> Councillors: Musgrave (Chair), Irving, Tordoff, Routledge, Hetherington, Glaister and Nixon. <b>Public attendance:</b> Mr K Sewell, Mrs P Dalgliesh <b>Clerk:</b> R Kirkpatrick
H 1.1 Apologies for absence and declarations of interest.
P Apologies: Cllr Pattinson and County Councillor Lowther, both passed on by the clerk. Interests declared: Cllr Routledge (5.3, neighbouring land), Cllr Glaister (4.3, hall committee member).
H 2 Minutes (copies sent out with the agenda)
P 2.1 Minutes of the meeting of 8th January 2014 – confirmed and signed.
H 3 Progress since the last meeting
P 3.1 Action by councillors
P Cllr Tordoff reported that the noticeboard at Saltrigg had been re-felted and the hinges replaced. No other matters were reported.
P 3.2 Clerk's report
P The clerk said that the insurance renewal had been received and that the premium had risen by £41 because of the new bench at Moss End. He had also returned the signed grant form for the playing field fence.
P 3.3 Public participation (at the discretion of the Chair)
P Mr Sewell addressed the meeting about the litter left by visitors at the shore car park at Cote Brow on fine weekends. He asked whether the Council would press for a second bin and more frequent emptying. The Chairman thanked him and said that the matter would be taken up under item 4.2. Mrs Dalgliesh asked about the missing footpath sign at Holme Gate and the clerk agreed to report it.
P 3.4 Report from Borough Councillor Hetherington
P Cllr Hetherington reported that the borough council had set its budget with no increase in its share of council tax and that the consultation on car parking charges at the coast would close at the end of March.
H 4 Correspondence received and action to be taken
P 4.1 Letter from the Borough Council regarding the review of polling districts – noted.
P 4.2 Email from the borough's street scene team regarding litter bins at Cote Brow – the clerk to reply asking for a second bin before Easter and weekend emptying in summer. Proposed Cllr Irving, seconded Cllr Nixon, agreed.
P 4.3 Request from Holmgarth Village Hall committee for a grant towards a new boiler. Cllr Glaister took no part. It was resolved to award a grant of £250. Proposed Cllr Tordoff, seconded Cllr Musgrave.
H 5 Other business
P 5.1 Reports from village groups
P Mrs Dalgliesh reported for the Saltrigg reading room committee that the spring coffee morning would be on 5th April.
P 5.2 Consideration of a speed awareness sign for Holme Gate
P Prices had not been received in time. Deferred to the May meeting.
P 5.3 Planning application 14/0117 – erection of a general purpose agricultural building, land at Moss Side
P Cllr Routledge left the meeting for this item. After discussion it was agreed to support the application. Cllr Routledge returned.
P 5.4 Playing field grass cutting 2014
P Two tenders were opened. It was resolved to accept the tender from Solway Edge Landcare at £27.50 per cut. Proposed Cllr Nixon, seconded Cllr Irving.
H 6 Finance
P 6.1 Bank statements and accounts to 28 February 2014 – checked and approved.
P 6.2 Payments for authorisation
P 6.2.1 Clerk salary (January–March) £318.00
P 6.2.2 HMRC (PAYE) £79.40
P 6.2.3 Moorland Mutual (insurance renewal) £412.17
P 6.2.4 Holmgarth Village Hall (grant, minute 4.3) £250.00
P The payments were authorised. Proposed Cllr Glaister, seconded Cllr Tordoff.
H 7 Date of next meeting
P 7.1 Wednesday 14th May 2014 at 7.00 p.m. in the Reading Room, Saltrigg, preceded by the Annual Parish Meeting at 6.30 p.m.
S 20
P Signed .................................................. Chairman            Date ............................
