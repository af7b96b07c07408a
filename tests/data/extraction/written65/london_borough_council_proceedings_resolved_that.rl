@title Minutes - Council - 20th November 2017
@font Helvetica
@fontsize 10
@footer Council - Monday, 20th November, 2017||{page}
HC MINUTES
S 4
HC PROCEEDINGS OF THE MEETING OF THE COUNCIL OF THE LONDON BOROUGH OF FLEETMERE HELD AT COUNCIL CHAMBER, TOWN HALL, WADLOW ROAD, LONDON NW14 4JE AT 7.00 PM ON MONDAY, 20TH NOVEMBER, 2017
S 8
H MEMBERS PRESENT
P The Mayor, Councillor Philippa Ashe (in the Chair), and;
G Councillor Sunil Anand | Councillor Rachel Fenwick | Councillor Tom Okonjo
G Councillor Margaret Aubrey | Councillor Naomi Field | Councillor Grace Pellow
G Councillor Daniel Beresford | Councillor Harriet Gold | Councillor Imogen Quarrie
G Councillor Lionel Crouch | Councillor Ahmed Hassan | Councillor Owen Treharne
G Councillor Ruth Dalziel | Councillor Jack Ivory | Councillor Keith Umfreville
G Councillor Simon Eckersley | Councillor Leah Kaplan | Councillor Bridget Vane
G Councillor Farah Elmi | Councillor Peter Lacey | Councillor Martin Wolstenholme
G Councillor Josie Farrant | Councillor Catherine Mould | Councillor Yusuf Yilmaz
S 6
H MEMBERS ABSENT
P Councillors Rupert Black, Ellen Cassidy and Dominic Garrow
S 6
P The minutes should be read in conjunction with the agenda for the meeting. The minutes are subject to confirmation by the Council at the next meeting.
S 8
H 1. MINUTES
P RESOLVED – THAT the minutes of the meeting held on 9th October 2017 be agreed and signed as a correct record of the proceedings, subject to the following amendment: in minute 8, the reference to "Kelbrook Road" be corrected to read "Kelbrooke Road".
H 2. APOLOGIES
P Apologies for absence were received from Councillors Black, Cassidy and Garrow. Apologies for lateness were received from Councillor Vane.
H 3. DECLARATIONS BY MEMBERS OF PECUNIARY AND NON-PECUNIARY INTERESTS IN RESPECT OF ITEMS ON THIS AGENDA
P In relation to Item 10, Councillor Owen Treharne declared a non-pecuniary interest as a governor of Fleetmere Heath Primary School.
P In relation to Item 8, Councillor Leah Kaplan declared a non-pecuniary interest as she was in receipt of council tax support.
H 4. ANNOUNCEMENTS
P <i>Webcasting</i>
P The Mayor announced that the meeting was being broadcast live on the Council's website and that the recording would be archived for six months.
P <i>Remembrance Sunday</i>
P The Mayor thanked all those who had attended the Remembrance Sunday service at the Fleetmere War Memorial and the veterans' associations who had organised the parade.
H 5. DEPUTATIONS
P Ms Grace Olumide addressed the Council on behalf of the Linden Court Tenants' Association regarding the condition of the lifts at Linden Court. Councillor Naomi Field, Cabinet Member for Housing, responded to the deputation and undertook to meet the Association before Christmas.
P RESOLVED – THAT the deputation be noted and referred to the Cabinet Member for Housing for a written response.
H 6. PETITIONS
P There were no petitions.
H 7. QUESTIONS FROM COUNCILLORS
P Twelve questions had been received; the written answers were circulated at the meeting. Supplementary questions were asked and answered as follows:
P Councillor Lionel Crouch asked a supplementary question of the Cabinet Member for Housing regarding the time taken to re-let void properties. Councillor Field responded that the average re-let time had fallen to 31 days.
P Councillor Bridget Vane asked a supplementary question of the Leader, Councillor Martin Wolstenholme, regarding the funding of the Fleetmere Heath library. The Leader responded that the library would remain open under the revised staffing model.
H 8. REPORT OF THE CABINET – COUNCIL TAX SUPPORT SCHEME 2018/19
P Consideration was given to the report of the Cabinet meeting held on 8th November 2017.
P Councillor Sunil Anand, Cabinet Member for Finance, moved the recommendation of the Cabinet, which was seconded by Councillor Wolstenholme.
P Councillor Crouch moved an amendment, seconded by Councillor Vane, that the minimum contribution for working-age claimants remain at 8.5 per cent. On being put to the vote, the amendment was declared LOST.
P The recommendation of the Cabinet was then put to the vote and declared CARRIED.
P RESOLVED –
P (i) THAT the Council Tax Support Scheme for 2018/19, as set out in Appendix A to the report, be adopted; and
P (ii) THAT the Executive Director Corporate Services be authorised to make any minor or consequential amendments to the scheme.
H 9. REPORT OF THE AUDIT AND CORPORATE GOVERNANCE COMMITTEE
P Councillor Ruth Dalziel, Chair of the Audit and Corporate Governance Committee, presented the report, which set out the audited Statement of Accounts for 2016/17.
P RESOLVED – THAT the audited Statement of Accounts for 2016/17 and the external auditor's unqualified opinion be noted.
H 10. MOTION – AIR QUALITY AROUND SCHOOLS
P Councillor Josie Farrant moved and Councillor Treharne seconded the motion set out on the agenda.
P Councillor Catherine Mould moved an amendment, seconded by Councillor Eckersley, to add a commitment to install air quality monitors at every primary school in the borough by 2019. The amendment was accepted by the mover of the motion.
P On being put to the vote the motion, as amended, was declared CARRIED.
P RESOLVED – THAT this Council notes that nine of the borough's primary schools lie within areas exceeding the legal limit for nitrogen dioxide, and calls on the Cabinet to install air quality monitors at every primary school in the borough by 2019 and to introduce School Streets at the worst affected sites.
H 11. MOTION – RESIDENTS' PARKING CHARGES
P Councillor Vane moved and Councillor Crouch seconded the motion set out on the agenda, calling for the proposed increase in residents' parking permit charges to be withdrawn.
P Councillor Peter Lacey, Cabinet Member for Environment, spoke against the motion.
P On being put to the vote the motion was declared LOST.
H 12. ANY OTHER BUSINESS THAT THE MAYOR CONSIDERS URGENT
P There was none.
S 10
P The meeting ended at 9.54pm.
S 14
P CHAIR ……………………………
