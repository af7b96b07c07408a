@title Tarrow and Birkside Parish Council minutes 16 June 2004
@font Times-Roman
@fontsize 11
@numcol 9
@footer Signed ……………………………… Chairman          Date ………………||Page {page}
P Minutes of ordinary meeting of Tarrow and Birkside Parish Council held at 730pm prompt in the Village hall, Birkside, on Wednesday 16th June 2004
S 4
G <b>THOSE PRESENT</b> | J Crozier-Hall (Chairman), S Charlton, M Charlton, D Robson, G Hall, E Telford
G <b>IN ATTENDANCE</b> | A Pringle (Clerk), Cllr W Dodd (County Councillor), 2 members of the public
S 4
R 1. | <b>CHAIRMAN'S OPENING REMARKS</b> Chairman welcomed members and the two residents.
R 2. | <b>APOLOGIES</b> F Thirlwell, R Reed (County Councillor Highways)
R 3. | <b>DECLARATION OF INTEREST</b> None declared.
R 4. | <b>MINUTES OF THE PREVIOUS MEETING</b> Minutes of 19th May 2004 approved as a true record on the proposal of D Robson, seconded by G Hall.
R 5. | <b>MATTERS ARISING</b> The Clerk confirmed that the dead ash at Birkside Bridge had been felled by the landowner.
R 6. | <b>PUBLIC PARTICIPATION</b> A resident asked about the condition of the forestry road to Blackhope. W Dodd said he would raise it with the Forestry Commission at the next liaison meeting.
R 7. | <b>HIGHWAY MATTERS</b> Potholes at Gatehouse junction reported again; the Clerk to chase the Highways Area Office. E Telford asked for the flood warning sign at Tarrow Ford to be put back up.
R 8. | <b>FINANCIAL MATTERS</b> a) Balance at 31st May £2,618.40. b) Cheques signed: A Pringle, May salary £142.50 and expenses £12.80 (318); Village Hall hire £10.00 (319). c) Donation requests: Birkside Show – S Charlton declared an interest and left the room; M Charlton proposed £75, seconded D Robson, carried unanimously. Riverside Hospice – to be considered with the precept. d) Internal audit completed by Mr H Dunn; annual return signed.
R 9. | <b>CORRESPONDENCE</b> • Tynedell District Council – consultation on the rural housing strategy – G Hall to draft a reply • CPRE – Countryside Voice • NALC – Local Council Review • Forestry Commission – felling licence, Blackhope plantation – noted
R 10. | <b>PLANNING</b> Two applications had been received. a) 04/T/0091 Erection of a garage, Low Shiel Cottage – no objection b) 04/T/0102 Conversion of byre to holiday cottage, Hillhead Farm – the Council supported the application, J Crozier-Hall proposed, E Telford seconded, all in agreement.
R 11. | <b>COUNTY COUNCILLOR'S REPORT</b> W Dodd reported that the school transport contract had been renewed for three years and that the mobile library would continue to call on alternate Tuesdays.
R 12. | <b>VILLAGE HALL</b> D Robson reported that the Hall committee had applied to the Rural Fund for new windows; a letter of support from the Parish Council was agreed.
R 13. | <b>ANY OTHER BUSINESS</b> G Hall raised the number of lorries using the C200 at night. To be discussed at the July meeting.
R 14. | <b>DATE OF NEXT MEETING</b> Wednesday 21st July 2004 at 730pm in Birkside Village Hall.
S 6
P Meeting closed at 9.05pm.
