@title Council Minutes 23.09.13
@font Times-Roman
@fontsize 11
@numcol 19
@footer Council Minutes 23.09.13||Page {page}
HC CAERWENNOL TOWN COUNCIL
HC MINUTES OF A COUNCIL MEETING HELD AT THE COUNCIL CHAMBER ON MONDAY 23RD SEPTEMBER 2013 AT 7.00 PM
S 6
G PRESENT: | Cllr Mrs G. Pryce (Mayor)
G  | “ D. Meredith
G  | “ O. Bevan
G  | “ Mrs B. Hughes
G  | “ A. Lloyd Jones
G  | “ P. Jarman
G  | “ Mrs S. Owen
G  | “ G. Probert
G  | “ Mrs C. Watkin
G  | Town Clerk
G  | 1 Member of the Press
S 4
P The meeting opened with Prayers
R 418/01 | <b>APOLOGIES</b>     Apologies were received from Cllr Mrs E. Parry and Cllr T. Rowlands
R 418/02 | <b>DECLARATIONS OF INTEREST</b>     Forms were distributed and filed with the minutes. Cllr Dewi Meredith declared a personal interest as a member of Maelor County Council. Cllr Mrs Bethan Hughes declared a prejudicial interest in item 8, Community Centre
R 418/03 | <b>MAYOR’S SUMMARY</b>     The Mayor reported that she had attended the Sioe Amaethyddol at Cefn Meurig, the opening of the new surgery in Heol y Bont and the Civic Service at Llanfeiriog. She thanked Cllr Mrs Carys Watkin for representing the Council at the Sheepdog Trials
R 418/04 | <b>MINUTES</b>     The following minutes were read and confirmed:-
P Minutes of Council Meeting held on 22.07.13 True Record. Unanimously agreed upon
P Planning/Environment Panel meeting held on 09.09.13 True Record. Cllr Owen Bevan asked that the panel’s comments on the Heol Ddu car park be forwarded to Maelor County Council again as no reply had been received. Clerk will forward
P Town Hall/Finance Panel meeting held on 09.09.13 True Record. The following Recommendations were taken
P i) Caerwennol Eisteddfod – It was agreed that £250 would be donated under s137. 9 Councillors in favour, 1 against
P ii) Christmas Lights – It was unanimously agreed to accept the quotation from Glyndwr Electrical of £1,840 for the renewal of the cross-street motifs
P iii) Internal Audit – the Clerk reported that the audit had been completed with no matters raised. Noted
R 418/05 | <b>PLANNING APPLICATIONS</b>     Cllr Mrs Bethan Hughes declared an interest in application P/2013/0611 and left the Chamber.
P P/2013/0598 Erection of garden room, 7 Maes y Dre – No objection
P P/2013/0611 Change of use of former bank to three flats, Stryd Fawr – Cllr Mrs Carys Watkin stated that no parking had been provided and that the Stryd Fawr loading bay was already overused. It was agreed to object on the grounds of highway safety
R 418/06 | <b>STREET LIGHTING</b>     Cllr Dewi Meredith stated that he had met Mr Huw Bowen of Maelor County Council on 4th September and that the two lanterns on Ffordd yr Orsaf would be replaced under the county programme. Cllr Gwyn Probert stated that the lighting by the Dolfawr footbridge remained very poor. Clerk will write to the County Council
R 418/07 | <b>TOWN HALL CLOCK</b>     Clerk informed Councillors that two quotations had been received for the overhaul of the clock mechanism. Cllr Owen Bevan proposed that the lower quotation be accepted. It was unanimously agreed that Mr Arwel Rees is given the go ahead to carry out the works at a cost of £2,150
R 418/08 | <b>COMMUNITY CENTRE</b>     Cllr Mrs Bethan Hughes had left the Chamber. Cllr Owen Bevan reported that the management committee had asked for the lease to be extended to 25 years so that it could apply for grant funding. It was agreed to discuss the lease at the October meeting when a draft would be available
R 418/09 | <b>LETTER FROM THE ASSOCIATION OF LOCAL COUNCILS</b>     Regarding the consultation on the future of town and community councils. Received and noted
R 418/10 | <b>CORRESPONDENCE</b>     a) Maelor County Council – winter gritting routes 2013/14 b) External Auditor – certificate of completion c) Caerwennol Bowling Club – letter of thanks. The correspondence was noted
R 418/11 | <b>MAYORAL SUNDAY</b>     The Mayor confirmed the date for Mayoral Sunday will be 13.10.13 at Eglwys y Drindod, followed by refreshments in the Town Hall
R 418/12 | <b>DATE OF NEXT MEETING</b>     Monday 28th October 2013 at 7.00 p.m.
S 10
P Meeting closed at 8.55 p.m.
S 10
P Signed ……………………………… Mayor          Date ……………………
