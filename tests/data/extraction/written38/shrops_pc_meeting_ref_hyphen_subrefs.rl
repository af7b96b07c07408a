@title Cleeworth Parish Council Draft Minutes 311
@font Helvetica
@fontsize 10
@numcol 15
@header_first  || Draft Minutes
@header Cleeworth Parish Council – Meeting 311 ||  29th November 2016
@footer Page {page}
HC Cleeworth Parish Council
C Draft Minutes
S 4
P <b>Reference Number: 311.</b>
P Minutes of Cleeworth Parish Council Meeting held on 29th November 2016 at Hopley Parish Hall.
P Council Members present: Cllr Julian Brace (Chairman), Cllr Jane Brace, Cllr Martin Tedstone, Cllr Alison Rowberry.
P Public present: 11
P Officer present: Parish Clerk.
P Meeting opened: 7.30pm.
R 311-1. | <b>To receive apologies from Members:</b>
R  | Cllr Dawn Pountney sent apologies (working away).
R  | IT WAS resolved:
R  | To accept the apologies from Cllr Pountney.
R 311-2. | <b>To receive declarations of interest:</b>
R  | Cllr Martin Tedstone declared a personal interest in item 311-6 a) as the applicant is a relative.
R 311-3. | <b>Public participation time:</b>
R  | Mrs Hollins: Asked whether the bench at the Hopley bus stop, broken since the summer, would be replaced.
R  | Cllr Julian Brace responded: A replacement had been ordered and should be fitted before Christmas.
R  | Mr Vane: Asked whether the Council would support a litter pick along the Lydd Bank lane in the spring.
R  | Cllr Jane Brace responded: She would be happy to organise one with the school and asked volunteers to give their names to the Clerk.
R  | Mrs Tudge: Asked how residents could report blocked drains out of office hours.
R  | Cllr Julian Brace responded: The highways authority’s emergency number would be printed in the next newsletter.
R  | There were no other questions.
R 311-4. | <b>To approve the minutes of the meeting held on 18th October 2016 as a correct record.</b>
R  | IT WAS resolved:
R  | That the minutes of 18th October 2016 be approved as a correct record and signed by the Chairman.
R 311-5. | <b>To receive the Clerk’s report:</b>
R  | The Clerk reported on the grass cutting contract, the external audit, which had closed with no matters raised, and the date of the unitary council’s parish forum. The report was noted.
R 311-6. | <b>Planning:</b>
R  | a) 16/04710/FUL – Erection of agricultural storage building, Upper Hayes Farm, Cleeworth. Cllr Martin Tedstone left the room.
R  | IT WAS resolved:
R  | To support the application.
R  | Cllr Martin Tedstone returned to the meeting.
R  | b) 16/04388/HOU – Conservatory, 2 Mill Cottages, Hopley – granted by the planning authority – noted.
R 311-7. | <b>Highways and footpaths:</b>
R  | Cllr Jane Brace reported that the Lydd Bank culvert had blocked again and the lane had flooded on 21st November. The Clerk to report this to the highways authority and ask for a date for the promised works.
R 311-8. | <b>Finance:</b>
R  | a) To approve payments:
T Payee | Detail | Amount | Chq no.
T Parish Clerk | Salary and expenses, November | £198.40 | 100412
T Hopley Parish Hall | Hall hire, October and November | £24.00 | 100413
T Rea Vale Mowing | Final grass cut 2016 | £150.00 | 100414
R  | IT WAS resolved:
R  | To approve the payments as listed.
R  | b) To consider the draft budget for 2017/18:
R  | The Chairman presented the draft budget, which allowed for the new grass cutting contract and a contribution to the Hall’s roof appeal.
R  | IT WAS resolved:
R  | To recommend a precept of £5,120 for 2017/18, to be confirmed at the January meeting.
R 311-9. | <b>Defibrillator at the old telephone box:</b>
R  | Cllr Martin Tedstone reported that the first-aid charity could run a free awareness session in the Hall in February.
R  | IT WAS agreed:
R  | The Clerk to book the Hall for a Saturday morning session and advertise it in the newsletter.
R 311-10. | <b>Parish newsletter – winter edition:</b>
R  | Cllr Jane Brace proposed that the Council meet the printing cost of the winter edition of the Hopley Link, up to £120; seconded by Cllr Martin Tedstone. For 3, Against 0, Abstention 1 (Cllr Julian Brace).
R  | IT WAS resolved:
R  | That the Council pay the printing cost of the winter Hopley Link, up to £120.
R 311-11. | <b>Correspondence:</b>
R  | a) Rural services newsletter – noted.
R  | b) Invitation to the county association’s annual meeting – noted.
R 311-12. | <b>Items for the next agenda:</b>
R  | Defibrillator session; Lydd Bank culvert; precept 2017/18.
R 311-13. | <b>Date of next meeting:</b>
R  | Tuesday 10th January 2017 at 7.30pm at Hopley Parish Hall.
S 6
P Proceedings closed at 9.10pm.
S 16
P Signed ……………………………… Chairman          Date ………………………
