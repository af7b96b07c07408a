@title Tilsford PC Minutes 26 May 2005
@font Times-Roman
@fontsize 11.5
@footer Tilsford Parish Council Minutes 26.05.05 || Page {page}
HC PARISH COUNCIL
S 4
C Minutes of the Meeting of Tilsford Parish Council held at the Memorial Hall, Tilsford on Thursday 26th May 2005 at 8.10 pm, following the Annual Parish Meeting
S 4
P <b>Present:</b> Councillors Gordon Whitmore, Alison Pugh, Martin Bagley, Neville Dean, Carol Hotchkiss, Keith Roden and Tessa Lloyd, and Julie Everall (Clerk)
P <b>1. Welcome and Apologies</b> – The Chairman welcomed members to the first meeting of the new council year. Councillors Richard Pountney and Heather Mainwaring had sent apologies.
P <b>2. Declarations of Interest</b> – There were none.
P <b>3. Election of Chairman</b> – Cllr Dean proposed that Cllr Whitmore be re-elected as Chairman for the coming year, Cllr Pugh seconded this and all agreed. Cllr Whitmore signed his declaration of acceptance of office.
P <b>4. Election of Vice-Chairman</b> – Cllr Roden proposed Cllr Pugh, Cllr Hotchkiss seconded and all agreed. Cllr Pugh signed her declaration of acceptance of office.
P <b>5. Public Session</b> – No members of the public remained after the Annual Parish Meeting and so there were no questions.
P <b>6. Minutes</b> – The minutes of the meeting held on 28th April 2005 had been circulated with the agenda. Cllr Bagley proposed their approval, Cllr Lloyd seconded and all agreed, and the Chairman signed them.
P <b>7. Clerk's update on outstanding matters</b> - The Clerk reported on the following matters raised at earlier meetings:
P a. The replacement bench for the churchyard had been delivered but could not be fixed until the ground had dried out.
P b. The Highways Agency had acknowledged the Council's letter about the verges at the main road lay-by and would include them in its summer cut.
P c. Two quotations had been obtained for repainting the telephone kiosk, at £340 and £415. Cllr Hotchkiss proposed that the lower quotation be accepted, Cllr Dean seconded this and all agreed.
P d. The internal auditor had returned the accounts for 2004/05 without comment.
P <b>8. Planning</b> – The following applications were considered:
P 05/1142 – Two storey extension, The Hollies, Mill Lane – No objection.
P 05/1187 – Change of use of barn to holiday let, Upper Heath Farm – Cllr Roden reported that neighbours were concerned about the access onto the lane. Council objected on highway safety grounds, proposed Cllr Roden and seconded Cllr Bagley, all agreed.
P <b>9. Finance</b> – The following payments were approved: Clerk's salary April and May £268.00; County Association of Local Councils subscription £96.40; Memorial Hall hire £15.00. Proposed Cllr Pugh, seconded Cllr Lloyd, all agreed.
P <b>10. Annual Return 2004/05</b> – The Clerk presented the annual return. Following a review of the statement of assurance it was resolved that the Chairman and Clerk sign the return on behalf of the Council.
P <b>11. Play Area</b> – Cllr Lloyd reported that the safety surface under the swings had worn through. The Clerk was asked to obtain quotations, and a decision on the repair was deferred until they had been received.
P <b>12. Correspondence</b> – Letters from the Rural Community Council about the Village Design Statement workshops and from the police about the new beat manager were circulated.
P <b>13. Date of next meeting</b> – Thursday 30th June 2005 at 7.30 pm in the Memorial Hall.
S 10
P The meeting closed at 9.25 pm.
S 16
P Signed ........................................ Chairman          Date ........................
