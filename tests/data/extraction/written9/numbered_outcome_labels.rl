@title Minutes Fenbury Parish Council 6 October 2025
@font Times-Roman
@fontsize 11
@footer Fenbury Parish Council – Minutes 6 October 2025 – page {page}
HC MINUTES OF THE MEETING OF FENBURY PARISH COUNCIL HELD IN THE VILLAGE HALL, FENBURY ON MONDAY 6 OCTOBER 2025 AT 7.30 PM
S 6
P <b>Present:</b> Ruth Allardyce (Chairman), Peter Vane, Colin Esmond, Harriet Dunlop, Ivor Pennock, The Clerk.
P 3 members of the public also attended.
S 4
H Public Forum
P A resident of Mill Lane, Mr Tobias Grainger, asked whether the overgrown verge at the Welland Road junction could be cut before the winter. The Chairman said that the matter would be taken up under item 8 below.
S 4
P 1. A short talk was given by Delia Fortescue of the Rutmoor Rural Transport Partnership. She described the dial-a-ride service now running three days a week and asked the Council to help publicise it. It was resolved to include the timetable in the next Village News and on the noticeboard.
P 2. Apologies were received and accepted from Susan Tebbit.
P 3. A declaration of interest was received from Colin Esmond in respect of agenda item 12 (planning application at Glebe Cottage, as a neighbour).
P 4. The Minutes of the meeting of 1 September 2025 were approved and signed by the Chairman.
S 4
H Matters arising from the Minutes of the meeting of 1 September 2025
P 5. Noted: that the replacement bench for the Green has been delivered and will be fixed in place by the Highways volunteer group in October.
P 6. Dog waste bins. Agreed: to ask Rutmoor County Council (RCC) to empty the bin at the pocket park weekly rather than fortnightly, and to offer to meet the cost of a second bin if RCC will not.
P 7. Christmas tree lights. Harriet Dunlop reported that the existing set had failed its safety test. Resolved: to buy a replacement LED set at a cost of up to £240 plus VAT.
P 8. Verge at the Welland Road junction. Noted: that RCC has no cut scheduled until spring. Resolved: Ivor Pennock to ask the landowner whether he would cut the verge back, as a gesture of goodwill, before November.
P 9. It was noted that Peter Vane was no longer able to act as tree warden, and agreed that for the time being the Clerk would keep the tree register and report any applications.
S 4
H Finance
P 10. The Clerk presented the bank reconciliation to 30 September 2025, showing £11,482.16 in the current account and £6,000 in the deposit account. Noted.
P 11. Resolved: that the following payments be made: Clerk's salary and expenses for September £418.50; Fenbury Village Hall Trust (room hire) £30.00; Anglian Mowing Ltd (verge and churchyard cutting) £362.40.
S 4
H Planning
P 12. 2025/0917/FUL Glebe Cottage, Church Street – single-storey rear extension and replacement porch. Colin Esmond left the room. Harriet Dunlop proposed that the Council support the application; there was no seconder and the proposal was lost. Peter Vane then proposed, seconded by Ivor Pennock, that the Council make no comment. Agreed: to make no comment on the application.
P 13. Outstanding Issues List. The Chairman went through the list. Resolved: to remove the Mill Lane map item, which has been completed.
P 14. Date of next meeting: Monday 3 November 2025 at 7.30 pm in the Village Hall.
S 6
P The meeting closed at 9.05 pm.
S 14
P Signed ........................................ Chairman          Date ....................
