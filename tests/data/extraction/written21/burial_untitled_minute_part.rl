@title HOGJBC minutes March 2026
@font Helvetica
@fontsize 10.5
@header DRAFT DRAFT DRAFT DRAFT DRAFT DRAFT DRAFT DRAFT DRAFT DRAFT
@footer HOGJBC 11.03.26||Chairman's initials ……… // Page {page}
HC Minutes of the Ordinary Meeting of the Hatchmere &amp; Oxley Green Joint Burial Committee
C The Pavilion, King George's Field, Mill Road, Hatchmere
C Wednesday 11th March 2026 20.00 hrs.
G <b>Present:</b> | <b>In Attendance:</b>
G Cllrs Mr Darnell (Chairman), Mrs Pocock (Vice-Chair), Mr Ashby, Mr Kimber and Mrs Tedworth | Mrs H Linley (Clerk) and one member of the public
HC PART I
H 1. APOLOGIES FOR ABSENCE
P Cllr Mr Ferrand, work commitments.
H 2. DECLARATIONS OF INTEREST
P None received.
P 3. It was RESOLVED to approve the Minutes of the 12th November 2052.
H 4. INTERMENTS &amp; MEMORIALS
P a. Members noted the following interments:
T B212 | Harold Sturgess | 18th November 2025
T B213 | Irene Sturgess | 18th November 2025
T C41 | Dennis Yelland | 2nd December 2025
T R17 (cremated remains) | Joan Pettifer | 9th January 2026
T B214 | Stanley Cottle | 29th January 2026
T C42 | Margaret Awbery | 24th February 2026
P b. Members noted the following booked interment, taking place after the meeting: interment of cremated remains of Mr Peter Nuttall in R18 on 20th March 2026.
P c. Members noted the following pre-approved memorials: i. B198 K Rowbotham ii. B207 A Lusted iii. C39 D Fairweather iv. R12 M Gandy
P d. Members noted the transfer of the exclusive right of burial for plot C12 from Mrs E Bignell to Mr R Bignell.
P e. Members approved the following memorial, that had arrived too late for inclusion in c. above: B212 H and I Sturgess (double headstone, grey granite).
H 5. FINANCIAL STATEMENT AND PAYMENT OF ACCOUNTS (November 2025 – February 2026)
P Members noted the bank reconciliations for November, December and January and approved payments totalling £6,482.15 for the same period.
H 6. BURIAL GROUNDS MAINTENANCE CONTRACT
P Cllr Pocock commented that the contractor had now been in place for six months and that the standard of grass cutting at Oxley Green had improved. Cllr Kimber reported that the hedge along Mill Road had still not been cut. The Clerk will raise this at the next monthly site meeting.
P Members noted the contract monitoring report.
H 7. BUDGET AND PRECEPT REQUEST 2026/27
P The Clerk presented the draft budget, which showed expenditure of £24,300 and income from fees of £15,100.
P It was RESOLVED to request a contribution of £4,600 from each of Hatchmere Parish Council and Oxley Green Parish Council for 2026/27.
H 8. MEMORIAL SAFETY INSPECTIONS
P The Clerk reported that the five-yearly inspection of memorials was due. Two quotations had been received: i. Stoneguard Surveys £1,140 ii. Mason &amp; Daughters £1,380.
P It was RESOLVED to accept the quotation from Stoneguard Surveys and to notify owners of any unsafe memorials in writing.
H 9. FEES AND CHARGES
P It was proposed by Cllr Mrs Tedworth and seconded by Cllr Ashby that all fees be increased by 5% from 1st April 2026. On a vote of 2 in favour and 3 against, the proposal was not carried.
P Cllr Darnell then proposed, seconded by Cllr Pocock, an increase of 3%. It was RESOLVED that fees be increased by 3% from 1st April 2026.
H 10. CORRESPONDENCE
P i. Letter from Mrs J Honeysett thanking the Committee for the new bench near the chapel. ii. Email from the Diocesan Registry regarding the closed churchyard at St Bartholomew's. Both items were noted.
H 11. DATE OF NEXT MEETING
P Wednesday 8th July 2026 at 20.00 hrs in the Pavilion.
HC PART II
P In view of the confidential nature of the business to be transacted it was RESOLVED that the public be excluded for the following item.
H 12. STAFFING
P The Clerk left the meeting. Cllr Darnell reported on the Clerk's annual appraisal. It was RESOLVED to increase the Clerk's contracted hours from 6 to 8 hours per week from 1st April 2026.
P The meeting closed at 21.25 hrs.
