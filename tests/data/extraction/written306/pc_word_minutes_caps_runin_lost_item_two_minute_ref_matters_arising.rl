@title Minutes Finance and Policy 8th September 2014
@font Times-Roman
@fontsize 12.5
@header_first Clerk (Locum): Mrs E Trenchard, 2 Forge Cottages, Sturcombe Matravers
@header Sturcombe Matravers Parish Council – Minutes 8th September 2014
@footer Page {page}
HC Sturcombe Matravers Parish Council
C MINUTES of the Meeting held on 8th September 2014 in the Jubilee Room, Village Hall, Church Street, Sturcombe Matravers at 7:30 p.m.
P PRESENT:, R Gulliford, T Hibberd, S Ingram-Lacey, P Jesty, D Scammell and the Locum Parish Clerk Mrs E Trenchard.
S 5
P 1. APOLOGIES. Were received from Cllr J Oborne and Cllr V Foyle.
S 5
P There was none.
S 5
P 3. Declarations of Pecuniary Interest; and consideration of requests for Special Dispensations under Section 33 of the Localism Act 2011.
S 5
P There were none.
S 5
P 4. MINUTES OF THE MEETING on 11th August 2014 were ACCEPTED as a true record.
S 5
P Minute 6, 11th August 2014 – Transfer of balances from the Wessex Vale Building Society account. It was noted that the transfer had been completed and that the account would now be closed. The Clerk was asked to obtain written confirmation of the closure.
S 5
P Minute 9, 11th August 2014 – Replacement of the notice board at the Cross. Cllr T Hibberd reported that the new board had been ordered and would be fitted in October.
S 5
P Minute 11, 14th July 2014 – Cost of the play area inspection. It was noted that the inspector had agreed to hold his fee at last year's level.
S 5
P 5. FINANCIAL STATEMENT. The statement of receipts and payments to 31st August 2014 was presented by the Locum Clerk and noted. Cllr D Scammell asked that future statements show the earmarked reserves on a separate line.
S 5
P 6. BANK RECONCILIATION. The reconciliation to 31st August 2014 was checked by Cllr P Jesty against the bank statements and signed.
S 5
P 7. PAYMENTS. It was proposed by Cllr R Gulliford, seconded by Cllr S Ingram-Lacey and RESOLVED that the schedule of payments totalling £3,412.65 be approved.
S 5
P 8. BUDGET 2015/16. The Committee began its review of the budget. Cllr P Jesty explained that the grass cutting contract was due for renewal and that prices were likely to rise. It was agreed that the Clerk obtain three quotations before the October meeting.
S 5
P 9. INSURANCE. The insurance renewal from Southdown Mutual had been received at £1,108.20, an increase of 4%. It was RESOLVED to accept the renewal for one year.
S 5
P 10. GRANT REQUESTS. A request had been received from the Sturcombe Youth Football Club for help with the cost of new goal nets. It was RESOLVED to recommend to Full Council a grant of £150. The Clerk was asked to tell the club that the grant would be paid once Full Council had confirmed it, and to ask for a copy of the club's accounts for the last season.
S 5
P 11. STURCOMBE COURIER. Consideration of the resourcing of the post of editor. Cllr S Ingram-Lacey reported that the present editor would stand down at Christmas and that two residents had expressed interest. It was agreed that this item be added to the next Full Council agenda.
S 5
P 12. DATE OF NEXT MEETING. Monday 13th October 2014 at 7:30 p.m. in the Jubilee Room.
S 5
P The meeting closed at 9:05 p.m.
S 5
S 24
P Signed ……………………………………… Chairman          Date ……………………………
