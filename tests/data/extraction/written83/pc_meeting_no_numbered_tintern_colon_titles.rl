@title Minutes Meeting 214
@font Times-Roman
@fontsize 11.5
@header Parish of Little Brinsley
@footer Signed (Chairman) ................................ Date ..................||Page {page}
HC Minutes of the Little Brinsley Parish Council Meeting No.214 – held on Monday 22nd January 2024 at 7:30pm
S 6
P <b>PRESENT :</b> Chairman Graham Holloway Councillors Nina Pardoe, Keith Ashdown, Ruth Selby, Owen Tarrant
P <b>CLERK:</b> Lydia Marsh
P Two members of the public were present.
S 4
P <b>1. Apologies Received:</b> Apologies were received from Cllr Wendy Coles and from Ward Cllr Hugh Bettridge.
P <b>2. Declarations of Interest and requests for dispensations:</b> None were made.
P <b>3. Report from Ward Councillor:</b> Cllr Bettridge did not attend the meeting but had emailed to advise that the Unitary Council is consulting on its budget until 9 February and that the household recycling centre at Coldharbour will close on Tuesdays from April. The Clerk will circulate the consultation link.
P <b>4. To confirm Minutes of Meeting 213:</b> Held on 27th November 2023. Confirmed that no meeting was held in December. Minutes agreed as a true and accurate record. Proposed by Cllr Ashdown, seconded by Cllr Pardoe.
P <b>5. Matters arising from those Minutes:</b> Speed indicator device – Cllr Selby reported that the device had recorded 1,940 vehicles on Moor Lane over two weeks, 31% of them above 35mph, and that the data would be sent to the police. Village sign – the repaired sign was reinstated on 12th January. Cllr Tarrant thanked the volunteers who had repainted it.
P <b>6. Financial Report:</b> Acting as RFO, Cllr Ashdown reported the current financial situation as:- Current Account £4,212.65 Deposit Account £11,580.04 Total £15,792.69
P The RFO sought approval to pay the outstanding invoices: a) Clerk £436.20 b) Village Hall £28.00 c) Allotment water £61.47
P Adoption of the accounts (as at 22nd January 2024) and authorisation to pay the outstanding invoices was proposed by Cllr Selby, seconded by Cllr Holloway. All in favour.
P <b>7. Precept 2024/25:</b> The Council considered the draft budget circulated by the RFO, which included £1,500 towards resurfacing the play area. Cllr Tarrant felt that the increase should be kept below 5%. It was resolved by 4 votes to 1 to request a precept of £9,850 for 2024/25. Proposed by Cllr Ashdown, seconded by Cllr Selby.
P <b>8. Planning:</b> CB/23/04410/FULL – The Old Forge, Church End – single storey side extension. The Council had no objection.
P <b>9. Footpaths and Highways:</b> Cllr Tarrant reported that the ditch at the bottom of Moor Lane was again overflowing onto the road and that footpath FP7 was impassable near the stile. The Clerk will report both to the Unitary Council.
P <b>10. Village Hall Defibrillator:</b> Cllr Pardoe reported that the defibrillator pads had expired and that a replacement cabinet had been suggested by the Hall committee. Decision deferred to the March meeting pending a second quotation.
P <b>11. Correspondence:</b> The Clerk listed correspondence received since the last meeting, which was noted.
P <b>12. Date of next meeting:</b> Meeting No.215 will be held on Monday 18th March 2024 at 7:30pm in the Village Hall.
S 6
P The meeting closed at 9:02pm.
