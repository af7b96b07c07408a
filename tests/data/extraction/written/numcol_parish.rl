@title Minutes of the meeting of Penhallow Parish Council 18 July 2023
@font Times-Roman
@fontsize 11.5
@numcol 16
@header
@footer Penhallow Parish Council Minutes 18.07.23||Page {page} Initials ........
HC MINUTES OF THE MEETING OF PENHALLOW PARISH COUNCIL
HC HELD IN THE PENHALLOW INSTITUTE ON
HC TUESDAY 18th JULY 2023 COMMENCING AT 7pm
S 6
H ATTENDANCE
P Present were:<br/>Cllr M Trewin (Chair), Cllr J Pascoe, Cllr Mrs H Rowe, Cllr S Jewell, Cllr Mrs D Angove, Cllr P Kitto (to the point mentioned), Cllr T Nance and the Clerk (Mr A Chegwidden).
P Five Members of the Public were present – Mr & Mrs Opie, Mr R Tonkin and two others – to the point mentioned. Cornwall Councillor Mrs B Vivian and PCSO Tamsin Polglase were present between the points mentioned.
R 1. | <b>APOLOGIES</b>
R | Apologies were received and accepted from Cllr K Roskilly who was on holiday and Cllr L Hosking who was unwell.
R 2. | <b>PUBLIC PARTICIPATION</b>
R 2.1 | Mr R Tonkin spoke in support of the application at Higher Carnkie (item 6.2(b)), explaining that the barn conversion would house his daughter's family.
R 2.2 | Mrs Opie asked that the overgrown path from Chapel Row to the school be cut before the new term.
R 3. | <b>DECLARATIONS OF INTEREST ETC.</b>
R 3.1.1 | As a close personal friend of the applicant, Cllr S Jewell declared a personal and prejudicial interest in item 6.2(b), the conversion of the barn at Higher Carnkie.
R 3.1.2 | As a member of the Institute committee, Cllr Mrs H Rowe declared a personal interest in item 9.
R 3.2 | No declarations of receipt of gifts were made.
R 4. | <b>MINUTES OF THE JUNE 2023 COUNCIL MEETING</b>
R 4.1 | The Clerk advised that he had not been made aware of any amendments to the draft minutes that he had previously circulated.
R 4.2 | RESOLVED to accept the minutes of the Council Meeting held on 20th June 2023 as a true record of the proceedings. Proposed Cllr J Pascoe, seconded Cllr T Nance and agreed unanimously.
R 5. | <b>REPORTS</b>
R 5.1 | <b>Police</b> – PCSO Tamsin Polglase reported 6 crimes in the parish in June, including two thefts of fuel from farms. She left the meeting at 7.25pm.
R 5.2 | <b>Cornwall Councillor</b> – Cornwall Councillor Mrs B Vivian reported that the consultation on the Local Transport Plan would close on 31st August and that the resurfacing of Carnkie Hill was programmed for October. She left the meeting at 7.40pm.
R 6. | <b>PLANNING</b>
R 6.1 | <b>Decisions notified by Cornwall Council</b><br/>PA23/03118 – Two storey extension, 5 Fore Street – Approved.
R 6.2 | <b>New applications</b>
R (a) | PA23/05521 – Replacement of single glazed windows with double glazed units, 2 Chapel Row (listed building consent). The Council supports this application. Proposed Cllr Mrs D Angove, seconded Cllr P Kitto.
R (b) | PA23/05607 – Conversion of redundant barn to dwelling, Higher Carnkie. Cllr S Jewell left the room. After discussion it was RESOLVED to support the application as it would bring a redundant building back into use. Cllr S Jewell returned to the meeting.
R 7. | <b>FINANCE</b>
R 7.1 | The Clerk presented the bank reconciliation and budget comparison to 30th June 2023, which were noted.
R 7.2 | RESOLVED to approve the payments listed below. Proposed Cllr T Nance, seconded Cllr J Pascoe.
T Payee | Details | Amount
T A Chegwidden | Clerk's salary July | £486.20
T HMRC | PAYE | £121.40
T Kernow Grounds | Grass cutting (2 of 6) | £640.00
T Penhallow Institute | Room hire June/July | £40.00
R 8. | <b>SOLAR LIGHTING AT THE PLAY AREA</b>
R 8.1 | Cllr P Kitto proposed that the Council install two solar lights at the play area at a cost of £2,850, seconded by Cllr Mrs D Angove. Cllr J Pascoe said that residents of Trelowarren Close had objected to lighting in the past.
R 8.2 | On being put to the vote there were 3 votes in favour, 4 against and no abstentions. The motion was lost.
R 9. | <b>INSTITUTE LEASE</b>
R 9.1 | The Chairman reported that the Institute trustees had asked for the lease of the rear room to be renewed for five years on the same terms.
R 9.2 | It was agreed that the Clerk write to the trustees accepting the renewal, subject to the rent review clause being kept.
R 10. | <b>CORRESPONDENCE</b>
R | The list of correspondence received since the last meeting, previously circulated, was noted.
R 11. | <b>MATTERS FOR INFORMATION AND ITEMS FOR THE NEXT AGENDA</b>
R | Cllr Mrs H Rowe asked that the Christmas lights be on the September agenda.
R 12. | <b>DATE OF NEXT MEETING</b>
R | Tuesday 19th September 2023 at 7pm in the Penhallow Institute.
P There being no further business the meeting closed at 9.10pm.
S 20
P Signed .......................................... Chairman     Date ......................
