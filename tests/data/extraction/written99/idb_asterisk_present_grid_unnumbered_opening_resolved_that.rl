@title Carrholme IDB minutes 27.1.98
@font Times-Roman
@fontsize 11
@numcol 12
@footer {page}
@pageoffset 1040
@header_first
@header Carrholme Internal Drainage Board - 27th January 1998
HC CARRHOLME INTERNAL DRAINAGE BOARD
S 6
C Minutes of a Meeting of the Board held at Wrexby Recreation Room on Tuesday, 27th January 1998 at 10.00 a.m.
S 6
G <b>Elected Members</b> | <b>Nominated by Carrfield Borough Council</b>
G * Messrs T.W. Frankish (Chairman) | * Cllr B. Hutchby
G * G.H. Drury (Vice-Chairman) | * Mr S. Tuplin
G * E. Spittlehouse | Cllr P. Margrave
G * K. Oglesby | * Mr A. Bletcher
G L.J. Tindall | Cllr E. Wigmore
G F. Garthwaite | * Mr R. Dobbs
G * C. Ashworth | Cllr Mrs V. Swaby
G * W. Stamper | <b>Nominated by Westmarsh District Council</b>
G * H. Dunderdale | Cllr Mrs C. Tealby
G A. Pickersgill | * Cllr Mrs E.A. Broughton
G * D. Scarth |
G * J. Kelsey |
G * N. Vickerman | * Present
S 6
G * Messrs N.J. Ostler (Chief Executive) | * P.R. Hebden (Engineer)
G * K.M. Lowther (Director of Operations) | * G. Featherstone (Director of Finance)
G * Miss R. Dransfield (County Council) | * In attendance
S 8
P The Chairman reported the sad news of the death of Mr H. Brocklesby, a former pump attendant at Wrexby Pumping Station for over thirty years. Members stood for a minute's silence.
R 1. | <b>APOLOGIES FOR ABSENCE</b>
P Apologies for absence were received from Cllrs P. Margrave, E. Wigmore, Mrs V. Swaby, Mrs C. Tealby, Messrs L.J. Tindall, F. Garthwaite and A. Pickersgill.
P Cllr Mrs E.A. Broughton and Miss R. Dransfield would be arriving late.
R 2. | <b>DECLARATIONS OF INTEREST</b>
P Mr G.H. Drury - minute 8.
P Messrs K. Oglesby, W. Stamper, H. Dunderdale, D. Scarth and N. Vickerman - minute 10.
R 3. | <b>URGENT BUSINESS</b>
P The Chief Executive reported that a meeting of the Plant and Compensation Committee had been held prior to the Board meeting and he would, therefore, like the Committee's recommendation to purchase a new tractor to be considered at minute 8. This was agreed.
R 4. | <b>MINUTES</b>
P RESOLVED
P That the minutes of the meeting of the Board held on 25th November 1997 be confirmed as a correct record.
R 5. | <b>DRAINAGE RATES</b>
P The Director of Finance reported that drainage rates outstanding at 19th January 1998 totalled £9,402.16. The percentage of rates collected (97.1%) was slightly lower than at the same time last year, owing to two large occupations changing hands during the autumn.
P Noted.
R 6. | <b>FINANCIAL STATEMENT</b>
P The Director of Finance reported on the Board's financial position as at 31st December 1997. A total of £612,480.33 was invested on the money market and the revenue account showed an underspend of £18,200 against the estimates, mainly on electricity at the pumping stations.
P RESOLVED
P That the financial statement as at 31st December 1997 be received.
R 7. | <b>ENGINEER'S REPORT</b>
P The Engineer reported on the following matters:-
P (a) Wrexby Pumping Station - the weedscreen cleaner had failed twice during the December floods and the manufacturer had advised that spare parts were no longer available.
P (b) Maintenance programme - de-silting of the Main Drain between Carr Lane and the outfall had been completed, and hedge cutting on the Westmarsh drains was 80% complete.
P Mr W. Stamper asked whether the pumps had run continuously during the floods. The Engineer confirmed that all three pumps had run for eleven days without a fault.
P RESOLVED
P That the report be received and the Engineer be authorised to obtain tenders for the replacement of the weedscreen cleaner at Wrexby Pumping Station.
R 8. | <b>PLANT AND COMPENSATION COMMITTEE</b>
P Mr G.H. Drury left the room during consideration of this item.
P The Chief Executive presented the recommendation of the Plant and Compensation Committee that the Board's oldest tractor, purchased in 1986, be replaced. Three quotations had been obtained.
P RESOLVED
P That the quotation of Trentside Agricultural Ltd. in the sum of £38,750 for a new tractor and flail mower be accepted.
R 9. | <b>CONSENTS UNDER THE BOARD'S BYELAWS</b>
P The Engineer reported that consents had been issued under delegated powers for a new culvert at Hall Farm, Wrexby, and for a surface water outfall from the new industrial units at Carrfield Road.
P RESOLVED
P That the action taken be approved.
R 10. | <b>DRAINAGE RATE AND SPECIAL LEVY 1998/99</b>
P The Director of Finance presented the estimates for 1998/99, which provided for a drainage rate of 4.3p in the £ and a special levy of £141,260 to be issued to the two councils.
P Mr H. Dunderdale moved an amendment that the rate be held at 4.0p in the £ and the shortfall met from balances. On being put to the vote the amendment was lost.
P RESOLVED
P That a drainage rate of 4.3p in the £ be levied for 1998/99 and that special levies totalling £141,260 be issued to Carrfield Borough Council and Westmarsh District Council.
R 11. | <b>DATE OF NEXT MEETING</b>
P Tuesday, 24th March 1998 at 10.00 a.m. at the Board's Offices, Carrfield.
S 14
P Chairman ..........................................
