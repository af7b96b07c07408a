@title Minutes Nov 11
@font Helvetica
@fontsize 10.5
@header Buckland Pyne Parish Council || Minutes of 7th November 2011
@footer Page {page}
P Minutes of the Parish Council Meeting held on Monday 7th November at 7.00pm in the Village Hall
S 6
P Chairman Cllr Gorwyn
P Cllr Heddon
P Cllr K Snell
P Cllr Mrs A Snell
P Cllr Pengelly
P Cllr Yeo
P Cllr Westaway – ADC Councillor
P The Clerk – Mrs J Beer
P There were two members of the public present
S 6
P 1. The Chairman opened the meeting at 7.00pm and welcomed everyone.
P 2. The Chairman reported the resignation of Cllr Mrs Dymond, who was moving away from the parish.
P She had served for eleven years and the Chairman asked that the Council's thanks be recorded.
P 3. Co-option to fill the vacancy.
P Mrs Ruth Passmore, of Higher Pyne, introduced herself and spoke of her interest in the parish footpaths. On the proposal of Cllr Heddon, seconded by Cllr K Snell, she was co-opted by a unanimous vote. Acceptance of office forms to be sent to ADC by the Clerk. Action Item 030/2011.
P 4. Public Participation
P No matters were raised.
P 5. 2011/084 Apologies for Absence
P Cllr Lock.
P 6. 2011/085 Declarations of Interest. [Members to declare any interest in items on this agenda.]
P There were none.
S 4
P Register unchanged.
P Cllr Heddon asked that the register of interests forms be sent again to all members as two had been mislaid. Action Item 031/2011 Clerk
P 7. 2011/086 Minutes
P The minutes of 3rd October 2011 were approved and signed.
P 8. 2011/087 Matters Arising.
P The Clerk confirmed that the footpath sign at Lower Ford had been replaced. Action Item 027/2011 completed.
P Cllr Yeo reported that the hedge at the school crossing had still not been cut. Action Item 028/2011 carried forward.
P 9. 2011/088 Planning
P 11/02317 Erection of agricultural building, Higher Pyne Farm – Support, agreed unanimously.
P 11/02350 Replacement dwelling, Rose Cottage, Church Hill – No objection but Council asked that the stone boundary wall be retained, agreed unanimously.
P 10. 2011/089 Finance
P a) The following cheques were approved: Clerk's salary October £142.50; Village Hall hire £12.00; R Ley hedge cutting £85.00.
P b) Precept 2012/13 – The Clerk presented a draft budget showing a shortfall of £400 if the precept were not increased. After discussion it was RESOLVED that the precept for 2012/13 be set at £6,250.
P 11. 2011/090 Highways
P Cllr Pengelly reported that the road at Pyne Cross flooded after every heavy shower because the culvert was blocked. The clerk will report this to Highways. Action Item 032/2011 Clerk
P 12. 2011/091 Reports from ADC Councillors
P Cllr Westaway reported that the District Council had approved its new waste collection contract, which would begin in April.
P 13. 2011/092 Date of next meeting
P Monday 5th December 2011 at 7.00pm in the Village Hall.
S 10
P There being no further business the meeting closed at 8.40pm.
